/**
 * The timeline's data (`pacta/deadlines`): the SDK's `listDeadlines` over the server's own linked
 * documents, with where each row is written and whether it is past or overdue today.
 */
import { createPactaLspServices } from '@pacta/language';
import { EmptyFileSystem, type LangiumDocument, URI } from 'langium';
import { expect, test } from 'vitest';
import { timelineDeadlines } from '../src/server/deadlines-request.js';

async function workspace(files: Record<string, string>) {
    const { shared, Pacta } = createPactaLspServices(EmptyFileSystem);
    const documents: LangiumDocument[] = [];
    for (const [name, text] of Object.entries(files)) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///ws/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    await shared.workspace.DocumentBuilder.build(documents, { validation: false });
    return { documents: shared.workspace.LangiumDocuments.all.toArray(), Pacta };
}

const FORMS = `state US "United States"
state JP "Japan"
agreement usmca "USMCA" {
    parties US, JP
    event us_notice "US" 2020-04-24
    event ca_notice "CA" 2020-04-02 { uncertain }
    event last_notice "Last" latest of (us_notice, ca_notice)
    in_force on the first day of the 3rd month following last_notice
    expiry the 16th anniversary of in_force
    review annual every 1 year after in_force until expiry
    commitment talks { by US will "talk" due as long as "the parties agree" }
    commitment pick { by US will "pick" due earliest of (2026-12-31, 6 months after in_force) }
    commitment done { by US will "report" due 2021-03-01 status fulfilled }
    commitment from_then { by US will "open" due not before 1 month after in_force }
    commitment targets { by JP will "meet targets" due year 2030 }
}
`;

test('one item per occurrence, open-ended ones with their condition, past and overdue as of today; closed ones only on request', async () => {
    const { documents, Pacta } = await workspace({ 'a.pacta': FORMS });
    const { today, deadlines } = timelineDeadlines(documents, Pacta, { today: '2021-12-01' });
    expect(today).toBe('2021-12-01');
    const byId = new Map(deadlines.map(d => [d.id, d]));
    expect(byId.has('usmca.done.due')).toBe(false);
    expect(deadlines.filter(d => d.deadline === 'usmca.annual.date')).toHaveLength(16);
    expect(byId.get('usmca.annual.date')).toMatchObject({ date: '2021-07-01', past: true, overdue: false, occurrence: { index: 1, count: 16 } });
    expect(byId.get('usmca.annual.date.2022-07-01')).toMatchObject({ past: false });
    expect(byId.get('usmca.talks.due')).toMatchObject({ status: 'open', date: null, condition: 'as long as "the parties agree"', past: false });
    expect(byId.get('usmca.pick.due')).toMatchObject({ date: '2021-01-01', past: true, overdue: true });
    expect(byId.get('usmca.from_then.due')).toMatchObject({ past: true, overdue: false });
    expect(byId.get('usmca.targets.due')).toMatchObject({ date: '2030', day: '2030-12-31', when: 'by the end of 2030', past: false });
    const closed = timelineDeadlines(documents, Pacta, { today: '2021-12-01', includeClosed: true }).deadlines.find(d => d.id === 'usmca.done.due');
    expect(closed).toMatchObject({ closed: true, commitmentStatus: 'fulfilled', overdue: false });
});

test('uncertainty is kept: everything counted from an uncertain event says so', async () => {
    const { documents, Pacta } = await workspace({ 'a.pacta': FORMS });
    const { deadlines } = timelineDeadlines(documents, Pacta, { today: '2021-12-01' });
    const pick = deadlines.find(d => d.id === 'usmca.pick.due')!;
    expect(pick).toMatchObject({ uncertain: true, uncertaintyText: 'uncertain: anchor usmca.ca_notice (event)' });
    expect(deadlines.find(d => d.id === 'usmca.annual.date.2030-07-01')!.uncertain).toBe(true);
    expect(deadlines.find(d => d.id === 'usmca.targets.due')!).toMatchObject({ uncertain: false, uncertaintyText: '' });
});

test('each item leads to its document and the range of its date', async () => {
    const { documents, Pacta } = await workspace({ 'a.pacta': FORMS });
    const pick = timelineDeadlines(documents, Pacta, {}).deadlines.find(d => d.id === 'usmca.pick.due')!;
    const document = documents.find(d => d.uri.toString() === pick.uri)!;
    expect(document.textDocument.getText(pick.range)).toBe('earliest of (2026-12-31, 6 months after in_force)');
});

