import { describe, expect, test } from 'vitest';
import { compileSources, perFile } from '../src/index.js';

describe('perFile', () => {
    test('splits a compile by file: diagnostics and the agreements each file declares', async () => {
        const result = await compileSources({
            'parties.pacta': 'state US "United States"\nstate JP "Japan"\n',
            'agreements/talks.pacta': 'agreement talks "Talks" {\n    parties US, JP\n}\nagreement visit "Visit" {\n    parties US, XX\n}\n',
            'agreements/empty.pacta': '',
            'notes.txt': 'not pacta'
        });
        const view = perFile(result);
        expect(view.map(f => f.file)).toEqual([...new Set([...result.files, ...result.diagnostics.map(d => d.file)])].sort());
        const talks = view.find(f => f.file === 'agreements/talks.pacta')!;
        expect(talks.agreements.map(a => a.id)).toEqual(['talks', 'visit']);
        expect(talks.errorCount).toBeGreaterThan(0);
        expect(talks.diagnostics.every(d => d.file === 'agreements/talks.pacta')).toBe(true);
        const parties = view.find(f => f.file === 'parties.pacta')!;
        expect(parties).toEqual({ file: 'parties.pacta', diagnostics: [], errorCount: 0, warningCount: 0, agreements: [] });
        expect(view.reduce((n, f) => n + f.diagnostics.length, 0)).toBe(result.diagnostics.length);
        expect(view.reduce((n, f) => n + f.errorCount, 0)).toBe(result.errorCount);
    });

    test('a compile with no input: one entry for the workspace as a whole', async () => {
        const result = await compileSources({});
        expect(perFile(result)).toEqual([{ file: '.', diagnostics: result.diagnostics, errorCount: 0, warningCount: 1, agreements: [] }]);
    });
});
