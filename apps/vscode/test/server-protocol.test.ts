/**
 * The bundled language server (dist/server.js), driven over the real protocol as VS Code drives
 * it: a separate Node process speaking JSON-RPC over stdio, initialized with a workspace folder
 * that is a temporary copy of the seed case (test/fixtures/seed, the six files the example started as).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PactaOutput, statusAsOf } from '@pacta/sdk/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    type CodeAction,
    CodeActionRequest,
    CompletionRequest,
    type CompletionItem,
    type CompletionList,
    DefinitionRequest,
    DocumentFormattingRequest,
    DocumentRangeFormattingRequest,
    DocumentSymbolRequest,
    type DocumentSymbol,
    FoldingRangeRequest,
    HoverRequest,
    type InitializeResult,
    InlayHintRequest,
    type Location,
    type LocationLink,
    type MarkupContent,
    PrepareRenameRequest,
    ReferencesRequest,
    RenameRequest,
    SemanticTokensRequest,
    type TextEdit,
    type WorkspaceEdit,
    WorkspaceSymbolRequest,
    type Diagnostic
} from 'vscode-languageserver-protocol/node';
import { EXAMPLE_DIR, SEED_DIR, type ServerSession, startServer } from './lsp-client.js';

const BROKEN = `// A file with mistakes, next to the example.
state MX2 "Mexico" code mx

agreement broken "Broken" {
    nonbinding
    parties MX, USA
    signed 2026-01-01
    commitment c {
        by US
        shall "do it"
        due within 10 days after signd
    }
    mechanism m: stockpile {
        amount 12 billion usd
    }
}
`;

let session: ServerSession;
let initializeResult: InitializeResult;

beforeAll(async () => {
    session = await startServer(SEED_DIR, { 'broken.pacta': BROKEN });
    initializeResult = session.initializeResult;
    for (const file of ['eu-us-japan.pacta', 'usmca.pacta', 'parties.pacta', 'broken.pacta']) await session.open(file);
    await session.diagnostics('broken.pacta', { until: d => d.length === 5 });
});

const codesOf = (diagnostics: Diagnostic[]): string[] => diagnostics.map(d => String(d.code));

afterAll(async () => {
    await session?.close();
});

function position(file: string, marker: string, offsetInMarker = 0): { line: number; character: number } {
    const text = session.textOf(file);
    const index = text.indexOf(marker);
    if (index < 0) throw new Error(`'${marker}' not in ${file}`);
    const before = text.slice(0, index + offsetInMarker);
    const line = before.split('\n').length - 1;
    return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

function textDocument(file: string): { uri: string } {
    return { uri: session.uriOf(file) };
}

async function complete(file: string, marker: string, offsetInMarker = marker.length): Promise<CompletionItem[]> {
    const result = await session.connection.sendRequest(CompletionRequest.type, { textDocument: textDocument(file), position: position(file, marker, offsetInMarker) });
    return Array.isArray(result) ? result : ((result as CompletionList | null)?.items ?? []);
}

async function hoverText(file: string, marker: string, offsetInMarker = 0): Promise<string> {
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: textDocument(file), position: position(file, marker, offsetInMarker) });
    return hover ? (hover.contents as MarkupContent).value : '';
}

describe('initialize', () => {
    test('announces the features of the server', () => {
        const capabilities = initializeResult.capabilities;
        expect(capabilities.completionProvider).toBeTruthy();
        expect(capabilities.hoverProvider).toBe(true);
        expect(capabilities.definitionProvider).toBe(true);
        expect(capabilities.referencesProvider).toBe(true);
        expect(capabilities.renameProvider).toEqual({ prepareProvider: true });
        expect(capabilities.documentSymbolProvider).toBe(true);
        expect(capabilities.workspaceSymbolProvider).toBeTruthy();
        expect(capabilities.foldingRangeProvider).toBe(true);
        expect(capabilities.codeActionProvider).toBe(true);
        expect(capabilities.inlayHintProvider).toBeTruthy();
        expect(capabilities.semanticTokensProvider?.legend.tokenTypes).toContain('class');
    });
});

describe('diagnostics', () => {
    test('a broken file gets its findings, with codes, ranges, documentation links and hints', async () => {
        const diagnostics = await session.diagnostics('broken.pacta', { until: d => d.length === 5 });
        const byCode = (code: string): Diagnostic[] => diagnostics.filter(d => d.code === code);
        expect(new Set(diagnostics.map(d => d.code))).toEqual(new Set(['pacta/unknown-country', 'pacta/unresolved-reference', 'pacta/shall-in-nonbinding', 'pacta/unknown-currency']));
        const country = byCode('pacta/unknown-country')[0]!;
        expect(country.range).toEqual({ start: position('broken.pacta', 'mx\n'), end: position('broken.pacta', 'mx\n', 2) });
        expect(country.severity).toBe(1);
        expect(country.source).toBe('pacta');
        expect(country.codeDescription?.href).toMatch(/\/docs\/validation\.md#pactaunknown-country$/);
        expect(country.message).toBe("'mx' is not an ISO 3166-1 country code.\nHint: Use 'MX'; a bloc or organisation is declared with `bloc` or `organisation`.");
        expect(country.data).toMatchObject({ suggestion: 'MX' });

        const unresolved = byCode('pacta/unresolved-reference');
        expect(unresolved.map(d => (d.data as { refText: string }).refText).sort()).toEqual(['USA', 'signd']);
        const signd = unresolved.find(d => (d.data as { refText: string }).refText === 'signd')!;
        expect(signd.range.start).toEqual(position('broken.pacta', 'signd'));
        expect(signd.data).toMatchObject({ suggestion: 'signed' });
        expect(byCode('pacta/shall-in-nonbinding')[0]!.severity).toBe(2);
        expect(byCode('pacta/unknown-currency')[0]!.data).toMatchObject({ suggestion: 'USD' });
    });

    test('every file of the workspace is validated when it loads: the example is clean', async () => {
        for (const file of ['eu-us-japan.pacta', 'usmca.pacta', 'parties.pacta']) {
            expect(await session.diagnostics(file), file).toEqual([]);
        }
    });

    test('an edit is re-validated: a new mistake appears, its fix clears it', async () => {
        const file = 'usmca.pacta';
        const original = session.textOf(file);
        await session.change(file, original.replace('parties US, MX, CA', 'parties US, MX, CAN'));
        const broken = await session.diagnostics(file, { until: d => d.length > 0 });
        expect(codesOf(broken)).toEqual(['pacta/unresolved-reference']);
        expect(broken[0]!.range.start).toEqual(position(file, 'CAN\n'));
        await session.change(file, original);
        expect(await session.diagnostics(file, { until: d => d.length === 0 })).toEqual([]);
    });
});

describe('completion', () => {
    test("at a party position: only parties (not those already listed), the agreement's own first", async () => {
        const items = await complete('eu-us-japan.pacta', 'by EU, US', 'by '.length);
        const labels = items.map(item => item.label);
        // `US` is already in the list; `MX2` is declared by broken.pacta.
        expect(labels.sort()).toEqual(['AU', 'CA', 'EU', 'JP', 'MX', 'MX2', 'USTR', 'greer', 'trump'].sort());
        expect(items.every(item => item.kind === 7 /* Class */)).toBe(true);
        const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map(item => item.label);
        expect(sorted.slice(0, 2).sort()).toEqual(['EU', 'JP']);
        expect(items.find(item => item.label === 'USTR')?.detail).toBe('agency · Office of the U.S. Trade Representative');
    });

    test("at a deadline anchor: this agreement's events and commitments by name, other agreements' qualified", async () => {
        const labels = (await complete('eu-us-japan.pacta', 'after announced', 'after '.length)).map(item => item.label);
        expect(labels).toContain('announced');
        expect(labels).toContain('trade_policies');
        expect(labels).not.toContain('mou'); // the deadline's own commitment
        expect(labels).not.toContain('eu_us_japan.announced');
        expect(labels).toContain('usmca.in_force');
        expect(labels).toContain('us_mexico.announced');
        expect(labels.every(label => !['EU', 'US', 'within', 'days'].includes(label))).toBe(true);
    });

    test('a mechanism kind, ISO codes with their names, keywords that fit', async () => {
        const kinds = await complete('eu-us-japan.pacta', 'mechanism price_floors: border', 'mechanism price_floors: '.length);
        expect(kinds.map(item => item.label)).toContain('border_adjusted_price_floor');
        expect(kinds.find(item => item.label === 'stockpile')?.detail).toBe('Stockpile (built-in)');

        const countries = await complete('broken.pacta', 'code mx', 'code '.length);
        expect(countries.find(item => item.label === 'MX')?.detail).toBe('Mexico (MEX)');
        expect(countries.length).toBeGreaterThan(240);

        const currencies = await complete('broken.pacta', '12 billion usd', '12 billion '.length);
        expect(currencies.find(item => item.label === 'USD')?.detail).toBe('US Dollar (ISO 4217)');

        const members = (await complete('eu-us-japan.pacta', '    /** The EU and the U.S. finalize', 0)).map(item => item.label);
        expect(members).toEqual(expect.arrayContaining(['commitment', 'mechanism', 'announced', 'parties', 'cite']));
        expect(members).not.toContain('state');
    });

    test('snippets for an agreement, a commitment and a mechanism', async () => {
        const top = await complete('broken.pacta', '\nagreement broken', 1);
        const agreement = top.find(item => item.label === 'agreement' && item.kind === 15 /* Snippet */);
        expect(agreement?.insertTextFormat).toBe(2);
        expect(agreement?.textEdit?.newText).toMatch(/^agreement \$\{1:name\} "\$\{2:Title\}" \{/);
        const members = await complete('broken.pacta', '    commitment c {', 4);
        expect(
            members
                .filter(item => item.kind === 15)
                .map(item => item.label)
                .sort()
        ).toEqual(['commitment', 'if', 'mechanism']);
    });

    test('in a file that does not parse', async () => {
        const file = 'draft.pacta';
        await session.open(file, 'agreement draft "Draft" {\n    parties US,\n    signed 2026-03-01\n    commitment x {\n        by \n');
        const labels = (await complete(file, 'by \n', 3)).map(item => item.label);
        expect(labels).toContain('US');
        expect(labels).toContain('MX');
        expect(labels).not.toContain('commitment');
        const diagnostics = await session.diagnostics(file, { until: d => d.length > 0 });
        expect(diagnostics.some(d => d.code === 'pacta/syntax-error')).toBe(true);
    });
});

