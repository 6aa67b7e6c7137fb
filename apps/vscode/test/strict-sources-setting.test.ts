/**
 * The `pacta.strictSources` setting, over the real protocol: the server reads it when it starts
 * (`workspace/configuration`) and again on `workspace/didChangeConfiguration`, and reports
 * `pacta/missing-source` while it is on, as `pacta check --strict-sources` does.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DidChangeConfigurationNotification, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { type ServerSession, startServer } from './lsp-client.js';

const UNSOURCED = `agreement unsourced "Unsourced" {
    parties US, MX
    signed 2024-01-01
}
`;

const codes = (diagnostics: Diagnostic[]) => diagnostics.map(d => String(d.code));
const missing = (diagnostics: Diagnostic[]) => diagnostics.filter(d => d.code === 'pacta/missing-source');

describe('pacta.strictSources', () => {
    let session: ServerSession;

    beforeAll(async () => {
        session = await startServer(undefined, { 'unsourced.pacta': UNSOURCED }, { settings: { pacta: { strictSources: true } } });
    });

    afterAll(async () => {
        await session?.close();
    });

    test('on at start: every file is checked for sources, the example cites its own', async () => {
        const diagnostics = await session.diagnostics('unsourced.pacta', { until: d => missing(d).length === 2 });
        expect(codes(diagnostics)).toEqual(['pacta/missing-source', 'pacta/missing-source']);
        expect(diagnostics[0]!.severity).toBe(2);
        expect(diagnostics[0]!.message).toMatch(/^The agreement 'unsourced' cites no source\.\nHint: /);
        expect(diagnostics[0]!.codeDescription?.href).toMatch(/\/docs\/validation\.md#pactamissing-source$/);
    });

    test('an edit keeps the opt-in rule on', async () => {
        await session.open('unsourced.pacta', UNSOURCED);
        await session.change('unsourced.pacta', UNSOURCED.replace('signed 2024-01-01', 'signed 2024-01-01\n    commitment c { by US shall "act" }'));
        const diagnostics = await session.diagnostics('unsourced.pacta', { until: d => missing(d).length === 3 });
        expect(missing(diagnostics)).toHaveLength(3);
    });

    test('switched off in the settings: the findings go; switched on again: they come back', async () => {
        await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { pacta: { strictSources: false } } });
        expect(await session.diagnostics('unsourced.pacta', { until: d => d.length === 0 })).toEqual([]);
        await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { pacta: { strictSources: true } } });
        expect(missing(await session.diagnostics('unsourced.pacta', { until: d => missing(d).length === 3 }))).toHaveLength(3);
    });
});
