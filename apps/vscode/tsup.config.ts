import { defineConfig } from 'tsup';

// Both Node bundles are self-contained CommonJS (the extension host loads CommonJS; Langium and the
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

// The server in a Web Worker (vscode.dev, the playground): one classic worker script (VS Code for the
// web loads a worker from a URL without module support), no Node built-ins. The shared server code
// imports `vscode-languageserver/node` for classes that are the same in the browser entry.
const browser = {
    ...common,
    format: ['iife'] as const,
    platform: 'browser' as const,
    target: 'es2022',
    outExtension: () => ({ js: '.js' }),
    esbuildOptions(options: { alias?: Record<string, string> }) {
        options.alias = { ...options.alias, 'vscode-languageserver/node': 'vscode-languageserver/browser' };
    }
};

export default defineConfig([
    { ...common, entry: { extension: 'src/extension/main.ts' }, clean: true },
    { ...common, entry: { server: 'src/server/main.ts' }, clean: false },
    { ...browser, entry: { 'browser/server': 'src/server/browser-main.ts' }, clean: false }
]);
