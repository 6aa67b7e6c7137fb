// The file names New file, Rename and share links take: one rule (fileNameProblem), names as typed normalised.
import { describe, expect, it } from 'vitest';
import { fileNameProblem, normaliseFileName } from '../src/workspace.js';

describe('file names', () => {
    it('take a plain .pacta name next to the others', () => {
        expect(fileNameProblem('trial-1.pacta', ['parties.pacta'])).toBeUndefined();
        expect(fileNameProblem('a_b.c.pacta', [])).toBeUndefined();
    });

    it('refuse folders, other extensions and names that do not start with a letter or digit', () => {
        for (const name of ['../x.pacta', 'a/b.pacta', 'x.txt', '.pacta', '-x.pacta', 'x .pacta', 'x.PACTA']) {
            expect(fileNameProblem(name, []), name).toContain('is not a file name the playground takes');
        }
    });

    it('refuse a name already taken, also when it differs only in case', () => {
        expect(fileNameProblem('parties.pacta', ['parties.pacta'])).toBe('There is already a file named parties.pacta.');
        expect(fileNameProblem('Parties.pacta', ['parties.pacta'])).toContain('There is already a file named parties.pacta');
    });

    it('normalise what is typed: spaces around dropped, .pacta added, its case made lower', () => {
        expect(normaliseFileName('  trial ')).toBe('trial.pacta');
        expect(normaliseFileName('x.PACTA')).toBe('x.pacta');
        expect(normaliseFileName('Notes.Pacta')).toBe('Notes.pacta');
        expect(normaliseFileName('trial.pacta')).toBe('trial.pacta');
    });
});
