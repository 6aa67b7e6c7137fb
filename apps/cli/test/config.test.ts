import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT, pacta, tempRepo } from './helpers.js';

const PARTIES = 'state US "United States"\nstate MX "Mexico"\n';
// Cites nothing: with strictSources, pacta/missing-source for the agreement.
const UNSOURCED = 'agreement a "A" {\n    parties US, MX\n}\n';

describe('pacta.config.json and package.json "pacta"', () => {
    test('strictSources from the config; --no-strict-sources and --strict-sources on the command line win', () => {
        const repo = tempRepo({ 'parties.pacta': PARTIES, 'a.pacta': UNSOURCED, 'pacta.config.json': '{ "strictSources": true }\n' });
        const run = pacta(['check'], { cwd: repo });
        expect(run.code).toBe(0);
        expect(run.stdout).toContain("a.pacta:1:11  warning  pacta/missing-source  The agreement 'a' cites no source.");
        expect(pacta(['check', '--no-strict-sources'], { cwd: repo }).stdout).toBe('✔ 2 files checked, no problems\n');

        const off = tempRepo({ 'parties.pacta': PARTIES, 'a.pacta': UNSOURCED, 'pacta.config.json': '{ "strictSources": false }\n' });
        expect(pacta(['check', '--strict-sources'], { cwd: off }).stdout).toContain('pacta/missing-source');
    });

    test('found in the nearest folder up from the current one; the "pacta" key of package.json counts, a package.json without it does not', () => {
        const repo = tempRepo({
            'package.json': JSON.stringify({ name: 'x', pacta: { strictSources: true, maxWarnings: 0 } }, null, 2),
            'agreements/package.json': JSON.stringify({ name: 'inner' }),
            'agreements/parties.pacta': PARTIES,
            'agreements/a.pacta': UNSOURCED
        });
        const run = pacta(['check'], { cwd: join(repo, 'agreements') });
        expect(run.code).toBe(1);
        expect(run.stdout).toContain('(more than --max-warnings 0)');
        // A pacta.config.json nearer to the current folder is the one read (not merged with the other).
        const nearer = tempRepo({ 'package.json': JSON.stringify({ pacta: { strictSources: true } }), 'sub/pacta.config.json': '{}', 'sub/parties.pacta': PARTIES, 'sub/a.pacta': UNSOURCED });
        expect(pacta(['check'], { cwd: join(nearer, 'sub') }).stdout).toBe('✔ 2 files checked, no problems\n');
    });

    test('an invalid config: every problem with file:line:col and pacta/invalid-config, exit 2, nothing checked', () => {
        const repo = tempRepo({ 'a.pacta': PARTIES, 'pacta.config.json': '{\n  "dueSoonDays": -1,\n  "strictSorces": true,\n  "horizon": "soon"\n}\n' });
        const run = pacta(['check'], { cwd: repo });
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        const lines = run.stderr.split('\n').filter(line => line.includes('pacta/invalid-config'));
        expect(lines).toEqual([
            "pacta.config.json:2:3  error  pacta/invalid-config  pacta.config.json: 'dueSoonDays' must be >= 0.",
            "pacta.config.json:3:3  error  pacta/invalid-config  pacta.config.json: unknown option 'strictSorces' (known: strictSources, dueSoonDays, horizon, ignore, maxWarnings, warningsAsErrors, maxFileSize).",
            'pacta.config.json:4:3  error  pacta/invalid-config  pacta.config.json: \'horizon\' must be a number and d, w, m or y, such as "90d", "6m" or "1y".'
        ]);
        expect(run.stderr).toContain("✖ pacta check: the configuration in 'pacta.config.json' is not valid (above)");

        const broken = pacta(['status'], { cwd: tempRepo({ 'a.pacta': PARTIES, 'pacta.config.json': '{\n  "dueSoonDays": 3,\n}\n' }) });
        expect(broken.code).toBe(2);
        expect(broken.stderr).toMatch(/^pacta\.config\.json:3:1 {2}error {2}pacta\/invalid-config {2}pacta\.config\.json: is not valid JSON: unexpected "}"/);
    });

    test('dueSoonDays sets pacta status --due-soon-days; the flag wins', () => {
        const files = { 'parties.pacta': PARTIES, 'a.pacta': 'agreement a "A" {\n    parties US, MX\n    commitment c { by US shall "act" due 2026-03-20 }\n}\n' };
        const statusOf = (cwd: string, ...flags: string[]) => JSON.parse(pacta(['status', '--as-of', '2026-03-10', '--format', 'json', ...flags], { cwd }).stdout).commitments[0].status;
        expect(statusOf(tempRepo(files))).toBe('due_soon');
        const repo = tempRepo({ ...files, 'pacta.config.json': '{ "dueSoonDays": 5 }' });
        expect(statusOf(repo)).toBe('pending');
        expect(statusOf(repo, '--due-soon-days', '10')).toBe('due_soon');
    });

    test('--print-config shows the options in effect as JSON and runs nothing', () => {
        const repo = tempRepo({ 'pacta.config.json': '{ "dueSoonDays": 5, "ignore": ["drafts/"], "maxFileSize": "1MB" }' });
        const run = pacta(['status', '--print-config', '--max-file-size', '2MB'], { cwd: join(repo) });
        expect(run.code).toBe(0);
        expect(JSON.parse(run.stdout)).toEqual({
            file: 'pacta.config.json',
            strictSources: false,
            dueSoonDays: 5,
            horizon: null,
            ignore: ['drafts/'],
            ignoreBase: '.',
            maxWarnings: null,
            warningsAsErrors: false,
            maxFileSize: 2 * 1024 * 1024
        });
        // No config: the defaults.
        expect(JSON.parse(pacta(['check', '--print-config'], { cwd: tempRepo() }).stdout)).toMatchObject({ file: null, dueSoonDays: 14, maxFileSize: 20 * 1024 * 1024 });
    });

    test('the schema ships with the SDK and describes every option the CLI reads', () => {
        const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/sdk/schema/pacta-config.schema.json'), 'utf8'));
        const printed = JSON.parse(pacta(['check', '--print-config'], { cwd: tempRepo() }).stdout);
        expect(
            Object.keys(schema.properties)
                .filter(key => key !== '$schema')
                .sort()
        ).toEqual(
            Object.keys(printed)
                .filter(key => key !== 'file' && key !== 'ignoreBase')
                .sort()
        );
    });
});