describe('hover', () => {
    test('anywhere on a relative deadline: the resolved date and the chain', async () => {
        for (const offset of [0, 'within 30 '.length, 'within 30 days after '.length + 2]) {
            const text = await hoverText('eu-us-japan.pacta', 'within 30 days after announced', offset);
            expect(text).toContain('**2026-03-06**');
            expect(text).toContain('within 30 days after eu_us_japan.announced (2026-02-04) → 2026-03-06');
        }
    });

    test('a party: full name, kind, ISO name, and its doc comment', async () => {
        const text = await hoverText('eu-us-japan.pacta', 'parties EU, US, JP', 'parties EU, '.length);
        expect(text).toContain('**United States** — state `US`');
        expect(text).toContain('ISO 3166-1: United States (US / USA)');
        expect(text).toContain('The United States of America.');
        const agency = await hoverText('eu-us-japan.pacta', 'by USTR', 3);
        expect(agency).toContain('**Office of the U.S. Trade Representative** — agency `USTR`');
        expect(agency).toContain('of **United States** (`US`)');
    });

    test('an anniversary in another file', async () => {
        const text = await hoverText('usmca.pacta', 'the 6th anniversary', 4);
        expect(text).toContain('**2026-07-01**');
        expect(text).toContain('6th anniversary of usmca.in_force (2020-07-01) → 2026-07-01');
    });
});

