/**
 * Completion in a large workspace, over the real protocol: the names of the workspace are filtered
 * by what is typed and limited on the server (`isIncomplete`, so the editor asks again as the
 * user types), the agreement's own members first; the fixed lists (ISO codes) stay whole.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CompletionRequest, type CompletionList } from 'vscode-languageserver-protocol/node';
import { SEED_DIR, type ServerSession, startServer } from './lsp-client.js';

/** 150 agreements with 3 events and a commitment each: 600 anchors qualified from any other agreement. */
function manyAgreements(): string {
    const out: string[] = [];
    for (let n = 0; n < 150; n++) {
        out.push(
            `agreement many_${n} "Many ${n}" {`,
            '    parties US, MX',
            '    signed 2026-01-01',
            '    in_force within 30 days after signed',
            '    announced 2025-12-01',
            '    commitment act {',
            '        by US',
            '        will "act"',
            '        due within 10 days after in_force',
            '    }',
            '}',
            ''
        );
    }
    return out.join('\n');
}

const DRAFT = `agreement draft "Draft" {
    parties US, MX
    signed 2026-02-01
    commitment c {
        by US
        will "do it"
        due within 10 days after 
    }
}
`;

let session: ServerSession;

beforeAll(async () => {
    session = await startServer(SEED_DIR, { 'many.pacta': manyAgreements(), 'draft.pacta': DRAFT });
    await session.open('draft.pacta');
    await session.diagnostics('draft.pacta');
});

afterAll(async () => {
    await session?.close();
});

async function completeAt(text: string, marker: string): Promise<CompletionList> {
    const index = text.indexOf(marker) + marker.length;
    const before = text.slice(0, index);
    const position = { line: before.split('\n').length - 1, character: index - before.lastIndexOf('\n') - 1 };
    const result = await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: session.uriOf('draft.pacta') }, position });
    if (!result || Array.isArray(result)) throw new Error('expected a CompletionList');
    return result;
}

describe('completion of names in a large workspace', () => {
    test("an anchor offers at most 200 names, the incomplete list starting with the agreement's own", async () => {
        const list = await completeAt(DRAFT, 'due within 10 days after ');
        expect(list.isIncomplete).toBe(true);
        expect(list.items).toHaveLength(200);
        const labels = list.items.map(item => item.label);
        expect(labels).toContain('signed');
        expect(labels).not.toContain('c');
        // The items kept are the first in the order shown: every unqualified one before any qualified one.
        const sorted = list.items.map(item => item.sortText ?? item.label).sort();
        expect(list.items.map(item => item.sortText ?? item.label).sort()).toEqual(sorted);
        expect(sorted[0]!.startsWith('0')).toBe(true);
        // Each kept item has its date.
        expect(list.items.find(item => item.label === 'signed')?.detail).toBe('event · 2026-02-01');
    });

    test('what is typed filters on the server: a name beyond the first 200 is found', async () => {
        const typed = DRAFT.replace('due within 10 days after ', 'due within 10 days after many_149.');
        await session.change('draft.pacta', typed);
        const list = await completeAt(typed, 'after many_149.');
        const labels = list.items.map(item => item.label);
        expect(labels).toEqual(expect.arrayContaining(['many_149.signed', 'many_149.in_force', 'many_149.announced', 'many_149.act']));
        expect(labels.every(label => label.startsWith('many_149'))).toBe(true);
        expect(list.items.find(item => item.label === 'many_149.in_force')?.detail).toBe('event · 2026-01-31');
    });

    test('the ISO codes are not limited', async () => {
        const text = 'state AA "A"\nstate X "X" code \n';
        await session.change('draft.pacta', text);
        const list = await completeAt(text, 'code ');
        expect(list.items.length).toBeGreaterThan(240);
    });
});
