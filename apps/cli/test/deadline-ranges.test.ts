import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GOLDEN, copyToTemp, expectGolden, pacta } from './helpers.js';

// The reviewer's repros (golden/ranges): a monthly series past its 10 listed occurrences, the
// occurrences after a termination or a supersession, dated reviews and events, a `not before` item.
const ranges = copyToTemp(join(GOLDEN, 'ranges'));
// Lists on a fixed day (as the status golden's): what has lapsed by then is closed, whatever the clock says.
const run = (command: string, args: string[]) => {
    const result = pacta([command, ...(command === 'deadlines' ? ['--as-of', '2026-03-10'] : []), ...args], { cwd: ranges });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return result.stdout;
};
const year = (y: number) => ['--from', `${y}-01-01`, '--to', `${y}-12-31`];

describe('pacta deadlines past the horizon, after the end, with dated events (goldens)', () => {
    test.each([
        ['table, the listed occurrences, more follow marked', ['deadlines'], 'ranges.txt'],
        ['csv of 2026: every monthly report of 2026, nothing of the ended agreements', ['deadlines', '--format', 'csv', ...year(2026)], 'ranges.2026.csv'],
        ['csv of 2027 with --include-closed: ended occurrences marked', ['deadlines', '--format', 'csv', '--include-closed', ...year(2027)], 'ranges.2027.closed.csv'],
        ['ics of 2026: every monthly report, the not-before item says so', ['deadlines', '--format', 'ics', ...year(2026)], 'ranges.2026.ics'],
        ['json from 2030-01-01 (no --to): the next 10', ['deadlines', '--format', 'json', '--from', '2030-01-01'], 'ranges.2030.json'],
        ['status on 2026-03-10: the next occurrence past the listed ones', ['status', '--as-of', '2026-03-10'], 'ranges.status.2026-03-10.txt']
    ])('%s', (_what, [command, ...args], golden) => {
        expectGolden(golden!, run(command!, args));
    });

    test('a monthly series counts every occurrence from its anchor, far past the horizon', () => {
        const csv = run('deadlines', ['--format', 'csv', ...year(2026)]).split('\r\n');
        const report = csv.filter(line => line.startsWith('monthly.report.due'));
        expect(report.map(line => line.split(',').slice(2, 3)[0])).toEqual([
            '2026-01-31',
            '2026-02-28',
            '2026-03-31',
            '2026-04-30',
            '2026-05-31',
            '2026-06-30',
            '2026-07-31',
            '2026-08-31',
            '2026-09-30',
            '2026-10-31',
            '2026-11-30',
            '2026-12-31'
        ]);
        expect(report[0]!.split(',')[6]).toBe('24/35+');
        expect(csv.some(line => /^(t|old1|base)\./.test(line))).toBe(false);
    });

    test('the default list marks a truncated series 10/10+, as the JSON says truncated', () => {
        const rows = JSON.parse(run('deadlines', ['--format', 'json'])) as { id: string; occurrence?: { index: number; count: number; truncated: boolean } }[];
        expect(rows.find(row => row.id === 'monthly.report.due.2024-11-30')!.occurrence).toEqual({ index: 10, count: 10, truncated: true });
        expect(
            run('deadlines', ['--format', 'csv'])
                .split('\r\n')
                .find(line => line.startsWith('monthly.report.due.2024-11-30'))!
                .split(',')[6]
        ).toBe('10/10+');
    });

    test('an absurd range is capped, not computed: a monthly series from 1000 to 9999', () => {
        // Every month up to 9999 would be about 95,700 rows: at most 1,000 per deadline.
        const csv = run('deadlines', ['--format', 'csv', '--from', '1000-01-01', '--to', '9999-12-31']).split('\r\n');
        expect(csv.filter(line => line.startsWith('monthly.report.due')).length).toBe(1000);
    });
});

// A series in business days keeps only its listed occurrences: a range past them says what it left out.
describe('pacta deadlines: a business-day series asked for a range past its listed occurrences', () => {
    const business = copyToTemp(join(GOLDEN, 'ranges-business'));
    const list = (args: string[]) => pacta(['deadlines', '--as-of', '2026-03-10', ...args], { cwd: business });
    const LEFT_OUT =
        'Left out: occurrences of weekly.notice.due after 2026-03-18 (the last of its 10 listed): a period in business days is not computed past its listed occurrences (its holiday calendars are not in the compiled document)\n';

    test('the table says occurrences were left out, after "No deadlines." (golden)', () => {
        const result = list(year(2027));
        expect(result.code).toBe(0);
        expect(result.stderr).toBe('');
        expectGolden('ranges-business.2027.txt', result.stdout);
        expect(result.stdout).toBe(`No deadlines.\n${LEFT_OUT}`);
    });

    test('a range that reaches past the listed ones lists those in range, then says the rest is left out', () => {
        const result = list(['--from', '2026-03-01', '--to', '2026-12-31']);
        expect(result.stdout.split('\n').filter(line => line.startsWith('2026-'))).toHaveLength(3);
        expect(result.stdout.endsWith(LEFT_OUT)).toBe(true);
    });

    test.each(['json', 'csv', 'ics'])('as %s: the output keeps its shape, stderr says what was left out', format => {
        const result = list(['--format', format, ...year(2027)]);
        expect(result.code).toBe(0);
        expect(result.stderr).toBe(LEFT_OUT);
        if (format === 'json') expect(JSON.parse(result.stdout)).toEqual([]);
    });

    test('a range within the listed occurrences, or no range at all, leaves nothing out', () => {
        for (const args of [['--from', '2026-01-01', '--to', '2026-03-18'], []]) {
            const result = list(args);
            expect(result.stdout).not.toContain('Left out');
            expect(result.stderr).toBe('');
        }
    });
});