test('inlay hints: the resolved date after every relative deadline', async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } };
    const usmca = await session.connection.sendRequest(InlayHintRequest.type, { textDocument: textDocument('usmca.pacta'), range });
    expect(usmca?.map(hint => hint.label)).toEqual(['→ 2026-07-01', '→ 2036-07-01']);
    const eu = await session.connection.sendRequest(InlayHintRequest.type, { textDocument: textDocument('eu-us-japan.pacta'), range });
    expect(eu?.map(hint => hint.label)).toEqual(['→ 2026-03-06']);
    expect(eu?.[0]?.position).toEqual(position('eu-us-japan.pacta', 'within 30 days after announced', 'within 30 days after announced'.length));
});

describe('navigation across files', () => {
    test('go to definition of a party used in another file', async () => {
        const result = await session.connection.sendRequest(DefinitionRequest.type, { textDocument: textDocument('eu-us-japan.pacta'), position: position('eu-us-japan.pacta', 'by USTR', 4) });
        const links = (Array.isArray(result) ? result : [result]) as Array<LocationLink | Location>;
        const target = links[0]!;
        const uri = 'targetUri' in target ? target.targetUri : target.uri;
        const range = 'targetSelectionRange' in target ? target.targetSelectionRange : target.range;
        expect(uri).toBe(session.uriOf('parties.pacta'));
        expect(range.start).toEqual(position('parties.pacta', 'USTR "Office'));
    });

    test('find references across files', async () => {
        const refs = await session.connection.sendRequest(ReferencesRequest.type, {
            textDocument: textDocument('parties.pacta'),
            position: position('parties.pacta', 'USTR "Office'),
            context: { includeDeclaration: true }
        });
        const files = (refs ?? []).map(ref => ref.uri.split('/').pop()).sort();
        expect(files).toEqual(['eu-us-japan.pacta', 'executive-order-reserve.pacta', 'parties.pacta', 'parties.pacta', 'us-mexico.pacta']);
    });

    test('rename a party across files', async () => {
        const at = { textDocument: textDocument('parties.pacta'), position: position('parties.pacta', 'USTR "Office', 1) };
        const prepared = await session.connection.sendRequest(PrepareRenameRequest.type, at);
        expect(prepared).toEqual({ start: position('parties.pacta', 'USTR "Office'), end: position('parties.pacta', 'USTR "Office', 4) });
        const edit = (await session.connection.sendRequest(RenameRequest.type, { ...at, newName: 'ustr' })) as WorkspaceEdit;
        const changes = edit.changes ?? {};
        const counts = Object.fromEntries(Object.entries(changes).map(([uri, edits]) => [uri.split('/').pop(), edits.length]));
        expect(counts).toEqual({ 'parties.pacta': 2, 'eu-us-japan.pacta': 1, 'us-mexico.pacta': 1, 'executive-order-reserve.pacta': 1 });
        expect(
            Object.values(changes)
                .flat()
                .every(e => e.newText === 'ustr')
        ).toBe(true);
    });

    test('rename an event named by its kind: it gets a name, qualified references keep their agreement', async () => {
        const file = 'usmca.pacta';
        const edit = (await session.connection.sendRequest(RenameRequest.type, {
            textDocument: textDocument(file),
            position: position(file, 'in_force 2020', 2),
            newName: 'entry_into_force'
        })) as WorkspaceEdit;
        const edits = edit.changes?.[session.uriOf(file)] ?? [];
        const applied = applyEdits(session.textOf(file), edits);
        expect(applied).toContain('in_force entry_into_force 2020-07-01');
        expect(applied).toContain('on the 6th anniversary of entry_into_force');
        expect(applied).toContain('on the 16th anniversary of entry_into_force');
    });
});

