import { URI } from 'langium';
import { SemanticTokensDecoder } from 'langium/lsp';
import { describe, expect, test } from 'vitest';
import type { CodeAction, CompletionItem, Hover } from 'vscode-languageserver-types';
import { BUILTIN_RESOURCES_URI, builtinResources, builtinStages } from '../../src/index.js';
import { type LspWorkspace, applyEdits, lspWorkspace, positionOf } from './lsp-test-kit.js';

const TEXT = `resource my_mineral "My mineral"
resource_group my_group "My group" { members lithium, cobalt }
stage smelting_local "Local smelting"

agreement a "A" {
    resources lithium, rare_earths, critical_minerals
    stages mining, refining
    mechanism m: loan { resources my_mineral stages refining }
}
`;

async function completion(ws: LspWorkspace, marker: string, after = true): Promise<CompletionItem[]> {
    const document = ws.doc('main.pacta');
    const position = positionOf(document, marker, { after });
    const list = await ws.services.Pacta.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.textDocument.uri }, position });
    return [...(list?.items ?? [])].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
}

async function hoverAt(ws: LspWorkspace, marker: string, occurrence = 0): Promise<string> {
    const document = ws.doc('main.pacta');
    const hover = (await ws.services.Pacta.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.textDocument.uri },
        position: positionOf(document, marker, { occurrence })
    })) as Hover | undefined;
    return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

describe('completion of resources and stages', () => {
    test("after `resources`: the workspace's own resources first, then every built-in one by name, and `every` (a whole list), no other keyword", async () => {
        const ws = await lspWorkspace({ 'main.pacta': 'resource my_mineral "My mineral"\nagreement a "A" {\n    resources \n}\n' });
        const items = await completion(ws, 'resources ');
        expect(items.filter(item => item.label === 'every')).toHaveLength(1);
        const labels = items.map(item => item.label).filter(label => label !== 'every');
        expect(labels[0]).toBe('my_mineral');
        const builtin = builtinResources()
            .map(resource => resource.id)
            .sort();
        expect(labels.slice(1)).toEqual(builtin);
        expect(labels).not.toContain('mining');
        expect(items.find(item => item.label === 'lithium')?.detail).toBe('resource · Lithium (built-in)');
        expect(items.find(item => item.label === 'rare_earths')?.detail).toBe('resource group · Rare earth elements (built-in)');
        expect(items.find(item => item.label === 'my_mineral')?.detail).toBe('resource · My mineral');
    });

    test('after `resources every`: the shipped reference lists by their Pacta names (1.4)', async () => {
        const ws = await lspWorkspace({ 'main.pacta': 'agreement a "A" {\n    resources lithium, every \n}\n' });
        const items = await completion(ws, 'every ');
        expect(items.map(item => item.label)).toEqual(['usgs_2022', 'usgs_2025', 'eu_crma_2024_strategic', 'eu_crma_2024_critical']);
        expect(items[1]?.detail).toBe('reference list · Final 2025 List of Critical Minerals (60 entries)');
    });

    test('after `mechanism_kind NAME "Title" of`: the other kinds, with their paths (1.4)', async () => {
        const ws = await lspWorkspace({ 'main.pacta': 'mechanism_kind royalty "Royalty" of \n' });
        const items = await completion(ws, '" of ');
        const labels = items.map(item => item.label);
        expect(labels).toContain('price_floor');
        expect(labels).not.toContain('royalty');
        expect(items.find(item => item.label === 'loan')?.detail).toBe('Project finance › Loan (built-in)');
    });

    test('hover on a sub-kind shows its path from the root kind (1.4)', async () => {
        const ws = await lspWorkspace({ 'main.pacta': 'mechanism_kind royalty_loan "Royalty loan" of loan\nagreement a "A" { mechanism m: royalty_loan }\n' });
        expect(await hoverAt(ws, 'royalty_loan "')).toBe('**Royalty loan** — mechanism kind `royalty_loan`  \n`royalty_loan` — Project finance › Loan › Royalty loan');
        expect(await hoverAt(ws, 'loan\n')).toBe('**Loan** — mechanism kind `loan` (built-in)  \n`loan` — Project finance › Loan');
        expect(await hoverAt(ws, 'm: ')).toContain('Project finance › Loan › Royalty loan');
    });

    test('resources already in the list are not offered again', async () => {
        const ws = await lspWorkspace({ 'main.pacta': 'agreement a "A" {\n    resources lithium, cobalt, \n}\n' });
        const labels = (await completion(ws, 'cobalt, ')).map(item => item.label);
        expect(labels).not.toContain('lithium');
        expect(labels).not.toContain('cobalt');
        expect(labels).toContain('nickel');
    });

    test('after `stages` (agreement or mechanism): stages, the built-in ones in value-chain order', async () => {
        const ws = await lspWorkspace({ 'main.pacta': 'stage smelting_local "Local smelting"\nagreement a "A" {\n    stages \n    mechanism m: loan { stages  }\n}\n' });
        const expected = ['smelting_local', ...builtinStages().map(stage => stage.id)];
        expect((await completion(ws, 'stages ')).map(item => item.label)).toEqual(expected);
        expect((await completion(ws, '{ stages ')).map(item => item.label)).toEqual(expected);
        expect(builtinStages().map(stage => stage.id)).toEqual(['exploration', 'mining', 'processing', 'refining', 'manufacturing', 'recycling']);
    });
});

