import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compileFiles, createIgnoreFilter, loadConfig, loadConfigFrom, nodeConfigHost } from '../src/index.js';
import * as core from '../src/core.js';

const temps: string[] = [];
afterAll(() => temps.forEach(dir => rmSync(dir, { recursive: true, force: true })));

/** A temp folder that is the root of a repository (a `.git` folder), holding `files`. */
function workspace(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'pacta-config-'));
    temps.push(dir);
    mkdirSync(join(dir, '.git'));
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), text);
    }
    return dir;
}

describe('loadConfig', () => {
    test('no file up to the repository root: no options, no findings', () => {
        expect(loadConfig(join(workspace({ 'a/b/x.txt': '' }), 'a', 'b'))).toEqual({ config: {}, diagnostics: [] });
    });

    test('the nearest pacta.config.json, else a package.json with a "pacta" key, typed', () => {
        const dir = workspace({
            'package.json': JSON.stringify({ name: 'x', pacta: { dueSoonDays: 7, ignore: ['drafts/'] } }),
            'inner/package.json': '{ "name": "no pacta key" }',
            'other/pacta.config.json': '{ "strictSources": true, "horizon": "6m", "maxFileSize": "512KB" }'
        });
        expect(loadConfig(join(dir, 'inner'))).toEqual({ config: { dueSoonDays: 7, ignore: ['drafts/'] }, file: join(dir, 'package.json'), diagnostics: [] });
        expect(loadConfig(join(dir, 'other')).config).toEqual({ strictSources: true, horizon: '6m', maxFileSize: '512KB' });
    });

    test('a bad value: pacta/invalid-config at its line and column (in package.json too), and no options at all', () => {
        const dir = workspace({ 'package.json': '{\n  "name": "x",\n  "pacta": {\n    "strictSources": "yes"\n  }\n}\n' });
        const loaded = loadConfig(dir);
        expect(loaded.config).toEqual({});
        expect(loaded.diagnostics.map(d => [d.code, d.severity, d.file, d.line, d.column, d.message])).toEqual([
            ['pacta/invalid-config', 'error', 'package.json', 4, 5, "package.json: 'strictSources' must be boolean."]
        ]);
    });

    test('bad JSON: the place of the first error', () => {
        const loaded = loadConfig(workspace({ 'pacta.config.json': '{\n  "ignore": ["a",]\n}' }));
        expect(loaded.diagnostics.map(d => [d.line, d.column, d.message])).toEqual([[2, 18, 'pacta.config.json: is not valid JSON: unexpected "]" (a value was expected).']]);
    });

    test("the core entry reads with the file access it is given (the language server gives Node's)", () => {
        const dir = workspace({ 'pacta.config.json': '{ "dueSoonDays": 3 }' });
        expect(core.loadConfigFrom(dir, nodeConfigHost).config).toEqual({ dueSoonDays: 3 });
        expect(loadConfigFrom(dir, { ...nodeConfigHost, readFile: () => '{ "dueSoonDays": 9 }' }).config).toEqual({ dueSoonDays: 9 });
    });
});

describe('.pactaignore', () => {
    const files = {
        'parties.pacta': 'state US "United States"\n',
        'drafts/a.pacta': 'state MX "Mexico"\n',
        'drafts/keep.pacta': 'state CA "Canada"\n',
        'notes/b.pacta': 'state JP "Japan"\n'
    };

    test('compileFiles skips what .pactaignore files ignore, with gitignore syntax; ignore: false reads everything', async () => {
        const dir = workspace({ ...files, '.pactaignore': 'drafts/*\n!drafts/keep.pacta\nnotes\n' });
        expect((await compileFiles([dir])).files).toEqual(['drafts/keep.pacta', 'parties.pacta']);
        expect((await compileFiles([dir], { ignore: false })).files).toHaveLength(4);
    });

    test("createIgnoreFilter: nested ignore files, the config's patterns relative to their folder, .gitignore only when asked", () => {
        const dir = workspace({ ...files, 'notes/.pactaignore': 'b.pacta\n', '.gitignore': 'drafts/\n' });
        const filter = createIgnoreFilter({ patterns: { folder: join(dir, 'drafts'), patterns: ['keep.pacta'] } });
        expect(filter.ignores(join(dir, 'notes/b.pacta'))).toBe(true);
        expect(filter.ignores(join(dir, 'drafts/keep.pacta'))).toBe(true);
        expect(filter.ignores(join(dir, 'drafts/a.pacta'))).toBe(false);
        expect(createIgnoreFilter({ gitIgnore: true }).ignores(join(dir, 'drafts/a.pacta'))).toBe(true);
        expect(createIgnoreFilter({ gitIgnore: true }).ignores(join(dir, 'drafts'), true)).toBe(true);
    });
});