test('document symbols: the outline of agreements and their members', async () => {
    const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: textDocument('usmca.pacta') })) as DocumentSymbol[];
    expect(symbols.map(s => [s.name, s.kind])).toEqual([['usmca', 3 /* Namespace */]]);
    expect(symbols[0]!.children?.map(c => [c.name, c.kind, c.detail])).toEqual([
        ['in_force', 24, '2020-07-01'],
        ['joint_review', 24, 'on the 6th anniversary of in_force'],
        ['expiry', 24, 'on the 16th anniversary of in_force']
    ]);
    const parties = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: textDocument('parties.pacta') })) as DocumentSymbol[];
    expect(parties.find(s => s.name === 'EU')).toMatchObject({ kind: 5 /* Class */, detail: 'bloc · European Union' });
});

test('workspace symbols', async () => {
    const symbols = await session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'usmca' });
    const names = (symbols ?? []).map(s => s.name);
    expect(names).toEqual(expect.arrayContaining(['usmca', 'usmca.in_force', 'usmca.joint_review', 'usmca.expiry']));
    const usmca = (symbols ?? []).find(s => s.name === 'usmca')!;
    expect('location' in usmca && usmca.location.uri).toBe(session.uriOf('usmca.pacta'));
});

test('folding: agreements, blocks and doc comments', async () => {
    const ranges = await session.connection.sendRequest(FoldingRangeRequest.type, { textDocument: textDocument('usmca.pacta') });
    const lines = (ranges ?? []).map(r => [r.startLine, r.endLine, r.kind ?? 'region']);
    const agreementLine = position('usmca.pacta', 'agreement usmca').line;
    expect(lines).toContainEqual([agreementLine, expect.any(Number), 'region']);
    expect(lines.filter(([, , kind]) => kind === 'comment').length).toBeGreaterThan(0);
    expect(lines.length).toBeGreaterThanOrEqual(4);
});

