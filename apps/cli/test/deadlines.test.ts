import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { EXAMPLES, GOLDEN, copyToTemp, expectGolden, pacta, tempRepo } from './helpers.js';

const input = join(GOLDEN, 'input');
// The clean part of the golden workspace: month-precision and unresolved deadlines, quotes and commas in titles.
const clean = ['parties.pacta', 'usmca.pacta', 'plan.pacta'];

describe('pacta deadlines: the four formats (goldens)', () => {
    const repo = copyToTemp(input);
    test.each([
        ['table', 'deadlines.txt'],
        ['json', 'deadlines.json'],
        ['csv', 'deadlines.csv'],
        ['ics', 'deadlines.ics']
    ])('--format %s', (format, golden) => {
        const run = pacta(['deadlines', ...clean, '--as-of', '2026-03-10', '--format', format], { cwd: repo });
        expect(run.code).toBe(0);
        expectGolden(golden, run.stdout);
        // The info finding (a deadline that waits for a date) goes to stderr, never into the output.
        expect(run.stderr).toContain('plan.pacta:18:13  info  pacta/unresolved-deadline');
    });
});

describe('pacta deadlines', () => {
    test('sorted by date, with the agreement, the actors, what is due and the chain', () => {
        const run = pacta(['deadlines', EXAMPLES]);
        expect(run.code).toBe(0);
        expect(run.stderr).toBe('');
        const lines = run.stdout.split('\n');
        expect(lines[0]).toMatch(/^DATE {8}DEADLINE {2,}ACTORS {2,}DUE$/);
        const mou = lines.findIndex(line => line.startsWith('2026-03-06  eu_us_japan.mou '));
        expect(lines[mou]).toMatch(/^2026-03-06 {2}eu_us_japan\.mou {2,}EU, US {2,}will finalize a memorandum of understanding/);
        expect(lines[mou + 1]).toBe(' '.repeat(12) + 'eu_us_japan.announced 2026-02-04 ⇒ within 30 days after eu_us_japan.announced (2026-02-04) → 2026-03-06');
        const dates = lines.filter(line => /^\d{4}/.test(line)).map(line => line.slice(0, 10).trim());
        expect(dates).toEqual(expect.arrayContaining(['2026-03-06', '2026-04-05', '2026-07-01', '2036-07-01']));
        expect(dates).toEqual([...dates].sort());
    });

    test("json: the SDK's listDeadlines rows, one per occurrence of the compiled document's deadlines, and the dated reviews and events", () => {
        const compiled = JSON.parse(readFileSync(join(EXAMPLES, 'critical-minerals-2026.json'), 'utf8'));
        const rows = JSON.parse(pacta(['deadlines', EXAMPLES, '--format', 'json', '--include-closed']).stdout) as { deadline: string }[];
        const perDeadline = compiled.deadlines.flatMap((d: { id: string; occurrences?: { dates: string[] } }) => (d.occurrences?.dates ?? [null]).map(() => d.id));
        // reviews, expiries and plain events with a written date (the compiled deadlines hold only computed dates)
        const dated = [
            'crma.critical_list_review',
            'crma.first_strategic_projects',
            'crma.oj_publication',
            'crma.strategic_list_review',
            'reg_168_2013.oj_publication',
            'reg_2018_1724.oj_publication',
            'reg_2018_858.oj_publication',
            'reg_2019_1020.oj_publication',
            'us_ukraine_fund.ratification_law',
            'us_ukraine_fund.ua_note',
            'us_ukraine_fund.us_note'
        ].map(id => `${id}.date`);
        expect(rows.map(row => row.deadline).sort()).toEqual([...perDeadline, ...dated].sort());
    });

    test('--from and --to (inclusive); a month-precision date matches a range it overlaps; unresolved ones are left out', () => {
        const dates = (args: string[]) => JSON.parse(pacta(['deadlines', ...clean, '--format', 'json', ...args], { cwd: input }).stdout).map((d: { deadline: string }) => d.deadline);
        expect(dates([])).toEqual(['eu_us_plan.roadmap.due', 'usmca.joint_review.date', 'usmca.expiry.date', 'eu_us_plan.projects.due']);
        expect(dates(['--from', '2026-04-30', '--to', '2026-07-01'])).toEqual(['eu_us_plan.roadmap.due', 'usmca.joint_review.date']);
        expect(dates(['--from', '2026-05-01'])).toEqual(['usmca.joint_review.date', 'usmca.expiry.date']);
        expect(dates(['--to', '2026-03-31'])).toEqual([]);
    });

    test('--from/--to: of a recurring deadline, only the occurrences in the range are listed', () => {
        const ids = (args: string[]) => JSON.parse(pacta(['deadlines', EXAMPLES, '--format', 'json', ...args]).stdout).map((d: { id: string }) => d.id);
        // usmca.annual_review: 2027-07-01 … 2036-07-01; its first occurrence is before the range
        expect(ids(['--from', '2031-07-01', '--to', '2031-07-01'])).toEqual(['usmca.annual_review.date.2031-07-01']);
        // and usmca.next_review (2032-07-01), the other arm of the branch `extended`: both listed while neither is taken
        expect(ids(['--from', '2031-01-01', '--to', '2032-12-31'])).toEqual(['usmca.annual_review.date.2031-07-01', 'usmca.annual_review.date.2032-07-01', 'usmca.next_review.date']);
        expect(ids(['--from', '2031-07-02', '--to', '2032-06-30'])).toEqual([]);
        // In CSV, the last column says which arm: the two futures stay apart.
        const csv = pacta(['deadlines', EXAMPLES, '--format', 'csv', '--from', '2031-01-01', '--to', '2032-12-31']).stdout.trimEnd().split('\r\n');
        expect(csv[0]!.endsWith(',column,branch')).toBe(true);
        expect(csv.slice(1).map(line => line.slice(line.lastIndexOf(',') + 1))).toEqual(['only if not extended', 'only if not extended', 'only if extended']);
    });

    test("--party: its deadlines, its agencies' and those of the agreements it is party to", () => {
        // one id per deadline (a recurring one has a row per occurrence)
        const ids = (party: string) => [...new Set(JSON.parse(pacta(['deadlines', EXAMPLES, '--format', 'json', '--party', party]).stdout).map((d: { deadline: string }) => d.deadline))];
        const usmca = ['usmca.last_notice.date', 'usmca.in_force.date'];
        const review = ['usmca.recommendations.due', 'usmca.confirm_extension.due', 'usmca.joint_review.date', 'usmca.annual_review.date'];
        expect(ids('MX')).toEqual([...usmca, 'us_mexico.action_plan.due', ...review, 'usmca.next_review.date', 'usmca.expiry.date']);
        // the 2023 agreement (in force upon signature), the combined agreement (JP is a party; the EU and the U.S. owe the MoU) and Japan's own framework
        expect(ids('JP')).toEqual([
            'us_japan_cma_2023.in_force.date',
            'eu_us_japan.mou.due',
            'us_japan_framework_2025.convene_ministerial.due',
            'us_japan_framework_2025.provide_financing.due',
            'us_japan_framework_2025.expiry.date'
        ]);
        const eu = ids('EU,CA');
        expect(eu).toEqual(expect.arrayContaining(['eu_us_japan.mou.due', 'crma.in_force.date', 'crma.critical_list_reviews.date', ...usmca, ...review, 'usmca.expiry.date']));
        expect(eu).not.toContain('us_mexico.action_plan.due');
    });

    test.each([
        [['--party', 'mx'], "✖ pacta deadlines: --party 'mx' is not a party of the workspace (did you mean 'MX'?)\n"],
        [['--party', 'XX'], "✖ pacta deadlines: --party 'XX' is not a party of the workspace\n"],
        [['--from', '2026-02-30'], "✖ pacta deadlines: --from '2026-02-30' is not a date: write YYYY-MM-DD (or 'today')\n"],
        [['--from', '2026-05-01', '--to', '2026-04-01'], '✖ pacta deadlines: --from 2026-05-01 is after --to 2026-04-01\n'],
        [['--format', 'pdf'], "✖ pacta deadlines: option '-f, --format <format>' argument 'pdf' is invalid. Allowed choices are table, json, csv, ics. (see 'pacta deadlines --help')\n"]
    ])('bad options: exit 2 with one line: %j', (args, message) => {
        expect(pacta(['deadlines', EXAMPLES, ...args])).toEqual({ code: 2, stdout: '', stderr: message });
    });

    test('errors in the workspace: nothing listed, exit 1', () => {
        const run = pacta(['deadlines'], { cwd: copyToTemp(input) });
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('✖ no deadlines listed: fix the errors first');
    });
});

