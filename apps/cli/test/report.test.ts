import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXAMPLES, REPO_ROOT, copyToTemp, pacta, tempRepo } from './helpers.js';

/** The SDK's Markdown golden of the same case: the command adds nothing and leaves nothing out. */
const BASIC = join(REPO_ROOT, 'packages/sdk/test/report/cases/basic');

describe('pacta report', () => {
    test('writes one self-contained HTML page of the examples with -o, atomically, and says so on stderr', () => {
        const dir = tempRepo();
        const run = pacta(['report', EXAMPLES, '--as-of', '2026-03-10', '-o', 'out/report.html'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe('Wrote out/report.html (HTML, as of 2026-03-10)\n');
        const html = readFileSync(join(dir, 'out/report.html'), 'utf8');
        expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
        expect(html).toContain('<h2 id="status-h">Status as of 2026-03-10</h2>');
        expect(html).toContain('<svg id="timeline-svg"');
        expect(html).toContain('<svg id="relations-svg"');
        expect(html).not.toMatch(/<script[^>]*\ssrc=|<link\s|<img\s/);
        // No temp file left beside it.
        expect(readdirSync(join(dir, 'out'))).toEqual(['report.html']);
    });

    test('Markdown with --format md, or from an -o ending in .md: the SDK golden, byte for byte', () => {
        const expected = readFileSync(join(BASIC, 'expected.md'), 'utf8');
        expect(pacta(['report', BASIC, '--as-of', '2026-03-10', '--format', 'md'])).toEqual({ code: 0, stdout: expected, stderr: '' });
        const dir = tempRepo();
        expect(pacta(['report', BASIC, '--as-of', '2026-03-10', '-o', 'report.md'], { cwd: dir }).code).toBe(0);
        expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe(expected);
        // --format wins over the extension.
        expect(pacta(['report', BASIC, '--as-of', '2026-03-10', '--format', 'html', '-o', 'page.md'], { cwd: dir }).code).toBe(0);
        expect(readFileSync(join(dir, 'page.md'), 'utf8').startsWith('<!doctype html>')).toBe(true);
        expect(pacta(['report', BASIC, '--format', 'md', '--title', 'Pacts <today>']).stdout.startsWith('# Pacts &lt;today&gt;\n')).toBe(true);
    });

    test('errors in the files: the findings on stderr, nothing written, an existing report kept, exit 1', () => {
        const dir = copyToTemp(BASIC, 'agreements');
        writeFileSync(join(dir, 'report.html'), 'old report\n');
        writeFileSync(join(dir, 'agreements/broken.pacta'), 'agreement broken "Broken" {\n    parties Atlantis\n}\n');
        const run = pacta(['report', 'agreements', '-o', 'report.html'], { cwd: dir });
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/agreements\/broken\.pacta:2:13 +error +pacta\/unresolved-reference +Unknown party .Atlantis./);
        expect(run.stderr).toContain('✖ no report written: fix the errors first');
        expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe('old report\n');
    });

    test('usage errors exit 2 with one line: a bad day, a bad format, a missing path, an input as output', () => {
        const cases: [string[], RegExp][] = [
            [['report', BASIC, '--as-of', '2026-02-30'], /--as-of '2026-02-30' is not a date/],
            [['report', BASIC, '--format', 'pdf'], /argument 'pdf' is invalid/],
            [['report', 'no-such-folder'], /'no-such-folder' does not exist/],
            [['report', BASIC, '--title', ' '], /--title is empty/],
            [['report', BASIC, '-o', join(BASIC, 'pact.pacta')], /\.pacta file/]
        ];
        for (const [args, message] of cases) {
            const run = pacta(args);
            expect(run.code, args.join(' ')).toBe(2);
            expect(run.stdout).toBe('');
            expect(run.stderr).toMatch(message);
        }
        expect(existsSync(join(BASIC, 'expected.md'))).toBe(true);
    });
});
