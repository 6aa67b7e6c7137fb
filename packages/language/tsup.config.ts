import { defineConfig } from 'tsup';

export default defineConfig({
    entry: ['src/index.ts'],
    format: ['esm'], // Langium is ESM-only; a CommonJS consumer uses @pacta/sdk's bundled CJS build.
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node22',
    platform: 'neutral',
    external: ['langium', 'date-fns', 'date-holidays', 'i18n-iso-countries', 'currency-codes', 'fastest-levenshtein']
});
