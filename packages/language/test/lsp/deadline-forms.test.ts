/**
 * Hovers and inlay hints on the deadline forms of
 * issue 5: month edges, recurring, earliest/latest, business days, open-ended, date claims.
 */
import { describe, expect, test } from 'vitest';
import { applyEdits, lspWorkspace, positionOf } from './lsp-test-kit.js';

const TEXT = `state US "United States"
state JP "Japan"
agreement usmca "USMCA" {
    parties US, JP
    event us_notice "US" 2020-04-24
    event ca_notice "CA" 2020-04-02
    event last_notice "Last" latest of (us_notice, ca_notice)
    in_force on the first day of the 3rd month following last_notice
    expiry the 16th anniversary of in_force
    review annual every 1 year after in_force until expiry
    signed {
        date 2020-01-29 "Washington"
        date 2020-01-30 "Ottawa" preferred
    }
    commitment report { by JP will "report" due within 10 business days in JP after signed }
    commitment talks { by US will "talk" due as long as "the parties agree" }
    commitment pick { by US will "pick" due earliest of (2026-12-31, 6 months after in_force) }
}
`;

async function workspace() {
    const ws = await lspWorkspace({ 'a.pacta': TEXT });
    return { ws, document: ws.doc('a.pacta') };
}

async function hoverAt(marker: string): Promise<string> {
    const { ws, document } = await workspace();
    const result = await ws.services.Pacta.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.textDocument.uri },
        position: positionOf(document, marker)
    });
    return (result?.contents as { value: string } | undefined)?.value ?? '';
}

describe('hovers', () => {
    test('a month edge and an earliest/latest show their date and chain', async () => {
        const edge = await hoverAt('first day of the 3rd month');
        expect(edge).toContain('`usmca.in_force` is on **2020-07-01**');
        expect(edge).toContain('first day of the 3rd month following usmca.last_notice (2020-04-24) → 2020-07-01');
        expect(await hoverAt('latest of')).toContain('`usmca.last_notice` is on **2020-04-24**');
    });

    test('a recurring review lists its occurrences and why they stop', async () => {
        const value = await hoverAt('every 1 year');
        expect(value).toContain('`usmca.annual` is on **2021-07-01**');
        expect(value).toContain('Occurrences (16, stop at the end (2036-07-01)): 2021-07-01, 2022-07-01');
    });

    test('business days name the calendars; open-ended deadlines their condition', async () => {
        const report = await hoverAt('10 business days');
        expect(report).toContain('`usmca.report` is due by **2020-02-14**');
        expect(report).toContain('Business days of: JP (JP)');
        expect(report).toContain('holidays skipped: 2020-02-11 Foundation Day');
        expect(await hoverAt('as long as')).toBe('`usmca.talks` is due **open-ended**: as long as "the parties agree". It has no date.');
    });

    test("an event dated by claims: the preferred claim's date and how many claims", async () => {
        const value = await hoverAt('signed {');
        expect(value).toContain('date: on **2020-01-30**');
        expect(value).toContain('2 date claims; the date is taken from the preferred one');
    });
});

describe('inlay hints', () => {
    test('after every form that is not written out; the first occurrences of a recurring one', async () => {
        const { ws, document } = await workspace();
        const hints = await ws.services.Pacta.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri: document.textDocument.uri },
            range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(TEXT.length) }
        });
        // `report` counts from `signed`, whose claims disagree (29 or 30 January): uncertain.
        expect((hints ?? []).map(hint => String(hint.label))).toEqual([
            '→ 2020-04-24',
            '→ 2020-07-01',
            '→ 2036-07-01',
            '→ 2021-07-01, 2022-07-01, … (16 dates)',
            '→ 2020-02-14 (uncertain)',
            '→ 2021-01-01'
        ]);
    });
});

describe('quick fixes', () => {
    async function firstFix(text: string, code: string): Promise<{ title: string; text: string }> {
        const ws = await lspWorkspace({ 'main.pacta': text });
        const document = ws.doc('main.pacta');
        const diagnostic = (document.diagnostics ?? []).find(d => d.code === code)!;
        expect(diagnostic, code).toBeDefined();
        const actions = ((await ws.services.Pacta.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.textDocument.uri },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] }
        })) ?? []) as Array<{
            title: string;
            edit?: { changes?: Record<string, Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>> };
        }>;
        const action = actions[0]!;
        const edits = Object.values(action.edit?.changes ?? {})[0] ?? [];
        return { title: action.title, text: applyEdits(text, edits) };
    }

    test('an unknown holiday calendar: the closest code, quoted', async () => {
        expect(await firstFix('bloc EU "European Union" { holidays "be" }\n', 'pacta/unknown-holiday-calendar')).toEqual({
            title: 'Change to \'"BE"\'',
            text: 'bloc EU "European Union" { holidays "BE" }\n'
        });
    });

    test('a zero period: every 1', async () => {
        const text = 'agreement a "A" {\n    in_force 2026-01-01\n    review r every 0 years after in_force\n}\n';
        expect((await firstFix(text, 'pacta/zero-period')).text).toBe(text.replace('every 0 years', 'every 1 years'));
    });
});
