import { describe, expect, test } from 'vitest';
import { type PactaOutput, MARKDOWN_LIMIT, compileSources, diffOutputs, renderDiffMarkdown, renderDiffText } from '../../src/index.js';

const PARTIES = 'state US "United States"\nstate MX "Mexico"\nstate CA "Canada"\n';

async function output(text: string): Promise<PactaOutput> {
    const result = await compileSources({ 'parties.pacta': PARTIES, 'pact.pacta': text });
    expect(result.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
    return result.output!;
}

const pact = (id: string, commitment: string, due = 'within 30 days after signed', extra = '') => `agreement ${id} "North American pact" {
    parties US, MX
    signed 2026-01-10
    commitment ${commitment} {
        by US
        shall "report on supply chains"
        due ${due}
    }
    ${extra}
}
`;

describe('diffOutputs', () => {
    test('a renamed commitment is one rename, not an addition and a removal; its deadline follows it', async () => {
        const diff = diffOutputs(await output(pact('na', 'report')), await output(pact('na', 'supply_report')), { asOf: '2026-01-01' });
        expect(diff.elements.map(e => `${e.change} ${e.from ?? ''}→${e.id}`)).toEqual(['renamed na.report→na.supply_report']);
        expect(diff.dates).toEqual([]);
    });

    test('a renamed agreement renames its members: nothing else changes', async () => {
        const diff = diffOutputs(await output(pact('na', 'report')), await output(pact('north_america', 'report')), { asOf: '2026-01-01' });
        expect(diff.elements.map(e => `${e.collection} ${e.change} ${e.from}→${e.id} ${e.fields.length}`)).toEqual(['agreements renamed na→north_america 0']);
    });

    test('an agreement and one of its commitments renamed at once: two renames, base ids as written', async () => {
        const diff = diffOutputs(await output(pact('na', 'report')), await output(pact('north_america', 'supply_report')), { asOf: '2026-01-01' });
        expect(diff.elements.map(e => `${e.collection} ${e.change} ${e.from}→${e.id}`)).toEqual(['agreements renamed na→north_america', 'commitments renamed na.report→north_america.supply_report']);
    });

    test('a new commitment by the same actor with another text and date is not a rename of the one removed', async () => {
        const other = pact('na', 'tariffs').replace('shall "report on supply chains"', 'shall "lower tariffs on lithium"').replace('within 30 days', 'within 90 days');
        const diff = diffOutputs(await output(pact('na', 'report')), await output(other), { asOf: '2026-01-01' });
        expect(diff.elements.map(e => `${e.change} ${e.id}`)).toEqual(['removed na.report', 'added na.tariffs']);
    });

    test('a different commitment under a new id is an addition and a removal', async () => {
        const other = pact('na', 'tariffs').replace('shall "report on supply chains"', 'may "lower tariffs on lithium"').replace('by US', 'by MX');
        const diff = diffOutputs(await output(pact('na', 'report')), await output(other), { asOf: '2026-01-01' });
        expect(diff.elements.map(e => `${e.change} ${e.id}`)).toEqual(['removed na.report', 'added na.tariffs']);
        expect(diff.summary.counts).toEqual({ 'commitment-added': 1, 'commitment-removed': 1 });
    });

    test('a date whose anchor moved names the anchor, whose own text changed', async () => {
        const base = await output(pact('na', 'report'));
        const head = await output(pact('na', 'report').replace('signed 2026-01-10', 'signed 2026-01-20'));
        const [signed, report] = diffOutputs(base, head, { asOf: '2026-01-01' }).dates;
        expect(signed).toMatchObject({ id: 'na.signed.date', reason: 'text', anchors: [] });
        expect(report).toMatchObject({
            id: 'na.report.due',
            reason: 'anchor',
            before: { date: '2026-02-09' },
            after: { date: '2026-02-19', text: 'within 30 days after signed' },
            anchors: [{ id: 'na.signed', before: '2026-01-10', after: '2026-01-20', textChanged: true }]
        });
    });

    test('status changes come from statusAsOf of each side, on the day asked', async () => {
        const base = await output(pact('na', 'report'));
        const head = await output(pact('na', 'report', 'within 10 days after signed'));
        expect(diffOutputs(base, head, { asOf: '2026-01-25' }).status).toEqual([
            { kind: 'commitment', id: 'na.report', before: 'pending', after: 'overdue', reason: expect.stringContaining('overdue') }
        ]);
        expect(diffOutputs(base, head, { asOf: '2026-03-01' }).status).toEqual([]);
        expect(() => diffOutputs(base, head, { asOf: '2026-02-30' })).toThrow(RangeError);
    });

    test('a party renamed keeps ISO codes and titles as written: only the id and references change', async () => {
        const base = await output(pact('na', 'report'));
        const renamedParties = PARTIES.replace('state US "United States"', 'state USA "United States" code US');
        const baseWithCode = await compileSources({ 'parties.pacta': PARTIES.replace('state US "United States"', 'state US "United States" code US'), 'pact.pacta': pact('na', 'report') });
        const head = await compileSources({ 'parties.pacta': renamedParties, 'pact.pacta': pact('na', 'report').replace(/\bUS\b/g, 'USA') });
        const diff = diffOutputs(baseWithCode.output!, head.output!, { asOf: '2026-01-01' });
        expect(diff.elements.map(e => `${e.change} ${e.from}→${e.id} ${JSON.stringify(e.fields)}`)).toEqual(['renamed US→USA []']);
        expect(base.parties.length).toBe(3);
    });
});

describe('renderers', () => {
    test('Markdown longer than a comment is cut at a whole line with a note, and stays under the limit', async () => {
        const many = Array.from({ length: 400 }, (_, i) => `commitment c${i} { by US shall "a commitment with a fairly long text number ${i}" due ${i + 1} days after signed }`).join('\n    ');
        const base = await output(pact('na', 'report', 'within 30 days after signed', many));
        const head = await output(pact('na', 'report', 'within 30 days after signed', many).replace('signed 2026-01-10', 'signed 2026-02-10'));
        const diff = diffOutputs(base, head, { asOf: '2026-01-01' });
        expect(diff.dates.length).toBe(402);
        const markdown = renderDiffMarkdown(diff);
        expect(markdown.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
        expect(markdown).toMatch(/> \*\*Truncated\*\*: \d+ more lines did not fit/);
        expect(markdown.split('<details>').length).toBe(markdown.split('</details>').length);
        const small = renderDiffMarkdown(diff, 2000);
        expect(small.length).toBeLessThanOrEqual(2000);
        expect(renderDiffMarkdown(diffOutputs(base, base, { asOf: '2026-01-01' }))).toBe('<!-- pacta-diff -->\n**pacta diff** (as of 2026-01-01): no semantic change\n');
    });

    test('Markdown and text show text from the input inert: no HTML, no table breaks, no control characters', async () => {
        const base = await output(pact('na', 'report'));
        const head = await output(pact('na', 'report').replace('"North American pact"', '"<img src=x> | \\u001b[31m"'));
        const diff = diffOutputs(base, head, { asOf: '2026-01-01' });
        const markdown = renderDiffMarkdown(diff);
        expect(markdown).not.toContain('<img');
        expect(markdown).toContain('&lt;img src=x&gt; \\|');
        expect(renderDiffText(diff)).not.toMatch(/\u001b/);
    });

    test('Markdown: an @name from the input notifies nobody when the comment is posted', async () => {
        const base = await output(pact('na', 'report'));
        const head = await output(pact('na', 'report').replace('"North American pact"', '"Ask @octocat or team@example.org"'));
        const markdown = renderDiffMarkdown(diffOutputs(base, head, { asOf: '2026-01-01' }));
        expect(markdown).not.toMatch(/@[A-Za-z0-9]/);
        expect(markdown).toContain('Ask @\u200boctocat or team@\u200bexample.org');
    });
});
