// The `pacta` binary on a Node.js older than its engines (Node 20, installed from npm by
// scripts/use-node.sh --bin): one line on stderr saying which Node it needs, exit 2, nothing else.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CLI, CLI_DIR, EXAMPLES, REPO_ROOT } from './helpers.js';

const nodeBinary = (version: string): string => join(execFileSync('bash', [join(REPO_ROOT, 'scripts/use-node.sh'), '--bin', version], { encoding: 'utf8' }).trim(), 'node');
const engines: string = JSON.parse(readFileSync(join(CLI_DIR, 'package.json'), 'utf8')).engines.node;

describe('pacta on Node 20', () => {
    // No time limit: the first run installs Node 20 from npm.
    test('refuses in one line naming the Node it needs (its engines)', () => {
        for (const args of [['check', EXAMPLES], ['--version']]) {
            const run = spawnSync(nodeBinary('20.20.2'), [CLI, ...args], { encoding: 'utf8' });
            expect(run.status).toBe(2);
            expect(run.stdout).toBe('');
            expect(run.stderr).toBe(`pacta needs Node.js ${engines}; this is Node.js 20.20.2.\n`);
        }
    }, 0);
});
