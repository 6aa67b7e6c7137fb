import { expect, test } from 'vitest';
import { exampleFiles, lspWorkspace } from './lsp-test-kit.js';

async function hints(files: Record<string, string>, name: string): Promise<Array<{ line: number; character: number; label: string; tooltip?: string }>> {
    const ws = await lspWorkspace(files);
    const document = ws.doc(name);
    const result = await ws.services.Pacta.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.textDocument.uri },
        range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) }
    });
    return (result ?? []).map(hint => ({ ...hint.position, label: String(hint.label), tooltip: hint.tooltip as string | undefined }));
}

test('the resolved date after every relative deadline of the example', async () => {
    const files = exampleFiles();
    expect((await hints(files, 'eu-us-japan.pacta')).map(hint => hint.label)).toEqual(['→ 2026-03-06']);
    expect((await hints(files, 'us-mexico.pacta')).map(hint => hint.label)).toEqual(['→ 2026-04-05']);
    // The USMCA file also dates its entry into force (latest of the notifications, then a month edge)
    // and its reviews (recurring): every form that is not written out gets a hint.
    const usmca = await hints(files, 'usmca.pacta');
    expect(usmca.map(hint => hint.label)).toEqual(expect.arrayContaining(['→ 2020-07-01', '→ 2026-07-01', '→ 2036-07-01']));
    const jointReview = usmca.find(hint => hint.tooltip?.endsWith('6th anniversary of usmca.in_force (2020-07-01) → 2026-07-01'));
    expect(jointReview?.label).toBe('→ 2026-07-01');
});

test('placed right after the deadline; none for absolute dates or unresolved deadlines', async () => {
    const text = 'agreement a "A" {\n    signed 2026-01-31\n    commitment c { due within 1 month after signed }\n    commitment d { due 2026-05-01 }\n    commitment e { due within 1 month after nothing }\n}\n';
    const result = await hints({ 'a.pacta': text }, 'a.pacta');
    const line = text.split('\n')[2]!;
    const end = line.indexOf('after signed') + 'after signed'.length;
    expect(result).toEqual([{ line: 2, character: end, label: '→ 2026-02-28', tooltip: 'a.signed 2026-01-31\nwithin 1 month after a.signed (2026-01-31) → 2026-02-28' }]);
});
