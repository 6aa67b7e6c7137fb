import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { EXAMPLES, REPO_ROOT, pacta, tempRepo } from './helpers.js';

/** The SDK's diff goldens: the built CLI must print exactly what `renderDiffText`/`renderDiffMarkdown` give there. */
const CASES = join(REPO_ROOT, 'packages/sdk/test/diff/cases');
const AS_OF = '2026-03-01';
const side = (name: string, which: 'base' | 'head') => join(CASES, name, which);

describe('pacta diff: folders', () => {
    test('a date edit: the text of the SDK golden, exit 1', () => {
        const run = pacta(['diff', side('date-edit', 'base'), side('date-edit', 'head'), '--as-of', AS_OF]);
        expect(run.stderr).toBe('');
        expect(run.stdout).toBe(readFileSync(join(CASES, 'date-edit', 'expected.txt'), 'utf8'));
        expect(run.code).toBe(1);
    });

    test('a reformatted workspace is no change: exit 0', () => {
        const run = pacta(['diff', side('reformat', 'base'), side('reformat', 'head'), '--as-of', AS_OF]);
        expect(run.stdout).toBe(`pacta diff (as of ${AS_OF}): no semantic change\n`);
        expect(run.code).toBe(0);
    });

    test('--format markdown and json are the SDK goldens', () => {
        const md = pacta(['diff', side('anchor-cascade', 'base'), side('anchor-cascade', 'head'), '--as-of', AS_OF, '--format', 'markdown']);
        expect(md.stdout).toBe(readFileSync(join(CASES, 'anchor-cascade', 'expected.md'), 'utf8'));
        const json = pacta(['diff', side('status-as-of', 'base'), side('status-as-of', 'head'), '--as-of', AS_OF, '-f', 'json']);
        expect(json.stdout).toBe(readFileSync(join(CASES, 'status-as-of', 'expected.json'), 'utf8'));
        expect(JSON.parse(json.stdout).status.map((s: { id: string; after: string }) => `${s.id} ${s.after}`)).toEqual(['us_mx in_force', 'us_mx.plan overdue']);
    });

    test('--fail-on: exit 1 only for the kinds listed', () => {
        const args = ['diff', side('commitment-added-removed', 'base'), side('commitment-added-removed', 'head'), '--as-of', AS_OF];
        expect(pacta([...args, '--fail-on', 'deadline-moved,party-renamed']).code).toBe(0);
        const failing = pacta([...args, '--fail-on', 'deadline-moved,commitment-removed']);
        expect(failing.code).toBe(1);
        expect(failing.stderr).toContain('commitment-removed (1)');
        const bad = pacta([...args, '--fail-on', 'deadline-move']);
        expect(bad.code).toBe(2);
        expect(bad.stderr).toContain("not 'deadline-move'");
    });

    test('colour only when asked for, never with NO_COLOR', () => {
        const args = ['diff', side('date-edit', 'base'), side('date-edit', 'head'), '--as-of', AS_OF];
        expect(pacta(args).stdout).not.toContain('\u001b[');
        expect(pacta(args, { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31m2026-07-01\u001b[39m');
        expect(pacta(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    });

    test('a side that does not compile, or names nothing: exit 2, nothing compared', () => {
        const broken = tempRepo({ 'a.pacta': 'agreement x "X" { parties NOBODY }\n' });
        const run = pacta(['diff', side('date-edit', 'base'), broken]);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toContain('has errors');
        const missing = pacta(['diff', 'no-such-thing', side('date-edit', 'head')], { cwd: broken });
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain("base 'no-such-thing' is neither a file, a folder nor a revision");
    });
});

describe('pacta diff: compiled JSON and git revisions', () => {
    const repo = mkdtempSync(join(tmpdir(), 'pacta-diff-git-'));
    afterAll(() => rmSync(repo, { recursive: true, force: true }));
    const git = (...args: string[]) =>
        execFileSync('git', args, {
            cwd: repo,
            encoding: 'utf8',
            env: {
                ...process.env,
                GIT_AUTHOR_NAME: 't',
                GIT_AUTHOR_EMAIL: 't@example.org',
                GIT_COMMITTER_NAME: 't',
                GIT_COMMITTER_EMAIL: 't@example.org',
                GIT_CONFIG_GLOBAL: '/dev/null',
                GIT_CONFIG_NOSYSTEM: '1'
            }
        });

    test('two commits of the examples moving the last USMCA notification by a month: every date after it moves, with the chain', () => {
        git('init', '-q', '-b', 'main');
        cpSync(EXAMPLES, join(repo, 'agreements'), { recursive: true });
        writeFileSync(join(repo, 'notes.pacta'), 'this file is outside agreements/ and does not parse {\n');
        git('add', '-A');
        git('commit', '-q', '-m', 'one');
        const file = join(repo, 'agreements', 'usmca.pacta');
        const text = readFileSync(file, 'utf8');
        expect(text).toContain('internal procedures" 2020-04-24');
        writeFileSync(file, text.replace('internal procedures" 2020-04-24', 'internal procedures" 2020-05-24'));
        git('commit', '-q', '-am', 'two');

        const run = pacta(['diff', 'main~1', 'HEAD', '--as-of', AS_OF, '--format', 'json', '--', 'agreements/'], { cwd: repo });
        expect(run.stderr).toBe('');
        expect(run.code).toBe(1);
        const diff = JSON.parse(run.stdout);
        const moved = Object.fromEntries(diff.dates.map((d: { id: string; before: { date: string }; after: { date: string } }) => [d.id, `${d.before.date} → ${d.after.date}`]));
        expect(moved).toMatchObject({
            'usmca.in_force.date': '2020-07-01 → 2020-08-01',
            'usmca.joint_review.date': '2026-07-01 → 2026-08-01',
            'usmca.recommendations.due': '2026-06-01 → 2026-07-01',
            'usmca.annual_review.date': '2027-07-01 → 2027-08-01',
            'usmca.expiry.date': '2036-07-01 → 2036-08-01'
        });
        const review = diff.dates.find((d: { id: string }) => d.id === 'usmca.joint_review.date');
        expect(review.reason).toBe('anchor');
        expect(review.anchors.find((a: { textChanged: boolean }) => a.textChanged).id).toBe('usmca.us_notice');
        expect(review.after.chain.join('\n')).toContain('6th anniversary of usmca.in_force (2020-08-01) → 2026-08-01');
        expect(diff.elements.map((e: { change: string; id: string }) => `${e.change} ${e.id}`)).toEqual(['changed usmca.us_notice']);
    });

    test('a compiled JSON file against revisions (where things are written is not compared); a revision against itself', () => {
        const out = join(repo, 'head.json');
        expect(pacta(['compile', 'agreements', '-o', out], { cwd: repo }).code).toBe(0);
        const same = pacta(['diff', 'head.json', 'HEAD', '--as-of', AS_OF, '--', 'agreements'], { cwd: repo });
        expect(same.stdout).toBe(`pacta diff (as of ${AS_OF}): no semantic change\n`);
        expect(same.code).toBe(0);
        const back = pacta(['diff', 'head.json', 'HEAD~1', '--as-of', AS_OF, '--', 'agreements'], { cwd: repo });
        expect(back.stdout).toContain('usmca.joint_review.date  2026-08-01 → 2026-07-01');
        expect(back.code).toBe(1);
        expect(pacta(['diff', 'HEAD', 'HEAD', '--', 'agreements'], { cwd: repo }).code).toBe(0);
    });

    test("a revision reads what a folder reads: .pactaignore'd files and links committed to git are not read", () => {
        // A broken draft in an ignored folder, and a link to a file of the tree (mode 120000).
        writeFileSync(join(repo, 'agreements', '.pactaignore'), 'drafts/\n');
        mkdirSync(join(repo, 'agreements', 'drafts'));
        writeFileSync(join(repo, 'agreements', 'drafts', 'broken.pacta'), 'agreement broken "B" { parties NOPE }\n');
        symlinkSync('parties.pacta', join(repo, 'agreements', 'parties-link.pacta'));
        git('add', '-A');
        git('commit', '-q', '-m', 'three');
        expect(pacta(['check', 'agreements'], { cwd: repo }).code).toBe(0);
        const run = pacta(['diff', 'HEAD~1', 'HEAD', '--as-of', AS_OF, '--', 'agreements'], { cwd: repo });
        expect(run.stderr).toBe('');
        expect(run.stdout).toBe(`pacta diff (as of ${AS_OF}): no semantic change\n`);
        expect(run.code).toBe(0);
        // The revision against the working folder, from inside it (git reads the current folder).
        expect(pacta(['diff', 'HEAD', '.', '--as-of', AS_OF], { cwd: join(repo, 'agreements') }).code).toBe(0);
    });
});
