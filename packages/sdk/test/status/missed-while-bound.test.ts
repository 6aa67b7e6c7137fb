/**
 * An obligation missed while it bound stays overdue after its agreement ends or its actors leave
 * (`missedWhileBound`), and the deadline lists keep its row live — the status and the lists give
 * one answer for the same day, whichever came first: the miss, the departure or the end.
 */
import { describe, expect, test } from 'vitest';
import { compileSources, listDeadlines, statusAsOf } from '../../src/index.js';

const PARTIES = 'state US "United States"\nstate MX "Mexico"\n';

async function compile(agreement: string) {
    const result = await compileSources({ 'parties.pacta': PARTIES, 'deal.pacta': agreement });
    expect(result.diagnostics.filter(d => d.severity === 'error').map(d => d.message)).toEqual([]);
    return result.output!;
}

/** The commitment's status and its list row (with the closed ones) on a day. */
async function answers(agreement: string, asOf: string, name: string) {
    const output = await compile(agreement);
    const status = statusAsOf(output, asOf).commitments.find(c => c.name === name)!;
    const row = listDeadlines(output, { asOf, includeClosed: true }).find(r => r.subject === status.id)!;
    return { status: status.status, reason: status.reason, possiblyEnded: status.possiblyEnded, closed: row.closed, ended: row.ended, rowPossiblyEnded: row.possiblyEnded };
}

describe('missed while it bound', () => {
    test('an actor that left before the date, then the agreement ended: lapsed when the actor left, and still lapsed after the end', async () => {
        const agreement = `agreement j "Left then ended" {
    parties US, MX
    in_force 2026-01-01
    withdrawal us_exit 2026-03-01 by US
    terminated 2026-06-30
    commitment after_exit { by US shall "x" due 2026-04-01 }
}
`;
        for (const day of ['2026-05-01', '2026-08-01']) {
            expect(await answers(agreement, day, 'after_exit')).toMatchObject({ status: 'lapsed', closed: true });
        }
    });

    test('an actor that was out on the due date and joined again: lapsed before and after the end', async () => {
        const agreement = `agreement r "Rejoined" {
    member US joined 2026-01-01 left 2026-02-01
    member US joined 2026-04-01
    member MX joined 2026-01-01
    in_force 2026-01-01
    terminated 2026-06-30
    commitment gap { by US shall "x" due 2026-03-01 }
}
`;
        for (const day of ['2026-05-01', '2026-08-01']) {
            expect(await answers(agreement, day, 'gap')).toMatchObject({ status: 'lapsed', closed: true });
        }
    });

    test('missed, then the actor left, then the agreement ended: overdue throughout, one note', async () => {
        const agreement = `agreement k "Missed, left, ended" {
    parties US, MX
    in_force 2026-01-01
    withdrawal us_exit 2026-03-01 by US
    terminated 2026-06-30
    commitment early { by US shall "x" due 2026-02-01 }
}
`;
        const after = await answers(agreement, '2026-08-01', 'early');
        expect(after).toMatchObject({ status: 'overdue', closed: false, ended: undefined });
        expect(after.reason).toBe(
            'due on 2026-02-01: 181 days overdue — due date passed, no fulfilment recorded (missed while it bound; every actor left k afterwards (US withdrew on 2026-03-01 (k.us_exit)), which does not undo a missed obligation)'
        );
    });

    test('an end known only to the month, after the date: overdue, not possibly lapsed nor possibly closed', async () => {
        const agreement = `agreement m "Month end" {
    parties US
    in_force 2026-01-01
    terminated 2026-06
    commitment early { by US shall "x" due 2026-03-01 }
    commitment inside { by US shall "x" due 2026-06-10 }
}
`;
        const early = await answers(agreement, '2026-06-20', 'early');
        expect(early).toMatchObject({ status: 'overdue', possiblyEnded: undefined, closed: false, rowPossiblyEnded: undefined });
        expect(early.reason).not.toContain('possibly');
        // Due inside the month of the end: it may have come first, as before.
        expect(await answers(agreement, '2026-06-20', 'inside')).toMatchObject({ status: 'overdue', possiblyEnded: 'terminated 2026-06', rowPossiblyEnded: 'terminated 2026-06' });
    });

    test('a withdrawal known only to the month, after the date: overdue, not possibly lapsed', async () => {
        const agreement = `agreement w "Month withdrawal" {
    parties US, MX
    in_force 2026-01-01
    withdrawal us_exit 2026-04 by US
    commitment early { by US shall "x" due 2026-03-01 }
}
`;
        const early = await answers(agreement, '2026-04-15', 'early');
        expect(early).toMatchObject({ status: 'overdue', possiblyEnded: undefined, closed: false, rowPossiblyEnded: undefined });
    });
});

