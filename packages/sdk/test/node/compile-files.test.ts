import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compileFiles, compileFolder, compileSources } from '../../src/index.js';
import { DEAL, PARTIES, USMCA, codes, expectValidOutput } from '../support.js';

let dir: string;
let linked = false;

function write(path: string, content: string | Uint8Array): void {
    const full = join(dir, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, content);
}

beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pacta-sdk-'));
    write('ws/parties.pacta', PARTIES);
    write('ws/agreements/deal.pacta', DEAL);
    write('ws/agreements/usmca.pacta', USMCA);
    write('ws/README.md', '# not Pacta');
    write('ws/node_modules/dep/x.pacta', 'state US "United States"');
    write('ws/.hidden/x.pacta', 'state US "United States"');
    write('ws/agreements/.draft.pacta/inner.pacta', 'state US "United States"');
    write('bom/a.pacta', '\ufeffstate US "United States"\nstate XX "Nowhere"');
    write('latin1/a.pacta', Buffer.from('state FR "Fran\xe7e"', 'latin1'));
    write('binary/a.pacta', new Uint8Array([0x73, 0x74, 0x00, 0x01, 0xff, 0xfe]));
    write('empty-folder/notes.txt', 'nothing to compile');
    write('links/real/a.pacta', 'state US "United States"');
    try {
        symlinkSync(join(dir, 'links/real/a.pacta'), join(dir, 'links/b.pacta'));
        symlinkSync(join(dir, 'links'), join(dir, 'links/loop'));
        linked = true;
    } catch {
        // No symbolic links on this file system: the test below checks what it can.
    }
});

afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
});

describe('compileFolder', () => {
    test('compiles every .pacta file under the folder, sorted, paths relative to it', async () => {
        const result = await compileFolder(join(dir, 'ws'));
        expect(result.files).toEqual(['agreements/deal.pacta', 'agreements/usmca.pacta', 'parties.pacta']);
        expect(codes(result)).toEqual(['agreements/deal.pacta:39:13 pacta/unresolved-deadline']);
        expectValidOutput(result);
    });

    test('gives the same bytes as compiling the same texts in memory', async () => {
        const fromDisk = await compileFolder(join(dir, 'ws'));
        const inMemory = await compileSources({ 'parties.pacta': PARTIES, 'agreements/deal.pacta': DEAL, 'agreements/usmca.pacta': USMCA });
        expect(fromDisk.json).toBe(inMemory.json);
        expect(fromDisk.diagnostics).toEqual(inMemory.diagnostics);
    });

    test('takes a relative folder (against the current directory) and another root', async () => {
        const relativeFolder = relative(process.cwd(), join(dir, 'ws/agreements'));
        const result = await compileFolder(relativeFolder, { root: join(dir, 'ws') });
        expect(result.files).toEqual(['agreements/deal.pacta', 'agreements/usmca.pacta']);
        // parties.pacta is not part of it: unknown parties.
        expect(result.errorCount).toBeGreaterThan(0);
        expect(result.diagnostics.every(d => d.file.startsWith('agreements/'))).toBe(true);
        expectValidOutput(result);
    });

    test('a folder that does not exist: an io-error, no output, no exception', async () => {
        const result = await compileFolder(join(dir, 'no-such-folder'));
        expect(codes(result)).toEqual(['no-such-folder:1:1 pacta/io-error']);
        expect(result.diagnostics[0]!.message).toContain('does not exist');
        expect(result.output).toBeUndefined();
        expect(result.json).toBe('');
        expect(result.files).toEqual([]);
    });

    test('a folder without .pacta files: a warning and an empty document', async () => {
        const result = await compileFolder(join(dir, 'empty-folder'));
        expect(codes(result)).toEqual(['.:1:1 pacta/no-input']);
        expectValidOutput(result);
    });

    test('a file that is not UTF-8, and one that is binary, are reported and skipped', async () => {
        const latin1 = await compileFolder(join(dir, 'latin1'));
        expect(codes(latin1)).toEqual(['a.pacta:1:1 pacta/io-error']);
        expect(latin1.diagnostics[0]!.message).toContain('not UTF-8');
        const binary = await compileFolder(join(dir, 'binary'));
        expect(codes(binary)).toEqual(['a.pacta:1:1 pacta/io-error']);
        expect(binary.output).toBeUndefined();
    });

    test('a BOM at the start of a file is dropped: columns as an editor shows them', async () => {
        const result = await compileFolder(join(dir, 'bom'));
        expect(codes(result)).toEqual(['a.pacta:2:7 pacta/unknown-country']);
        expect(result.output!.parties.find(p => p.id === 'US')!.location).toMatchObject({ line: 1, column: 1 });
    });

    test('follows symbolic links to files, not to folders; a link to a file of the workspace is that file, read once', async () => {
        const result = await compileFolder(join(dir, 'links'));
        expect(result.files).toEqual(['real/a.pacta']);
        if (linked) {
            expect(result.diagnostics.map(d => [d.code, d.file, d.message])).toContainEqual(['pacta/duplicate-input', 'b.pacta', "'b.pacta' is the same file as 'real/a.pacta'; it is compiled once."]);
        }
        expectValidOutput(result);
    });

    test('bad arguments never throw', async () => {
        for (const folder of [undefined, null, 42, '', {}] as unknown[]) {
            const result = await compileFolder(folder as string);
            expect(result.diagnostics.length).toBeGreaterThanOrEqual(0);
        }
    });
});

