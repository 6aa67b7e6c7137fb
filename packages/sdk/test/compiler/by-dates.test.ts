/**
 * Issue 10, form 4 — `by DATE` and `by year YYYY`: no later than an absolute date, where a
 * commitment's `due` (and its `or` claims), an event's date or a date claim starts. The JSON keeps
 * the written text and the bound `by`; a `by` deadline is overdue only after its date.
 */
import { describe, expect, test } from 'vitest';
import { compileSources } from '../../src/index.js';
import { expectValidOutput } from '../support.js';

const PRELUDE = `
state US "United States"
state JP "Japan"
bloc EU "European Union"
`;
const SOURCES = `source s "S"
source crma_oj "Regulation (EU) 2024/1252 (Critical Raw Materials Act)" {
    url "https://eur-lex.europa.eu/eli/reg/2024/1252/oj"
}
`;

async function compile(body: string, parties = 'US, JP') {
    return compileSources({ 'a.pacta': `${PRELUDE}${SOURCES}\nagreement a "A" {\n    parties ${parties}\n${body}\n}\n` });
}

function codes(result: Awaited<ReturnType<typeof compile>>): string[] {
    return result.diagnostics.filter(d => d.severity === 'error' || d.severity === 'warning').map(d => d.code);
}

describe('`by DATE`: no later than an absolute date (1.4)', () => {
    test('a commitment is due `by` a day, a month or a year; an `or` claim may be one too', async () => {
        const result = await compile(
            [
                '    signed 2026-01-01',
                '    commitment on_day { by US will "act" due by 2026-01-03 }',
                '    commitment in_month { by US will "act" due by 2026-01 }',
                '    commitment in_year { by US will "act" due by year 2030 }',
                '    commitment claimed { by US will "act" due by 2026-06-30 { cite s } or 2026-07-31 { cite s } }'
            ].join('\n')
        );
        expect(codes(result)).toEqual([]);
        const due = new Map(result.output!.commitments.map(c => [c.id, c.due]));
        expect(due.get('a.on_day')).toEqual({ status: 'resolved', value: '2026-01-03', precision: 'day', bound: 'by', relative: false, form: 'absolute', text: 'by 2026-01-03', chain: [] });
        expect(due.get('a.in_month')).toMatchObject({ value: '2026-01', precision: 'month', bound: 'by', form: 'absolute', text: 'by 2026-01' });
        expect(due.get('a.in_year')).toMatchObject({ value: '2030', precision: 'year', bound: 'by', form: 'absolute', text: 'by year 2030' });
        expect(due.get('a.claimed')).toMatchObject({ value: '2026-06-30', bound: 'by', text: 'by 2026-06-30' });
        const deadline = result.output!.deadlines.find(d => d.id === 'a.in_year.due')!;
        expect(deadline).toMatchObject({ date: '2030', kind: 'by' });
        expectValidOutput(result);
    });

    test("`signed by 2026-01-03 by US, JP`: the first `by` is the date's, the second the parties'; a date claim may be `by` too", async () => {
        const result = await compile('    signed by 2026-01-03 by US, JP\n    expiry by year 2030\n    announced by US\n    review 2026-05 {\n        date by 2026-05-03 "the minutes"\n    }');
        expect(codes(result)).toEqual([]);
        const events = new Map(result.output!.events.map(e => [e.id, e]));
        expect(events.get('a.signed')).toMatchObject({ by: ['US', 'JP'], date: { value: '2026-01-03', bound: 'by', form: 'absolute', text: 'by 2026-01-03' } });
        expect(events.get('a.expiry')!.date).toMatchObject({ value: '2030', precision: 'year', bound: 'by' });
        expect(events.get('a.announced')).toMatchObject({ by: ['US'] });
        expect(events.get('a.announced')!.date).toBeUndefined();
        expect(events.get('a.review')!.claims![0]).toMatchObject({ note: 'the minutes', date: { value: '2026-05-03', bound: 'by', text: 'by 2026-05-03' } });
        expectValidOutput(result);
    });

    test('`due by` a period is a syntax error that says to write `within`', async () => {
        const result = await compile('    signed 2026-01-01\n    commitment c { by US will "act" due by 30 days after signed }');
        const error = result.diagnostics.find(d => d.code === 'pacta/syntax-error')!;
        expect(error.message).toContain('`due by` takes a date');
    });

    /*
     * Regulation (EU) 2024/1252 (Critical Raw Materials Act), Official Journal of the European Union,
     * L series, 3 May 2024, https://eur-lex.europa.eu/eli/reg/2024/1252/oj, Article 5(1): the Commission
     * and the Member States "shall strengthen the different stages of the strategic raw materials value
     * chain in order to ensure that by 2030 the Union's capacities for each strategic raw material
     * approach or reach" the benchmarks (at least 10 % of annual consumption for extraction, point (a)(i)).
     */
    test("a real text: the CRMA's 2030 benchmarks are due `by year 2030` (Regulation (EU) 2024/1252, Art. 5(1))", async () => {
        const result = await compile(
            [
                '    commitment capacity_benchmarks {',
                '        by EU',
                '        shall "strengthen the stages of the strategic raw materials value chain so that, by 2030, Union capacity approaches or reaches the benchmarks"',
                '        due by year 2030',
                '        figure extraction_benchmark at least 10 % "of the Union\'s annual consumption of strategic raw materials, from extraction in the Union"',
                '        cite crma_oj "Article 5(1)"',
                '    }'
            ].join('\n'),
            'EU'
        );
        expect(codes(result)).toEqual([]);
        const commitment = result.output!.commitments.find(c => c.id === 'a.capacity_benchmarks')!;
        expect(commitment.due).toEqual({ status: 'resolved', value: '2030', precision: 'year', bound: 'by', relative: false, form: 'absolute', text: 'by year 2030', chain: [] });
        expect(commitment.citations[0]).toMatchObject({ source: 'crma_oj', locator: 'Article 5(1)' });
        expectValidOutput(result);
    });
});