describe('hover on resources and stages', () => {
    test('a built-in mineral: title, kind, the lists it is on with their titles and published names, its groups', async () => {
        const ws = await lspWorkspace({ 'main.pacta': TEXT });
        const text = await hoverAt(ws, 'lithium, rare_earths');
        expect(text).toContain('**Lithium** — resource `lithium` (built-in)');
        expect(text).toContain('- 2022 Final List of Critical Minerals (2022-02-24)');
        expect(text).toContain('- Final 2025 List of Critical Minerals (2025-11-07)');
        expect(text).toContain('- Regulation (EU) 2024/1252 (Critical Raw Materials Act), Annex I, Section 1: strategic raw materials (2024-05-03) — as “Lithium – battery grade”');
        expect(text).toContain('Annex II, Section 1: critical raw materials (2024-05-03)');
    });

    test('a built-in group: its members; a member: its groups', async () => {
        const ws = await lspWorkspace({ 'main.pacta': `${TEXT}agreement b "B" { resources neodymium }\n` });
        const group = await hoverAt(ws, 'rare_earths');
        expect(group).toContain('**Rare earth elements** — resource group `rare_earths` (built-in)');
        expect(group).toContain('members (17): `lanthanum`, `cerium`');
        expect(group).toContain('on none of the shipped reference lists');
        const member = await hoverAt(ws, 'neodymium');
        expect(member).toContain('member of: Rare earth elements (`rare_earths`), Light rare earth elements (`light_rare_earths`), Rare earth elements for magnets (`rare_earths_for_magnets`)');
        const general = await hoverAt(ws, 'critical_minerals');
        expect(general).toContain('members: none (unspecified)');
    });

    test('a user-declared group and a stage', async () => {
        const ws = await lspWorkspace({ 'main.pacta': TEXT });
        expect(await hoverAt(ws, 'my_group')).toBe('**My group** — resource group `my_group`  \nmembers (2): `lithium`, `cobalt`');
        expect(await hoverAt(ws, 'refining', 0)).toContain('**Refining** — value-chain stage `refining` (built-in)');
        expect(await hoverAt(ws, 'my_mineral', 1)).toBe('**My mineral** — resource `my_mineral`');
    });

    test('go to definition of a built-in resource opens the built-in document', async () => {
        const ws = await lspWorkspace({ 'main.pacta': TEXT });
        const document = ws.doc('main.pacta');
        const links = await ws.services.Pacta.lsp.DefinitionProvider!.getDefinition(document, {
            textDocument: { uri: document.textDocument.uri },
            position: positionOf(document, 'lithium, rare')
        });
        expect(links?.[0]?.targetUri).toBe(URI.parse(BUILTIN_RESOURCES_URI).toString());
    });
});

