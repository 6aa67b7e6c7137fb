import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXAMPLES, GOLDEN, REPO_ROOT, copyToTemp, pacta, tempRepo } from './helpers.js';

/** Every `.pacta` file under examples/, with its text. */
function exampleFiles(dir: string): Map<string, string> {
    const files = new Map<string, string>();
    const visit = (folder: string) => {
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
            const path = join(folder, entry.name);
            if (entry.isDirectory()) visit(path);
            else if (entry.name.endsWith('.pacta')) files.set(path.slice(dir.length + 1), readFileSync(path, 'utf8'));
        }
    };
    visit(dir);
    return files;
}

describe('pacta fmt', () => {
    test('is idempotent over every example: formatting twice changes nothing', () => {
        const repo = copyToTemp(join(REPO_ROOT, 'examples'));
        const first = pacta(['fmt'], { cwd: repo });
        expect(first.code).toBe(0);
        const once = exampleFiles(repo);
        expect(once.size).toBeGreaterThanOrEqual(6);
        const second = pacta(['fmt'], { cwd: repo });
        expect(second.code).toBe(0);
        expect(second.stdout).toBe('');
        expect(exampleFiles(repo)).toEqual(once);
        expect(pacta(['fmt', '--check'], { cwd: repo }).code).toBe(0);
        // And what it formats still compiles clean.
        expect(pacta(['check'], { cwd: repo }).code).toBe(0);
    });

    test('the examples are formatted already', () => {
        const run = pacta(['fmt', '--check', EXAMPLES]);
        expect(run.code).toBe(0);
        expect(run.stdout).toBe('');
    });

    test('--check prints a unified diff of what would change, exits 1, and changes nothing', () => {
        const messy = 'state   US  "United States"\nstate MX "Mexico"   // comment kept\n';
        const repo = tempRepo({ 'a.pacta': messy, 'sub/b.pacta': 'state CA "Canada"\n' });
        const run = pacta(['fmt', '--check'], { cwd: repo });
        expect(run.code).toBe(1);
        expect(run.stdout).toBe(
            [
                '--- a/a.pacta',
                '+++ b/a.pacta',
                '@@ -1,2 +1,2 @@',
                '-state   US  "United States"',
                '-state MX "Mexico"   // comment kept',
                '+state US "United States"',
                '+state MX "Mexico" // comment kept',
                ''
            ].join('\n')
        );
        expect(run.stderr).toBe("✖ 1 file is not formatted (of 2 files); run 'pacta fmt' to format it\n");
        expect(readFileSync(join(repo, 'a.pacta'), 'utf8')).toBe(messy);

        const write = pacta(['fmt'], { cwd: repo });
        expect(write.code).toBe(0);
        expect(write.stdout).toBe('a.pacta\n');
        const formatted = readFileSync(join(repo, 'a.pacta'), 'utf8');
        expect(formatted).toContain('// comment kept');
        expect(formatted).not.toBe(messy);
        expect(pacta(['fmt', '--check'], { cwd: repo }).code).toBe(0);
        expect(readdirSync(repo).sort()).toEqual(['.git', 'a.pacta', 'sub']);
    });

    test('a file with a syntax error is left as it is: its errors, exit 1', () => {
        const broken = 'agreement a "A" {\n    parties US MX\n}\n';
        const repo = tempRepo({ 'broken.pacta': broken });
        const run = pacta(['fmt'], { cwd: repo });
        expect(run.code).toBe(1);
        expect(run.stderr).toMatch(/^broken\.pacta:2:\d+ {2}error {2}pacta\/syntax-error {2}/);
        expect(readFileSync(join(repo, 'broken.pacta'), 'utf8')).toBe(broken);
    });

    test("'-' formats stdin to stdout", () => {
        const run = pacta(['fmt', '-'], { input: 'state   US  "United States"\n' });
        expect(run.code).toBe(0);
        expect(run.stdout).toBe(pacta(['fmt', '-'], { input: run.stdout }).stdout);
        expect(pacta(['fmt', '--check', '-'], { input: run.stdout }).code).toBe(0);
        expect(pacta(['fmt', '--check', '-'], { input: 'state   US  "United States"\n' }).code).toBe(1);
    });

    test('a file that starts with a byte order mark keeps it', () => {
        const repo = tempRepo({ 'bom.pacta': '\uFEFFstate   US  "United States"\n' });
        expect(pacta(['fmt', 'bom.pacta'], { cwd: repo }).code).toBe(0);
        expect(readFileSync(join(repo, 'bom.pacta'), 'utf8')).toBe('\uFEFFstate US "United States"\n');
    });

    test('a missing path: exit 2', () => {
        expect(pacta(['fmt', 'nope'], { cwd: tempRepo() })).toEqual({ code: 2, stdout: '', stderr: "✖ pacta fmt: 'nope' does not exist\n" });
    });

    test('the golden input is formatted', () => {
        expect(pacta(['fmt', '--check', join(GOLDEN, 'input')]).code).toBe(0);
    });
});
