// `@pacta/sdk` (its Node entry, ESM and CommonJS) on a Node.js older than its engines (Node 20,
// installed from npm by scripts/use-node.sh --bin): the import fails with one clear message.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { SUPPORTED_NODE, isSupportedNode } from '../src/node/supported-node.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const nodeBinary = (version: string): string => join(execFileSync('bash', [join(repoRoot, 'scripts/use-node.sh'), '--bin', version], { encoding: 'utf8' }).trim(), 'node');
const enginesOf = (dir: string): string => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).engines.node;

describe('the Node versions the SDK accepts', () => {
    test("are its engines, the workspace's and the language's", () => {
        expect(enginesOf(packageDir)).toBe(SUPPORTED_NODE);
        expect(enginesOf(repoRoot)).toBe(SUPPORTED_NODE);
        expect(enginesOf(join(repoRoot, 'packages/language'))).toBe(SUPPORTED_NODE);
    });

    test('match the range', () => {
        for (const version of ['22.22.2', '22.23.5', '24.15.0', '24.22.3', '26.0.0', '27.1.0']) expect(isSupportedNode(version), version).toBe(true);
        for (const version of ['18.20.8', '20.20.2', '22.19.0', '22.22.1', '23.11.0', '24.14.1', '25.2.0']) expect(isSupportedNode(version), version).toBe(false);
    });
});

describe('@pacta/sdk on Node 20', () => {
    // No time limit: the first run installs Node 20 from npm.
    test('import and require fail with one line naming the Node it needs', () => {
        const node = nodeBinary('20.20.2');
        const message = `Error: @pacta/sdk needs Node.js ${SUPPORTED_NODE}; this is Node.js 20.20.2.`;
        for (const args of [
            ['--input-type=module', '-e', "await import('@pacta/sdk')"],
            ['-e', "require('@pacta/sdk')"]
        ]) {
            const run = spawnSync(node, args, { cwd: packageDir, encoding: 'utf8' });
            expect(run.status, args.join(' ')).toBe(1);
            expect(run.stderr.split('\n'), args.join(' ')).toContain(message);
        }
    }, 0);

    test('on this Node (a supported one) the same import works', () => {
        const run = spawnSync(process.execPath, ['--input-type=module', '-e', "const m = await import('@pacta/sdk'); console.log(typeof m.compileFolder)"], { cwd: packageDir, encoding: 'utf8' });
        expect(run.stderr).toBe('');
        expect(run.stdout).toBe('function\n');
    });
});
