import { EmptyFileSystem } from 'langium';
import { expectCompletion, expectHover } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { createPactaLspServices, formatText, loadBuiltinDocuments } from '../../src/index.js';
import { lspWorkspace } from './lsp-test-kit.js';

const services = createPactaLspServices(EmptyFileSystem);
const hover = expectHover(services.Pacta);
const complete = expectCompletion(services.Pacta);

beforeAll(async () => {
    await services.shared.workspace.DocumentBuilder.build(loadBuiltinDocuments(services.shared));
});

const USMCA = `state US "United States"
state MX "Mexico"
agreement usmca "USMCA" {
    parties US, MX
    in_force 2020-07-01
    review joint_review on the 6th anniversary of in_force
    if <|>extended "each Party confirms" {
        review <|>next_review no later than 6 years after joint_review
    } otherwise {
        review annual_review every 1 year after joint_review
        taken 2026-07-01
    }
}`;

describe('conditional branches in the editor', () => {
    test('hover on a branch: its condition, what each arm holds, the arm taken', async () => {
        await hover({
            text: USMCA,
            index: 0,
            disposeAfterCheck: true,
            hover: /\*\*if extended\*\*[\s\S]*condition: "each Party confirms"[\s\S]*if: `next_review`[\s\S]*otherwise: `annual_review` — \*\*taken\*\* 2026-07-01/
        });
    });

    test('hover on a branched event: "only if extended" and whether its arm was taken', async () => {
        await hover({ text: USMCA, index: 1, disposeAfterCheck: true, hover: /^\*\*only if extended\*\* \(the other arm was taken: does not apply\): "each Party confirms"/ });
    });

    test('completion offers `if` (with a snippet) among the members of an agreement, `otherwise` after an arm, `taken` inside one', async () => {
        await complete({
            text: 'agreement a "A" {\n    <|>\n}',
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                const item = list.items.find(i => i.label === 'if');
                expect(item?.insertText).toContain('} otherwise {');
            }
        });
        await complete({
            text: 'agreement a "A" {\n    if x "c" {\n    } <|>\n}',
            index: 0,
            disposeAfterCheck: true,
            assert: list => expect(list.items.map(i => i.label)).toContain('otherwise')
        });
        await complete({
            text: 'agreement a "A" {\n    if x "c" {\n        <|>\n    }\n}',
            index: 0,
            disposeAfterCheck: true,
            assert: list => expect(list.items.map(i => i.label)).toEqual(expect.arrayContaining(['taken', 'review', 'commitment']))
        });
    });

    test('the formatter lays out a branch like other blocks', () => {
        const messy = 'agreement a "A" {\n  in_force 2020-07-01\nif extended   "c" {  review r 2026-01-01\ntaken 2026-07-01 {cite s}  } otherwise {\n commitment c { will "x" }\n}\n}\n';
        expect(formatText(services.Pacta, messy)).toBe(
            [
                'agreement a "A" {',
                '    in_force 2020-07-01',
                '    if extended "c" {',
                '        review r 2026-01-01',
                '        taken 2026-07-01 {',
                '            cite s',
                '        }',
                '    } otherwise {',
                '        commitment c {',
                '            will "x"',
                '        }',
                '    }',
                '}',
                ''
            ].join('\n')
        );
    });

    test('the outline shows the branch with the members of its arms', async () => {
        const ws = await lspWorkspace({ 'usmca.pacta': USMCA.replace(/<\|>/g, '') });
        const provider = ws.services.Pacta.lsp.DocumentSymbolProvider!;
        const doc = ws.doc('usmca.pacta');
        const symbols = (await provider.getSymbols(doc, { textDocument: { uri: doc.textDocument.uri } })) as DocumentSymbol[];
        const usmca = symbols.find(s => s.name === 'usmca')!;
        const branch = usmca.children!.find(c => c.name === 'extended')!;
        expect(branch.detail).toBe('if · each Party confirms');
        expect(branch.children!.map(c => c.name)).toEqual(['next_review', 'annual_review']);
    });
});