describe(".pactaignore and the config's ignore", () => {
    const files = {
        'parties.pacta': PARTIES,
        'drafts/wip.pacta': 'agreement wip "WIP" {\n    parties US, ZZ\n}\n',
        'agreements/a.pacta': UNSOURCED,
        'agreements/old/b.pacta': 'agreement b "B" {\n    parties US, QQ\n}\n'
    };

    test('every folder scan and glob skips what .pactaignore files ignore (gitignore syntax, nested files too); a file named is read', () => {
        const repo = tempRepo({ ...files, '.pactaignore': '# work in progress\ndrafts/\n', 'agreements/.pactaignore': 'old/\n' });
        expect(pacta(['check'], { cwd: repo }).stdout).toBe('✔ 2 files checked, no problems\n');
        expect(pacta(['check', 'agreements', 'parties.pacta'], { cwd: repo }).stdout).toBe('✔ 2 files checked, no problems\n');
        expect(pacta(['check', '**/*.pacta'], { cwd: repo }).stdout).toBe('✔ 2 files checked, no problems\n');
        expect(pacta(['compile', '--compact'], { cwd: repo }).code).toBe(0);
        const named = pacta(['check', 'drafts/wip.pacta', 'parties.pacta'], { cwd: repo });
        expect(named.code).toBe(1);
        expect(named.stdout).toContain("drafts/wip.pacta:2:17  error  pacta/unresolved-reference  Unknown party 'ZZ'.");
        // fmt reads the same files: the ignored one is not formatted.
        const messy = tempRepo({ 'a.pacta': 'state  US "United States"\n', 'vendor/b.pacta': 'state  MX "Mexico"\n', '.pactaignore': 'vendor\n' });
        const fmt = pacta(['fmt'], { cwd: messy });
        expect(fmt.stdout).toBe('a.pacta\n');
        expect(readFileSync(join(messy, 'vendor/b.pacta'), 'utf8')).toBe('state  MX "Mexico"\n');
    });

    test("the config's ignore patterns apply relative to the config file's folder", () => {
        const repo = tempRepo({ ...files, 'pacta.config.json': '{ "ignore": ["drafts/", "**/old/"] }' });
        expect(pacta(['check'], { cwd: repo }).stdout).toBe('✔ 2 files checked, no problems\n');
        expect(pacta(['check', '.', '../parties.pacta'], { cwd: join(repo, 'agreements') }).stdout).toBe('✔ 2 files checked, no problems\n');
        expect(pacta(['check', '.', '../parties.pacta'], { cwd: join(tempRepo(files), 'agreements') }).code).toBe(1);
    });
});