test('semantic tokens: parties are classes, agreements namespaces, dates numbers', async () => {
    const legend = initializeResult.capabilities.semanticTokensProvider!.legend;
    const tokens = await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: textDocument('usmca.pacta') });
    const decoded = decodeTokens(tokens!.data, legend.tokenTypes, session.textOf('usmca.pacta'));
    expect(decoded).toContainEqual({ text: 'usmca', type: 'namespace' });
    expect(decoded).toContainEqual({ text: 'US', type: 'class' });
    expect(decoded).toContainEqual({ text: '2020-07-01', type: 'number' });
    expect(decoded).toContainEqual({ text: 'joint_review', type: 'event' });
    expect(decoded).toContainEqual({ text: 'news_report', type: 'decorator' });
});

describe('formatting', () => {
    test('document and range formatting, when the formatter is there', async () => {
        if (!initializeResult.capabilities.documentFormattingProvider) {
            console.warn('The server has no formatter: formatting is not tested.');
            return;
        }
        const file = 'messy.pacta';
        const messy = 'state   NZ   "New Zealand"\nagreement   nz_test "NZ test"{\nkind   framework\n  parties NZ\n      signed 2026-01-01\n}\n';
        await session.open(file, messy);
        const edits = await session.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: textDocument(file), options: { tabSize: 4, insertSpaces: true } });
        expect(edits?.length ?? 0).toBeGreaterThan(0);
        const formatted = applyEdits(messy, edits ?? []);
        expect(formatted).toContain('state NZ "New Zealand"');
        expect(formatted).toContain('\n    kind framework\n');
        const range = await session.connection.sendRequest(DocumentRangeFormattingRequest.type, {
            textDocument: textDocument(file),
            options: { tabSize: 4, insertSpaces: true },
            range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }
        });
        expect(Array.isArray(range)).toBe(true);
    });
});