describe('due before its actors joined', () => {
    const kigali = `agreement kig "K" {
    parties MX
    in_force 2019-01-01
    member US joined 2023-01-29
    commitment us_only { by US shall "report 2019 data" due 2020-09-30 }
    commitment both { by US, MX shall "report 2019 data" due 2020-09-30 }
    commitment series { by US shall "report" due every 1 year after in_force for 3 times }
    commitment later_one { by US shall "report 2023 data" due 2024-09-30 }
}
`;

    test('an obligation due before every actor joined never bound them: not overdue before nor after they joined, and its row is closed', async () => {
        for (const day of ['2022-12-01', '2023-06-01']) {
            const answer = await answers(kigali, day, 'us_only');
            expect(answer).toMatchObject({ status: 'lapsed', closed: true, ended: 'before every actor joined: US joins on 2023-01-29' });
        }
        expect((await answers(kigali, '2023-06-01', 'us_only')).reason).toBe('due on 2020-09-30, before its actors were parties of kig (US joins on 2023-01-29): it never bound them');
    });

    test('a series whose occurrences all came before: lapsed, each occurrence closed; one due after they joined is overdue as usual', async () => {
        const output = await compile(kigali);
        const status = statusAsOf(output, '2025-01-01');
        expect(status.commitments.map(c => [c.name, c.status])).toEqual([
            ['both', 'overdue'],
            ['later_one', 'overdue'],
            ['series', 'lapsed'],
            ['us_only', 'lapsed']
        ]);
        const rows = listDeadlines(output, { asOf: '2025-01-01', includeClosed: true }).filter(r => r.subject === 'kig.series');
        expect(rows.map(r => [r.date, r.closed])).toEqual([
            ['2020-01-01', true],
            ['2021-01-01', true],
            ['2022-01-01', true]
        ]);
    });

    test('a party role with a span (`parties VN from …`) joins as a membership does', async () => {
        const output = await compile(`agreement art "X" {
    nonbinding
    parties US
    parties MX from 2019-01-14
    signed 2018-10-13
    commitment early { by MX will "do y" due 2019-01-10 }
}
`);
        const before = statusAsOf(output, '2018-12-01');
        expect(before.agreements[0]!.parties?.find(p => p.party === 'MX')?.standing).toBe('not_yet');
        expect(statusAsOf(output, '2021-06-10').commitments[0]).toMatchObject({ status: 'lapsed' });
    });
});

