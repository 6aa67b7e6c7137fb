/**
 * The workspace's pacta.config.json, over the real protocol: the server reads it with the SDK's
 * loader, as `pacta check` does, and its `strictSources` wins over the `pacta.strictSources`
 * setting when it sets it.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { DidChangeConfigurationNotification, DidCloseTextDocumentNotification, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { type ServerSession, startServer } from './lsp-client.js';

const UNSOURCED = 'agreement unsourced "Unsourced" {\n    parties US, MX\n    signed 2024-01-01\n}\n';
const missing = (diagnostics: Diagnostic[]) => diagnostics.filter(d => d.code === 'pacta/missing-source');

describe('pacta.config.json in the editor', () => {
    let session: ServerSession | undefined;
    afterEach(async () => {
        await session?.close();
        session = undefined;
    });

    test('strictSources: true in the file, the setting off: pacta/missing-source is reported, and stays when the setting changes', async () => {
        session = await startServer(undefined, { 'unsourced.pacta': UNSOURCED, 'pacta.config.json': '{ "strictSources": true }\n' }, { settings: { pacta: { strictSources: false } } });
        expect(missing(await session.diagnostics('unsourced.pacta', { until: d => missing(d).length === 2 }))).toHaveLength(2);
        await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { pacta: { strictSources: false } } });
        await session.open('unsourced.pacta', UNSOURCED);
        await session.change('unsourced.pacta', UNSOURCED.replace('signed 2024-01-01', 'signed 2024-01-01\n    commitment c { by US shall "act" }'));
        expect(missing(await session.diagnostics('unsourced.pacta', { until: d => missing(d).length === 3 }))).toHaveLength(3);
    });

    test('strictSources: false in the file wins over the setting on', async () => {
        session = await startServer(undefined, { 'unsourced.pacta': UNSOURCED, 'pacta.config.json': '{ "strictSources": false }\n' }, { settings: { pacta: { strictSources: true } } });
        // An edit that adds a finding of its own: its publication comes after the settings were applied.
        await session.open('unsourced.pacta', UNSOURCED);
        await session.change('unsourced.pacta', UNSOURCED.replace('parties US, MX', 'parties US, ZZ'));
        const diagnostics = await session.diagnostics('unsourced.pacta', { until: d => d.some(x => x.code === 'pacta/unresolved-reference') });
        expect(diagnostics.map(d => String(d.code))).toEqual(['pacta/unresolved-reference']);
    });

    test('.pactaignore: an ignored file is not part of the workspace, as for pacta check', async () => {
        session = await startServer(undefined, {
            '.pactaignore': 'scratch.pacta\n',
            'scratch.pacta': 'organisation acme "Acme"\n',
            'uses.pacta': 'agreement uses "Uses" {\n    parties US, acme\n}\n'
        });
        const diagnostics = await session.diagnostics('uses.pacta', { until: d => d.length > 0 });
        expect(diagnostics.map(d => `${String(d.code)} ${String(d.message).split('\n')[0]}`)).toEqual(["pacta/unresolved-reference Unknown party 'acme'."]);
    });

    test('.pactaignore: an ignored file opened in the editor is checked; closed, it leaves the workspace again', async () => {
        session = await startServer(undefined, {
            '.pactaignore': 'draft.pacta\n',
            'draft.pacta': 'organisation acme "Acme"\nagreement draft "Draft" {\n    parties US, NOBODY\n}\n',
            'uses.pacta': 'agreement uses "Uses" {\n    parties US, acme\n}\n'
        });
        const unknownAcme = (d: Diagnostic[]) => d.some(x => String(x.message).startsWith("Unknown party 'acme'"));
        await session.diagnostics('uses.pacta', { until: unknownAcme });
        await session.open('draft.pacta');
        const open = await session.diagnostics('draft.pacta', { until: d => d.length > 0 });
        expect(open.map(d => String(d.code))).toEqual(['pacta/unresolved-reference']);
        // A file of the workspace, opened and closed first, stays in it (checked from disk again).
        await session.open('uses.pacta');
        await session.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: session.uriOf('uses.pacta') } });
        await session.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: session.uriOf('draft.pacta') } });
        // The ignored file's findings are withdrawn, and its names are gone from the workspace.
        expect(await session.diagnostics('draft.pacta', { until: d => d.length === 0 })).toEqual([]);
        expect(unknownAcme(await session.diagnostics('uses.pacta', { until: unknownAcme }))).toBe(true);
        expect(unknownAcme(await session.diagnostics('uses.pacta'))).toBe(true);
    });
});
