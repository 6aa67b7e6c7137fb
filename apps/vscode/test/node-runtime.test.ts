/**
 * The bundled server on other Node.js versions than the test runner's, installed from npm
 * (scripts/use-node.sh --bin): on Node 22.19, the Node of VS Code's remote hosts (older than
 * Langium's declared ^22.22.2 but with every feature it uses), it works over the real protocol;
 * on Node 20 it refuses in one line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SEED_DIR, SERVER, type ServerSession, startServer } from './lsp-client.js';

const USE_NODE = fileURLToPath(new URL('../../../scripts/use-node.sh', import.meta.url));
const nodeBinary = (version: string): string => join(execFileSync('bash', [USE_NODE, '--bin', version], { encoding: 'utf8' }).trim(), 'node');

const BROKEN = `agreement broken "Broken" {
    parties US, XX
}
`;

describe('the server on Node 22.19 (VS Code remote hosts)', () => {
    let session: ServerSession;
    let node: string;

    // No time limit: the first run installs Node 22.19 from npm.
    beforeAll(async () => {
        node = nodeBinary('22.19.0');
        session = await startServer(SEED_DIR, { 'broken.pacta': BROKEN }, { node });
    }, 0);

    afterAll(async () => {
        await session?.close();
    });

    test('initializes, and publishes the diagnostics of an opened document', async () => {
        expect(execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()).toBe('v22.19.0');
        expect(session.initializeResult.capabilities.completionProvider).toBeDefined();
        await session.open('broken.pacta');
        const diagnostics = await session.diagnostics('broken.pacta', { until: d => d.length > 0 });
        expect(diagnostics.map(d => d.code)).toContain('pacta/unresolved-reference');
        expect(await session.diagnostics('usmca.pacta')).toEqual([]);
    });
});

describe('the server on Node 20', () => {
    test('exits with one line saying what it needs', () => {
        const run = spawnSync(nodeBinary('20.20.2'), [SERVER, '--stdio'], { encoding: 'utf8', input: '' });
        expect(run.status).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe('The Pacta language server needs Node.js 22 or later (this is Node.js 20.20.2, without Object.groupBy): update VS Code, or the Node.js of its remote host.\n');
    }, 0);
});
