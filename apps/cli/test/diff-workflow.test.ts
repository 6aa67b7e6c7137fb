import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CLI, REPO_ROOT } from './helpers.js';

/** The shell script of the workflow step that posts the diff, as `pacta init` writes it. */
function commentStep(): string {
    const workflow = readFileSync(join(REPO_ROOT, 'apps/cli/src/init/workflow.yml'), 'utf8');
    const lines = workflow.slice(workflow.indexOf('- name: What changed')).split('\n');
    const start = lines.findIndex(line => line.trim() === 'run: |') + 1;
    expect(start, 'the step has a `run: |` block').toBeGreaterThan(0);
    const indent = /^\s*/.exec(lines[start]!)![0].length;
    const body: string[] = [];
    for (const line of lines.slice(start)) {
        if (line.trim() !== '' && /^\s*/.exec(line)![0].length < indent) break;
        body.push(line.slice(indent));
    }
    return body.join('\n');
}

const CASES = join(REPO_ROOT, 'packages/sdk/test/diff/cases');
const root = mkdtempSync(join(tmpdir(), 'pacta-diff-workflow-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * A repository with two commits (the date-edit case's base, then its head), and on PATH the built
 * CLI as `pacta` and a stand-in `gh` that logs its arguments and lists the comments `COMMENTS` names.
 */
function setUp(name: string) {
    const repo = join(root, name);
    const bin = join(root, `${name}-bin`);
    mkdirSync(repo, { recursive: true });
    mkdirSync(bin, { recursive: true });
    const env = {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.org',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.org',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1'
    };
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env }).trim();
    git('init', '-q');
    cpSync(join(CASES, 'date-edit', 'base'), repo, { recursive: true });
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    const base = git('rev-parse', 'HEAD');
    cpSync(join(CASES, 'date-edit', 'head'), repo, { recursive: true });
    git('commit', '-q', '-am', 'head');
    writeFileSync(join(bin, 'pacta'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
    writeFileSync(
        join(bin, 'gh'),
        [
            '#!/bin/sh',
            'printf "%s\\n" "$*" >> "$GH_LOG"',
            // The comment list (`gh api .../comments --jq ...`): the ids the test says exist.
            'case "$*" in *"/comments --paginate"*) [ -n "$COMMENTS" ] && printf "%s\\n" $COMMENTS ;; esac',
            'exit 0',
            ''
        ].join('\n')
    );
    chmodSync(join(bin, 'pacta'), 0o755);
    chmodSync(join(bin, 'gh'), 0o755);
    const log = join(root, `${name}.log`);
    writeFileSync(log, '');
    const run = (vars: Record<string, string>) =>
        spawnSync('bash', ['-e', '-c', commentStep()], {
            cwd: repo,
            encoding: 'utf8',
            env: { ...env, PATH: `${bin}:${process.env['PATH']}`, GH_LOG: log, GITHUB_REPOSITORY: 'owner/repo', PR: '7', BASE: base, COMMENTS: '', ...vars }
        });
    return { repo, log, run };
}

describe('the workflow step that comments the diff on a pull request', () => {
    test('the first run posts one comment with the Markdown diff', () => {
        const { repo, log, run } = setUp('first');
        const result = run({});
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const body = readFileSync(join(repo, 'pacta-diff.md'), 'utf8');
        expect(body.startsWith('<!-- pacta-diff -->\n**pacta diff** (as of ')).toBe(true);
        expect(body).toContain('| `us_mx.plan.due` | 2026-07-01 | **2026-07-15** |');
        const calls = readFileSync(log, 'utf8').trim().split('\n');
        expect(calls).toHaveLength(2);
        expect(calls[0]).toMatch(/^api repos\/owner\/repo\/issues\/7\/comments --paginate --jq /);
        expect(calls[1]).toBe('pr comment 7 --body-file pacta-diff.md');
    });

    test('a later run updates the comment that starts with the marker', () => {
        const { log, run } = setUp('later');
        expect(run({ COMMENTS: '42' }).status).toBe(0);
        const calls = readFileSync(log, 'utf8').trim().split('\n');
        expect(calls[1]).toBe('api --method PATCH repos/owner/repo/issues/comments/42 -F body=@pacta-diff.md');
    });

    test('a diff that fails (exit 2: a base that is no revision) fails the step and posts nothing', () => {
        const { log, run } = setUp('failing');
        const result = run({ BASE: 'no-such-revision' });
        expect(result.status).not.toBe(0);
        expect(result.stderr).toContain("base 'no-such-revision' is neither a file, a folder nor a revision");
        expect(readFileSync(log, 'utf8')).toBe('');
    });
});
