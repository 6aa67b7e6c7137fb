import { describe, expect, test } from 'vitest';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { RequestFailure } from '../../src/index.js';
import { type LspWorkspace, applyEdits, exampleFiles, lspWorkspace, positionOf } from './lsp-test-kit.js';

async function rename(ws: LspWorkspace, file: string, marker: string, offset: number, newName: string): Promise<Record<string, string>> {
    const document = ws.doc(file);
    const position = positionOf(document, marker);
    position.character += offset;
    const edit = (await ws.services.Pacta.lsp.RenameProvider!.rename(document, { textDocument: { uri: document.textDocument.uri }, position, newName })) as WorkspaceEdit;
    const result: Record<string, string> = {};
    for (const [uri, edits] of Object.entries(edit?.changes ?? {})) {
        const target = [...ws.documents.entries()].find(([, d]) => d.textDocument.uri === uri)!;
        result[target[0]] = applyEdits(target[1].textDocument.getText(), edits);
    }
    return result;
}

const A = 'agreement usmca "USMCA" {\n    in_force 2020-07-01\n    review jr on the 6th anniversary of in_force\n}\n';
const B = 'agreement other "Other" {\n    signed 2026-01-01\n    commitment c { due within 30 days after usmca.in_force }\n    builds_on usmca\n}\n';

describe('rename', () => {
    test('an event named by its kind gets a name; references inside and qualified ones outside follow', async () => {
        const ws = await lspWorkspace({ 'a.pacta': A, 'b.pacta': B });
        const changed = await rename(ws, 'a.pacta', 'in_force 2020', 3, 'entry');
        expect(changed['a.pacta']).toBe('agreement usmca "USMCA" {\n    in_force entry 2020-07-01\n    review jr on the 6th anniversary of entry\n}\n');
        expect(changed['b.pacta']).toContain('after usmca.entry }');
    });

    test('on a qualified reference, the segment under the cursor decides: the member or the agreement', async () => {
        const ws = await lspWorkspace({ 'a.pacta': A, 'b.pacta': B });
        const member = await rename(ws, 'b.pacta', 'usmca.in_force', 'usmca.'.length + 2, 'eif');
        expect(member['b.pacta']).toContain('after usmca.eif }');
        expect(member['a.pacta']).toContain('in_force eif 2020-07-01');

        const agreement = await rename(ws, 'b.pacta', 'usmca.in_force', 1, 'cusma');
        expect(agreement['a.pacta']).toBe(A.replace('agreement usmca', 'agreement cusma'));
        expect(agreement['b.pacta']).toContain('after cusma.in_force }');
        expect(agreement['b.pacta']).toContain('builds_on cusma\n');
    });

    test('a party across the files of the example', async () => {
        const ws = await lspWorkspace(exampleFiles());
        const changed = await rename(ws, 'parties.pacta', 'USTR "Office', 0, 'ustr');
        expect(Object.keys(changed).sort()).toEqual(['eu-us-japan.pacta', 'executive-order-reserve.pacta', 'parties.pacta', 'us-japan-cma-2023.pacta', 'us-mexico.pacta', 'usmca.pacta']);
        expect(changed['parties.pacta']).toContain('agency ustr "Office of the U.S. Trade Representative" of US');
        expect(changed['parties.pacta']).toContain('person greer "Jamieson Greer" of ustr');
        expect(changed['eu-us-japan.pacta']).toContain('announced 2026-02-04 by ustr {');
    });

    test('built-in mechanism kinds cannot be renamed; a new name must be a name', async () => {
        const ws = await lspWorkspace({ 'a.pacta': 'agreement a "A" { mechanism m: stockpile }\n' });
        const document = ws.doc('a.pacta');
        const position = positionOf(document, 'stockpile');
        const rename = ws.services.Pacta.lsp.RenameProvider!;
        expect(await rename.prepareRename(document, { textDocument: { uri: document.textDocument.uri }, position })).toBeUndefined();
        const at = positionOf(document, 'm: stockpile');
        await expect(rename.rename(document, { textDocument: { uri: document.textDocument.uri }, position: at, newName: '2x' })).rejects.toThrow(RequestFailure);
        await expect(rename.rename(document, { textDocument: { uri: document.textDocument.uri }, position: at, newName: 'x y' })).rejects.toThrow(
            "'x y' is not a valid name: use letters, digits and _, not starting with a digit."
        );
        expect(await rename.prepareRename(document, { textDocument: { uri: document.textDocument.uri }, position: at })).toEqual({
            start: at,
            end: { line: at.line, character: at.character + 1 }
        });
    });
});

describe("definition and references (Langium's defaults) across files", () => {
    test('a qualified anchor goes to the event in the other file; references of an event include qualified ones', async () => {
        const ws = await lspWorkspace({ 'a.pacta': A, 'b.pacta': B });
        const b = ws.doc('b.pacta');
        const position = positionOf(b, 'usmca.in_force');
        position.character += 8;
        const links = await ws.services.Pacta.lsp.DefinitionProvider!.getDefinition(b, { textDocument: { uri: b.textDocument.uri }, position });
        expect(links?.[0]?.targetUri).toBe(ws.doc('a.pacta').textDocument.uri);
        expect(links?.[0]?.targetSelectionRange.start).toEqual(positionOf(ws.doc('a.pacta'), 'in_force 2020'));

        const a = ws.doc('a.pacta');
        const refs = await ws.services.Pacta.lsp.ReferencesProvider!.findReferences(a, {
            textDocument: { uri: a.textDocument.uri },
            position: positionOf(a, 'in_force 2020'),
            context: { includeDeclaration: false }
        });
        expect(refs.map(ref => ref.uri.split('/').pop()).sort()).toEqual(['a.pacta', 'b.pacta']);
    });
});
