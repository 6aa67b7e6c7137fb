import { existsSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileFolder } from '@pacta/sdk';
import { describe, expect, test } from 'vitest';
import { EXAMPLES, GOLDEN, copyToTemp, pacta, pactaSpawn, tempRepo, waitFor, writeFile } from './helpers.js';

const input = join(GOLDEN, 'input');
const exampleJson = readFileSync(join(EXAMPLES, 'critical-minerals-2026.json'), 'utf8');

describe('pacta compile', () => {
    test("-o FILE: the SDK's canonical bytes (the example's checked-in JSON), folders created", () => {
        const repo = tempRepo();
        const run = pacta(['compile', EXAMPLES, '-o', 'out/deep/cm.json'], { cwd: repo });
        expect(run.code).toBe(0);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe(
            `✔ out/deep/cm.json: ${readdirSync(EXAMPLES).filter(name => name.endsWith('.pacta')).length} files compiled, ${Buffer.byteLength(exampleJson).toLocaleString('en-US')} bytes\n`
        );
        expect(readFileSync(join(repo, 'out/deep/cm.json'), 'utf8')).toBe(exampleJson);
        expect(readdirSync(join(repo, 'out/deep'))).toEqual(['cm.json']);
    });

    test('the same bytes as compileFolder of the SDK, and --pretty is that default', async () => {
        const sdk = await compileFolder(EXAMPLES);
        expect(pacta(['compile', EXAMPLES]).stdout).toBe(sdk.json);
        expect(pacta(['compile', EXAMPLES, '--pretty']).stdout).toBe(sdk.json);
    });

    test('--compact: the same document on one line, keys in the same order', () => {
        const run = pacta(['compile', EXAMPLES, '--compact']);
        expect(run.code).toBe(0);
        expect(run.stdout.split('\n')).toHaveLength(2);
        expect(run.stdout).toBe(JSON.stringify(JSON.parse(exampleJson)) + '\n');
    });

    test('--out-dir: one document per path argument, named after it', () => {
        const repo = copyToTemp(EXAMPLES, 'agreements/critical-minerals-2026');
        writeFile(join(repo, 'agreements/other/a.pacta'), 'state US "United States"\n');
        const run = pacta(['compile', 'agreements/critical-minerals-2026', 'agreements/other', '--out-dir', 'out'], { cwd: repo });
        expect(run.code).toBe(0);
        expect(readdirSync(join(repo, 'out')).sort()).toEqual(['critical-minerals-2026.json', 'other.json']);
        expect(readFileSync(join(repo, 'out/critical-minerals-2026.json'), 'utf8')).toBe(exampleJson);
        expect(JSON.parse(readFileSync(join(repo, 'out/other.json'), 'utf8')).parties.map((p: { id: string }) => p.id)).toEqual(['US']);
    });

    test('--out-dir refuses two arguments with the same name (exit 2, nothing written)', () => {
        const repo = tempRepo({ 'a/x/p.pacta': 'state US "United States"\n', 'b/x/p.pacta': 'state MX "Mexico"\n' });
        const run = pacta(['compile', 'a/x', 'b/x', '--out-dir', 'out'], { cwd: repo });
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/^✖ pacta compile: 'a\/x' and 'b\/x' would both be written to 'out\/x\.json'/);
        expect(existsSync(join(repo, 'out'))).toBe(false);
    });

    test('-o and --out-dir together, and --watch without either, are usage errors', () => {
        expect(pacta(['compile', EXAMPLES, '-o', 'a.json', '--out-dir', 'b'], { cwd: tempRepo() }).code).toBe(2);
        const run = pacta(['compile', EXAMPLES, '--watch'], { cwd: tempRepo() });
        expect(run).toEqual({ code: 2, stdout: '', stderr: '✖ pacta compile: --watch needs -o FILE or --out-dir DIR (it rewrites the output on every change)\n' });
    });

    test('errors: writes nothing, keeps an existing output byte for byte, leaves no temp file; exit 1', () => {
        const repo = copyToTemp(input);
        writeFile(join(repo, 'out/pacta.json'), 'previous output\n');
        const run = pacta(['compile', '-o', 'out/pacta.json'], { cwd: repo });
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toContain("broken/us-mexico.pacta:3:17  error  pacta/unresolved-reference  Unknown party 'MEX'.");
        expect(run.stderr.trimEnd().split('\n').slice(-2)).toEqual(['✖ 1 error, 1 warning, 1 info in 2 files', '✖ nothing written (out/pacta.json left as it was)']);
        expect(readFileSync(join(repo, 'out/pacta.json'), 'utf8')).toBe('previous output\n');
        expect(readdirSync(join(repo, 'out'))).toEqual(['pacta.json']);
    });

    test('errors with output to stdout: nothing on stdout', () => {
        const run = pacta(['compile'], { cwd: copyToTemp(input) });
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
    });

    test('--warnings-as-errors and --max-warnings stop the write too', () => {
        const repo = tempRepo({ 'p.pacta': 'agency USTR "Office of the U.S. Trade Representative"\n' });
        expect(pacta(['compile', '-o', 'out.json'], { cwd: repo }).code).toBe(0);
        rmSync(join(repo, 'out.json'));
        expect(pacta(['compile', '-o', 'out.json', '--warnings-as-errors'], { cwd: repo }).code).toBe(1);
        expect(pacta(['compile', '-o', 'out.json', '--max-warnings', '0'], { cwd: repo }).code).toBe(1);
        expect(existsSync(join(repo, 'out.json'))).toBe(false);
    });

    test('a successful compile replaces the output in one rename, with no temp file left', () => {
        const repo = copyToTemp(EXAMPLES, 'src');
        writeFile(join(repo, 'out.json'), 'old\n');
        expect(pacta(['compile', 'src', '-o', 'out.json'], { cwd: repo }).code).toBe(0);
        expect(readFileSync(join(repo, 'out.json'), 'utf8')).toBe(exampleJson);
        expect(readdirSync(repo).sort()).toEqual(['.git', 'out.json', 'src']);
    });

    test('an output that cannot be written: one line, exit 2', () => {
        const repo = copyToTemp(EXAMPLES, 'src');
        writeFile(join(repo, 'blocker'), 'a file, not a folder\n');
        const run = pacta(['compile', 'src', '-o', 'blocker/out.json'], { cwd: repo });
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/^✖ cannot write 'blocker\/out\.json': .*(ENOTDIR|EEXIST).*\n$/);
        expect(run.stderr.split('\n')).toHaveLength(2);
    });
});

