/**
 * compileFiles reads only what it is given to read: no file behind a link out of the roots, no
 * file over the size limit, no file that is not `.pacta` (issue 12, 3 and 5c).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compileFiles, compileFolder, resolvesOutside } from '../../src/index.js';

const SECRET = 'AKIA' + 'QWERTYUIOPASDFGH1234';
let dir: string;

function write(path: string, content: string): void {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
}

beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pacta-sdk-hostile-'));
    write('secret/credentials', `aws_secret_access_key = ${SECRET}\n`);
    write('ws/parties.pacta', 'state US "United States"\n');
    write('ws/shared/more.pacta', 'state MX "Mexico"\n');
    symlinkSync(join(dir, 'secret/credentials'), join(dir, 'ws/credentials.pacta'));
    symlinkSync('shared/more.pacta', join(dir, 'ws/more-link.pacta'));
    write('ws/notes.md', '# notes\n');
    write('outside/shared.pacta', 'state JP "Japan"\n');
    symlinkSync(join(dir, 'outside/shared.pacta'), join(dir, 'ws/shared-link.pacta'));
    symlinkSync(join(dir, 'ws/.git-config'), join(dir, 'ws/git-config.pacta'));
    write('ws/.git-config', `[http]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('links out of the roots', () => {
    test('are reported as pacta/outside-workspace and not read', async () => {
        const result = await compileFolder(join(dir, 'ws'));
        const outside = result.diagnostics.filter(d => d.code === 'pacta/outside-workspace');
        expect(outside.map(d => d.file)).toEqual(['credentials.pacta', 'git-config.pacta', 'shared-link.pacta']);
        expect(outside[0]).toEqual(expect.objectContaining({ severity: 'warning', line: 1, column: 1 }));
        expect(JSON.stringify(result)).not.toContain(SECRET);
        expect(result.files).toEqual(['parties.pacta', 'shared/more.pacta']);
        expect(result.diagnostics.filter(d => d.code === 'pacta/duplicate-input').map(d => d.file)).toEqual(['more-link.pacta']);
    });

    test('inside the roots, a link must still lead to a .pacta file outside dot folders (.git/config is not read)', async () => {
        const result = await compileFiles([join(dir, 'ws/git-config.pacta'), join(dir, 'ws/credentials.pacta')], { roots: [dir] });
        expect(result.diagnostics.map(d => d.code)).toEqual(['pacta/no-input', 'pacta/outside-workspace', 'pacta/outside-workspace']);
        expect(JSON.stringify(result)).not.toContain(SECRET);
    });

    test('roots: a link to a .pacta file inside one of the roots given is read', async () => {
        const result = await compileFiles([join(dir, 'ws/shared-link.pacta')], { roots: [dir] });
        expect(result.diagnostics).toEqual([]);
        expect(result.output?.parties.map(p => p.id)).toEqual(['JP']);
    });

    test('a syntax error in a followed link quotes only a short excerpt', async () => {
        const result = await compileFiles([join(dir, 'ws/credentials.pacta')], { followSymlinks: true });
        expect(result.diagnostics.map(d => d.code)).toContain('pacta/syntax-error');
        expect(JSON.stringify(result.diagnostics)).not.toContain(SECRET);
    });

    test('followSymlinks: true reads them', async () => {
        const result = await compileFolder(join(dir, 'ws'), { followSymlinks: true });
        expect(result.files).toEqual(expect.arrayContaining(['credentials.pacta', 'git-config.pacta', 'shared-link.pacta']));
        expect(result.diagnostics.map(d => d.code)).not.toContain('pacta/outside-workspace');
    });

    test('resolvesOutside, for tools that read files themselves', () => {
        expect(resolvesOutside(join(dir, 'ws/credentials.pacta'), [join(dir, 'ws')])).toBe(true);
        expect(resolvesOutside(join(dir, 'ws/more-link.pacta'), [join(dir, 'ws')])).toBe(false);
        expect(resolvesOutside(join(dir, 'ws/parties.pacta'), [join(dir, 'ws')])).toBe(false);
    });
});

describe('other inputs', () => {
    test('a file that is not .pacta: pacta/not-pacta-file, the others compiled', async () => {
        const result = await compileFiles([join(dir, 'ws/notes.md'), join(dir, 'ws/parties.pacta')], { root: join(dir, 'ws') });
        expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'pacta/not-pacta-file', severity: 'error', file: 'notes.md' })]);
        expect(result.files).toEqual(['parties.pacta']);
        expect(result.output?.parties.map(p => p.id)).toEqual(['US']);
    });

    test('maxFileSize: a larger file is pacta/file-too-large, not read', async () => {
        const result = await compileFolder(join(dir, 'ws'), { maxFileSize: 20 });
        const large = result.diagnostics.filter(d => d.code === 'pacta/file-too-large').map(d => d.file);
        expect(large).toEqual(['parties.pacta']); // 25 bytes; the others are 18 (links out are not read at all)
        expect(result.diagnostics.find(d => d.code === 'pacta/file-too-large')?.message).toBe("'parties.pacta' is 25 bytes, more than the limit of 20 bytes; it was not read.");
    });
});
