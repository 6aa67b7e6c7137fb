import { describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { type LspWorkspace, applyEdits, exampleFiles, lspWorkspace } from './lsp-test-kit.js';

const PARTIES = 'state US "United States"\nstate MX "Mexico"\nbloc EU "European Union"\n';

interface Fix {
    title: string;
    text: string;
    uri: string;
    preferred: boolean;
    action: CodeAction;
}

/** The quick fixes for the first diagnostic with `code` in `name`, each with the text it produces. */
async function fixes(ws: LspWorkspace, name: string, code: string, pick: (d: Diagnostic) => boolean = () => true): Promise<Fix[]> {
    const document = ws.doc(name);
    const diagnostic = (document.diagnostics ?? []).filter(d => d.code === code).find(pick);
    if (!diagnostic) throw new Error(`no ${code} in ${name}: ${(document.diagnostics ?? []).map(d => d.code).join(', ')}`);
    const actions = ((await ws.services.Pacta.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.textDocument.uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] }
    })) ?? []) as CodeAction[];
    return actions.map(action => {
        const [uri, edits] = Object.entries(action.edit?.changes ?? {})[0]!;
        const target = [...ws.documents.values()].find(d => d.textDocument.uri === uri)!;
        return { title: action.title, text: applyEdits(target.textDocument.getText(), edits), uri, preferred: action.isPreferred === true, action };
    });
}

async function single(text: string, extra: Record<string, string> = {}): Promise<LspWorkspace> {
    return lspWorkspace({ 'main.pacta': text, ...extra });
}

describe('quick fixes from the data of a diagnostic', () => {
    test('an unknown country code: the closest code', async () => {
        const ws = await single('state MX "Mexico" code mx\n');
        const [change, suppress] = await fixes(ws, 'main.pacta', 'pacta/unknown-country');
        expect(change).toMatchObject({ title: "Change to 'MX'", text: 'state MX "Mexico" code MX\n', preferred: true });
        expect(suppress!.title).toBe("Suppress pacta/unknown-country in 'MX' with a reason");
    });

    test('an unknown country as the name: add the code, or make it a bloc', async () => {
        const ws = await single('state usa "United States"\n');
        const found = await fixes(ws, 'main.pacta', 'pacta/unknown-country');
        expect(found.map(f => [f.title, f.text])).toEqual([
            ['Add `code US`', 'state usa "United States" code US\n'],
            ["Declare 'usa' as a bloc", 'bloc usa "United States"\n'],
            ["Suppress pacta/unknown-country in 'usa' with a reason", '#suppress "pacta/unknown-country" "why this finding does not apply"\nstate usa "United States"\n']
        ]);
    });

    test('an unknown currency: the closest code', async () => {
        const ws = await single(`${PARTIES}agreement a "A" { parties US\n    mechanism m: strategic_reserve { amount 12 billion usd }\n}\n`);
        const [change] = await fixes(ws, 'main.pacta', 'pacta/unknown-currency');
        expect(change).toMatchObject({ title: "Change to 'USD'", preferred: true });
        expect(change!.text).toContain('amount 12 billion USD }');
    });

    test('shall in a nonbinding agreement: will (and shall not: will not)', async () => {
        const ws = await single(`${PARTIES}agreement a "A" {\n    nonbinding\n    parties US\n    commitment c { by US\n shall not "stop" }\n}\n`);
        const [change] = await fixes(ws, 'main.pacta', 'pacta/shall-in-nonbinding');
        expect(change!.title).toBe("Change to 'will not'");
        expect(change!.text).toContain(' will not "stop"');
    });

    test('an invalid date or ordinal, and each with one party', async () => {
        const ws = await single(
            `${PARTIES}agreement a "A" {\n    parties US\n    signed 2026-02-30\n    review on the 2th anniversary of signed\n    mechanism m: grant { amount 5 million USD each }\n}\n`
        );
        expect((await fixes(ws, 'main.pacta', 'pacta/invalid-date'))[0]!.text).toContain('signed 2026-02-28');
        expect((await fixes(ws, 'main.pacta', 'pacta/invalid-ordinal'))[0]!.text).toContain('on the 2nd anniversary');
        expect((await fixes(ws, 'main.pacta', 'pacta/each-with-one-party'))[0]!.text).toContain('amount 5 million USD in total }');
    });

    test('an actor that is not a party: add it to the parties', async () => {
        const ws = await single(`${PARTIES}agreement a "A" {\n    parties US\n    commitment c { by MX\n will "act" }\n}\n`);
        const [add] = await fixes(ws, 'main.pacta', 'pacta/actor-not-party');
        expect(add).toMatchObject({ title: "Add 'MX' to the parties of 'a'", preferred: true });
        expect(add!.text).toContain('    parties US, MX\n');
    });

    test('an unused suppression: remove its line', async () => {
        const ws = await single(`${PARTIES}#suppress "pacta/unknown-currency" "the source says so"\nstate CA "Canada"\n`);
        const [remove] = await fixes(ws, 'main.pacta', 'pacta/unused-suppression');
        expect(remove!.title).toBe('Remove the unused suppression');
        expect(remove!.text).toBe(`${PARTIES}state CA "Canada"\n`);
    });
});

