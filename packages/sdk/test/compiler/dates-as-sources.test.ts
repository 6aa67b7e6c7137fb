/**
 * Issue 10, form 4 — dates as sources give them: `by DATE`, `about DATE`, ranges, the place and
 * time zone of an event or a date claim, `adopted`, and the dates the other claims of an anchor
 * would give (`alternatives`), in the JSON and valid against the schema.
 */
import { describe, expect, test } from 'vitest';
import { compileSources, listDeadlines } from '../../src/index.js';
import { expectValidOutput } from '../support.js';

const PRELUDE = `
state US "United States"
state JP "Japan"
bloc EU "European Union"
`;

async function compile(body: string) {
    const result = await compileSources({ 'a.pacta': `${PRELUDE}\nagreement a "A" {\n    parties US, JP\n${body}\n}\n` });
    return result;
}

function codes(result: Awaited<ReturnType<typeof compile>>): string[] {
    return result.diagnostics.filter(d => d.severity === 'error' || d.severity === 'warning').map(d => d.code);
}

describe('dates as sources give them (1.4)', () => {
    test('`about DATE` is approximate, and so is a date counted from it; lists count it as uncertain', async () => {
        const result = await compile('    signed about 2025-05-12\n    commitment c { by US will "act" due within 30 days after signed }');
        expect(codes(result)).toEqual([]);
        const signed = result.output!.events.find(e => e.id === 'a.signed')!;
        expect(signed.date).toMatchObject({ value: '2025-05-12', approximate: true });
        const due = result.output!.deadlines.find(d => d.id === 'a.c.due')!;
        expect(due).toMatchObject({ date: '2025-06-11', approximate: true });
        expect(due.chain[0]).toBe('a.signed 2025-05-12 (approximate)');
        const row = listDeadlines(result.output!).find(r => r.id === 'a.c.due')!;
        expect(row.uncertain).toBe(true);
        expect(row.uncertainty).toEqual([{ id: 'a.signed', kind: 'approximate_date', role: 'anchor' }]);
        expectValidOutput(result);
    });

    test('a range is dated by its last day; `after` counts from its end, `before` from its start', async () => {
        const result = await compile(
            [
                '    event talks "Talks" 2025-10-20..2025-10-21 at "Kuala Lumpur"',
                '    commitment after_talks { by US will "report" due within 10 days after talks }',
                '    commitment before_talks { by US will "prepare" due 5 days before talks }'
            ].join('\n')
        );
        expect(codes(result)).toEqual([]);
        const talks = result.output!.events.find(e => e.id === 'a.talks')!;
        expect(talks.date).toMatchObject({ value: '2025-10-21', precision: 'day', range: { from: '2025-10-20', to: '2025-10-21' } });
        expect(talks.place).toBe('Kuala Lumpur');
        const deadlines = new Map(result.output!.deadlines.map(d => [d.id, d]));
        expect(deadlines.get('a.after_talks.due')!.date).toBe('2025-10-31');
        expect(deadlines.get('a.before_talks.due')!.date).toBe('2025-10-15');
        expectValidOutput(result);
    });

    test('a wrong range and an unknown time zone are errors with a hint', async () => {
        const result = await compile('    signed 2025-10-21..2025-10-20\n    ratified 2025-11..2025-12-01\n    in_force 2026-01-01 zone "Asia/Tokio"');
        const found = result.diagnostics.map(d => `${d.code} ${d.message}`);
        expect(found).toContain("pacta/invalid-date-range The range '2025-10-21..2025-10-20' ends before it starts.");
        expect(found).toContain("pacta/invalid-date-range The range '2025-11..2025-12-01' mixes a month and a day.");
        expect(found).toContain("pacta/unknown-time-zone 'Asia/Tokio' is not an IANA time zone.");
        const zone = result.diagnostics.find(d => d.code === 'pacta/unknown-time-zone')!;
        expect(zone.hint).toBe('Use "Asia/Tokyo".');
        expect(result.output!.events.find(e => e.id === 'a.signed')!.date!.status).toBe('invalid');
    });

    test('`adopted` is an event kind and a start of the agreement: its status is `signed`', async () => {
        const result = await compile('    adopted 2024-04-11 by EU\n    in_force 2024-05-23');
        expect(codes(result)).toEqual([]);
        expect(result.output!.events.find(e => e.id === 'a.adopted')).toMatchObject({ kind: 'adopted', name: 'adopted' });
        expectValidOutput(result);
    });

    test('alternatives: the date each other claim of the nearest anchor with several claims gives', async () => {
        const result = await compile(
            [
                '    signed {',
                '        date 2025-10-27 "Washington" at "Washington" zone "America/New_York"',
                '        date 2025-10-28 "Tokyo" at "Tokyo" zone "Asia/Tokyo" preferred',
                '    }',
                '    commitment c { by US will "act" due within 6 months after signed }',
                '    commitment d { by US will "act" due within 1 month after c }'
            ].join('\n')
        );
        expect(codes(result)).toEqual([]);
        const signed = result.output!.events.find(e => e.id === 'a.signed')!;
        expect(signed.claims!.map(c => [c.place, c.timeZone, c.preferred])).toEqual([
            ['Washington', 'America/New_York', false],
            ['Tokyo', 'Asia/Tokyo', true]
        ]);
        // The event's own date has no alternatives: its claims are in `claims`.
        expect(signed.date!.alternatives).toBeUndefined();
        const deadlines = new Map(result.output!.deadlines.map(d => [d.id, d]));
        expect(deadlines.get('a.c.due')).toMatchObject({ date: '2026-04-28', alternatives: [{ value: '2026-04-27', precision: 'day', anchor: 'a.signed', claim: 0, note: 'Washington' }] });
        // Through a commitment: the nearest anchor with several claims is still `signed`.
        expect(deadlines.get('a.d.due')).toMatchObject({ date: '2026-05-28', alternatives: [{ value: '2026-05-27', anchor: 'a.signed', claim: 0 }] });
        expect(result.output!.commitments.find(c => c.id === 'a.d')!.due!.alternatives).toEqual([{ value: '2026-05-27', precision: 'day', anchor: 'a.signed', claim: 0, note: 'Washington' }]);
        expectValidOutput(result);
    });

    test('a chain of 300 events with two claims each: only the nearest anchor counts, one alternative each', async () => {
        const lines = ['    event e0 "E0" { date 2026-01-01 preferred  date 2026-01-02 }'];
        for (let i = 1; i < 300; i++) {
            lines.push(`    event e${i} "E${i}" { date 1 day after e${i - 1} preferred  date 2 days after e${i - 1} }`);
        }
        lines.push('    commitment last { by US will "act" due 1 day after e299 }');
        const result = await compile(lines.join('\n'));
        const last = result.output!.deadlines.find(d => d.id === 'a.last.due')!;
        expect(last.date).toBe('2026-10-28');
        // Dated by e299's other claim (2 days after e298 instead of 1): one day later.
        expect(last.alternatives).toEqual([{ value: '2026-10-29', precision: 'day', anchor: 'a.e299', claim: 1 }]);
    });
});

