import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pacta, pactaSpawn, tempRepo, waitFor, writeFile } from './helpers.js';

const PARTIES = 'state US "United States"\nstate MX "Mexico"\n';
const WARNING_AND_ERROR = 'agreement a "A" {\n    parties US, QQ\n}\n#suppress "pacta/unknown-currency" "the source says so"\nstate CA "Canada"\n';

describe('--quiet', () => {
    test('lists errors only; the summary and the exit code still count every finding', () => {
        const repo = tempRepo({ 'parties.pacta': PARTIES, 'a.pacta': WARNING_AND_ERROR });
        const loud = pacta(['check'], { cwd: repo });
        expect(loud.stdout).toContain('pacta/unused-suppression');
        const quiet = pacta(['check', '--quiet'], { cwd: repo });
        expect(quiet.code).toBe(1);
        expect(quiet.stdout).toBe(
            [
                "a.pacta:2:17  error  pacta/unresolved-reference  Unknown party 'QQ'.",
                '    hint: Check the spelling or declare it, e.g. `state XX "Name"` or `agency NAME "Name" of XX`.',
                '',
                '✖ 1 error, 1 warning in 1 file',
                ''
            ].join('\n')
        );
        const json = JSON.parse(pacta(['check', '-q', '--format', 'json'], { cwd: repo }).stdout);
        expect(json.diagnostics.map((d: { code: string }) => d.code)).toEqual(['pacta/unresolved-reference']);
        expect(json.summary).toMatchObject({ errors: 1, warnings: 1, exitCode: 1 });
    });
});

