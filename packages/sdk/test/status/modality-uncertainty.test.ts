import { describe, expect, test } from 'vitest';
import { type CommitmentStatusEntry, type PactaOutput, type StatusReport, commitmentStandings, compileSources, listDeadlines, statusAsOf } from '../../src/index.js';

const PARTIES = `state US "United States"
state JP "Japan"
`;

async function compile(agreements: string): Promise<PactaOutput> {
    const result = await compileSources({ 'parties.pacta': PARTIES, 'deal.pacta': agreements });
    expect(result.diagnostics.filter(d => d.severity === 'error').map(d => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([]);
    return result.output!;
}

/** One commitment `a.c` with the given modality line and deadline, in an agreement announced 2026-02-04. */
async function commitment(modality: string, due: string, asOf: string, extra = ''): Promise<CommitmentStatusEntry> {
    const output = await compile(`agreement a "A" {
    ${extra}
    parties US, JP
    announced 2026-02-04
    commitment c {
        by US
        ${modality}
        ${due}
    }
}
`);
    return statusAsOf(output, asOf).commitments.find(c => c.id === 'a.c')!;
}

const pick = (c: CommitmentStatusEntry) => ({ status: c.status, daysLeft: c.daysLeft, reason: c.reason });
const DUE = 'due within 30 days after announced'; // 2026-03-06

describe('statusAsOf: the modality decides what can fall due', () => {
    test.each(['shall "act"', 'will "act"', 'will explore "acting"'])('an obligation (%s) is overdue once the date has passed', async modality => {
        expect((await commitment(modality, DUE, '2026-03-10')).status).toBe('overdue');
        expect((await commitment(modality, DUE, '2026-03-01')).status).toBe('due_soon');
    });

    test.each(['shall not "act"', 'will not "act"'])('a prohibition (%s) binds until its date, then is no longer binding: never overdue nor due soon', async modality => {
        const during = await commitment(modality, DUE, '2026-03-01');
        expect({ ...pick(during), inEffectUntil: during.inEffectUntil }).toEqual({
            status: 'pending',
            daysLeft: 5,
            reason: 'a prohibition in effect until 2026-03-06: 5 days left',
            inEffectUntil: '2026-03-06'
        });
        expect(pick(await commitment(modality, DUE, '2026-03-06'))).toMatchObject({ status: 'pending', reason: 'a prohibition in effect until 2026-03-06: last day today' });
        const after = await commitment(modality, DUE, '2026-03-10');
        expect({ ...pick(after), inEffectUntil: after.inEffectUntil }).toEqual({
            status: 'lapsed',
            daysLeft: -4,
            reason: 'a prohibition in effect until 2026-03-06: no longer binding for 4 days (never overdue: a prohibition is kept by not acting)',
            inEffectUntil: '2026-03-06'
        });
        expect(pick(await commitment(modality, '', '2026-03-10'))).toMatchObject({ status: 'pending', reason: 'a prohibition with no end date: in effect as long as its agreement' });
    });

    test('a prohibition whose date passed before its agreement was made has not bound: pending, not lapsed (as an obligation is not overdue)', async () => {
        const output = await compile(`agreement a "A" {
    parties US, JP
    announced 2026-06-01
    commitment c {
        by US
        shall not "act"
        due 2026-03-06
    }
}
`);
        const entry = statusAsOf(output, '2026-03-10').commitments.find(c => c.id === 'a.c')!;
        expect({ ...pick(entry), inEffectUntil: entry.inEffectUntil }).toEqual({
            status: 'pending',
            daysLeft: -4,
            reason: 'a prohibition in effect until 2026-03-06: the date passed 4 days ago, but its agreement a is not yet announced or signed (draft): it has not bound',
            inEffectUntil: '2026-03-06'
        });
        // Once the agreement is made, a date before it is simply past: no longer binding.
        expect(statusAsOf(output, '2026-06-10').commitments.find(c => c.id === 'a.c')!.status).toBe('lapsed');
    });

    test('a permission is never overdue: its window closes', async () => {
        expect(pick(await commitment('may "comment"', DUE, '2026-03-10'))).toEqual({
            status: 'window_closed',
            daysLeft: -4,
            reason: 'may act until 2026-03-06: window closed 4 days ago (a permission, never overdue)'
        });
        expect(pick(await commitment('may "comment"', DUE, '2026-03-01'))).toEqual({
            status: 'pending',
            daysLeft: 5,
            reason: 'may act until 2026-03-06: window open, 5 days left'
        });
        expect(pick(await commitment('may "comment"', DUE, '2026-03-06'))).toMatchObject({ status: 'pending', reason: 'may act until 2026-03-06: window open, last day today' });
    });

    test('a permission in progress stays in progress while its window is open, not after', async () => {
        expect((await commitment('may "comment"', `${DUE}\n status in_progress`, '2026-03-01')).status).toBe('in_progress');
        expect(pick(await commitment('may "comment"', `${DUE}\n status in_progress`, '2026-03-10'))).toMatchObject({
            status: 'window_closed',
            reason: 'recorded in progress, but may act until 2026-03-06: window closed 4 days ago (a permission, never overdue)'
        });
    });

    test('an intention has no due status: intended, before and after its date, with no days left', async () => {
        expect(pick(await commitment('intends to "act"', DUE, '2026-03-01'))).toEqual({ status: 'intended', daysLeft: undefined, reason: 'intended by 2026-03-06' });
        expect(pick(await commitment('intends to "act"', DUE, '2026-03-10'))).toEqual({
            status: 'intended',
            daysLeft: undefined,
            reason: 'intended by 2026-03-06: the date has passed, no fulfilment recorded'
        });
        expect(pick(await commitment('intends to "act"', '', '2026-03-10'))).toEqual({ status: 'intended', daysLeft: undefined, reason: 'intended; no deadline' });
        expect((await commitment('intends to "act"', `${DUE}\n status in_progress`, '2026-03-10')).status).toBe('in_progress');
        expect((await commitment('intends to "act"', `${DUE}\n status fulfilled`, '2026-03-10')).status).toBe('fulfilled');
    });

    test('an obligation of a nonbinding agreement says so where something is due', async () => {
        expect((await commitment('will "act"', DUE, '2026-03-10', 'nonbinding')).reason).toBe(
            'due by 2026-03-06: 4 days overdue — due date passed, no fulfilment recorded (nonbinding: a is a political commitment)'
        );
        expect((await commitment('will "act"', '', '2026-03-10', 'nonbinding')).reason).toBe('no deadline');
        expect((await commitment('will "act"', DUE, '2026-03-10', 'binding')).reason).toBe('due by 2026-03-06: 4 days overdue — due date passed, no fulfilment recorded');
    });

    test('the entry carries modality, text, binding, the agreement title, uncertainty and citations: no joins needed', async () => {
        const output = await compile(`source s "A source"
agreement a "The A agreement" {
    nonbinding
    parties US
    announced 2026-02-04
    commitment c {
        by US
        may "comment"
        due 2026-03-01
        cite s "p. 2"
        uncertain
    }
}
`);
        const entry = statusAsOf(output, '2026-03-10').commitments[0]!;
        expect(entry).toMatchObject({
            agreementTitle: 'The A agreement',
            binding: 'nonbinding',
            modality: 'may',
            text: 'comment',
            uncertain: true,
            dueUncertain: false,
            uncertainBasis: ['a.c'],
            citations: [{ source: 's', locator: 'p. 2' }],
            status: 'window_closed'
        });
        expect(entry.reason).toMatch(/\(marked uncertain\)$/);
    });
});

test("commitmentStandings: the report's decision per commitment, with the date it was read from", async () => {
    const output = await compile(`agreement a "A" {
    parties US, JP
    announced 2026-02-04
    commitment must { by US shall "act" due within 30 days after announced }
    commitment can { by US may "act" due within 30 days after announced }
    commitment wish { by US intends to "act" due within 30 days after announced }
    commitment monthly { by US shall "report" due every 1 month after announced until 2026-06-30 }
}
`);
    const standings = commitmentStandings(output, '2026-03-10');
    const report = statusAsOf(output, '2026-03-10');
    for (const entry of report.commitments) expect(standings.get(entry.id)).toMatchObject({ status: entry.status, reason: entry.reason });
    expect(standings.get('a.must')).toMatchObject({ status: 'overdue', decidedBy: '2026-03-06' });
    expect(standings.get('a.can')).toMatchObject({ status: 'window_closed', decidedBy: '2026-03-06' });
    expect(standings.get('a.wish')).toMatchObject({ status: 'intended', decidedBy: '2026-03-06' });
    expect(standings.get('a.monthly')).toMatchObject({ status: 'pending', decidedBy: '2026-04-04' });
});

describe('statusAsOf: uncertainty never disappears', () => {
    const source = `agreement a "A" {
    parties US, JP
    signed 2025-06-01 { uncertain }
    in_force 2025-09-01
    review r "Review" 2026-09-01 { uncertain }
    commitment early { by US shall "act" due within 30 days after signed }
    commitment late { by US shall "act" due within 30 days after r }
    commitment chained { by US shall "act" due within 10 days after late }
}
agreement b "B" {
    parties US
    signed 2026-02-01
    in_force upon "the exchange of notes"
}
`;
    let report: StatusReport;
    const byId = (id: string) => report.commitments.find(c => c.id === id)!;

    test('a deadline counted from an uncertain event (directly or through another deadline) is uncertain', async () => {
        report = statusAsOf(await compile(source), '2026-03-10');
        expect(byId('a.early')).toMatchObject({ status: 'overdue', uncertain: false, dueUncertain: true, uncertainBasis: ['a.signed'] });
        expect(byId('a.early').reason).toMatch(/\(the deadline counts from uncertain a\.signed\)$/);
        expect(byId('a.chained')).toMatchObject({ dueUncertain: true, uncertainBasis: ['a.r'] });
    });

    test('the next step is marked when uncertain or conditional, in words and as data', async () => {
        report = statusAsOf(await compile(source), '2026-03-10');
        const a = report.agreements.find(x => x.id === 'a')!;
        expect(a.reason).toBe('in force on 2025-09-01 (a.in_force); next (uncertain): review r on 2026-09-01 (a.r, marked uncertain)');
        expect(a.next).toEqual({ event: 'a.r', kind: 'review', title: 'Review', date: '2026-09-01', uncertain: true, conditional: false });
        const b = report.agreements.find(x => x.id === 'b')!;
        expect(b.reason).toBe('signed on 2026-02-01 (b.signed); next (conditional): in force, on a condition: upon "the exchange of notes"');
        expect(b.next).toMatchObject({ event: 'b.in_force', date: null, conditional: true });
    });

    test('a status decided by an uncertain event is uncertain and says so', async () => {
        report = statusAsOf(await compile(source), '2025-07-01');
        expect(report.agreements.find(x => x.id === 'a')).toMatchObject({ status: 'signed', uncertain: true, reason: expect.stringMatching(/^signed on 2025-06-01 \(a\.signed, marked uncertain\)/) });
    });

    test('a chain cut at its limit is followed through chainFrom', async () => {
        const output = await compile(source);
        const cut = {
            ...output,
            commitments: output.commitments.map(c => (c.id !== 'a.chained' ? c : { ...c, due: { ...c.due!, chain: ['…'], chainFrom: ['a.late'] } }))
        };
        expect(statusAsOf(cut, '2026-03-10').commitments.find(c => c.id === 'a.chained')).toMatchObject({ dueUncertain: true, uncertainBasis: ['a.r'] });
    });

    test('a commitment lapsed by an uncertain end carries that uncertainty', async () => {
        const output = await compile(`agreement old "Old" { parties US announced 2020-01-01 commitment c { by US will "x" } }
agreement new "New" { parties US announced 2026-01-01 succeeds old upon announced { uncertain } }`);
        expect(statusAsOf(output, '2026-03-10').commitments[0]).toMatchObject({
            status: 'lapsed',
            uncertainBasis: ['new.succeeds.old'],
            reason: expect.stringMatching(/\(that end is marked uncertain: new\.succeeds\.old\)$/)
        });
    });

    test('an agreement marked uncertain makes its dates uncertain: in status as in the deadline lists (one rule)', async () => {
        const output = await compile(`agreement l "Letters" {
    parties US, JP
    uncertain
    signed 2026-01-15
    review r "Review" 2026-06-01
    commitment c { by JP shall "consult" due within 90 days after signed }
}
agreement m "M" {
    parties US
    in_force 2026-01-01
    commitment d { by US shall "act" due within 10 days after l.c }
}`);
        const status = statusAsOf(output, '2026-03-10');
        const c = status.commitments.find(x => x.id === 'l.c')!;
        expect(c).toMatchObject({ uncertain: false, dueUncertain: false, uncertainBasis: ['l'], reason: 'due by 2026-04-15: 36 days left (its agreement l is marked uncertain)' });
        // Counted from a commitment of that agreement: the rule takes an anchor's own marks, not its agreement's, in both.
        const d = status.commitments.find(x => x.id === 'm.d')!;
        expect(d).toMatchObject({ dueUncertain: false, uncertainBasis: [] });
        const listed = listDeadlines(output, { includeClosed: true });
        expect(listed.find(row => row.subject === 'm.d')!.uncertainty).toEqual([]);
        expect(listed.find(row => row.subject === 'l.c')!.uncertainty).toEqual([{ id: 'l', kind: 'agreement', role: 'agreement' }]);
        expect(status.agreements.find(x => x.id === 'l')).toMatchObject({
            status: 'signed',
            uncertain: true,
            next: { event: 'l.r', uncertain: true },
            reason: 'signed on 2026-01-15 (l.signed, agreement l marked uncertain); next (uncertain): review r on 2026-06-01 (l.r, agreement l marked uncertain)'
        });
    });

    test('every uncertain fact a deadline list shows for a commitment is in its status basis', async () => {
        const output = await compile(source);
        const status = statusAsOf(output, '2026-03-10');
        for (const row of listDeadlines(output, { includeClosed: true }).filter(r => r.subjectKind === 'commitment')) {
            expect(status.commitments.find(c => c.id === row.subject)!.uncertainBasis, row.subject).toEqual([...new Set(row.uncertainty.map(f => f.id))]);
        }
    });
});
