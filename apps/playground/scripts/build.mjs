#!/usr/bin/env node
// Builds the playground into dist/: a static site with relative URLs (GitHub Pages serves it from a
// sub-path). Two bundles so the budget can tell them apart: Monaco (dist/monaco/: the editor, its
// CSS, codicon font and editor worker) and ours (dist/app.js + app.css: the LSP bridge and the
// panels), plus the Pacta language server's Web Worker copied as built by pacta-vscode
// (dist/server/: the files of apps/vscode/dist/browser but the web extension and source maps).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { contentSecurityPolicy } from './csp.mjs';

const app = fileURLToPath(new URL('..', import.meta.url));
const repo = join(app, '../..');
const dist = join(app, 'dist');
const serverBuild = join(repo, 'apps/vscode/dist/browser');
const EXAMPLE = 'critical-minerals-2026';

if (!existsSync(join(serverBuild, 'server.js'))) {
    console.error(`playground: ${relative(repo, serverBuild)}/server.js is missing; build pacta-vscode first (pnpm build)`);
    process.exit(1);
}
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// The example preloaded: every .pacta file of examples/critical-minerals-2026, as the CLI reads it.
function exampleFiles() {
    const folder = join(repo, 'examples', EXAMPLE);
    return readdirSync(folder)
        .filter(name => name.endsWith('.pacta'))
        .sort()
        .map(name => ({ path: name, text: readFileSync(join(folder, name), 'utf8') }));
}

// The grammar's keywords, for Monaco's Monarch colouring (the TextMate grammar is generated from the Langium grammar).
function grammarKeywords() {
    const grammar = JSON.parse(readFileSync(join(repo, 'packages/language/syntaxes/pacta.tmLanguage.json'), 'utf8'));
    const pattern = grammar.patterns.find(p => p.name === 'keyword.control.pacta')?.match ?? '';
    const words = /\\b\(([^)]*)\)\\b/.exec(pattern)?.[1]?.split('|') ?? [];
    if (words.length < 20) throw new Error('playground: no keywords found in pacta.tmLanguage.json');
    return words;
}

// `virtual:example` and `virtual:keywords`: data the build knows, as modules (no request at run time).
const virtualModules = {
    name: 'virtual-modules',
    setup(b) {
        const modules = {
            'virtual:example': () => `export default ${JSON.stringify({ name: EXAMPLE, files: exampleFiles() })};`,
            'virtual:keywords': () => `export default ${JSON.stringify(grammarKeywords())};`
        };
        b.onResolve({ filter: /^virtual:/ }, args => ({ path: args.path, namespace: 'virtual' }));
        b.onLoad({ filter: /.*/, namespace: 'virtual' }, args => ({ contents: modules[args.path](), loader: 'js' }));
    }
};

// Our code imports Monaco through src/monaco.ts; in the app bundle that import stays a request for ./monaco/monaco.js.
const monacoExternal = {
    name: 'monaco-external',
    setup(b) {
        b.onResolve({ filter: /\/monaco\.js$/ }, args => (args.importer.endsWith('monaco.ts') ? undefined : { path: './monaco/monaco.js', external: true }));
    }
};

const common = { bundle: true, minify: true, target: 'es2022', legalComments: 'none', logLevel: 'warning', charset: 'utf8' };

await build({
    ...common,
    entryPoints: { monaco: join(app, 'src/monaco.ts') },
    outdir: join(dist, 'monaco'),
    format: 'esm',
    splitting: true,
    loader: { '.ttf': 'file' },
    assetNames: '[name]'
});
await build({
    ...common,
    entryPoints: { 'editor.worker': join(app, 'node_modules/monaco-editor/esm/vs/editor/editor.worker.js') },
    outdir: join(dist, 'monaco'),
    format: 'iife'
});
await build({
    ...common,
    entryPoints: { app: join(app, 'src/main.ts'), style: join(app, 'src/style.css') },
    outdir: dist,
    format: 'esm',
    plugins: [virtualModules, monacoExternal]
});

// Not the web extension (extension.js: VS Code's, not the page's) nor source maps.
cpSync(serverBuild, join(dist, 'server'), { recursive: true, filter: source => !source.endsWith('.map') && !/[\\/]extension\.js$/.test(source) });
const html = readFileSync(join(app, 'src/index.html'), 'utf8').replace('%CSP%', contentSecurityPolicy);
writeFileSync(join(dist, 'index.html'), html);
// GitHub Pages: serve the folder as is (no Jekyll).
writeFileSync(join(dist, '.nojekyll'), '');
console.log(`playground: built ${relative(repo, dist)}`);
