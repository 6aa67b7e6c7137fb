import { createRequire } from 'node:module';
import { defineConfig } from 'tsup';

// Resolved from the language package, which depends on it.
const fromLanguage = createRequire(createRequire(import.meta.url).resolve('@pacta/language/package.json'));
const countriesWithoutLocales = fromLanguage.resolve('i18n-iso-countries/index.js');

// Both bundles are self-contained CommonJS (the extension host loads CommonJS; Langium and the
// language are bundled in, so the .vsix needs no node_modules). `vscode` is provided by the
// extension host and must stay external: `noExternal: [/.*/]` would swallow it too.
const common = {
    format: ['cjs'] as const,
    platform: 'node' as const,
    target: 'node22',
    outDir: 'dist',
    external: ['vscode'],
    noExternal: [/^(?!vscode$)/],
    minify: true,
    sourcemap: true,
    splitting: false,
    dts: false,
    esbuildOptions(options: { alias?: Record<string, string> }) {
        // The language names countries through Intl, so the 700 KB of locale files that
        // i18n-iso-countries' Node entry registers are not needed: its plain entry has the codes.
        options.alias = { ...options.alias, 'i18n-iso-countries': countriesWithoutLocales };
    }
};

export default defineConfig([
    { ...common, entry: { extension: 'src/extension/main.ts' }, clean: true },
    { ...common, entry: { server: 'src/server/main.ts' }, clean: false }
]);