describe('code actions', () => {
    async function actionsFor(file: string, code: string): Promise<CodeAction[]> {
        const diagnostics = (await session.diagnostics(file)).filter(d => d.code === code);
        expect(diagnostics.length, code).toBeGreaterThan(0);
        const result = await session.connection.sendRequest(CodeActionRequest.type, {
            textDocument: textDocument(file),
            range: diagnostics[0]!.range,
            context: { diagnostics: [diagnostics[0]!] }
        });
        return (result ?? []) as CodeAction[];
    }

    test('an unknown country: the closest code, and "suppress with a reason"', async () => {
        const actions = await actionsFor('broken.pacta', 'pacta/unknown-country');
        expect(actions.map(a => a.title)).toEqual(["Change to 'MX'", "Suppress pacta/unknown-country in 'MX2' with a reason"]);
        const change = actions[0]!;
        expect(change.kind).toBe('quickfix');
        expect(change.isPreferred).toBe(true);
        expect(change.edit?.changes?.[session.uriOf('broken.pacta')]).toEqual([{ range: { start: position('broken.pacta', 'mx\n'), end: position('broken.pacta', 'mx\n', 2) }, newText: 'MX' }]);
        const suppress = actions[1]!;
        expect(suppress.edit?.changes?.[session.uriOf('broken.pacta')]?.[0]?.newText).toBe('#suppress "pacta/unknown-country" "why this finding does not apply"\n');
        expect(suppress.command?.command).toBe('pacta.selectText');
    });

    test('an unresolved party: the closest name and "declare the missing party"', async () => {
        const diagnostics = (await session.diagnostics('broken.pacta')).filter(d => d.code === 'pacta/unresolved-reference');
        const usa = diagnostics.find(d => (d.data as { refText: string }).refText === 'USA')!;
        const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
            textDocument: textDocument('broken.pacta'),
            range: usa.range,
            context: { diagnostics: [usa] }
        })) as CodeAction[];
        const titles = actions.map(a => a.title);
        expect(titles[0]).toBe("Change to 'US'");
        // broken.pacta declares a party (MX2), so the new one goes after it.
        const declare = actions.find(a => a.title === "Declare party 'USA'")!;
        expect(declare.edit!.changes![session.uriOf('broken.pacta')]).toEqual([
            {
                range: { start: position('broken.pacta', 'code mx', 7), end: position('broken.pacta', 'code mx', 7) },
                newText: '\n\nstate USA "United States"'
            }
        ]);
    });

    test('shall in a nonbinding agreement becomes will; the fix clears the finding', async () => {
        const actions = await actionsFor('broken.pacta', 'pacta/shall-in-nonbinding');
        const will = actions.find(a => a.title === "Change to 'will'")!;
        const edits = will.edit!.changes![session.uriOf('broken.pacta')]!;
        const fixed = applyEdits(session.textOf('broken.pacta'), edits);
        expect(fixed).toContain('        will "do it"');
        await session.change('broken.pacta', fixed);
        const after = await session.diagnostics('broken.pacta', { until: d => d.length === 4 });
        expect(codesOf(after)).not.toContain('pacta/shall-in-nonbinding');
        await session.change('broken.pacta', BROKEN);
        await session.diagnostics('broken.pacta', { until: d => d.length === 5 });
    });

    test('suppressing with a reason silences the finding', async () => {
        const actions = await actionsFor('broken.pacta', 'pacta/unknown-currency');
        const suppress = actions.find(a => a.title.startsWith('Suppress'))!;
        const text = applyEdits(session.textOf('broken.pacta'), suppress.edit!.changes![session.uriOf('broken.pacta')]!);
        expect(text).toContain('    #suppress "pacta/unknown-currency" "why this finding does not apply"\n    mechanism m: stockpile {');
        await session.change('broken.pacta', text);
        const after = await session.diagnostics('broken.pacta', { until: d => d.length === 4 });
        expect(codesOf(after)).not.toContain('pacta/unknown-currency');
        await session.change('broken.pacta', BROKEN);
        await session.diagnostics('broken.pacta', { until: d => d.length === 5 });
    });
});

describe('custom requests', () => {
    test("pacta/deadlines: the workspace's deadlines in date order, resolved, with today and overdue", async () => {
        const result = (await session.connection.sendRequest('pacta/deadlines', { today: '2026-05-01' })) as {
            today: string;
            deadlines: Array<{ id: string; date: string | null; overdue: boolean; past: boolean; uri: string; range: { start: { line: number } }; chain: string[] }>;
        };
        expect(result.today).toBe('2026-05-01');
        const dated = result.deadlines.filter(d => d.date !== null && !d.uri.endsWith('broken.pacta'));
        expect(dated.map(d => [d.id, d.date, d.overdue])).toEqual([
            ['eu_us_japan.mou.due', '2026-03-06', true],
            ['us_mexico.action_plan.due', '2026-04-05', true],
            ['usmca.joint_review.date', '2026-07-01', false],
            ['usmca.expiry.date', '2036-07-01', false]
        ]);
        const mou = dated[0]!;
        expect(mou.uri).toBe(session.uriOf('eu-us-japan.pacta'));
        expect(mou.range.start.line).toBe(position('eu-us-japan.pacta', 'within 30 days after announced').line);
        expect(mou.chain.at(-1)).toBe('within 30 days after eu_us_japan.announced (2026-02-04) → 2026-03-06');
    });
    test('pacta/deadlines: a today that is not a day is refused (invalid params), not replaced by the local date', async () => {
        for (const today of ['2026-02-30', '0001-13-01', 'tomorrow', 20260301]) {
            await expect(session.connection.sendRequest('pacta/deadlines', { today })).rejects.toMatchObject({
                code: -32602,
                message: expect.stringMatching(/today must be a day written YYYY-MM-DD/)
            });
        }
    });

    test('pacta/compile: the workspace folder compiled by the SDK, with the texts as they are in the editor', async () => {
        const file = 'usmca.pacta';
        const result = (await session.connection.sendRequest('pacta/compile', { uri: session.uriOf(file) })) as {
            folderUri: string;
            files: string[];
            json: string;
            errorCount: number;
        };
        expect(result.folderUri.replace(/\/$/, '')).toBe(session.uriOf('').replace(/\/$/, ''));
        expect(result.files).toContain('usmca.pacta');
        expect(result.files).toContain('broken.pacta');
        expect(result.errorCount).toBeGreaterThan(0);
        const output = JSON.parse(result.json) as { formatVersion: string; deadlines: Array<{ id: string; date: string }> };
        expect(output.formatVersion).toBe(JSON.parse(readFileSync(join(EXAMPLE_DIR, 'critical-minerals-2026.json'), 'utf8')).formatVersion);
        expect(output.deadlines.map(d => d.date)).toEqual(expect.arrayContaining(['2026-03-06', '2026-04-05', '2026-07-01', '2036-07-01']));
    });
});