/**
 * A real text: Ukrinform, "Ukrainian Parliament Ratifies Ukraine-US Minerals Deal" (8 May 2025,
 * via MENAFN, https://menafn.com/1109524119/Ukrainian-Parliament-Ratifies-Ukraine-US-Minerals-Deal):
 * the law "ratifies the Agreement signed on April 30, 2025, in Washington, D.C."; Ukrainska Pravda
 * (https://www.pravda.com.ua/eng/news/2025/05/8/7511255/) gives 1 May, the date in Kyiv.
 */
describe('a real text: the US–Ukraine Reconstruction Investment Fund agreement', () => {
    test('"signed on April 30, 2025, in Washington, D.C." — a place and a time zone on each claim', async () => {
        const result = await compileSources({
            'fund.pacta': `
state US "United States"
state UA "Ukraine"
source ukrinform "Ukrainian Parliament Ratifies Ukraine-US Minerals Deal" { url "https://menafn.com/1109524119/Ukrainian-Parliament-Ratifies-Ukraine-US-Minerals-Deal" }
source pravda "Ukrainian Parliament votes for ratification of minerals deal with US" { url "https://www.pravda.com.ua/eng/news/2025/05/8/7511255/" }
agreement fund "US–Ukraine Reconstruction Investment Fund agreement" {
    parties US, UA
    signed by US, UA {
        date 2025-04-30 "as in the ratification law" at "Washington, D.C." zone "America/New_York" preferred {
            cite ukrinform "\\"ratifies the Agreement signed on April 30, 2025, in Washington, D.C.\\""
        }
        date 2025-05-01 "Kyiv time" zone "Europe/Kyiv" { cite pravda "Background" }
    }
    ratified 2025-05-08 by UA { cite ukrinform }
}
`
        });
        expect(codes(result as never)).toEqual([]);
        const signed = result.output!.events.find(e => e.id === 'fund.signed')!;
        expect(signed.date).toMatchObject({ value: '2025-04-30', bound: 'on' });
        expect(signed.claims!.map(({ date, note, place, timeZone, preferred }) => ({ value: date.value, note, place, timeZone, preferred }))).toEqual([
            { value: '2025-04-30', note: 'as in the ratification law', place: 'Washington, D.C.', timeZone: 'America/New_York', preferred: true },
            { value: '2025-05-01', note: 'Kyiv time', place: undefined, timeZone: 'Europe/Kyiv', preferred: false }
        ]);
        expectValidOutput(result);
    });
});