describe('unresolved names', () => {
    test('a misspelt anchor: the closest event of the agreement', async () => {
        const ws = await single('agreement a "A" {\n    signed 2026-01-01\n    commitment c { due within 10 days after signd }\n}\n');
        const [change] = await fixes(ws, 'main.pacta', 'pacta/unresolved-reference');
        expect(change).toMatchObject({ title: "Change to 'signed'", preferred: true });
        expect(change!.text).toContain('after signed }');
    });

    test('a missing party is declared after the parties of the workspace file that has them', async () => {
        const files = exampleFiles();
        files['new.pacta'] = 'agreement nz_us "NZ–US" {\n    parties US, NZ\n}\n';
        const ws = await lspWorkspace(files);
        const found = await fixes(ws, 'new.pacta', 'pacta/unresolved-reference');
        const declare = found.find(f => f.title.startsWith('Declare'))!;
        // the example's minerals-security-partnership.pacta declares the most parties (its members)
        expect(declare.title).toBe("Declare party 'NZ' in minerals-security-partnership.pacta");
        expect(declare.uri).toBe(ws.doc('minerals-security-partnership.pacta').textDocument.uri);
        const text = files['minerals-security-partnership.pacta']!;
        const lastParty = [...text.matchAll(/^(?:state|bloc|organisation|agency|company|person) \w+ "[^"]*"[^{\n]*(?: \{[^}]*\})?\n/gm)].at(-1)!;
        expect(declare.text).toBe(`${text.slice(0, lastParty.index + lastParty[0].length)}\nstate NZ "New Zealand"\n${text.slice(lastParty.index + lastParty[0].length)}`);
    });

    test('in a workspace without party declarations, above the declaration that uses it; not a country: an organisation', async () => {
        const ws = await single('// header\n\n/** Doc. */\nagreement a "A" {\n    parties OECD\n}\n');
        const declare = (await fixes(ws, 'main.pacta', 'pacta/unresolved-reference')).find(f => f.title.startsWith('Declare'))!;
        expect(declare.title).toBe("Declare party 'OECD'");
        expect(declare.text).toBe('// header\n\norganisation OECD "OECD"\n\n/** Doc. */\nagreement a "A" {\n    parties OECD\n}\n');
    });
});

describe('suppress with a reason', () => {
    test('above the innermost declaration around the finding, at its indentation, below its doc comment', async () => {
        const ws = await single(`${PARTIES}agreement a "A" {\n    nonbinding\n    parties US\n    /** The commitment. */\n    commitment c {\n        by US\n        shall "act"\n    }\n}\n`);
        const suppress = (await fixes(ws, 'main.pacta', 'pacta/shall-in-nonbinding')).find(f => f.title.startsWith('Suppress'))!;
        expect(suppress.title).toBe("Suppress pacta/shall-in-nonbinding in 'c' with a reason");
        expect(suppress.text).toContain('    /** The commitment. */\n    #suppress "pacta/shall-in-nonbinding" "why this finding does not apply"\n    commitment c {');
    });

    test('the suppression it writes silences the finding', async () => {
        const text = `${PARTIES}agreement a "A" {\n    nonbinding\n    parties US\n    commitment c { by US\n shall "act" }\n}\n`;
        const ws = await single(text);
        const suppress = (await fixes(ws, 'main.pacta', 'pacta/shall-in-nonbinding')).find(f => f.title.startsWith('Suppress'))!;
        const after = await single(suppress.text);
        expect((after.doc('main.pacta').diagnostics ?? []).map(d => d.code)).toEqual([]);
    });

    test('syntax errors and suppression findings cannot be suppressed', async () => {
        const ws = await single('agreement a "A" {\n');
        const document = ws.doc('main.pacta');
        const diagnostic = document.diagnostics!.find(d => d.code === 'pacta/syntax-error')!;
        const actions = await ws.services.Pacta.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.textDocument.uri },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] }
        });
        expect(actions).toEqual([]);
    });
});
