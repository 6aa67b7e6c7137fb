import { defineConfig } from 'tsup';

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
    // i18n-iso-countries: the language imports its codes-only entry itself (no locale files).
    dts: false
};

export default defineConfig([
    { ...common, entry: { extension: 'src/extension/main.ts' }, clean: true },
    { ...common, entry: { server: 'src/server/main.ts' }, clean: false }
]);
