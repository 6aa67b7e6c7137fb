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
    const text =
        'agreement a "A" {\n    signed 2026-01-31\n    commitment c { due within 1 month after signed }\n    commitment d { due 2026-05-01 }\n    commitment e { due within 1 month after nothing }\n}\n';
    const result = await hints({ 'a.pacta': text }, 'a.pacta');
    const line = text.split('\n')[2]!;
    const end = line.indexOf('after signed') + 'after signed'.length;
    expect(result).toEqual([{ line: 2, character: end, label: '→ 2026-02-28', tooltip: 'a.signed 2026-01-31\nwithin 1 month after a.signed (2026-01-31) → 2026-02-28' }]);
});

test('a long chain is shown shortened: its start, how many steps are left out, its last steps', async () => {
    // 30 links: 31 steps, within the compiled chain's own limit (32), so the tooltip is what shortens it.
    const n = 30;
    const events = Array.from({ length: n }, (_, i) => `    event e${i} within 1 days after ${i === 0 ? 'signed' : `e${i - 1}`}`);
    const text = `agreement a "A" {\n    signed 2026-01-01\n${events.join('\n')}\n}\n`;
    const result = await hints({ 'a.pacta': text }, 'a.pacta');
    expect(result).toHaveLength(n);
    const last = result.at(-1)!;
    expect(last.label).toBe(`→ 2026-${dayAfterNewYear(n)}`);
    expect(last.tooltip!.split('\n')).toEqual([
        'a.signed 2026-01-01',
        `… ${n + 1 - 11} steps more …`,
        ...Array.from({ length: 10 }, (_, k) => {
            const i = n - 10 + k;
            return `within 1 days after a.e${i - 1} (2026-${dayAfterNewYear(i)}) → 2026-${dayAfterNewYear(i + 1)}`;
        })
    ]);
    // Short chains are shown whole.
    expect(result[2]!.tooltip!.split('\n')).toHaveLength(4);
});

/** `01-02` for 1, `02-10` for 40: the day `days` after 2026-01-01, as MM-DD. */
function dayAfterNewYear(days: number): string {
    return new Date(Date.UTC(2026, 0, 1 + days)).toISOString().slice(5, 10);
}
