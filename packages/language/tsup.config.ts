import { cpSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig({
    // `holiday-data-modules` and `holiday-data-fetch`: the two targets of the package's `#holiday-data`
    // import (Node: a module per country; browser: fetched), which index.js keeps as an import.
    entry: {
        index: 'src/index.ts',
        'holiday-data-modules': 'src/deadlines/holiday-data-modules.ts',
        'holiday-data-fetch': 'src/deadlines/holiday-data-fetch.ts'
    },
    format: ['esm'], // Langium is ESM-only; a CommonJS consumer uses @pacta/sdk's bundled CJS build.
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node22',
    platform: 'neutral',
    external: ['langium', 'date-fns', 'date-holidays-parser', 'i18n-iso-countries', 'currency-codes', 'fastest-levenshtein', '#holiday-data'],
    // Each country's rules are a chunk of their own (dist/chunks/XX-hash.js), evaluated when imported.
    esbuildOptions(options) {
        options.chunkNames = 'chunks/[name]-[hash]';
    },
    // dist/holidays/XX.json: the same rules as plain files, for a browser to fetch (the web worker's
    // build copies them next to it); `@pacta/language/holidays/XX.json`.
    async onSuccess() {
        cpSync('src/generated-holidays/holidays', 'dist/holidays', { recursive: true });
        // The rules' licenses (CC BY-SA 3.0 data, ISC code) ask for their attribution with every copy.
        cpSync('src/generated-holidays/NOTICE.md', 'dist/HOLIDAY-DATA-NOTICE.md');
    }
});
