/**
 * The JSON of every deadline form: `form`, `calendars`, `occurrences` and `condition` on the
 * date values and on `deadlines`, date claims on events, in schema key order and valid against
 * the schema. The dates themselves come from the language's DeadlineResolver (its own goldens
 * are in packages/language/test/deadlines/golden).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type CompileResult, compileSources } from '../../src/index.js';
import { expectValidOutput } from '../support.js';

const TEXT = `
source wh "White House fact sheet"
source mofa "MOFA press release"
state US "United States"
state JP "Japan"
state MX "Mexico"
state CA "Canada"
bloc EU "European Union" { holidays "BE" }

agreement usmca "USMCA" {
    parties US, MX, CA
    event us_notice "United States" 2019-12-13
    event mx_notice "Mexico" 2019-07-19
    event ca_notice "Canada" 2020-04-03
    event last_notice "Last notification" latest of (us_notice, mx_notice, ca_notice)
    in_force on the first day of the 3rd month following last_notice
    review joint_review on the 6th anniversary of in_force
    expiry the 16th anniversary of in_force
    review annual every 1 year after joint_review until expiry
}

agreement frame "US–Japan framework" {
    parties US, JP
    signed {
        date 2025-10-27 "Washington" { cite wh }
        date 2025-10-28 "Tokyo" preferred { cite mofa uncertain }
    }
    expiry as long as "both participants work in good faith"
    commitment report { by JP shall "report" due within 10 business days in JP after signed }
    commitment d { by US shall "x" due earliest of (2026-12-31, 6 months after signed) }
    commitment e { by US shall "x" due on the last day of the month of signed }
    commitment f { by US shall "x" due last day of 2026-02 }
    review yearly every year after signed
    commitment talks { by US, JP will "talk" due upon "a request of either participant" }
}
`;

let compiled: Promise<CompileResult> | undefined;
const compile = () => (compiled ??= compileSources({ 'forms.pacta': TEXT }));

async function deadline(id: string) {
    const result = await compile();
    const found = result.output!.deadlines.find(d => d.id === id);
    expect(found, `deadline ${id}`).toBeDefined();
    return found!;
}

describe('the JSON of each deadline form', () => {
    test('the output is valid against the schema, with no errors', async () => {
        const result = await compile();
        expectValidOutput(result);
        expect(result.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
    });

    test('absolute dates: form absolute, not relative, not in deadlines', async () => {
        const { output } = await compile();
        const event = output!.events.find(e => e.id === 'usmca.us_notice')!;
        expect(event.date).toEqual({
            status: 'resolved',
            value: '2019-12-13',
            precision: 'day',
            bound: 'on',
            relative: false,
            form: 'absolute',
            text: '2019-12-13',
            chain: []
        });
        expect(output!.deadlines.some(d => d.subject === 'usmca.us_notice')).toBe(false);
    });

    test('latest of, then the first day of the 3rd month following: USMCA in force 2020-07-01', async () => {
        const last = await deadline('usmca.last_notice.date');
        expect(last).toMatchObject({ status: 'resolved', date: '2020-04-03', form: 'latest', kind: 'on' });
        const inForce = await deadline('usmca.in_force.date');
        expect(inForce).toMatchObject({ status: 'resolved', date: '2020-07-01', precision: 'day', form: 'month_edge' });
        expect(inForce.chain.at(-1)).toBe('first day of the 3rd month following usmca.last_notice (2020-04-03) → 2020-07-01');
    });

    test('a recurring review appears once, with its occurrences up to the expiry', async () => {
        const result = await compile();
        expect(result.output!.deadlines.filter(d => d.subject === 'usmca.annual')).toHaveLength(1);
        const annual = await deadline('usmca.annual.date');
        expect(annual.date).toBe('2027-07-01');
        expect(annual.form).toBe('recurring');
        expect(annual.occurrences).toEqual({
            dates: ['2027-07-01', '2028-07-01', '2029-07-01', '2030-07-01', '2031-07-01', '2032-07-01', '2033-07-01', '2034-07-01', '2035-07-01', '2036-07-01'],
            stop: 'until',
            end: '2036-07-01',
            truncated: false,
            recurrence: { anchor: '2026-07-01', every: 1, unit: 'year', until: '2036-07-01' }
        });
        const event = result.output!.events.find(e => e.id === 'usmca.annual')!;
        expect(event.date!.occurrences).toEqual(annual.occurrences);
        // Key order is the schema's.
        expect(Object.keys(annual)).toEqual(['id', 'subject', 'subjectKind', 'agreement', 'kind', 'status', 'date', 'precision', 'text', 'chain', 'actors', 'form', 'occurrences', 'location']);
        expect(Object.keys(event.date!)).toEqual(['status', 'value', 'precision', 'bound', 'relative', 'form', 'text', 'chain', 'occurrences']);
    });

    test('a recurring review with nothing to end it stops at the horizon', async () => {
        const yearly = await deadline('frame.yearly.date');
        expect(yearly.occurrences).toMatchObject({ stop: 'horizon', truncated: true, end: '2035-10-28' });
        expect(yearly.occurrences!.dates).toHaveLength(10);
    });

    test('business days: the calendars are party ids, the chain names the holidays skipped', async () => {
        const report = await deadline('frame.report.due');
        expect(report).toMatchObject({ status: 'resolved', date: '2025-11-12', kind: 'by', form: 'offset', calendars: ['JP'] });
        // 3 November (Culture Day) is a Monday holiday in Japan.
        expect(report.chain.at(-1)).toBe('within 10 business days in JP after frame.signed (2025-10-28) → 2025-11-12 (holidays skipped: 2025-11-03 Culture Day)');
        expect(Object.keys(report)).toEqual([
            'id',
            'subject',
            'subjectKind',
            'agreement',
            'kind',
            'status',
            'date',
            'precision',
            'text',
            'chain',
            'actors',
            'form',
            'calendars',
            'alternatives',
            'location'
        ]);
        // 1.4: `signed` has two claims; counted from the Washington one (27 October) in Japan's business days.
        expect(report.alternatives).toEqual([{ value: '2025-11-11', precision: 'day', anchor: 'frame.signed', claim: 0, note: 'Washington' }]);
    });

    test('earliest of, month edges of an anchor and of a literal month', async () => {
        expect(await deadline('frame.d.due')).toMatchObject({ date: '2026-04-28', form: 'earliest' });
        expect(await deadline('frame.e.due')).toMatchObject({ date: '2025-10-31', form: 'month_edge' });
        const f = await deadline('frame.f.due');
        expect(f).toMatchObject({ date: '2026-02-28', form: 'month_edge', chain: ['last day of 2026-02 → 2026-02-28'] });
    });

    test('open-ended: status open, no date, the condition', async () => {
        const talks = await deadline('frame.talks.due');
        expect(talks).toMatchObject({
            status: 'open',
            date: null,
            precision: null,
            form: 'open',
            reason: 'no date: upon "a request of either participant"',
            condition: 'upon "a request of either participant"'
        });
        const { output } = await compile();
        const expiry = output!.events.find(e => e.id === 'frame.expiry')!;
        expect(expiry.date).toEqual({
            status: 'open',
            value: null,
            precision: null,
            bound: 'on',
            relative: false,
            form: 'open',
            text: 'as long as "both participants work in good faith"',
            chain: [],
            reason: 'no date: as long as "both participants work in good faith"',
            condition: 'as long as "both participants work in good faith"'
        });
        expect(output!.deadlines.find(d => d.id === 'frame.expiry.date')).toMatchObject({ status: 'open', condition: 'as long as "both participants work in good faith"' });
    });

    test('date claims: every claim listed, the event dated by the preferred one', async () => {
        const { output } = await compile();
        const signed = output!.events.find(e => e.id === 'frame.signed')!;
        expect(signed.date).toMatchObject({ status: 'resolved', value: '2025-10-28', form: 'absolute' });
        expect(signed.claims!.map(c => ({ value: c.date.value, note: c.note, preferred: c.preferred, citations: c.citations, uncertain: c.uncertain }))).toEqual([
            { value: '2025-10-27', note: 'Washington', preferred: false, citations: [{ source: 'wh' }], uncertain: false },
            { value: '2025-10-28', note: 'Tokyo', preferred: true, citations: [{ source: 'mofa' }], uncertain: true }
        ]);
        expect(Object.keys(signed.claims![0]!)).toEqual(['date', 'note', 'preferred', 'citations', 'uncertain', 'location']);
        expect(signed.claims![0]!.location).toMatchObject({ file: 'forms.pacta', line: 25, column: 9 });
        // Events without claims have no `claims` key.
        expect('claims' in output!.events.find(e => e.id === 'usmca.us_notice')!).toBe(false);
    });

    test('without a preferred claim the first one dates the event, with a warning', async () => {
        const result = await compileSources({
            'a.pacta': `agreement a "A" {
    signed {
        date 2025-10-27 "Washington"
        date 2025-10-28 "Tokyo"
    }
}`
        });
        expectValidOutput(result);
        const signed = result.output!.events.find(e => e.id === 'a.signed')!;
        expect(signed.date!.value).toBe('2025-10-27');
        expect(signed.claims!.map(c => c.preferred)).toEqual([true, false]);
        expect(result.diagnostics.map(d => d.code)).toContain('pacta/no-preferred-date');
    });

    test('an anchor with no date: unresolved, then resolved once it has one', async () => {
        const text = (signed: string) => `agreement a "A" {
    signed${signed}
    commitment mou { due within 30 days after signed }
    commitment plan { due within 60 days after mou }
    review r every 1 year after signed for 2 times
}`;
        const before = await compileSources({ 'a.pacta': text('') });
        expectValidOutput(before);
        expect(before.output!.deadlines.map(d => [d.id, d.status, d.date])).toEqual([
            ['a.mou.due', 'unresolved', null],
            ['a.plan.due', 'unresolved', null],
            ['a.r.date', 'unresolved', null]
        ]);
        const after = await compileSources({ 'a.pacta': text(' 2026-02-04') });
        expectValidOutput(after);
        expect(after.output!.deadlines.map(d => [d.id, d.status, d.date])).toEqual([
            ['a.mou.due', 'resolved', '2026-03-06'],
            ['a.plan.due', 'resolved', '2026-05-05'],
            ['a.r.date', 'resolved', '2027-02-04']
        ]);
        expect(after.output!.deadlines.find(d => d.id === 'a.r.date')!.occurrences).toEqual({
            dates: ['2027-02-04', '2028-02-04'],
            stop: 'count',
            truncated: false,
            recurrence: { anchor: '2026-02-04', every: 1, unit: 'year', count: 2 }
        });
    });
});

describe('every deadline golden of the language', () => {
    const goldenDir = new URL('../../../language/test/deadlines/golden/', import.meta.url);
    const files = readdirSync(goldenDir)
        .filter(f => f.endsWith('.pacta'))
        .sort();

    test.each(files)('%s compiles to JSON that fits the schema', async file => {
        const result = await compileSources({ [file]: readFileSync(new URL(file, goldenDir), 'utf8') });
        expectValidOutput(result);
        // Every date value of the output says its form.
        for (const deadline of result.output!.deadlines) expect(deadline.form, deadline.id).toBeDefined();
    });
});
