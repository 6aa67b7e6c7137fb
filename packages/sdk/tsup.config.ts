import { defineConfig } from 'tsup';

/**
 * One ESM build. Every supported Node (22.22+, 24.15+) loads it with `require()` too
 * (`require(esm)`), so there is no CommonJS bundle: that bundle had to carry the language and
 * Langium inside it (Langium is ESM only) and shipped them a second time.
 *
 * `index`: everything; `core`: the part without Node APIs, for browsers; `internal`: what Pacta's
 * own tools share, with Langium and ajv types (no semver guarantee).
 */
export default defineConfig({
    entry: { index: 'src/index.ts', core: 'src/core.ts', internal: 'src/internal.ts' },
    format: ['esm'],
    // The public declarations carry the few types they take from @pacta/language inline, so a
    // consumer's type check never loads the language's (Langium's, vscode-jsonrpc's) declarations.
    dts: { resolve: ['@pacta/language'] },
    // No source maps: they doubled the tarball and a consumer's debugger gains little from them.
    sourcemap: false,
    clean: true,
    target: 'node22',
    platform: 'node',
    // The language and Langium stay shared with the consumer; the schema JSON is bundled in.
    external: ['@pacta/language', 'langium', 'ajv', 'ajv-formats']
});