describe('the example text', () => {
    test('links with no finding; resources, groups and stages are enum members in the semantic tokens', async () => {
        const ws = await lspWorkspace({ 'main.pacta': TEXT });
        const document = ws.doc('main.pacta');
        expect(document.diagnostics ?? []).toEqual([]);
        const provider = ws.services.Pacta.lsp.SemanticTokenProvider!;
        const tokens = await provider.semanticHighlight(document, { textDocument: { uri: document.textDocument.uri } });
        const decoded = SemanticTokensDecoder.decode(tokens, provider.tokenTypes, document)
            .filter(t => t.tokenType === 'enumMember')
            .map(t => t.text);
        expect(decoded).toEqual(['my_mineral', 'my_group', 'lithium', 'cobalt', 'smelting_local', 'lithium', 'rare_earths', 'critical_minerals', 'mining', 'refining', 'my_mineral', 'refining']);
    });
});

describe('quick fixes of unknown resources and stages', () => {
    async function actions(text: string, code: string): Promise<Array<{ title: string; text: string; preferred: boolean }>> {
        const ws = await lspWorkspace({ 'main.pacta': text });
        const document = ws.doc('main.pacta');
        const diagnostic = (document.diagnostics ?? []).find(d => d.code === code);
        if (!diagnostic) throw new Error(`no ${code}: ${(document.diagnostics ?? []).map(d => d.code).join(', ')}`);
        const found = ((await ws.services.Pacta.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.textDocument.uri },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] }
        })) ?? []) as CodeAction[];
        return found.map(action => ({
            title: action.title,
            text: applyEdits(text, Object.values(action.edit?.changes ?? {})[0] ?? []),
            preferred: action.isPreferred === true
        }));
    }

    test('a misspelt resource: change to the closest, or declare it', async () => {
        const text = 'agreement a "A" {\n    resources lihtium\n}\n';
        const [change, declare, suppress] = await actions(text, 'pacta/unknown-resource');
        expect(change).toEqual({ title: "Change to 'lithium'", text: 'agreement a "A" {\n    resources lithium\n}\n', preferred: true });
        expect(declare).toEqual({ title: "Declare resource 'lihtium'", text: `resource lihtium "lihtium"\n\n${text}`, preferred: false });
        expect(suppress!.title).toBe("Suppress pacta/unknown-resource in 'a' with a reason");
    });

    test('an American spelling finds the id', async () => {
        const [change] = await actions('agreement a "A" { resources aluminum }\n', 'pacta/unknown-resource');
        expect(change!.title).toBe("Change to 'aluminium'");
    });

    test('a member listed with its group: remove it (with its comma)', async () => {
        const [remove, suppress] = await actions('agreement a "A" {\n    resources rare_earths, neodymium, lithium\n}\n', 'pacta/redundant-resource');
        expect(remove).toEqual({
            title: "Remove 'neodymium' (the group covers it)",
            text: 'agreement a "A" {\n    resources rare_earths, lithium\n}\n',
            preferred: true
        });
        expect(suppress!.title).toBe("Suppress pacta/redundant-resource in 'a' with a reason");
        const [first] = await actions('agreement a "A" {\n    resources neodymium, rare_earths\n}\n', 'pacta/redundant-resource');
        expect(first!.text).toBe('agreement a "A" {\n    resources rare_earths\n}\n');
    });

    test('a misspelt stage: change to the closest, or declare it', async () => {
        const text = 'agreement a "A" { stages refinnig }\n';
        const [change, declare] = await actions(text, 'pacta/unknown-stage');
        expect(change!.title).toBe("Change to 'refining'");
        expect(declare!.text).toBe(`stage refinnig "refinnig"\n\n${text}`);
    });
});
