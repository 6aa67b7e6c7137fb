/**
 * Why the extension declares that everything runs in Restricted Mode (`untrustedWorkspaces:
 * supported: true`, see the README): the server reads the `.pacta` files inside the workspace
 * folder and nothing that a link in it points to outside. Over the real protocol, on a folder with
 * a symbolic link to a folder outside it.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { WorkspaceSymbolRequest } from 'vscode-languageserver-protocol/node';
import { type ServerSession, startServer } from './lsp-client.js';

let session: ServerSession;
let outside: string;
let source: string;

beforeAll(async () => {
    outside = mkdtempSync(join(tmpdir(), 'pacta-outside-'));
    writeFileSync(join(outside, 'secret.pacta'), 'agreement outside_secret "Outside" {\n    parties US\n}\n');
    source = mkdtempSync(join(tmpdir(), 'pacta-restricted-'));
    mkdirSync(join(source, 'inside'));
    writeFileSync(join(source, 'inside/marker.pacta'), 'agreement inside_marker "Inside" {\n    parties US\n}\n');
    symlinkSync(outside, join(source, 'linked'), 'dir');
    session = await startServer(source);
});

afterAll(async () => {
    await session?.close();
    rmSync(outside, { recursive: true, force: true });
    rmSync(source, { recursive: true, force: true });
});

test('a folder linked from the workspace is not read: its declarations are not in the workspace', async () => {
    await session.diagnostics('inside/marker.pacta'); // published once the folder is built
    const names = async (query: string) => ((await session.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) ?? []).map(symbol => symbol.name);
    expect(await names('inside_marker')).toContain('inside_marker');
    expect(await names('outside_secret')).toEqual([]);
});
