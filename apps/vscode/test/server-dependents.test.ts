/**
 * An edit of a file other files refer to, over the real protocol: the edited file's diagnostics
 * come first; the files that refer to it (its dependents) are checked again when, and only when,
 * what they can see of it changed — its export signature: names, dates, kinds, party lists. An
 * edit of prose (a title) leaves their findings, and their names resolve to the edited text.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CodeActionRequest, HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { SEED_DIR, type ServerSession, startServer } from './lsp-client.js';

const USES_US = `agreement uses_us "Uses US" {
    nonbinding
    parties US
    signed 2026-01-01
}
`;

const USES_ZZ = `agreement uses_zz "Uses ZZ" {
    nonbinding
    parties US, ZZ
    signed 2026-01-01
}
`;

let session: ServerSession;
let parties: string;

beforeAll(async () => {
    session = await startServer(SEED_DIR, { 'uses-us.pacta': USES_US, 'uses-zz.pacta': USES_ZZ });
    parties = session.textOf('parties.pacta');
    await session.open('parties.pacta');
    await session.diagnostics('uses-zz.pacta', { until: d => d.some(x => x.code === 'pacta/unresolved-reference') });
    await session.diagnostics('uses-us.pacta');
    for (const file of ['uses-us.pacta', 'uses-zz.pacta']) await checked(file);
});

afterAll(async () => {
    await session?.close();
});

/**
 * Answered once the file is checked (code actions wait for that): when an edit marks a dependent
 * for a new check, it does so before the edited file's diagnostics are published.
 */
async function checked(file: string): Promise<void> {
    await session.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: session.uriOf(file) },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [] }
    });
}

/** The edited file's next publication. */
async function published(file: string): Promise<void> {
    const count = session.publicationCount(file);
    await session.diagnostics(file, { until: () => session.publicationCount(file) > count });
}

/** Edits parties.pacta; resolves when its diagnostics are published and every file is checked. */
async function editParties(text: string): Promise<void> {
    const own = published('parties.pacta');
    await session.change('parties.pacta', text);
    await own;
    for (const file of ['uses-us.pacta', 'uses-zz.pacta']) await checked(file);
}

async function hoverOnUs(): Promise<string> {
    const index = USES_US.indexOf('parties US') + 'parties '.length;
    const hover = await session.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri: session.uriOf('uses-us.pacta') },
        position: { line: 2, character: index - USES_US.lastIndexOf('\n', index) - 1 }
    });
    return hover ? (hover.contents as MarkupContent).value : '';
}

describe('dependents of an edited file', () => {
    test('a title edited: the file is checked, its dependents are not, and they see the new title', async () => {
        const before = { usesUs: session.publicationCount('uses-us.pacta'), usesZz: session.publicationCount('uses-zz.pacta'), own: session.publicationCount('parties.pacta') };
        parties = parties.replace('state US "United States"', 'state US "United States of America"');
        await editParties(parties);
        expect(session.publicationCount('parties.pacta')).toBeGreaterThan(before.own);
        expect(session.publicationCount('uses-us.pacta')).toBe(before.usesUs);
        expect(session.publicationCount('uses-zz.pacta')).toBe(before.usesZz);
        expect(await hoverOnUs()).toContain('United States of America');
    });

    test('a party added: the edited file is published first, then every dependent, whose names resolve again', async () => {
        const before = { usesUs: session.publicationCount('uses-us.pacta'), order: session.publicationOrder().length };
        parties += '\nstate ZZ "Zedland"\n';
        await editParties(parties);
        const usesZz = await session.diagnostics('uses-zz.pacta');
        expect(usesZz.map(d => d.code)).not.toContain('pacta/unresolved-reference');
        expect(session.publicationCount('uses-us.pacta')).toBeGreaterThan(before.usesUs);
        const after = session.publicationOrder().slice(before.order);
        expect(after[0]).toBe(session.uriOf('parties.pacta'));
        expect(after).toContain(session.uriOf('uses-us.pacta'));
    });

    test('a date edited is a signature change too: the dependents are checked again', async () => {
        const before = session.publicationCount('uses-us.pacta');
        parties = parties.replace('accessed 2026-11-26', 'accessed 2026-11-27');
        await editParties(parties);
        expect(session.publicationCount('uses-us.pacta')).toBeGreaterThan(before);
    });
});