test('pacta/compile on the example as it is: the same bytes as its golden JSON', async () => {
    const pristine = await startServer(EXAMPLE_DIR);
    try {
        const result = (await pristine.connection.sendRequest('pacta/compile', { uri: pristine.uriOf('usmca.pacta') })) as { json: string; errorCount: number; warningCount: number };
        expect(result.errorCount).toBe(0);
        expect(result.warningCount).toBe(0);
        expect(result.json).toBe(readFileSync(join(EXAMPLE_DIR, 'critical-minerals-2026.json'), 'utf8'));
    } finally {
        await pristine.close();
    }
});

test('pacta/status: the folder as `pacta status --as-of` sees it; bad parameters are invalid params', async () => {
    const pristine = await startServer(EXAMPLE_DIR);
    try {
        const result = (await pristine.connection.sendRequest('pacta/status', { uri: pristine.uriOf('usmca.pacta'), asOf: '2026-03-01' })) as { status?: unknown; errorCount: number };
        expect(result.errorCount).toBe(0);
        const golden = JSON.parse(readFileSync(join(EXAMPLE_DIR, 'critical-minerals-2026.json'), 'utf8')) as PactaOutput;
        expect(result.status).toEqual(statusAsOf(golden, '2026-03-01'));
        const due = (result.status as { commitments: Array<{ id: string; status: string }> }).commitments;
        expect(due.length).toBeGreaterThan(0);
        const uri = pristine.uriOf('usmca.pacta');
        for (const [params, message] of [
            [{ uri, asOf: 'March 2026' }, /asOf must be a day written YYYY-MM-DD/],
            [{ uri, asOf: '2026-02-30' }, /asOf must be a day written YYYY-MM-DD \(got "2026-02-30"\)/],
            [{ uri, asOf: '2026-03-01', dueSoonDays: -1 }, /dueSoonDays must be a whole number/],
            [{ uri, asOf: '2026-03-01', dueSoonDays: '7' }, /dueSoonDays must be a whole number/],
            [{ asOf: '2026-03-01' }, /uri must be/]
        ] as const) {
            // Invalid params (-32602), answered before any work: never an internal error.
            await expect(pristine.connection.sendRequest('pacta/status', params)).rejects.toMatchObject({ code: -32602, message: expect.stringMatching(message) });
        }
    } finally {
        await pristine.close();
    }
});

/** Applies non-overlapping LSP text edits to a text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
    const offsetOf = (p: { line: number; character: number }): number => {
        let offset = 0;
        for (let line = 0; line < p.line; line++) offset = text.indexOf('\n', offset) + 1;
        return offset + p.character;
    };
    return [...edits]
        .map(edit => ({ start: offsetOf(edit.range.start), end: offsetOf(edit.range.end), text: edit.newText }))
        .sort((a, b) => b.start - a.start)
        .reduce((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), text);
}

function decodeTokens(data: number[], types: string[], text: string): Array<{ text: string; type: string }> {
    const lines = text.split('\n');
    const result: Array<{ text: string; type: string }> = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
        line += data[i]!;
        character = data[i] === 0 ? character + data[i + 1]! : data[i + 1]!;
        result.push({ text: lines[line]!.slice(character, character + data[i + 2]!), type: types[data[i + 3]!]! });
    }
    return result;
}
