import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pacta, tempRepo } from './helpers.js';

const FILES = {
    'parties.pacta': 'state US "United States"\nstate MX "Mexico"\nsource text "Official text" { url "https://example.org/text" }\n',
    // The agreement cites its text: everything in it is sourced.
    'sourced.pacta': 'agreement sourced "Sourced" {\n    cite text "art. 1"\n    parties US, MX\n    signed 2024-01-01\n    commitment c { by US shall "act" due 2025-01-01 }\n}\n',
    // Nothing cited: the agreement, its signature and its commitment are reported.
    'unsourced.pacta': 'agreement unsourced "Unsourced" {\n    parties US, MX\n    signed 2024-01-01\n    commitment c { by US shall "act" due 2025-01-01 }\n}\n'
};

describe('--strict-sources', () => {
    test('pacta check without it: facts without a source are fine', () => {
        const run = pacta(['check'], { cwd: tempRepo(FILES) });
        expect(run).toEqual({ code: 0, stdout: '✔ 3 files checked, no problems\n', stderr: '' });
    });

    test('pacta check --strict-sources: a pacta/missing-source warning per unsourced fact, exit 0', () => {
        const run = pacta(['check', '--strict-sources'], { cwd: tempRepo(FILES) });
        expect(run.code).toBe(0);
        expect(run.stdout.split('\n').filter(line => line.includes('pacta/missing-source'))).toEqual([
            "unsourced.pacta:1:11  warning  pacta/missing-source  The agreement 'unsourced' cites no source.",
            "unsourced.pacta:3:5  warning  pacta/missing-source  The date of 'signed' cites no source.",
            "unsourced.pacta:4:16  warning  pacta/missing-source  The commitment 'c' cites no source."
        ]);
        expect(run.stdout).toContain('3 warnings');
        expect(run.stdout).not.toMatch(/^sourced\.pacta:/m);
    });

    test('with --max-warnings 0 or --warnings-as-errors it fails CI', () => {
        expect(pacta(['check', '--strict-sources', '--max-warnings', '0'], { cwd: tempRepo(FILES) }).code).toBe(1);
        expect(pacta(['check', '--strict-sources', '--warnings-as-errors'], { cwd: tempRepo(FILES) }).code).toBe(1);
        expect(pacta(['check', '--strict-sources', '--max-warnings', '0', 'parties.pacta', 'sourced.pacta'], { cwd: tempRepo(FILES) }).code).toBe(0);
    });

    test('the JSON report carries the code and its severity', () => {
        const run = pacta(['check', '--strict-sources', '--format', 'json', 'unsourced.pacta', 'parties.pacta'], { cwd: tempRepo(FILES) });
        const report = JSON.parse(run.stdout) as { diagnostics?: Array<{ code: string; severity: string }>; findings?: Array<{ code: string; severity: string }> };
        const findings = report.diagnostics ?? report.findings ?? [];
        expect(findings.filter(f => f.code === 'pacta/missing-source').map(f => f.severity)).toEqual(['warning', 'warning', 'warning']);
    });

    test('pacta compile --strict-sources: the warnings on stderr; the document is written unless warnings fail the run', () => {
        const repo = tempRepo(FILES);
        const run = pacta(['compile', '--strict-sources', '-o', 'out.json'], { cwd: repo });
        expect(run.code).toBe(0);
        expect(run.stderr).toContain('pacta/missing-source');
        expect(JSON.parse(readFileSync(join(repo, 'out.json'), 'utf8')).agreements).toHaveLength(2);

        const strict = pacta(['compile', '--strict-sources', '--max-warnings', '0', '-o', 'strict.json'], { cwd: repo });
        expect(strict.code).toBe(1);
        expect(existsSync(join(repo, 'strict.json'))).toBe(false);

        const plain = pacta(['compile', '-o', 'plain.json'], { cwd: repo });
        expect(plain.code).toBe(0);
        expect(plain.stderr).not.toContain('pacta/missing-source');
    });

    test('a #suppress with a reason silences it, and is not reported unused without the option', () => {
        const files = {
            ...FILES,
            'unsourced.pacta': '#suppress "pacta/missing-source" "The text is not published yet."\n' + FILES['unsourced.pacta']
        };
        expect(pacta(['check', '--strict-sources', '--max-warnings', '0'], { cwd: tempRepo(files) }).code).toBe(0);
        expect(pacta(['check', '--max-warnings', '0'], { cwd: tempRepo(files) }).code).toBe(0);
    });

    test('--help lists the option', () => {
        expect(pacta(['check', '--help']).stdout).toContain('--strict-sources');
        expect(pacta(['compile', '--help']).stdout).toContain('--strict-sources');
    });
});