describe('due before its actors joined: only a known join decides, and status and lists agree', () => {
    test('a join not dated yet, or marked uncertain, does not make an obligation lapse', async () => {
        const agreement = `agreement t "T" {
    parties US
    in_force 2017-01-01
    event accession_mx "MX accession"
    member MX joined 30 days after accession_mx
    commitment mx_due { by MX shall "x" due 2018-06-01 }
}
`;
        const answer = await answers(agreement, '2020-06-01', 'mx_due');
        expect(answer.status).not.toBe('lapsed');
        expect(answer.closed).toBe(false);
        const uncertain = `agreement u "U" {
    parties US
    in_force 2017-01-01
    member MX joined 2020-01-01 { uncertain }
    commitment mx_due { by MX shall "x" due 2018-06-01 }
}
`;
        expect((await answers(uncertain, '2021-06-01', 'mx_due')).status).not.toBe('lapsed');
    });

    test('before its date, status and lists both say it will never bind them; a duty from a date on stays live', async () => {
        const agreement = `agreement v "V" {
    parties US
    in_force 2017-01-01
    member MX joined 2024-01-15
    event start "Start" 2022-03-01
    commitment soon { by MX shall "x" due 2023-12-01 }
    commitment from_on { by MX shall "x" due not before 0 days after start }
}
`;
        expect(await answers(agreement, '2023-11-25', 'soon')).toMatchObject({ status: 'lapsed', closed: true });
        expect(await answers(agreement, '2023-11-25', 'from_on')).toMatchObject({ status: 'pending', closed: false });
    });

    test('a lapse for joining late says nothing of having been missed while it bound', async () => {
        const agreement = `agreement d "D" {
    parties US
    in_force 2017-01-01
    member MX joined 2024-01-15
    terminated 2025-01-01
    commitment early { by MX shall "x" due 2023-06-01 }
}
`;
        const answer = await answers(agreement, '2026-01-01', 'early');
        expect(answer.status).toBe('lapsed');
        expect(answer.reason).not.toContain('missed while it bound');
    });

    test('a party role span and a later member line: the latest membership begun counts', async () => {
        const agreement = `agreement c "C" {
    parties US
    parties MX from 2015-01-01 until 2017-01-01
    member MX joined 2019-01-01
    in_force 2014-01-01
    commitment back { by MX shall "x" due 2020-06-01 }
}
`;
        expect(await answers(agreement, '2021-06-01', 'back')).toMatchObject({ status: 'overdue', closed: false });
    });
});

test("a party's own signature or ratification is not its agreement's next step once the agreement has taken that step", async () => {
    const output = await compile(`agreement k "K" {
    parties US, MX
    signed 2016-10-15
    in_force 2019-01-01
    ratified mx_rat 2027-06-17 by MX
    review checkup 2028-01-01
}
agreement a "A" {
    nonbinding
    parties US
    signed 2020-10-13
    signed mx_signed 2027-11-14 by MX
}
`);
    const [a, k] = statusAsOf(output, '2026-01-01').agreements;
    expect(k!.next?.event).toBe('k.checkup');
    expect(a!.next).toBeUndefined();
    // Before the agreement is signed, a signature is its next step.
    const early = statusAsOf(output, '2016-01-01').agreements.find(x => x.id === 'k')!;
    expect(early.next?.kind).toBe('signed');
});

describe('series and memberships written out of order', () => {
    test('member lines read in the order they begin, whatever the order written', async () => {
        const agreement = `agreement m1 "Members out of order" {
    binding
    parties US
    member MX joined 2030-01-01
    member MX joined 2020-01-01 left 2025-01-01
    in_force 2019-01-01
    commitment mx_a { by MX shall "a" due 2030-06-01 }
}
`;
        expect(await answers(agreement, '2030-07-01', 'mx_a')).toMatchObject({ status: 'overdue', closed: false });
    });

    test('a series: all of it before the join never binds; a next occurrence before the join has no days left to count', async () => {
        const agreement = `agreement s "S" {
    parties US
    in_force 2024-01-01
    member MX joined 2025-03-01
    commitment all_before { by MX shall "a" due every 3 months after in_force for 4 times }
    commitment ongoing { by MX shall "b" due every 6 months after in_force }
}
`;
        expect(await answers(agreement, '2024-12-20', 'all_before')).toMatchObject({ status: 'lapsed', closed: true });
        const output = await compile(agreement);
        const ongoing = statusAsOf(output, '2024-12-20').commitments.find(c => c.name === 'ongoing')!;
        expect(ongoing).toMatchObject({
            status: 'pending',
            reason: 'the next occurrence, on 2025-01-01, comes before its actors join s (MX joins on 2025-03-01): it does not bind them; the occurrences after they join will'
        });
        expect(ongoing.daysLeft).toBeUndefined();
    });
});