describe('compileFiles', () => {
    test('reports files relative to their common folder by default', async () => {
        const result = await compileFiles([join(dir, 'ws/agreements/usmca.pacta'), join(dir, 'ws/parties.pacta')]);
        expect(result.files).toEqual(['agreements/usmca.pacta', 'parties.pacta']);
        expect(result.errorCount).toBe(0);
        expectValidOutput(result);
    });

    test('the order of the paths does not change the bytes', async () => {
        const paths = ['parties.pacta', 'agreements/deal.pacta', 'agreements/usmca.pacta'].map(p => join(dir, 'ws', p));
        const forward = await compileFiles(paths);
        const backward = await compileFiles([...paths].reverse());
        expect(backward.json).toBe(forward.json);
        expect(backward.diagnostics).toEqual(forward.diagnostics);
    });

    test('a folder among the paths stands for its .pacta files; a path given twice is read once', async () => {
        const result = await compileFiles([join(dir, 'ws/agreements'), join(dir, 'ws/parties.pacta'), join(dir, 'ws/parties.pacta')]);
        expect(result.files).toEqual(['agreements/deal.pacta', 'agreements/usmca.pacta', 'parties.pacta']);
        expect(result.errorCount).toBe(0);
    });

    test('a missing file is an io-error with its path relative to the root; the others still compile', async () => {
        const result = await compileFiles([join(dir, 'ws/parties.pacta'), join(dir, 'ws/missing.pacta')], { root: join(dir, 'ws') });
        expect(codes(result)).toEqual(['missing.pacta:1:1 pacta/io-error']);
        expect(result.files).toEqual(['parties.pacta']);
        expectValidOutput(result);
    });

    test('files outside the root are reported with ../', async () => {
        const result = await compileFiles([join(dir, 'ws/parties.pacta')], { root: join(dir, 'ws/agreements') });
        expect(result.files).toEqual(['../parties.pacta']);
        expect(result.output!.parties[0]!.location.file).toBe('../parties.pacta');
    });

    test('no paths: a warning, an empty document', async () => {
        const result = await compileFiles([]);
        expect(codes(result)).toEqual(['.:1:1 pacta/no-input']);
        expectValidOutput(result);
    });

    test('bad arguments never throw', async () => {
        for (const paths of [undefined, null, 'a.pacta', [42], [''], [null]] as unknown[]) {
            const result = await compileFiles(paths as string[]);
            expect(result.errorCount + result.warningCount).toBeGreaterThan(0);
        }
    });
});
