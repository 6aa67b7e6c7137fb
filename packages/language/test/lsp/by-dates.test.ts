/** Issue 10, form 4 in the editor: `by DATE` — its hover, and completion after `due` and after an event kind. */
import { EmptyFileSystem } from 'langium';
import { expectCompletion, expectHover } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver-types';
import { createPactaLspServices, loadBuiltinDocuments } from '../../src/index.js';

const services = createPactaLspServices(EmptyFileSystem);
const hover = expectHover(services.Pacta);
const complete = expectCompletion(services.Pacta);

beforeAll(async () => {
    await services.shared.workspace.DocumentBuilder.build(loadBuiltinDocuments(services.shared));
});

async function completionAt(text: string, assert: (items: CompletionItem[]) => void): Promise<void> {
    await complete({ text, index: 0, disposeAfterCheck: true, assert: list => assert(list.items) });
}

const HEAD = 'state US "United States"\nagreement a "A" {\n    parties US\n';

describe('`by DATE` in the editor (1.4)', () => {
    test('the hover of a commitment due `by` a date says `due: by` that date', async () => {
        await hover({ text: `${HEAD}    commitment <|>c { by US will "act" due by 2026-01-03 }\n}`, index: 0, disposeAfterCheck: true, hover: /due: by \*\*2026-01-03\*\*/ });
    });

    test('after `due`, `by` is offered with the other words of a deadline', async () => {
        await completionAt(`${HEAD}    commitment c { by US will "act" due <|> }\n}`, items => {
            const labels = items.map(item => item.label);
            expect(labels).toEqual(expect.arrayContaining(['by', 'within', 'about', 'year']));
        });
    });
});
