import { cpSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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
    esbuildOptions(options: { alias?: Record<string, string>; conditions?: string[] }) {
        options.alias = { ...options.alias, 'vscode-languageserver/node': 'vscode-languageserver/browser' };
        // @pacta/language's `#holiday-data` under `pacta-worker`: the rules fetched next to the worker
        // (holidays/XX.json, holiday-parser.js), not bundled into it. Any other bundle gets the default:
        // a module per country, which a bundler splits off and loads on demand (a page, a module worker).
        options.conditions = [...(options.conditions ?? []), 'pacta-worker'];
    }
};

/**
 * dist/browser/holidays/XX.json: each country's holiday rules, fetched by the worker when a workspace
 * counts business days in its calendar (they are not in server.js). Copied from @pacta/language's dist/holidays.
 */
function copyHolidayData(): void {
    const language = dirname(createRequire(import.meta.url).resolve('@pacta/language/package.json'));
    const target = 'dist/browser/holidays';
    rmSync(target, { recursive: true, force: true });
    cpSync(join(language, 'dist/holidays'), target, { recursive: true });
    cpSync(join(language, 'dist/HOLIDAY-DATA-NOTICE.md'), 'dist/browser/HOLIDAY-DATA-NOTICE.md');
    console.log(`${target}: ${readdirSync(target).length} countries`);
}

export default defineConfig([
    { ...common, entry: { extension: 'src/extension/main.ts' }, clean: true },
    { ...common, entry: { server: 'src/server/main.ts' }, clean: false },
    // dist/metafile-iife.json: what server.js is made of, checked by test/browser-bundle.test.ts (not shipped).
    { ...browser, entry: { 'browser/server': 'src/server/browser-main.ts' }, clean: false, metafile: true, onSuccess: async () => copyHolidayData() },
    // dist/browser/holiday-parser.js: the holiday rules' parser, loaded by the worker when first needed (holiday-parser-global.ts).
    { ...browser, entry: { 'browser/holiday-parser': 'src/server/holiday-parser-global.ts' }, clean: false },
    // The extension in VS Code for the web (package.json `browser`): CommonJS, as the web extension host loads it.
    { ...browser, format: ['cjs'] as const, entry: { 'browser/extension': 'src/extension/browser-main.ts' }, clean: false }
]);
