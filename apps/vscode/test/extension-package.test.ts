/**
 * The extension as VS Code sees it: the manifest's contributions, the files they point to, the
 * bundled server speaking over IPC (the transport the extension uses), and the .vsix contents.
 */
import { execFileSync, fork } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HOLIDAY_CALENDAR_INDEX } from '@pacta/language';
import { describe, expect, test } from 'vitest';
import { IPCMessageReader, IPCMessageWriter, InitializeRequest, createProtocolConnection } from 'vscode-languageserver-protocol/node';
import { APP_DIR, EXAMPLE_DIR, SERVER } from './lsp-client.js';

const manifest = JSON.parse(readFileSync(join(APP_DIR, 'package.json'), 'utf8'));

describe('manifest', () => {
    test('contributes the language, grammar, configuration, snippets and commands', () => {
        const { contributes } = manifest;
        expect(contributes.languages).toEqual([expect.objectContaining({ id: 'pacta', extensions: ['.pacta'] })]);
        expect(contributes.grammars[0]).toMatchObject({ language: 'pacta', scopeName: 'source.pacta' });
        expect(contributes.commands.map((c: { category: string; title: string }) => `${c.category}: ${c.title}`)).toEqual([
            'Pacta: Compile to JSON',
            'Pacta: Show Timeline',
            'Pacta: Restart Language Server',
            'Pacta: Show Output'
        ]);
        expect(manifest.engines.vscode).toBe('^1.101.0'); // Electron 35, Node 22.15: Object.groupBy, which Langium's parser needs
        expect(manifest.main).toBe('./dist/extension.js');
        // VS Code for the web (vscode.dev, github.dev) loads `browser`, which starts dist/browser/server.js in a Worker.
        expect(manifest.browser).toBe('./dist/browser/extension.js');
        for (const path of [contributes.languages[0].configuration, contributes.grammars[0].path, contributes.snippets[0].path, manifest.main, manifest.browser]) {
            expect(existsSync(join(APP_DIR, path)), path).toBe(true);
        }
    });

    test('the grammar, language configuration and snippets are valid JSON with what VS Code needs', () => {
        const grammar = JSON.parse(readFileSync(join(APP_DIR, 'syntaxes/pacta.tmLanguage.json'), 'utf8'));
        expect(grammar.scopeName).toBe('source.pacta');
        const keywords = grammar.patterns.find((p: { name?: string }) => p.name === 'keyword.control.pacta');
        expect(keywords.match).toContain('agreement');
        expect(grammar.patterns.some((p: { name?: string }) => p.name === 'constant.numeric.date.pacta')).toBe(true);
        const configuration = JSON.parse(readFileSync(join(APP_DIR, 'language-configuration.json'), 'utf8'));
        expect(configuration.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
        expect(new RegExp(configuration.indentationRules.increaseIndentPattern).test('agreement x "X" {')).toBe(true);
        expect(new RegExp(configuration.indentationRules.decreaseIndentPattern).test('    }')).toBe(true);
        const snippets = JSON.parse(readFileSync(join(APP_DIR, 'snippets/pacta.json'), 'utf8'));
        expect(Object.keys(snippets).length).toBeGreaterThan(3);
    });

    test('the extension bundle is CommonJS and requires nothing but vscode and Node', () => {
        const extension = readFileSync(join(APP_DIR, 'dist/extension.js'), 'utf8');
        const required = [...new Set([...extension.matchAll(/require\("([^"]+)"\)/g)].map(m => m[1]!))].filter(name => !name.startsWith('node:') && !BUILTINS.has(name)).sort();
        expect(required).toEqual(['vscode']);
    });

    test('the web extension bundle requires nothing but vscode (no Node built-in) and starts the worker bundle', () => {
        const extension = readFileSync(join(APP_DIR, 'dist/browser/extension.js'), 'utf8');
        expect([...new Set([...extension.matchAll(/require\("([^"]+)"\)/g)].map(m => m[1]!))]).toEqual(['vscode']);
        expect(extension).toContain('dist/browser/server.js');
        expect(extension).toContain('assetsUrl');
    });
});

const BUILTINS = new Set(builtinModules);

test('the server bundle runs on its own (no node_modules) and speaks LSP over IPC, as the extension starts it', async () => {
    // A copy in an empty folder: whatever the bundle needs must be inside it.
    const alone = join(mkdtempSync(join(tmpdir(), 'pacta-server-')), 'server.js');
    copyFileSync(SERVER, alone);
    const child = fork(alone, ['--node-ipc'], { silent: true });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
        const result = await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: pathToFileURL(EXAMPLE_DIR).toString(),
            capabilities: {},
            workspaceFolders: [{ uri: pathToFileURL(EXAMPLE_DIR).toString(), name: 'example' }]
        });
        expect(result.capabilities.hoverProvider).toBe(true);
        await connection.sendRequest('shutdown');
    } finally {
        connection.dispose();
        child.kill();
    }
});

const VSCE = join(APP_DIR, 'node_modules/@vscode/vsce/vsce');

test('the .vsix holds the bundles, grammars, configuration, snippets, icon and docs; no screenshots, no node_modules', () => {
    // `vsce ls` does not read the manifest's `vsce` options, so it is told what `package` reads there.
    const listing = execFileSync(process.execPath, [VSCE, 'ls', '--no-dependencies'], { cwd: APP_DIR, encoding: 'utf8' });
    const files = listing
        .split('\n')
        .map(line => line.trim())
        .filter(Boolean)
        .sort();
    expect(files).toEqual(
        [
            'CHANGELOG.md',
            'LICENSE',
            'README.md',
            ...Object.keys(HOLIDAY_CALENDAR_INDEX.countries).map(country => `dist/browser/holidays/${country}.json`),
            'dist/browser/extension.js',
            'dist/browser/holiday-parser.js',
            'dist/browser/server.js',
            'dist/extension.js',
            'dist/server.js',
            'images/icon.png',
            'language-configuration.json',
            'package.json',
            'snippets/pacta.json',
            'syntaxes/pacta.markdown.tmLanguage.json',
            'syntaxes/pacta.tmLanguage.json'
        ].sort()
    );
});

describe('Marketplace', () => {
    test('`vsce package` with no bypass flags packages the extension', () => {
        const folder = mkdtempSync(join(tmpdir(), 'pacta-vsix-'));
        try {
            const out = join(folder, 'pacta.vsix');
            const log = execFileSync(process.execPath, [VSCE, 'package', '--out', out], { cwd: APP_DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
            // 13 files, the web extension, its worker and the holiday parser, and a holiday rules file per country.
            expect(log).toMatch(new RegExp(`Packaged: .*pacta\\.vsix \\(${13 + 3 + Object.keys(HOLIDAY_CALENDAR_INDEX.countries).length} files, `));
            expect(statSync(out).size).toBeGreaterThan(0);
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });

    test('the manifest says where the extension comes from, and what runs in Restricted Mode and virtual workspaces', () => {
        expect(manifest.repository).toEqual({ type: 'git', url: 'https://github.com/pacta-lang/pacta.git', directory: 'apps/vscode' });
        expect(manifest.homepage).toMatch(/^https:\/\/github\.com\/pacta-lang\/pacta\//);
        expect(manifest.bugs.url).toBe('https://github.com/pacta-lang/pacta/issues');
        expect(manifest.preview).toBe(true);
        expect(manifest.galleryBanner.theme).toMatch(/^(dark|light)$/);
        expect(manifest.capabilities.untrustedWorkspaces).toEqual({ supported: true });
        expect(manifest.capabilities.virtualWorkspaces.supported).toBe('limited');
        expect(manifest.capabilities.virtualWorkspaces.description).toMatch(/Web Worker and checks the Pacta files you open/);
        // No setting a workspace could use to run something or reach outside it (why Restricted Mode needs no limits).
        for (const [name, setting] of Object.entries<{ type: string; enum?: string[] }>(manifest.contributes.configuration.properties)) {
            expect(setting.type === 'boolean' || (setting.type === 'string' && Array.isArray(setting.enum)), name).toBe(true);
        }
    });

    test('the icon is a 128×128 PNG', () => {
        const png = readFileSync(join(APP_DIR, manifest.icon));
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
        expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([128, 128]);
    });

    test('the README links its images and docs by absolute URL (the .vsix carries no screenshots)', () => {
        const readme = readFileSync(join(APP_DIR, 'README.md'), 'utf8');
        const targets = [...readme.matchAll(/\]\(([^)]+)\)/g)].map(m => m[1]!);
        const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map(m => m[1]!);
        expect(images.length).toBe(4);
        for (const image of images) {
            expect(image).toMatch(/^https:\/\/raw\.githubusercontent\.com\/pacta-lang\/pacta\/main\/apps\/vscode\/images\/\w+\.png$/);
            expect(existsSync(join(APP_DIR, image.replace(/^.*\/apps\/vscode\//, ''))), image).toBe(true);
        }
        for (const target of targets) expect(target, target).toMatch(/^https:\/\//);
    });
});