describe('pacta compile --watch', () => {
    test('recompiles on an edit, survives a deleted and a half-written file, never overwrites with a broken build', async () => {
        const repo = copyToTemp(EXAMPLES, 'src');
        const out = join(repo, 'out.json');
        const { child, output } = pactaSpawn(['compile', 'src', '-o', 'out.json', '--watch', '--debounce', '50'], { cwd: repo });
        const detail = () => `stderr:\n${output.stderr}`;
        try {
            await waitFor(() => existsSync(out) && readFileSync(out, 'utf8') === exampleJson, 60_000, 'the first compile', detail);
            await waitFor(() => output.stderr.includes('watching for changes'), 60_000, 'the watcher', detail);
            await new Promise(resolve => setTimeout(resolve, 300)); // let the watcher settle

            // An edit: the action plan is due within 90 days instead of 60 → 2026-05-05.
            const plan = join(repo, 'src/us-mexico.pacta');
            const original = readFileSync(plan, 'utf8');
            writeFileSync(plan, original.replace('due within 60 days after announced', 'due within 90 days after announced'));
            await waitFor(() => readFileSync(out, 'utf8').includes('"2026-05-05"'), 60_000, 'the edit to be compiled', detail);

            // Half a file (as an editor may leave it mid-save): errors are printed, the output is kept.
            const before = readFileSync(out, 'utf8');
            const mark = output.stderr.length;
            writeFileSync(plan, original.slice(0, Math.floor(original.length / 2)));
            await waitFor(() => output.stderr.slice(mark).includes('nothing written'), 60_000, 'the half-written file to be reported', detail);
            expect(readFileSync(out, 'utf8')).toBe(before);

            // A deleted file: the others still compile (the actors of the deleted agreement go away).
            const mark2 = output.stderr.length;
            unlinkSync(plan);
            await waitFor(() => !readFileSync(out, 'utf8').includes('us_mexico.action_plan') && output.stderr.slice(mark2).includes('✔ out.json'), 60_000, 'the deletion to be compiled', detail);

            // The file comes back: the original output again.
            writeFileSync(plan, original);
            await waitFor(() => readFileSync(out, 'utf8') === exampleJson, 60_000, 'the restored file to be compiled', detail);
            expect(child.exitCode).toBeNull();
            expect(readdirSync(repo).sort()).toEqual(['.git', 'out.json', 'src']);
        } finally {
            child.kill('SIGTERM');
        }
    }, 180_000);
});
