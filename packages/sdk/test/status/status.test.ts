import { describe, expect, test } from 'vitest';
import { type CommitmentStatusEntry, type DateValue, type StatusReport, compileSources, statusAsOf } from '../../src/index.js';
import * as core from '../../src/core.js';

const PARTIES = `state US "United States"
state MX "Mexico"
state JP "Japan"
state CA "Canada"
`;

/** Compiles the agreements (with the parties above) and checks there is no error. */
async function compile(agreements: string) {
    const result = await compileSources({ 'parties.pacta': PARTIES, 'deal.pacta': agreements });
    const errors = result.diagnostics.filter(d => d.severity === 'error');
    expect(errors.map(d => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([]);
    return result.output!;
}

async function report(agreements: string, asOf: string, dueSoonDays?: number): Promise<StatusReport> {
    return statusAsOf(await compile(agreements), asOf, dueSoonDays === undefined ? {} : { dueSoonDays });
}

/** One agreement `a` announced on 2026-02-04 with the given commitment members. */
function deal(commitment: string, extra = ''): string {
    return `agreement a "A" {
    parties US, MX
    announced 2026-02-04
    ${extra}
    commitment c {
        by US
        will "do it"
        ${commitment}
    }
}
`;
}

async function commitment(body: string, asOf: string, options: { extra?: string; dueSoonDays?: number } = {}): Promise<CommitmentStatusEntry> {
    const r = await report(deal(body, options.extra), asOf, options.dueSoonDays);
    return r.commitments.find(c => c.id === 'a.c')!;
}

/** The commitment of \`deal('')\` with its \`due\` replaced by a model value (defaults: resolved, by, day). */
async function withDue(due: Partial<DateValue>, asOf: string): Promise<CommitmentStatusEntry> {
    const output = await compile(deal(''));
    const value: DateValue = { status: 'resolved', value: null, precision: 'day', bound: 'by', relative: true, text: '', chain: [], ...due };
    const changed = { ...output, commitments: output.commitments.map(c => (c.id === 'a.c' ? { ...c, due: value } : c)) };
    return statusAsOf(changed, asOf).commitments.find(c => c.id === 'a.c')!;
}

const pick = (c: CommitmentStatusEntry) => ({ status: c.status, daysLeft: c.daysLeft, reason: c.reason });

describe('statusAsOf: commitments with a by deadline', () => {
    const due = 'due within 30 days after announced'; // 2026-03-06
    test.each([
        ['2026-02-01', 'pending', 33, 'due by 2026-03-06: 33 days left'],
        ['2026-02-19', 'pending', 15, 'due by 2026-03-06: 15 days left'],
        ['2026-02-20', 'due_soon', 14, 'due by 2026-03-06: 14 days left'],
        ['2026-03-05', 'due_soon', 1, 'due by 2026-03-06: 1 day left'],
        ['2026-03-06', 'due_soon', 0, 'due by 2026-03-06: due today'],
        ['2026-03-07', 'overdue', -1, 'due by 2026-03-06: 1 day overdue — due date passed, no fulfilment recorded'],
        ['2026-03-10', 'overdue', -4, 'due by 2026-03-06: 4 days overdue — due date passed, no fulfilment recorded']
    ])('as of %s: %s (%i days left)', async (asOf, status, daysLeft, reason) => {
        expect(pick(await commitment(due, asOf))).toEqual({ status, daysLeft, reason });
    });

    test('the due-soon window is an option; 0 means only the day itself', async () => {
        expect((await commitment(due, '2026-02-19', { dueSoonDays: 15 })).status).toBe('due_soon');
        expect((await commitment(due, '2026-03-05', { dueSoonDays: 0 })).status).toBe('pending');
        expect((await commitment(due, '2026-03-06', { dueSoonDays: 0 })).status).toBe('due_soon');
    });

    test('the entry carries the deadline as compiled', async () => {
        const c = await commitment(due, '2026-03-10');
        expect(c).toMatchObject({
            id: 'a.c',
            agreement: 'a',
            name: 'c',
            actors: ['US'],
            recorded: 'pending',
            dueStatus: 'resolved',
            due: '2026-03-06',
            precision: 'day',
            bound: 'by',
            dueText: 'within 30 days after announced'
        });
        expect(c.location).toMatchObject({ file: 'deal.pacta', line: 5 });
        expect(c.nextOccurrence).toBeUndefined();
    });

    test('an on deadline is overdue the day after', async () => {
        expect(pick(await commitment('due on 10 days after announced', '2026-02-14'))).toEqual({ status: 'due_soon', daysLeft: 0, reason: 'due on 2026-02-14: due today' });
        expect((await commitment('due on 10 days after announced', '2026-02-15')).status).toBe('overdue');
    });
});

describe('statusAsOf: dates known only to the month or year', () => {
    test('a month: overdue only after its last day', async () => {
        expect(pick(await commitment('due 2026-03', '2026-03-10'))).toEqual({ status: 'pending', daysLeft: 21, reason: 'due in 2026-03 (by 2026-03-31): 21 days left' });
        expect(pick(await commitment('due 2026-03', '2026-03-31'))).toEqual({ status: 'due_soon', daysLeft: 0, reason: 'due in 2026-03 (by 2026-03-31): due today' });
        expect(pick(await commitment('due 2026-03', '2026-04-01'))).toEqual({
            status: 'overdue',
            daysLeft: -1,
            reason: 'due in 2026-03 (by 2026-03-31): 1 day overdue — due date passed, no fulfilment recorded'
        });
    });

    test('February of a leap year ends on the 29th', async () => {
        expect((await commitment('due 2028-02', '2028-02-29')).daysLeft).toBe(0);
        expect((await commitment('due 2028-02', '2028-03-01')).status).toBe('overdue');
        expect((await commitment('due 2027-02', '2027-02-28')).daysLeft).toBe(0);
        expect((await commitment('due 2027-02', '2027-03-01')).status).toBe('overdue');
    });

    test('a year: overdue only after 31 December', async () => {
        expect(pick(await commitment('due year 2026', '2026-12-31'))).toEqual({ status: 'due_soon', daysLeft: 0, reason: 'due in 2026 (by 2026-12-31): due today' });
        expect((await commitment('due year 2026', '2026-06-01')).status).toBe('pending');
        expect((await commitment('due year 2026', '2027-01-01')).status).toBe('overdue');
    });

    test('a month-precision anchor gives a month-precision deadline', async () => {
        const c = await commitment('due within 1 month after signed', '2026-04-30', { extra: 'signed 2026-03' });
        expect(c).toMatchObject({ due: '2026-04', precision: 'month', status: 'due_soon', daysLeft: 0 });
    });

    test('days are whole across a daylight-saving change, in any time zone', async () => {
        const before = process.env['TZ'];
        try {
            for (const tz of ['America/New_York', 'Europe/Paris', 'Australia/Lord_Howe', 'UTC']) {
                process.env['TZ'] = tz;
                expect((await commitment('due 2026-04-05', '2026-03-01')).daysLeft).toBe(35);
                expect((await commitment('due 2026-11-05', '2026-10-20')).daysLeft).toBe(16);
            }
        } finally {
            if (before === undefined) delete process.env['TZ'];
            else process.env['TZ'] = before;
        }
    });
});

describe('statusAsOf: deadlines without a date, and no deadline', () => {
    test('not before: pending, before and after the day', async () => {
        const early = await commitment('due not before 10 days after announced', '2026-02-01');
        expect(pick(early)).toEqual({ status: 'pending', daysLeft: undefined, reason: 'not before 2026-02-14' });
        expect(early.bound).toBe('from');
        expect(pick(await commitment('due not before 10 days after announced', '2026-03-01'))).toEqual({ status: 'pending', daysLeft: undefined, reason: 'not before 2026-02-14: that day has come' });
    });

    test('an anchor with no date: pending, with the reason', async () => {
        const c = await commitment('due 10 days after ratified', '2030-01-01', { extra: 'ratified' });
        expect(c.status).toBe('pending');
        expect(c.dueStatus).toBe('unresolved');
        expect(c.due).toBeNull();
        expect(c.reason).toMatch(/^the deadline has no date yet: .*ratified/);
    });

    test('open-ended: pending, with the condition', async () => {
        const c = await withDue(
            {
                status: 'open',
                value: null,
                precision: null,
                relative: false,
                form: 'open',
                text: 'as long as "both sides work in good faith"',
                condition: 'as long as "both sides work in good faith"'
            },
            '2030-01-01'
        );
        expect(c).toMatchObject({ status: 'pending', dueStatus: 'open', due: null, reason: 'open-ended, no date: as long as "both sides work in good faith"' });
        expect(c.daysLeft).toBeUndefined();
    });

    test('no deadline: pending', async () => {
        const c = await commitment('', '2030-01-01');
        expect(c).toMatchObject({ status: 'pending', dueStatus: 'none', due: null, precision: null, reason: 'no deadline' });
        expect(c.bound).toBeUndefined();
        expect(c.dueText).toBeUndefined();
    });
});

// Recurring deadlines are built on the model (a \`due\` with \`occurrences\`, as the compiler writes
// for \`due every 1 year after announced for 3 times\`), so they test this module alone.
describe('statusAsOf: recurring deadlines count from the next occurrence', () => {
    const occurrences = (dates: string[], truncated = false): Partial<DateValue> => ({
        value: dates[0]!,
        form: 'recurring',
        text: 'every 1 year after announced for 3 times',
        occurrences: { dates, stop: truncated ? 'horizon' : 'count', ...(truncated ? { end: dates.at(-1)! } : {}), truncated }
    });
    const three = occurrences(['2027-02-04', '2028-02-04', '2029-02-04']);
    test('the next occurrence not yet past', async () => {
        const c = await withDue(three, '2027-02-05');
        expect(c).toMatchObject({ due: '2027-02-04', nextOccurrence: '2028-02-04', status: 'pending', daysLeft: 364 });
        expect(c.reason).toBe('occurrence 2 of 3: due by 2028-02-04: 364 days left');
        expect(await withDue(three, '2027-01-25')).toMatchObject({ nextOccurrence: '2027-02-04', status: 'due_soon', daysLeft: 10 });
        expect(await withDue(three, '2029-02-04')).toMatchObject({ nextOccurrence: '2029-02-04', status: 'due_soon', daysLeft: 0 });
    });

    test('after the last occurrence: overdue on it', async () => {
        const c = await withDue(three, '2029-02-05');
        expect(c).toMatchObject({
            status: 'overdue',
            daysLeft: -1,
            lastOccurrence: '2029-02-04',
            reason: 'last of 3 occurrences: due by 2029-02-04: 1 day overdue — due date passed, no fulfilment recorded'
        });
        expect(c.nextOccurrence).toBeUndefined();
    });

    test('past the horizon of an endless recurrence: pending', async () => {
        const listed = occurrences(['2027-02-04', '2028-02-04', '2029-02-04', '2030-02-04'], true);
        const c = await withDue(listed, '2031-01-01');
        expect(c.status).toBe('pending');
        expect(c.reason).toBe('past the listed occurrences (the last on 2030-02-04); more follow after the horizon');
        expect((await withDue(listed, '2028-03-01')).reason).toBe('occurrence 3 of 4+: due by 2029-02-04: 340 days left');
    });
});

describe('statusAsOf: recorded statuses', () => {
    const due = 'due within 30 days after announced';
    test.each(['fulfilled', 'breached', 'lapsed', 'superseded'])('%s recorded in the source wins, before and after the deadline', async recorded => {
        for (const asOf of ['2026-02-10', '2026-03-10']) {
            const c = await commitment(`${due}\n status ${recorded}`, asOf);
            expect(c).toMatchObject({ status: recorded, recorded, reason: `recorded as ${recorded} in the source` });
            expect(c.daysLeft).toBeUndefined();
        }
    });

    test('in_progress replaces pending and due soon, not overdue', async () => {
        expect(pick(await commitment(`${due}\n status in_progress`, '2026-02-10'))).toEqual({ status: 'in_progress', daysLeft: 24, reason: 'recorded in progress; due by 2026-03-06: 24 days left' });
        expect(pick(await commitment(`${due}\n status in_progress`, '2026-03-01'))).toMatchObject({ status: 'in_progress', daysLeft: 5 });
        expect(pick(await commitment(`${due}\n status in_progress`, '2026-03-10'))).toEqual({
            status: 'overdue',
            daysLeft: -4,
            reason: 'recorded in progress, but due by 2026-03-06: 4 days overdue — due date passed, no fulfilment recorded'
        });
        expect((await commitment('status in_progress', '2026-03-10')).status).toBe('in_progress');
    });

    test('pending recorded is the same as none', async () => {
        expect((await commitment(`${due}\n status pending`, '2026-03-10')).status).toBe('overdue');
    });
});

describe('statusAsOf: a commitment lapses with its agreement', () => {
    test('expired before it was fulfilled: lapsed; missed before the end: still overdue; fulfilled stays fulfilled', async () => {
        const r = await report(
            `agreement a "A" {
    parties US, MX
    in_force 2026-01-01
    expiry 2026-06-30
    commitment late { by US will "x" due 2026-03-01 }
    commitment done { by US will "y" due 2026-03-01 status fulfilled }
    commitment far { by US will "z" due 2027-01-01 }
}
`,
            '2026-07-01'
        );
        expect(r.commitments.map(c => [c.name, c.status])).toEqual([
            ['done', 'fulfilled'],
            ['far', 'lapsed'],
            ['late', 'overdue']
        ]);
        expect(r.commitments.find(c => c.name === 'far')!.reason).toBe('its agreement a expired on 2026-06-30 (a.expiry), before the commitment was recorded fulfilled');
        // Missed while the agreement was in force: its end does not undo that (VCLT art. 70(1)(b)).
        expect(r.commitments.find(c => c.name === 'late')).toMatchObject({
            status: 'overdue',
            daysLeft: -122,
            reason: 'due on 2026-03-01: 122 days overdue — due date passed, no fulfilment recorded (missed while it bound; its agreement a ended afterwards (expired on 2026-06-30 (a.expiry)), which does not undo a missed obligation)'
        });
        // The day before expiry the agreement is in force; on the day it has expired, but that day is its
        // last: what is due is live (overdue, as the deadline lists keep it), and lapses the day after.
        const before = await report(`agreement a "A" { parties US in_force 2026-01-01 expiry 2026-06-30 commitment c { by US will "x" due 2026-03-01 } }`, '2026-06-29');
        expect([before.agreements[0]!.status, before.commitments[0]!.status]).toEqual(['in_force', 'overdue']);
        const on = await report(`agreement a "A" { parties US in_force 2026-01-01 expiry 2026-06-30 commitment c { by US will "x" due 2026-03-01 } }`, '2026-06-30');
        expect([on.agreements[0]!.status, on.commitments[0]!.status]).toEqual(['expired', 'overdue']);
        const after = await report(`agreement a "A" { parties US in_force 2026-01-01 expiry 2026-06-30 commitment c { by US will "x" due 2026-03-01 } }`, '2026-07-01');
        expect(after.commitments[0]!.status).toBe('overdue');
    });

    test('what lapses with its agreement and what was missed before it ended', async () => {
        const statuses = async (commitments: string) =>
            (await report(`agreement a "A" {\n    parties US\n    in_force 2026-01-01\n    expiry 2026-06-30\n${commitments}}\n`, '2026-08-01')).commitments.map(c => [c.name, c.status]);
        expect(
            await statuses(`    commitment last_day { by US shall "x" due 2026-06-30 }
    commitment day_after { by US shall "x" due 2026-07-01 }
    commitment in_month { by US shall "x" due 2026-06 }
    commitment permission { by US may "x" due 2026-03-01 }
    commitment prohibition { by US shall not "x" due 2026-03-01 }
    commitment intention { by US intends to "x" due 2026-03-01 }
    commitment started { by US shall "x" due not before 10 days after in_force }
    commitment monthly { by US shall "x" due every 1 month after in_force until expiry }
    commitment recorded { by US shall "x" due 2026-03-01 status breached }
`)
        ).toEqual([
            // Its last day is the agreement's last live day: missed while it bound.
            ['day_after', 'lapsed'],
            ['in_month', 'overdue'],
            ['intention', 'lapsed'],
            ['last_day', 'overdue'],
            // A series is not tracked occurrence by occurrence: it lapses.
            ['monthly', 'lapsed'],
            ['permission', 'lapsed'],
            ['prohibition', 'lapsed'],
            ['recorded', 'breached'],
            ['started', 'lapsed']
        ]);
        // Every actor left: missed before the last of them went stays overdue; due after, it lapses.
        const left = await report(
            `agreement a "A" {
    parties US, MX
    in_force 2026-01-01
    withdrawal us_exit 2026-05-01 by US
    commitment missed { by US shall "x" due 2026-03-01 }
    commitment afterwards { by US shall "x" due 2026-09-01 }
}
`,
            '2026-08-01'
        );
        expect(left.commitments.map(c => [c.name, c.status])).toEqual([
            ['afterwards', 'lapsed'],
            ['missed', 'overdue']
        ]);
        expect(left.commitments.find(c => c.name === 'missed')!.reason).toBe(
            'due on 2026-03-01: 153 days overdue — due date passed, no fulfilment recorded (missed while it bound; every actor left a afterwards (US withdrew on 2026-05-01 (a.us_exit)), which does not undo a missed obligation)'
        );
    });

    test('terminated or superseded agreement: lapsed', async () => {
        const terminated = await report(`agreement a "A" { parties US signed 2025-01-01 terminated 2026-01-20 commitment c { by US will "x" } }`, '2026-02-01');
        expect(terminated.commitments[0]).toMatchObject({ status: 'lapsed', reason: 'its agreement a terminated on 2026-01-20 (a.terminated), before the commitment was recorded fulfilled' });
        const superseded = await report(
            `agreement a "A" { parties US signed 2020-01-01 commitment c { by US will "x" } }
agreement b "B" { parties US signed 2026-01-01 in_force 2026-01-15 supersedes a }`,
            '2026-02-01'
        );
        expect(superseded.commitments[0]!.status).toBe('lapsed');
    });
});

describe('statusAsOf: agreements', () => {
    const status = async (source: string, asOf: string) => {
        const r = await report(source, asOf);
        const a = r.agreements.find(x => x.id === 'a')!;
        return { status: a.status, since: a.since, basis: a.basis, approximate: a.approximate, reason: a.reason };
    };

    test('unknown: no step of its life has a date (an act only referred to), not draft', async () => {
        expect(await status(`agreement a "A" { parties US }`, '2026-01-01')).toEqual({
            status: 'unknown',
            since: null,
            basis: undefined,
            approximate: false,
            reason: 'no date recorded: none of announced, signed, ratified, provisional_application, in_force has a date'
        });
        // A step written without a date is named as the next one, still unknown.
        expect(await status(`agreement a "A" { parties US ratified in_force 30 days after ratified }`, '2026-01-01')).toMatchObject({
            status: 'unknown',
            reason: 'no date recorded: none of announced, signed, ratified, provisional_application, in_force has a date; next: ratified, no date yet'
        });
        // An expiry alone says nothing about its beginning.
        expect((await status(`agreement a "A" { parties US expiry 2030-01-01 }`, '2026-01-01')).status).toBe('unknown');
    });

    test('draft: its steps are all dated after the day; the next step is named', async () => {
        expect(await status(`agreement a "A" { parties US signed 2026-05-01 }`, '2026-01-01')).toEqual({
            status: 'draft',
            since: null,
            basis: undefined,
            approximate: false,
            reason: 'not yet announced, signed or in force on 2026-01-01; next: signed on 2026-05-01 (a.signed)'
        });
    });

    test("the next step carries its event's title when it has one (2.2)", async () => {
        const titled = await report(`agreement a "A" { parties US in_force 2025-09-01 review jr "First joint review" 2026-09-01 }`, '2026-01-01');
        expect(titled.agreements[0]!.next).toEqual({ event: 'a.jr', kind: 'review', title: 'First joint review', date: '2026-09-01', uncertain: false, conditional: false });
        const untitled = await report(`agreement a "A" { parties US signed 2026-05-01 }`, '2026-01-01');
        expect(untitled.agreements[0]!.next).toEqual({ event: 'a.signed', kind: 'signed', date: '2026-05-01', uncertain: false, conditional: false });
    });

    test('the steps of a life: announced, signed, ratified, provisionally applied, in force', async () => {
        const source = `agreement a "A" {
    parties US, MX
    announced 2025-01-10
    signed 2025-03-01
    ratified 2025-06-01
    provisional_application 2025-07-01
    in_force 2026-01-01
    expiry 2036-01-01
}
`;
        expect(await status(source, '2024-12-31')).toMatchObject({ status: 'draft', reason: 'not yet announced, signed or in force on 2024-12-31; next: announced on 2025-01-10 (a.announced)' });
        expect(await status(source, '2025-01-10')).toEqual({
            status: 'announced',
            since: '2025-01-10',
            basis: { kind: 'event', id: 'a.announced' },
            approximate: false,
            reason: 'announced on 2025-01-10 (a.announced); next: signed on 2025-03-01 (a.signed)'
        });
        expect(await status(source, '2025-06-15')).toMatchObject({ status: 'signed', since: '2025-03-01', basis: { kind: 'event', id: 'a.signed' } });
        expect(await status(source, '2025-07-01')).toMatchObject({ status: 'provisionally_applied', since: '2025-07-01' });
        expect(await status(source, '2026-01-01')).toMatchObject({ status: 'in_force', since: '2026-01-01', reason: 'in force on 2026-01-01 (a.in_force); next: expires on 2036-01-01 (a.expiry)' });
        expect(await status(source, '2036-01-01')).toMatchObject({ status: 'expired', since: '2036-01-01', basis: { kind: 'event', id: 'a.expiry' } });
    });

    test('the next step may be a review; a recurring review gives its next occurrence', async () => {
        const source = `agreement a "A" { parties US in_force 2020-07-01 review joint_review on the 6th anniversary of in_force expiry on the 16th anniversary of in_force }`;
        expect((await status(source, '2026-03-10')).reason).toBe('in force on 2020-07-01 (a.in_force); next: review joint_review on 2026-07-01 (a.joint_review)');
        expect((await status(source, '2026-07-02')).reason).toBe('in force on 2020-07-01 (a.in_force); next: expires on 2036-07-01 (a.expiry)');
        const output = await compile(`agreement a "A" { parties US in_force 2020-07-01 review annual 2021-07-01 }`);
        const review = output.events.find(e => e.id === 'a.annual')!;
        review.date = { ...review.date!, form: 'recurring', occurrences: { dates: ['2021-07-01', '2022-07-01', '2023-07-01'], stop: 'count', truncated: false } };
        expect(statusAsOf(output, '2022-01-01').agreements[0]!.reason).toBe('in force on 2020-07-01 (a.in_force); next: review annual on 2022-07-01 (a.annual)');
        expect(statusAsOf(output, '2024-01-01').agreements[0]!.reason).toBe('in force on 2020-07-01 (a.in_force)');
    });

    test('ratified without a signature: signed, decided by the ratification', async () => {
        expect(await status(`agreement a "A" { parties US ratified 2025-06-01 }`, '2025-07-01')).toMatchObject({
            status: 'signed',
            since: '2025-06-01',
            reason: 'ratified on 2025-06-01 (a.ratified)'
        });
    });

    test('a ratification not yet dated is the next step of a signed agreement', async () => {
        const a = await status(`agreement a "A" { parties US signed 2025-06-01 ratified in_force 30 days after ratified }`, '2026-01-01');
        expect(a.status).toBe('signed');
        expect(a.reason).toBe('signed on 2025-06-01 (a.signed); next: ratified, no date yet');
        // An event written without a date.
        expect((await status(`agreement a "A" { parties US announced 2026-01-10 signed }`, '2026-02-01')).reason).toBe('announced on 2026-01-10 (a.announced); next: signed, no date yet');
    });

    test('an event known only to the month counts from its first day, approximately until its last', async () => {
        const source = `agreement a "A" { parties US signed 2025-10 }`;
        expect((await status(source, '2025-09-30')).status).toBe('draft');
        expect(await status(source, '2025-10-01')).toMatchObject({ status: 'signed', since: '2025-10', approximate: true, reason: 'signed in 2025-10 (a.signed)' });
        expect(await status(source, '2025-10-30')).toMatchObject({ approximate: true });
        expect(await status(source, '2025-10-31')).toMatchObject({ approximate: false });
        expect(await status(source, '2025-11-01')).toMatchObject({ status: 'signed', approximate: false });
        expect(await status(`agreement a "A" { parties US signed year 2026 }`, '2026-03-10')).toMatchObject({ status: 'signed', since: '2026', approximate: true });
    });

    test('superseded once the superseding agreement is in force (not when only signed)', async () => {
        const source = `agreement a "A" { parties US in_force 2020-01-01 }
agreement b "B" { parties US signed 2026-01-15 in_force 2026-07-01 supersedes a }
`;
        expect(await status(source, '2026-03-01')).toMatchObject({ status: 'in_force' });
        expect(await status(source, '2026-07-01')).toEqual({
            status: 'superseded',
            since: '2026-07-01',
            basis: { kind: 'relation', id: 'b.supersedes.a' },
            approximate: false,
            reason: 'superseded by b "B", in force on 2026-07-01 (b.in_force)'
        });
    });

    test('a successor not in force does not supersede (whatever else it did), unless `upon` names that step; succeeds counts too', async () => {
        expect(
            await status(
                `agreement a "A" { parties US signed 2020-01-01 }
agreement b "B" { parties US signed 2026-01-15 provisional_application 2026-01-20 succeeds a }`,
                '2026-02-01'
            )
        ).toMatchObject({
            status: 'signed',
            reason: 'signed on 2020-01-01 (a.signed); to be succeeded by b once it is in force'
        });
        expect(
            await status(
                `agreement a "A" { parties US signed 2020-01-01 }
agreement b "B" { parties US signed 2026-01-15 provisional_application 2026-01-20 succeeds a upon provisional_application }`,
                '2026-02-01'
            )
        ).toMatchObject({
            status: 'superseded',
            since: '2026-01-20',
            reason: 'succeeded by b "B", provisionally applied on 2026-01-20 (b.provisional_application)'
        });
        expect(
            await status(
                `agreement a "A" { parties US signed 2020-01-01 }
agreement b "B" { parties US announced 2026-01-15 supersedes a upon announced }`,
                '2026-02-01'
            )
        ).toMatchObject({ status: 'superseded', since: '2026-01-15' });
        // A successor with an entry into force not dated yet has not taken effect.
        expect(
            await status(
                `agreement a "A" { parties US signed 2020-01-01 }
agreement b "B" { parties US signed 2026-01-15 ratified in_force 30 days after ratified supersedes a }`,
                '2026-02-01'
            )
        ).toMatchObject({ status: 'signed' });
    });

    test('a relation for some parties only does not supersede the agreement; continues and amends never do', async () => {
        expect(
            await status(
                `agreement a "A" { parties US, JP signed 2020-01-01 }
agreement b "B" { parties US, JP signed 2026-01-15 supersedes a for JP }`,
                '2026-02-01'
            )
        ).toMatchObject({ status: 'signed' });
        expect(
            await status(
                `agreement a "A" { parties US signed 2020-01-01 }
agreement b "B" { parties US signed 2026-01-15 amends a }`,
                '2026-02-01'
            )
        ).toMatchObject({ status: 'signed' });
        expect(
            await status(
                `agreement a "A" { parties US signed 2020-01-01 }
agreement b "B" { parties US signed 2026-01-15 continues a }`,
                '2026-02-01'
            )
        ).toMatchObject({ status: 'signed' });
    });

    test('the earliest end wins; on the same day: terminated, superseded, expired', async () => {
        expect(
            await status(
                `agreement a "A" { parties US in_force 2020-01-01 expiry 2025-01-01 }
agreement b "B" { parties US in_force 2026-01-01 supersedes a }`,
                '2027-01-01'
            )
        ).toMatchObject({ status: 'expired', since: '2025-01-01' });
        expect(await status(`agreement a "A" { parties US in_force 2020-01-01 expiry 2030-01-01 terminated 2026-01-01 }`, '2031-01-01')).toMatchObject({ status: 'terminated', since: '2026-01-01' });
        expect(await status(`agreement a "A" { parties US in_force 2020-01-01 expiry 2026-01-01 terminated 2026-01-01 }`, '2031-01-01')).toMatchObject({ status: 'terminated' });
        expect(
            await status(
                `agreement a "A" { parties US in_force 2020-01-01 expiry 2026-01-01 }
agreement b "B" { parties US in_force 2026-01-01 supersedes a }`,
                '2031-01-01'
            )
        ).toMatchObject({ status: 'superseded' });
    });

    test('uncertain when the deciding event is marked uncertain', async () => {
        const r = await report(`agreement a "A" { parties US signed 2025-01-01 { uncertain } }`, '2025-02-01');
        expect(r.agreements[0]!.uncertain).toBe(true);
    });
});

describe('statusAsOf: parties on the day', () => {
    const source = `agreement a "A" {
    parties US, MX
    member JP joined 2026-06-01
    member CA joined 2020-01-01 left 2026-03-01
    signed 2020-01-01
    withdrawal 2026-05-01 by MX
}
`;
    test('founding members, members joining later, leaving, withdrawing', async () => {
        const at = async (asOf: string) => (await report(source, asOf)).agreements[0]!.parties;
        expect(await at('2026-01-01')).toEqual([
            { party: 'US', standing: 'member' },
            { party: 'MX', standing: 'member' },
            { party: 'JP', standing: 'not_yet', joined: '2026-06-01', reason: 'joins on 2026-06-01' },
            { party: 'CA', standing: 'member', joined: '2020-01-01', left: '2026-03-01', reason: 'joined on 2020-01-01; leaves on 2026-03-01' }
        ]);
        expect(await at('2026-06-01')).toEqual([
            { party: 'US', standing: 'member' },
            { party: 'MX', standing: 'left', left: '2026-05-01', reason: 'withdrew on 2026-05-01 (a.withdrawal)' },
            { party: 'JP', standing: 'member', joined: '2026-06-01', reason: 'joined on 2026-06-01' },
            { party: 'CA', standing: 'left', joined: '2020-01-01', left: '2026-03-01', reason: 'joined on 2020-01-01; left on 2026-03-01' }
        ]);
    });
});

describe('statusAsOf: the report', () => {
    test('version, as-of day, window, summary with every status', async () => {
        const r = await report(deal('due within 30 days after announced'), '2026-03-10');
        expect(r.statusVersion).toBe('2.5');
        expect(r.asOf).toBe('2026-03-10');
        expect(r.dueSoonDays).toBe(14);
        expect(r.summary.commitments).toEqual({ overdue: 1, due_soon: 0, in_progress: 0, pending: 0, window_closed: 0, intended: 0, breached: 0, fulfilled: 0, lapsed: 0, superseded: 0 });
        expect(r.summary.agreements).toEqual({ terminated: 0, superseded: 0, expired: 0, in_force: 0, provisionally_applied: 0, signed: 0, announced: 1, draft: 0, unknown: 0 });
        expect(Object.keys(r)).toEqual(['statusVersion', 'asOf', 'dueSoonDays', 'agreements', 'commitments', 'summary']);
    });

    test('pure: the same output and day give the same report, and the model is not changed', async () => {
        const output = await compile(deal('due within 30 days after announced'));
        const before = JSON.stringify(output);
        expect(statusAsOf(output, '2026-03-10')).toEqual(statusAsOf(output, '2026-03-10'));
        expect(JSON.stringify(output)).toBe(before);
    });

    test.each(['2026-02-30', '2026-3-10', '10/03/2026', '2026-03', 'today', ''])('a bad as-of day (%j) is a RangeError', async asOf => {
        const output = await compile(deal(''));
        expect(() => statusAsOf(output, asOf)).toThrow(RangeError);
    });

    test.each([-1, 1.5, Number.NaN])('a bad window (%d) is a RangeError', async days => {
        const output = await compile(deal(''));
        expect(() => statusAsOf(output, '2026-03-10', { dueSoonDays: days })).toThrow(RangeError);
    });

    test('exported from @pacta/sdk/core too', () => {
        expect(core.statusAsOf).toBe(statusAsOf);
        expect(core.STATUS_FORMAT_VERSION).toBe('2.5');
    });
});

describe('statusAsOf: parties of an agreement on the day', () => {
    const partnership = `agreement p "Partnership" {
    parties US, MX
    signed 2020-01-01
    member JP joined 2020-06-01 left 2022-01-01
    member JP joined 2024-01-01
    member CA joined 2027-01-01
}
`;
    const standing = async (asOf: string) => Object.fromEntries((await report(partnership, asOf)).agreements[0]!.parties.map(p => [p.party, p.standing]));

    test('a member that left and joined again counts by the membership that has started', async () => {
        expect(await standing('2021-01-01')).toEqual({ US: 'member', MX: 'member', JP: 'member', CA: 'not_yet' });
        expect(await standing('2023-01-01')).toEqual({ US: 'member', MX: 'member', JP: 'left', CA: 'not_yet' });
        expect(await standing('2025-01-01')).toEqual({ US: 'member', MX: 'member', JP: 'member', CA: 'not_yet' });
        expect(await standing('2020-03-01')).toEqual({ US: 'member', MX: 'member', JP: 'not_yet', CA: 'not_yet' });
        expect(await standing('2027-01-01')).toEqual({ US: 'member', MX: 'member', JP: 'member', CA: 'member' });
    });
});
