import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { EXAMPLES, GOLDEN, copyToTemp, expectGolden, pacta } from './helpers.js';

// A small workspace with live, closed (fulfilled, superseded, breached, lapsed), recurring,
// month- and year-precision, `not before` and uncertain deadlines (golden/lists).
const lists = copyToTemp(join(GOLDEN, 'lists'));
// A fixed day (as `pacta status --as-of`): what has lapsed by then is closed, and no golden depends on the clock.
const run = (args: string[]) => {
    const result = pacta(['deadlines', '--as-of', '2026-03-10', ...args], { cwd: lists });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return result.stdout;
};
const year2027 = ['--from', '2027-01-01', '--to', '2027-12-31'];

describe('pacta deadlines: only what is live, each occurrence, uncertainty kept (goldens)', () => {
    test.each([
        ['table, live only (the default)', [], 'lists.txt'],
        ['table with --include-closed: closed ones marked', ['--include-closed'], 'lists.closed.txt'],
        ['json', ['--format', 'json'], 'lists.json'],
        ['csv of 2027: one row per occurrence in the range', ['--format', 'csv', ...year2027], 'lists.2027.csv'],
        ['csv with --include-closed', ['--format', 'csv', '--include-closed'], 'lists.closed.csv'],
        ['ics of 2027: one event per occurrence in the range', ['--format', 'ics', ...year2027], 'lists.2027.ics'],
        ['ics with --include-closed', ['--format', 'ics', '--include-closed'], 'lists.closed.ics']
    ])('%s', (_what, args, golden) => {
        expectGolden(golden, run(args));
    });

    test('closed commitments are left out of every format unless --include-closed, and then marked', () => {
        const closed = ['pact.report.due', 'pact.old_plan.due', 'pact.quota.due', 'pact.survey.due'];
        const rows = (args: string[]) => JSON.parse(run(['--format', 'json', ...args])) as { id: string; closed: boolean; commitmentStatus?: string }[];
        expect(rows([]).map(row => row.id)).not.toEqual(expect.arrayContaining([expect.stringMatching(/report|old_plan|quota|survey/)]));
        const all = rows(['--include-closed']).filter(row => closed.includes(row.id));
        expect(all.map(row => [row.id, row.closed, row.commitmentStatus])).toEqual([
            ['pact.report.due', true, 'fulfilled'],
            ['pact.old_plan.due', true, 'superseded'],
            ['pact.quota.due', true, 'breached'],
            ['pact.survey.due', true, 'lapsed']
        ]);
        for (const format of ['table', 'csv', 'ics']) expect(run(['--format', format])).not.toMatch(/stockpiles|old plan|quota|survey/);
        expect(run(['--format', 'ics', '--include-closed'])).toContain('SUMMARY:(fulfilled) US: report on stockpiles');
    });

    test('uncertain in every format: the commitment marked, and everything counted from an uncertain event', () => {
        const rows = JSON.parse(run(['--format', 'json'])) as { id: string; uncertain: boolean; uncertainty: unknown[] }[];
        const uncertain = Object.fromEntries(rows.map(row => [row.id, row.uncertainty]));
        expect(uncertain['pact.fund.due']).toEqual([{ id: 'pact.fund', kind: 'commitment', role: 'subject' }]);
        expect(uncertain['pact.plan.due']).toEqual([{ id: 'pact.in_force', kind: 'event', role: 'anchor' }]);
        expect(uncertain['pact.yearly_review.date.2028-03-01']).toEqual([{ id: 'pact.in_force', kind: 'event', role: 'anchor' }]);
        expect(uncertain['pact.targets.due']).toEqual([]);
        const csv = run(['--format', 'csv']).split('\r\n');
        expect(csv.find(line => line.startsWith('pact.fund.due,'))).toContain(',true,uncertain: this commitment,');
        const table = run([]);
        expect(table).toMatch(/pact\.fund +US +\[uncertain\] may fund pilot projects/);
        expect(table).toContain('uncertain: anchor pact.in_force (event)');
        const events = vevents(run(['--format', 'ics']));
        expect(events.find(e => e.uid === 'pact.fund.due@pacta')!.summary).toBe('(uncertain) US: fund pilot projects; then, scale up');
        expect(events.find(e => e.uid === 'pact.plan.due@pacta')!.description).toContain('UNCERTAIN — uncertain: anchor pact.in_force (event)');
    });

    test('a year or a month is a one-day "by the end of" event on its last day', () => {
        const events = vevents(run(['--format', 'ics']));
        const targets = events.find(e => e.uid === 'pact.targets.due@pacta')!;
        expect([targets.startDate.toString(), targets.endDate.toString()]).toEqual(['2027-12-31', '2028-01-01']);
        expect(targets.summary).toBe('US, MX: reach the recycling targets — by the end of 2027');
        const roadmap = events.find(e => e.uid === 'pact.roadmap.due@pacta')!;
        expect([roadmap.startDate.toString(), roadmap.endDate.toString()]).toEqual(['2027-09-30', '2027-10-01']);
    });

    test('DESCRIPTION names the cited sources (title, publisher, locator, url) and says when none is cited', () => {
        const fund = vevents(run(['--format', 'ics'])).find(e => e.uid === 'pact.fund.due@pacta')!;
        expect(fund.description.split('\n').filter(line => line.startsWith('Source: '))).toEqual([
            'Source: Joint press release \\ fact sheet, paragraph 2',
            'Source: Minerals pact, official text (Example Gazette) <https://example.org/pact, text;v1>'
        ]);
    });

    test('RFC 5545: CRLF, lines of at most 75 octets, `,` `;` `\\` and line breaks escaped, one UID per occurrence', () => {
        const ics = run(['--format', 'ics', '--include-closed']);
        const lines = ics.split('\r\n');
        expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
        expect(lines.some(line => line.includes('\n') || line.includes('\r'))).toBe(false);
        expect(Math.max(...lines.map(line => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
        const unfolded = ics.replace(/\r\n /g, '');
        expect(unfolded).toContain('SUMMARY:(uncertain) US: fund pilot projects\\; then\\, scale up');
        expect(unfolded).toContain('Joint press release \\\\ fact sheet\\, paragraph 2\\n');
        const uids = vevents(ics).map(e => e.uid);
        expect(new Set(uids).size).toBe(uids.length);
        expect(uids.filter(uid => uid.startsWith('pact.yearly_review'))).toEqual([
            'pact.yearly_review.date@pacta',
            'pact.yearly_review.date.2028-03-01@pacta',
            'pact.yearly_review.date.2029-03-01@pacta'
        ]);
    });
});

describe('pacta deadlines examples/critical-minerals-2026 --from 2027-01-01 --to 2027-12-31', () => {
    const args = ['deadlines', EXAMPLES, ...year2027];

    test('--format csv lists only 2027 occurrences', () => {
        const [header, ...records] = pacta([...args, '--format', 'csv'])
            .stdout.trimEnd()
            .split('\r\n');
        expect(header!.split(',').slice(0, 3)).toEqual(['id', 'deadline', 'date']);
        expect(records.length).toBeGreaterThan(0);
        for (const record of records) expect(record.split(',')[2]).toMatch(/^2027(-|$)/);
        // the USMCA's annual review recurs 2027 … 2036: only its 2027 occurrence
        expect(records.filter(record => record.startsWith('usmca.annual_review.')).map(record => record.split(',')[2])).toEqual(['2027-07-01']);
    });

    test('--format ics gives only 2027 events, as many as the CSV has rows', () => {
        const events = vevents(pacta([...args, '--format', 'ics']).stdout);
        const rows =
            pacta([...args, '--format', 'csv'])
                .stdout.trimEnd()
                .split('\r\n').length - 1;
        expect(events.length).toBe(rows);
        for (const event of events) expect(event.startDate.toString()).toMatch(/^2027-/);
    });
});

function vevents(ics: string): ICAL.Event[] {
    return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map(component => new ICAL.Event(component));
}