test('a folder limits the list to its documents', async () => {
    const { documents, Pacta } = await workspace({
        'one/a.pacta': 'agreement a "A" { signed 2026-01-01\n commitment c { due within 1 day after signed } }',
        'two/b.pacta': 'agreement b "B" { signed 2026-01-01\n commitment c { due within 2 days after signed } }'
    });
    expect(timelineDeadlines(documents, Pacta, { folderUri: 'memory:///ws/two' }).deadlines.map(d => d.id)).toEqual(['b.c.due']);
    expect(timelineDeadlines(documents, Pacta, {}).deadlines.map(d => d.id)).toEqual(['a.c.due', 'b.c.due']);
});

const MODALITIES = `state US "United States"
agreement a "A" {
    parties US
    signed 2026-01-01
    commitment must { by US shall "report" due no later than 30 days after signed }
    commitment can { by US may "comment" due no later than 30 days after signed }
    commitment wish { by US intends to "consult" due no later than 30 days after signed }
    commitment monthly { by US shall "meet" due every 1 month after signed until 2026-04-30 }
}
`;

test("overdue is the status module's decision: a `may` past its date is a closed window, an intention intended", async () => {
    const { documents, Pacta } = await workspace({ 'a.pacta': MODALITIES });
    const { deadlines } = timelineDeadlines(documents, Pacta, { today: '2026-03-10' });
    const byId = new Map(deadlines.map(d => [d.id, d]));
    expect(byId.get('a.must.due')).toMatchObject({ date: '2026-01-31', past: true, standing: 'overdue', overdue: true });
    expect(byId.get('a.can.due')).toMatchObject({
        date: '2026-01-31',
        past: true,
        standing: 'window_closed',
        overdue: false,
        standingReason: 'may act until 2026-01-31: window closed 38 days ago (a permission, never overdue)'
    });
    expect(byId.get('a.wish.due')).toMatchObject({ past: true, standing: 'intended', overdue: false });
    // A recurring obligation: due next on 2026-04-01, so its past occurrences are past, not overdue (as in `pacta status`).
    expect(deadlines.filter(d => d.deadline === 'a.monthly.due').map(d => [d.date, d.past, d.overdue, d.standingReason !== undefined])).toEqual([
        ['2026-02-01', true, false, false],
        ['2026-03-01', true, false, false],
        ['2026-04-01', false, false, true]
    ]);
    expect(deadlines.filter(d => d.overdue).map(d => d.id)).toEqual(['a.must.due']);
});

test('after its last occurrence a recurring obligation is overdue on that one only', async () => {
    const { documents, Pacta } = await workspace({ 'a.pacta': MODALITIES });
    const { deadlines } = timelineDeadlines(documents, Pacta, { today: '2026-05-10' });
    expect(deadlines.filter(d => d.overdue).map(d => d.id)).toEqual(['a.must.due', 'a.monthly.due.2026-04-01']);
});

test('as pacta status on the same day: missed before its agreement ended stays overdue, what was still to come lapsed (closed); a month-only end possibly closes', async () => {
    const text = `state US "United States"
agreement ended_deal "Ended" {
    parties US
    in_force 2020-01-01
    terminated 2026-02-15
    commitment missed { by US will "report" due 2026-02-01 }
    commitment afterwards { by US will "report" due 2026-04-01 }
}
agreement month_end "Terminated in a month" {
    parties US
    in_force 2020-01-01
    terminated 2026-06
    commitment mid { by US will "report" due 2026-06-20 }
}
`;
    const { documents, Pacta } = await workspace({ 'a.pacta': text });
    // The day before the end the obligation is live (overdue); after it, it still is: the end does not undo a miss.
    const before = timelineDeadlines(documents, Pacta, { today: '2026-02-10' }).deadlines.find(d => d.id === 'ended_deal.missed.due');
    expect(before).toMatchObject({ closed: false, standing: 'overdue', overdue: true });
    const after = timelineDeadlines(documents, Pacta, { today: '2026-03-01' }).deadlines;
    expect(after.find(d => d.id === 'ended_deal.missed.due')).toMatchObject({ closed: false, standing: 'overdue', overdue: true });
    // What was still to come when the agreement ended has lapsed: closed, listed only with the closed ones.
    expect(after.find(d => d.id === 'ended_deal.afterwards.due')).toBeUndefined();
    const closed = timelineDeadlines(documents, Pacta, { today: '2026-03-01', includeClosed: true }).deadlines.find(d => d.id === 'ended_deal.afterwards.due');
    expect(closed).toMatchObject({ closed: true, ended: 'terminated 2026-02-15', standing: 'lapsed' });
    const mid = timelineDeadlines(documents, Pacta, { today: '2026-06-25' }).deadlines.find(d => d.id === 'month_end.mid.due');
    expect(mid).toMatchObject({ closed: false, uncertain: true, possiblyEnded: 'terminated 2026-06', standing: 'overdue' });
    expect(mid!.uncertaintyText).toBe('possibly closed: its agreement ended (terminated 2026-06), the day is not known');
});
