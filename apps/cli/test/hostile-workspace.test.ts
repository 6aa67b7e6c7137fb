/**
 * A workspace written by someone else (a pull request from a fork): a link to a secret, crafted
 * titles and codes. The secret never appears in any output; exports cannot run formulas; the
 * terminal gets no control characters (issue 12, 3–4).
 */
import { lstatSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXAMPLES, copyToTemp, pacta, tempRepo, writeFile } from './helpers.js';

const SECRET = 'ghp_' + 'Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBa';

/** The examples in `ws/`, a secret beside the repository, and `ws/token.pacta` linking to it. */
function forkWorkspace(): string {
    const repo = copyToTemp(EXAMPLES, 'ws');
    writeFile(join(repo, '..', `secret-${repo.split('-').pop()}.txt`), `//registry.npmjs.org/:_authToken=${SECRET}\n${SECRET}\n`);
    symlinkSync(join(repo, '..', `secret-${repo.split('-').pop()}.txt`), join(repo, 'ws/token.pacta'));
    // actions/checkout keeps the token in .git/config: a link to it is inside the repository.
    writeFile(join(repo, '.git/config'), `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`);
    symlinkSync('../.git/config', join(repo, 'ws/leak.pacta'));
    return repo;
}

const RUNS: string[][] = [
    ['check', 'ws'],
    ['check', 'ws', '--format', 'json'],
    ['check', 'ws', '--format', 'sarif'],
    ['check', 'ws', '--format', 'github'],
    ['check', 'ws/**/*.pacta'],
    ['check', 'ws/token.pacta'],
    ['compile', 'ws'],
    ['deadlines', 'ws'],
    ['deadlines', 'ws', '--format', 'csv'],
    ['deadlines', 'ws', '--format', 'ics'],
    ['deadlines', 'ws', '--format', 'json'],
    ['status', 'ws', '--as-of', '2026-03-10'],
    ['status', 'ws', '--format', 'json'],
    ['fmt', '--check', 'ws/token.pacta'],
    ['fmt', 'ws/token.pacta'],
    ['fmt', '--check', 'ws'],
    ['fmt', 'ws'],
    ['check', '.'],
    ['check', '.', '--format', 'github']
];

describe('a link to a file outside the folders given', () => {
    for (const args of RUNS) {
        test(`pacta ${args.join(' ')}: the secret never appears; the link is named`, () => {
            const repo = forkWorkspace();
            const run = pacta(args, { cwd: repo });
            expect(run.stdout + run.stderr).not.toContain(SECRET);
            expect(run.stdout + run.stderr).not.toContain('authToken');
            expect(run.stdout + run.stderr).toMatch(/token\.pacta/);
            expect(run.stdout + run.stderr).toContain('outside-workspace');
            expect(run.code).not.toBe(2);
        });
    }

    test('pacta fmt on the folder: the link is neither read nor replaced, and said to be not checked', () => {
        const repo = forkWorkspace();
        for (const args of [
            ['fmt', '--check', 'ws'],
            ['fmt', 'ws']
        ]) {
            const run = pacta(args, { cwd: repo });
            expect(run.code).toBe(0);
            expect(run.stderr).toContain('⚠ 2 files not read (above), not checked');
            expect(run.stdout + run.stderr).not.toContain(SECRET);
            expect(lstatSync(join(repo, 'ws/token.pacta')).isSymbolicLink()).toBe(true);
        }
    });

    test('pacta check: a warning, exit 0, the rest of the workspace checked', () => {
        const repo = forkWorkspace();
        const run = pacta(['check', 'ws'], { cwd: repo });
        expect(run.code).toBe(0);
        expect(run.stdout).toBe(
            [
                "ws/leak.pacta:1:1  warning  pacta/outside-workspace  'leak.pacta' leads to a file that is not a .pacta file of the folders given (a symbolic link out of them); it was not read.",
                '    hint: Replace the link with the file, or pass --follow-symlinks (SDK: followSymlinks) if you trust where it leads.',
                "ws/token.pacta:1:1  warning  pacta/outside-workspace  'token.pacta' leads to a file that is not a .pacta file of the folders given (a symbolic link out of them); it was not read.",
                '    hint: Replace the link with the file, or pass --follow-symlinks (SDK: followSymlinks) if you trust where it leads.',
                '',
                '⚠ 2 warnings in 2 files',
                ''
            ].join('\n')
        );
    });

    test('--follow-symlinks reads it, and messages quote only a short excerpt of it', () => {
        const repo = forkWorkspace();
        for (const format of ['text', 'github', 'json']) {
            const run = pacta(['check', 'ws', '--follow-symlinks', '--format', format], { cwd: repo });
            expect(run.code).toBe(1);
            expect(run.stdout).toContain('pacta/syntax-error');
            expect(run.stdout + run.stderr).not.toContain(SECRET);
        }
    });

    test('a link inside the folders given is the file it leads to, read once', () => {
        const repo = copyToTemp(EXAMPLES, 'ws');
        writeFile(join(repo, 'ws/more/extra.pacta'), 'state NZ "New Zealand"\n');
        symlinkSync('more/extra.pacta', join(repo, 'ws/extra-link.pacta'));
        const run = pacta(['check', 'ws'], { cwd: repo });
        expect(run.code).toBe(0);
        expect(run.stdout).toContain("ws/extra-link.pacta:1:1  warning  pacta/duplicate-input  'extra-link.pacta' is the same file as 'more/extra.pacta'; it is compiled once.");
        expect(run.stdout).not.toContain('duplicate-name');
        expect(run.stdout).not.toContain('outside-workspace');
    });

    test('a file named "::warning ...": a CI log cannot read it as a workflow command', () => {
        const repo = tempRepo({ '::warning title=Pacta::All checks passed.pacta': 'state  XX "Nowhere"\n' });
        for (const args of [
            ['fmt', '--check', '.'],
            ['check', '.']
        ]) {
            const run = pacta(args, { cwd: repo });
            expect((run.stdout + run.stderr).split('\n').filter(line => line.startsWith('::'))).toEqual([]);
            // Named with a prefix: './' in findings, 'a/' and 'b/' in the diff of fmt --check.
            expect(run.stdout + run.stderr).toMatch(/(?:\.|a)\/::warning title=Pacta::All checks passed\.pacta/);
        }
    });
});