describe('check - (stdin)', () => {
    test('alone: findings name <stdin>', () => {
        const run = pacta(['check', '-'], { cwd: tempRepo(), input: 'state XX "Nowhere"\n' });
        expect(run.code).toBe(1);
        expect(run.stdout).toMatch(/^<stdin>:1:7 {2}error {2}pacta\/unknown-country /);
    });

    test('--stdin-filename: the text stands for that file of the workspace; the other files give it their names', () => {
        const repo = tempRepo({ 'parties.pacta': PARTIES, 'agreements/a.pacta': 'agreement a "A" {\n    parties US, QQ\n}\n' });
        const fixed = pacta(['check', '-', '--stdin-filename', 'agreements/a.pacta'], { cwd: repo, input: 'agreement a "A" {\n    parties US, MX\n}\n' });
        expect(fixed).toEqual({ code: 0, stdout: '✔ 1 file checked, no problems\n', stderr: '' });
        const broken = pacta(['check', '-', '--stdin-filename', 'agreements/a.pacta', '--format', 'json'], { cwd: repo, input: 'agreement a "A" {\n    parties US, CA\n}\n' });
        expect(broken.code).toBe(1);
        const report = JSON.parse(broken.stdout);
        expect(report.files).toEqual(['agreements/a.pacta']);
        expect(report.diagnostics.map((d: { file: string; line: number; column: number; message: string }) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([
            "agreements/a.pacta:2:17 Unknown party 'CA'."
        ]);
        // The file on disk is not read in its place, and not changed.
        expect(readFileSync(join(repo, 'agreements/a.pacta'), 'utf8')).toContain('QQ');
        expect(pacta(['check', '--stdin-filename', 'a.pacta'], { cwd: repo }).code).toBe(2);
    });
});

describe('--fix', () => {
    test('applies the safe quick fixes the editor offers (nothing that changes the compiled document), reports what is left', () => {
        const repo = tempRepo({
            'parties.pacta': PARTIES + '#suppress "pacta/unknown-currency" "the source says so"\nstate CA "Canada"\n',
            // The texts the editor's code actions give (packages/language/test/lsp/resources.test.ts).
            'a.pacta': 'agreement a "A" {\n    parties US, MX\n    resources rare_earths, neodymium, lithium\n}\n',
            'b.pacta': 'agreement b "B" {\n    parties US, MEX\n    resources neodymium, rare_earths\n}\n'
        });
        const run = pacta(['check', '--fix'], { cwd: repo });
        expect(run.stderr).toBe('✔ fixed 1 finding in 1 file: parties.pacta\n');
        // A redundant resource is a hint: removing it would change the compiled `resources`.
        expect(readFileSync(join(repo, 'a.pacta'), 'utf8')).toBe('agreement a "A" {\n    parties US, MX\n    resources rare_earths, neodymium, lithium\n}\n');
        expect(readFileSync(join(repo, 'parties.pacta'), 'utf8')).toBe(PARTIES + 'state CA "Canada"\n');
        // 'MEX' → 'MX' is the editor's suggestion, a guess: not applied.
        expect(readFileSync(join(repo, 'b.pacta'), 'utf8')).toBe('agreement b "B" {\n    parties US, MEX\n    resources neodymium, rare_earths\n}\n');
        expect(run.code).toBe(1);
        expect(run.stdout).toContain("b.pacta:2:17  error  pacta/unresolved-reference  Unknown party 'MEX'.");
        expect(run.stdout).toContain('pacta/redundant-resource');
        // Nothing left to fix: nothing written, nothing said.
        expect(pacta(['check', '--fix'], { cwd: repo }).stderr).toBe('');
    });
});

describe('--fix and a read-only file', () => {
    test('the writable files are fixed and reported, the read-only one keeps its finding and is named with its path as shown: exit 2', () => {
        const unused = '#suppress "pacta/unknown-currency" "the source says so"\nstate CA "Canada"\n';
        const repo = tempRepo({ 'parties.pacta': PARTIES + unused, 'z.pacta': `${unused.replace('CA "Canada"', 'JP "Japan"')}` });
        chmodSync(join(repo, 'z.pacta'), 0o444);
        const run = pacta(['check', '--fix'], { cwd: repo });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('✔ fixed 1 finding in 1 file: parties.pacta\n');
        expect(run.stderr).toContain("✖ cannot write 'z.pacta': the file is read-only");
        expect(run.stderr).toContain('1 file not fixed: it could not be written (above)');
        expect(readFileSync(join(repo, 'parties.pacta'), 'utf8')).toBe(PARTIES + 'state CA "Canada"\n');
        expect(readFileSync(join(repo, 'z.pacta'), 'utf8')).toBe(unused.replace('CA "Canada"', 'JP "Japan"'));
    });
});

describe('--watch', () => {
    test("check --watch checks again on every change; .gitignore'd folders are neither watched nor read", async () => {
        const repo = tempRepo({ '.gitignore': 'build/\n', 'parties.pacta': PARTIES, 'a.pacta': 'agreement a "A" {\n    parties US, QQ\n}\n' });
        const { child, output } = pactaSpawn(['check', '--watch', '--debounce', '50'], { cwd: repo });
        const detail = () => `stdout:\n${output.stdout}\nstderr:\n${output.stderr}`;
        try {
            await waitFor(() => output.stdout.includes('✖ 1 error in 1 file') && output.stderr.includes('watching for changes'), 60_000, 'the first check', detail);
            writeFile(join(repo, 'build/generated.pacta'), 'agreement g "G" {\n    parties ZZ\n}\n');
            writeFileSync(join(repo, 'a.pacta'), 'agreement a "A" {\n    parties US, MX\n}\n');
            await waitFor(() => output.stdout.includes('✔ 2 files checked, no problems'), 60_000, 'the edit to be checked', detail);
            expect(output.stderr).toContain('a.pacta changed');
            expect(output.stderr).not.toContain('generated.pacta');
        } finally {
            child.kill('SIGTERM');
        }
    });
});

describe('fmt --check', () => {
    test('a unified diff per file that is not formatted, with the a/ and b/ names of git', () => {
        const repo = tempRepo({ 'a.pacta': 'state   US  "United States"\n\n\n\nstate MX "Mexico"\n', 'sub/b.pacta': 'state  CA "Canada"\n', 'c.pacta': 'state JP "Japan"\n' });
        const run = pacta(['fmt', '--check'], { cwd: repo });
        expect(run.code).toBe(1);
        expect(run.stdout).toBe(
            [
                '--- a/a.pacta',
                '+++ b/a.pacta',
                '@@ -1,5 +1,3 @@',
                '-state   US  "United States"',
                '+state US "United States"',
                ' ',
                '-',
                '-',
                ' state MX "Mexico"',
                '--- a/sub/b.pacta',
                '+++ b/sub/b.pacta',
                '@@ -1,1 +1,1 @@',
                '-state  CA "Canada"',
                '+state CA "Canada"',
                ''
            ].join('\n')
        );
        expect(pacta(['fmt', '--check', '-'], { input: 'state  CA "Canada"\n' }).stdout).toContain('--- a/<stdin>\n+++ b/<stdin>\n');
    });
});

describe("deadlines --horizon and the config's horizon", () => {
    test('without --to, occurrences up to today plus the span', () => {
        const year = new Date().getFullYear();
        const files = {
            'parties.pacta': PARTIES,
            'a.pacta': `agreement a "A" {\n    parties US, MX\n    commitment near { by US shall "act" due ${year + 1}-01-15 }\n    commitment far { by US shall "act" due ${year + 5}-01-15 }\n}\n`
        };
        const ids = (run: { stdout: string }) => JSON.parse(run.stdout).map((row: { deadline: string }) => row.deadline);
        expect(ids(pacta(['deadlines', '--format', 'json'], { cwd: tempRepo(files) }))).toEqual(['a.near.due', 'a.far.due']);
        expect(ids(pacta(['deadlines', '--format', 'json', '--horizon', '3y'], { cwd: tempRepo(files) }))).toEqual(['a.near.due']);
        const configured = tempRepo({ ...files, 'pacta.config.json': '{ "horizon": "3y" }' });
        expect(ids(pacta(['deadlines', '--format', 'json'], { cwd: configured }))).toEqual(['a.near.due']);
        expect(ids(pacta(['deadlines', '--format', 'json', '--to', `${year + 9}-12-31`], { cwd: configured }))).toEqual(['a.near.due', 'a.far.due']);
        expect(pacta(['deadlines', '--horizon', 'soon'], { cwd: configured }).code).toBe(2);
    });
});
