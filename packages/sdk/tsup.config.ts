import { defineConfig } from 'tsup';

// `index`: everything; `core`: the part without Node APIs (in-memory compile, model, schema), for browsers.
const entry = { index: 'src/index.ts', core: 'src/core.ts' };

export default defineConfig([
    {
        // ESM: the language and Langium stay shared with the consumer; the schema JSON is bundled in.
        entry,
        format: ['esm'],
        dts: true,
        sourcemap: true,
        clean: true,
        target: 'node22',
        platform: 'node',
        external: ['@pacta/language', 'langium', 'ajv', 'ajv-formats']
    },
    {
        // CJS: Langium is published as ESM only (its package has no `require` export), so a
        // `require('@pacta/sdk')` can only work with the language and Langium bundled in.
        entry,
        format: ['cjs'],
        dts: true,
        sourcemap: true,
        clean: false,
        splitting: true,
        target: 'node22',
        platform: 'node',
        external: ['ajv', 'ajv-formats'],
        noExternal: ['@pacta/language', /^langium/, /^chevrotain/, /^vscode-/, 'date-fns', 'i18n-iso-countries', 'currency-codes', 'fastest-levenshtein']
    }
]);