describe('other files given', () => {
    test('pacta check README.md file.pacta: not-pacta-file (exit 2), the .pacta file still checked', () => {
        const repo = tempRepo({ 'README.md': '# Notes\n', 'a.pacta': 'state XX "Somewhere"\n' });
        const run = pacta(['check', 'README.md', 'a.pacta'], { cwd: repo });
        expect(run.code).toBe(2);
        expect(run.stdout).toContain("README.md:1:1  error  pacta/not-pacta-file  'README.md' is not a .pacta file; it was not read.");
        expect(run.stdout).toContain('a.pacta:1:7  error  pacta/unknown-country');
        expect(run.stdout).not.toContain('internal-error');
    });

    test('--max-file-size: a larger file is reported, not read (exit 2)', () => {
        const repo = tempRepo({ 'big.pacta': `state US "United States"\n${'// padding\n'.repeat(200)}`, 'small.pacta': 'state MX "Mexico"\n' });
        const run = pacta(['check', '.', '--max-file-size', '1KB'], { cwd: repo });
        expect(run.code).toBe(2);
        expect(run.stdout).toContain("big.pacta:1:1  error  pacta/file-too-large  'big.pacta' is 2.2 KB, more than the limit of 1.0 KB; it was not read.");
        expect(pacta(['check', '.', '--max-file-size', '1MB'], { cwd: repo }).code).toBe(0);
        expect(pacta(['check', '.', '--max-file-size', 'lots'], { cwd: repo }).stderr).toContain('--max-file-size takes a size such as 20MB');
    });
});

/** Titles a spreadsheet would run, and texts that would rewrite a terminal. */
const FORMULAS = ['=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", '@SUM(1+1)', '\tTAB first'];
const CONTROLS = '\u001b[2K\u001b[1A✔ all good\u0007';

/** A workspace whose titles carry formulas and whose texts and codes carry terminal control sequences. */
function craftedWorkspace(): string {
    // pacta/control-character reports them (an error); suppressed here, as a user might, to show
    // that the outputs are safe whatever the text holds.
    const agreements = [...FORMULAS, CONTROLS]
        .map((title, i) =>
            [
                '#suppress "pacta/control-character" "the source text holds it"',
                `agreement a${i} "${title.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}" {`,
                '    parties US, MX',
                '    announced 2026-02-04',
                '    commitment plan {',
                '        by US',
                `        will "${i === FORMULAS.length ? CONTROLS : 'adopt the plan'}"`,
                '        due within 30 days after announced',
                '    }',
                '}',
                ''
            ].join('\n')
        )
        .join('\n');
    return tempRepo({
        'parties.pacta': 'state US "United States"\nstate MX "Mexico"\n',
        'plan.pacta': agreements,
        'holidays.pacta': `#suppress "pacta/control-character" "the source text holds it"\nbloc EU "European Union" { holidays "${CONTROLS}" }\n`
    });
}

describe('exports and the terminal', () => {
    test('CSV: cells that start with = + - @ TAB or CR are neutralised with a leading quote', () => {
        const repo = craftedWorkspace();
        const csv = pacta(['deadlines', 'plan.pacta', 'parties.pacta', '--format', 'csv'], { cwd: repo });
        expect(csv.code).toBe(0);
        const cells = csv.stdout.split('\r\n').slice(1).filter(Boolean).flatMap(parseCsvLine);
        expect(cells.filter(cell => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
        for (const title of FORMULAS) expect(cells).toContain(`'${title}`);
    });

    test('no control character of the input reaches the terminal, in any human format', () => {
        const repo = craftedWorkspace();
        for (const args of [
            ['check'],
            ['check', '--format', 'github'],
            ['deadlines', 'plan.pacta', 'parties.pacta'],
            ['status', 'plan.pacta', 'parties.pacta', '--as-of', '2026-03-10'],
            ['deadlines', 'plan.pacta', 'parties.pacta', '--format', 'ics']
        ]) {
            const run = pacta(args, { cwd: repo });
            const shown = run.stdout + run.stderr;
            const controls = args.includes('ics') ? /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/ : /[\u0000-\u0008\u000B-\u001F\u007F]/;
            expect(shown, args.join(' ')).not.toMatch(controls);
            expect(shown).toMatch(/\\x1B\[2K/);
        }
        const check = pacta(['check'], { cwd: repo });
        expect(check.code).toBe(1);
        expect(check.stdout).toContain('pacta/unknown-holiday-calendar');
    });
});

/** The fields of one CSV record (RFC 4180; no line breaks inside fields here). */
function parseCsvLine(line: string): string[] {
    const fields: string[] = [];
    let i = 0;
    while (i <= line.length) {
        if (line[i] === '"') {
            let value = '';
            i++;
            for (;;) {
                const quote = line.indexOf('"', i);
                value += line.slice(i, quote);
                i = quote + 1;
                if (line[i] === '"') {
                    value += '"';
                    i++;
                } else break;
            }
            fields.push(value);
            i++;
        } else {
            const comma = line.indexOf(',', i);
            const end = comma === -1 ? line.length : comma;
            fields.push(line.slice(i, end));
            i = end + 1;
        }
    }
    return fields;
}
