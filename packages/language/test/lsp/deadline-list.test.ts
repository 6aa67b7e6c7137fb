import { expect, test } from 'vitest';
import { lastDayOf } from '../../src/index.js';
import { exampleFiles, lspWorkspace } from './lsp-test-kit.js';

test('the deadlines of the example, in date order, as the compiled JSON lists them', async () => {
    const ws = await lspWorkspace(exampleFiles());
    const { today, deadlines } = ws.services.Pacta.lspFeatures.DeadlineListProvider.getDeadlines({ today: '2026-05-01' });
    expect(today).toBe('2026-05-01');
    const seed = ['eu_us_japan.mou.due', 'us_mexico.action_plan.due', 'usmca.joint_review.date', 'usmca.expiry.date'];
    // the deadlines of the seed case, in date order among the others of the example
    expect(deadlines.filter(d => seed.includes(d.id)).map(d => [d.id, d.date, d.kind, d.past, d.overdue])).toEqual([
        ['eu_us_japan.mou.due', '2026-03-06', 'by', true, true],
        ['us_mexico.action_plan.due', '2026-04-05', 'by', true, true],
        ['usmca.joint_review.date', '2026-07-01', 'on', false, false],
        ['usmca.expiry.date', '2036-07-01', 'on', false, false]
    ]);
    const dates = deadlines.map(d => d.date ?? '9999');
    expect(dates).toEqual([...dates].sort());
    const mou = deadlines.find(d => d.id === 'eu_us_japan.mou.due')!;
    expect(mou).toMatchObject({
        subject: 'eu_us_japan.mou', subjectKind: 'commitment', agreement: 'eu_us_japan',
        agreementTitle: 'Combined EU–U.S.–Japan agreement on critical minerals', text: 'within 30 days after announced',
        actors: ['EU', 'US'], status: 'resolved', precision: 'day', uri: ws.doc('eu-us-japan.pacta').textDocument.uri
    });
    expect(mou.label).toMatch(/^finalize a memorandum of understanding/);
    expect(deadlines.filter(d => seed.slice(2).includes(d.id)).map(d => d.label)).toEqual(['Joint review by the Free Trade Commission', 'expiry']);
    expect(ws.doc('eu-us-japan.pacta').textDocument.getText(mou.range)).toBe('within 30 days after announced');
    // The same ids and dates as the compiled JSON checked in beside the example.
    const golden = JSON.parse((await import('node:fs')).readFileSync(new URL('../../../../examples/critical-minerals-2026/critical-minerals-2026.json', import.meta.url), 'utf8'));
    expect(deadlines.map(d => [d.id, d.date])).toEqual(golden.deadlines.map((d: { id: string; date: string }) => [d.id, d.date]));
});

test('overdue: open commitments only, by the last day of a month or year, never a `not before`', async () => {
    const ws = await lspWorkspace({
        'a.pacta': `agreement a "A" {
    signed 2026-01
    commitment open { due within 1 month after signed }
    commitment done { due within 1 month after signed
        status fulfilled }
    commitment from_then { due not before 1 month after signed }
    commitment nodate { due within 1 month after nothing }
    review on the 1st anniversary of signed
}
`
    });
    const provider = ws.services.Pacta.lspFeatures.DeadlineListProvider;
    const at = (today: string) => Object.fromEntries(provider.getDeadlines({ today }).deadlines.map(d => [d.subject, [d.date, d.past, d.overdue]]));
    expect(at('2026-02-28')).toMatchObject({ 'a.open': ['2026-02', false, false] });
    expect(at('2026-03-01')).toEqual({
        'a.open': ['2026-02', true, true],
        'a.done': ['2026-02', true, false],
        'a.from_then': ['2026-02', true, false],
        'a.review': ['2027-01', false, false],
        'a.nodate': [null, false, false]
    });
    const unresolved = provider.getDeadlines({ today: '2026-03-01' }).deadlines.at(-1)!;
    expect(unresolved).toMatchObject({ subject: 'a.nodate', status: 'unresolved', reason: "'nothing' is not declared" });
});

test('a folder limits the list to its documents', async () => {
    const ws = await lspWorkspace({ 'one/a.pacta': 'agreement a "A" { signed 2026-01-01\n commitment c { due within 1 day after signed } }', 'two/b.pacta': 'agreement b "B" { signed 2026-01-01\n commitment c { due within 2 days after signed } }' });
    const provider = ws.services.Pacta.lspFeatures.DeadlineListProvider;
    expect(provider.getDeadlines({ folderUri: 'memory:///ws/two' }).deadlines.map(d => d.id)).toEqual(['b.c.due']);
    expect(provider.getDeadlines().deadlines.map(d => d.id)).toEqual(['a.c.due', 'b.c.due']);
});

test('lastDayOf', () => {
    expect(lastDayOf('2026-02')).toBe('2026-02-28');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2036')).toBe('2036-12-31');
    expect(lastDayOf('2026-03-06')).toBe('2026-03-06');
});