describe('pacta deadlines --format ics', () => {
    const ics = pacta(['deadlines', 'examples/critical-minerals-2026', '--format', 'ics']).stdout;

    test('parses with ical.js; the MoU is an all-day event on 2026-03-06', () => {
        const calendar = new ICAL.Component(ICAL.parse(ics));
        expect(calendar.name).toBe('vcalendar');
        expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
        expect(String(calendar.getFirstPropertyValue('prodid'))).toMatch(/^-\/\/Pacta\/\/pacta /);
        const events = calendar.getAllSubcomponents('vevent').map(component => new ICAL.Event(component));
        const uids = events.map(event => event.uid);
        expect(uids).toEqual(expect.arrayContaining(['eu_us_japan.mou.due@pacta', 'us_mexico.action_plan.due@pacta', 'usmca.joint_review.date@pacta', 'usmca.expiry.date@pacta']));
        expect(new Set(uids).size).toBe(uids.length);
        // a recurring deadline: one event per occurrence, the first with the deadline's own uid
        expect(uids.filter(uid => uid.startsWith('usmca.annual_review.date'))).toEqual([
            'usmca.annual_review.date@pacta',
            ...[2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036].map(y => `usmca.annual_review.date.${y}-07-01@pacta`)
        ]);
        const mou = events.find(event => event.uid === 'eu_us_japan.mou.due@pacta')!;
        expect(mou.startDate.isDate).toBe(true);
        expect(mou.startDate.toString()).toBe('2026-03-06');
        expect(mou.endDate.toString()).toBe('2026-03-07');
        expect(mou.summary).toMatch(/^EU, US: finalize a memorandum of understanding/);
        expect(mou.description).toContain('within 30 days after eu_us_japan.announced (2026-02-04) → 2026-03-06');
        const starts = events.map(event => event.startDate.toString());
        expect(starts).toEqual(expect.arrayContaining(['2026-03-06', '2026-04-05', '2026-07-01', '2036-07-01']));
        for (const component of calendar.getAllSubcomponents('vevent')) {
            expect(component.getFirstPropertyValue('dtstamp')).toBeTruthy();
            expect(component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
        }
    });

    test('RFC 5545 lines: CRLF everywhere (the last line too), none over 75 octets', () => {
        expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
        const lines = ics.split('\r\n');
        expect(lines.some(line => line.includes('\n'))).toBe(false);
        expect(Math.max(...lines.map(line => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
    });

    test('same input, same bytes: no clock, no time zone', () => {
        for (const TZ of ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC']) {
            expect(pacta(['deadlines', 'examples/critical-minerals-2026', '--format', 'ics'], { env: { TZ } }).stdout).toBe(ics);
        }
        expect(ics).toContain('DTSTAMP:19700101T000000Z');
    });

    test('SOURCE_DATE_EPOCH sets DTSTAMP', () => {
        const stamped = pacta(['deadlines', 'examples/critical-minerals-2026', '--format', 'ics'], { env: { SOURCE_DATE_EPOCH: '1772409600' } }).stdout;
        expect(stamped).toContain('DTSTAMP:20260302T000000Z');
    });

    test('a date known to the month is a one-day "by the end of" event on its last day', () => {
        const calendar = new ICAL.Component(ICAL.parse(pacta(['deadlines', ...clean, '--format', 'ics'], { cwd: input }).stdout));
        const roadmap = calendar
            .getAllSubcomponents('vevent')
            .map(c => new ICAL.Event(c))
            .find(e => e.uid === 'eu_us_plan.roadmap.due@pacta')!;
        expect([roadmap.startDate.toString(), roadmap.endDate.toString()]).toEqual(['2026-04-30', '2026-05-01']);
        expect(roadmap.summary).toMatch(/ — by the end of 2026-04$/);
    });

    test('-o writes the calendar atomically', () => {
        const repo = tempRepo();
        const run = pacta(['deadlines', EXAMPLES, '--format', 'ics', '-o', 'cal/deadlines.ics'], { cwd: repo });
        expect(run.code).toBe(0);
        expect(readFileSync(join(repo, 'cal/deadlines.ics'), 'utf8')).toBe(ics);
    });
});
