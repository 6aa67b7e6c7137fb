/**
 * Uncertainty never disappears in the editor: hovers and inlay hints say when a date depends on
 * something marked `uncertain` — itself, its date claim, its agreement or an anchor at any depth
 * (`uncertainFacts`, the rule the SDK's deadline lists use too).
 */
import { describe, expect, test } from 'vitest';
import { type Dated, astDateDependencies, isCommitment, isEvent, uncertainFacts, uncertaintyText } from '../../src/index.js';
import { lspWorkspace, positionOf } from './lsp-test-kit.js';

const TEXT = `state US "United States"
state MX "Mexico"
agreement pact "Pact" {
    parties US, MX
    signed 2026-01-15
    in_force 2026-03-01 { uncertain }
    review first_review on the 1st anniversary of in_force
    review later_reviews every 1 year after first_review for 2 times
    event vote "Vote" {
        date 2026-04-01 "first report"
        date 2026-04-02 "second report" preferred { uncertain }
    }
    commitment plan { by MX will "adopt a plan" due within 3 months after signed }
    commitment fund { by US may "fund projects" due within 1 month after vote }
    commitment guess { by US will "guess" due within 1 month after signed uncertain }
    commitment targets { by US will "meet targets" due year 2027 }
    event budget "Budget year" year 2026
    commitment goal { by US will "reach the goal" due on the 1st anniversary of budget }
    event meeting "Meeting" {
        date 2026-05-01 "report a"
        date 2026-05-01 "report b" preferred
    }
    commitment follow { by US will "follow up" due within 1 month after meeting }
    event talks "Talks" {
        date 2026-06-01 "report a"
        date 2026-06-03 "report b"
    }
    commitment brief { by US will "brief" due within 1 month after talks }
}
agreement maybe "Maybe" {
    parties US, MX
    signed 2026-02-01
    commitment c { by US will "c" due within 1 month after signed }
    uncertain
}
`;

async function hoverAt(marker: string, occurrence = 0): Promise<string> {
    const ws = await lspWorkspace({ 'a.pacta': TEXT });
    const document = ws.doc('a.pacta');
    const result = await ws.services.Pacta.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.textDocument.uri },
        position: positionOf(document, marker, { occurrence })
    });
    return (result?.contents as { value: string } | undefined)?.value ?? '';
}

describe('uncertainFacts on the syntax tree', () => {
    test('the subject, its date claim, its agreement and anchors at any depth', async () => {
        const ws = await lspWorkspace({ 'a.pacta': TEXT });
        const resolver = ws.services.Pacta.deadlines.DeadlineResolver;
        const dependencies = astDateDependencies((node: Dated) => resolver.describeAnchor(node), resolver);
        const facts: Record<string, string> = {};
        for (const node of ws.doc('a.pacta').parseResult.value.elements.flatMap(element => ('events' in element ? [...element.events, ...element.commitments] : []))) {
            if (isEvent(node) || isCommitment(node)) facts[resolver.describeAnchor(node)] = uncertaintyText(uncertainFacts(node, dependencies));
        }
        expect(facts).toEqual({
            'pact.signed': '',
            'pact.in_force': 'uncertain: this event',
            'pact.first_review': 'uncertain: anchor pact.in_force (event)',
            'pact.later_reviews': 'uncertain: anchor pact.in_force (event)',
            // Two claims giving different days: sources disagree, whether or not a claim is marked.
            'pact.vote': 'uncertain: the date claim its date is taken from; sources disagree on its date: also 2026-04-01 "first report"',
            'pact.plan': '',
            'pact.fund': 'uncertain: anchor pact.vote (its date claim); anchor pact.vote (sources disagree on its date: also 2026-04-01 "first report")',
            'pact.guess': 'uncertain: this commitment',
            'pact.targets': '',
            'pact.budget': '',
            'pact.goal': '',
            // Claims that agree on the day are no dispute.
            'pact.meeting': '',
            'pact.follow': '',
            'pact.talks': 'uncertain: sources disagree on its date: also 2026-06-03 "report b"',
            'pact.brief': 'uncertain: anchor pact.talks (sources disagree on its date: also 2026-06-03 "report b")',
            'maybe.signed': 'uncertain: its agreement maybe',
            'maybe.c': 'uncertain: its agreement maybe'
        });
    });
});

describe('hovers', () => {
    test('on a deadline counted from an uncertain event, at two steps', async () => {
        const value = await hoverAt('every 1 year after first_review');
        expect(value).toContain('`pact.later_reviews` is on **2028-03-01**');
        expect(value).toContain('⚠ **uncertain**: anchor pact.in_force (event)');
    });

    test('on a commitment marked uncertain, and on one that is not', async () => {
        expect(await hoverAt('guess')).toContain('⚠ **uncertain**: this commitment');
        expect(await hoverAt('plan')).not.toContain('uncertain');
        expect(await hoverAt('after talks')).toContain('⚠ **uncertain**: anchor pact.talks (sources disagree on its date: also 2026-06-03 "report b")');
        expect(await hoverAt('after meeting')).not.toContain('uncertain');
    });

    test('a year is due by the end of it', async () => {
        expect(await hoverAt('on the 1st anniversary of budget')).toContain('`pact.goal` is due on **2027** (year precision: by the end of 2027)');
    });
});

test('inlay hints: `(uncertain)` after a date that depends on something uncertain, and why in the tooltip', async () => {
    const ws = await lspWorkspace({ 'a.pacta': TEXT });
    const document = ws.doc('a.pacta');
    const hints =
        (await ws.services.Pacta.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri: document.textDocument.uri },
            range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } }
        })) ?? [];
    const shown = hints.map(hint => [hint.label, String(hint.tooltip).split('\n')[0]]);
    expect(shown).toContainEqual(['→ 2027-03-01 (uncertain)', 'uncertain: anchor pact.in_force (event)']);
    expect(shown).toContainEqual(['→ 2026-05-02 (uncertain)', 'uncertain: anchor pact.vote (its date claim); anchor pact.vote (sources disagree on its date: also 2026-04-01 "first report")']);
    expect(shown).toContainEqual(['→ 2026-07-01 (uncertain)', 'uncertain: anchor pact.talks (sources disagree on its date: also 2026-06-03 "report b")']);
    expect(shown).toContainEqual(['→ 2026-06-01', 'pact.meeting 2026-05-01']);
    expect(shown).toContainEqual(['→ 2026-04-15', 'pact.signed 2026-01-15']);
});
