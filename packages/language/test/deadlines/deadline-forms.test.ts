/**
 * The new deadline forms through the language services: the arithmetic of calendar-date.ts,
 * the holiday calendars, and a workspace that changes between two builds (an anchor that gets
 * its date). The per-form goldens are in golden/ (see golden.test.ts).
 */
import { AstUtils } from 'langium';
import { beforeAll, describe, expect, test } from 'vitest';
import {
    DefaultHolidayCalendars,
    loadHolidayData,
    RECURRING_CAP,
    RECURRING_HORIZON,
    addBusinessDays,
    civilFromDays,
    dayNumberOf,
    formatDayNumber,
    isCommitment,
    monthEdge,
    shiftRange,
    weekdayOf
} from '../../src/index.js';
import { buildWorkspace } from '../pacta-test-kit.js';

const day = (text: string) => dayNumberOf(text)!;

describe('day arithmetic', () => {
    test('day numbers round-trip over four centuries, weekdays included', () => {
        let previous = day('1999-12-31');
        expect(weekdayOf(previous)).toBe(5); // a Friday
        for (let n = previous + 1; n < day('2400-03-02'); n += 37) {
            const c = civilFromDays(n);
            const text = formatDayNumber(n);
            expect(dayNumberOf(text)).toBe(n);
            expect(text).toBe(`${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`);
            previous = n;
        }
        expect(formatDayNumber(day('2000-02-29'))).toBe('2000-02-29');
        expect(dayNumberOf('2100-02-29')).toBeUndefined();
    });

    test('month edges: first and last day, month ends, leap years, across years', () => {
        expect(formatDayNumber(monthEdge(day('2020-04-24'), 3, 'first'))).toBe('2020-07-01');
        expect(formatDayNumber(monthEdge(day('2026-02-04'), 0, 'last'))).toBe('2026-02-28');
        expect(formatDayNumber(monthEdge(day('2028-01-31'), 1, 'last'))).toBe('2028-02-29');
        expect(formatDayNumber(monthEdge(day('2026-11-30'), 2, 'first'))).toBe('2027-01-01');
        expect(formatDayNumber(monthEdge(day('2026-12-15'), 14, 'last'))).toBe('2028-02-29');
    });

    test('business days skip weekends and holidays, both ways; counting starts the day after', () => {
        const none = () => false;
        // Friday + 1 business day = Monday; Monday - 1 = Friday.
        expect(formatDayNumber(addBusinessDays(day('2026-07-10'), 1, none).day)).toBe('2026-07-13');
        expect(formatDayNumber(addBusinessDays(day('2026-07-13'), -1, none).day)).toBe('2026-07-10');
        // A Saturday anchor: the first business day is the Monday.
        expect(formatDayNumber(addBusinessDays(day('2026-07-11'), 1, none).day)).toBe('2026-07-13');
        const holiday = (d: number) => formatDayNumber(d) === '2026-07-03';
        const result = addBusinessDays(day('2026-06-30'), 5, holiday);
        expect(formatDayNumber(result.day)).toBe('2026-07-08');
        expect(result.skipped.map(formatDayNumber)).toEqual(['2026-07-03']);
        expect(addBusinessDays(day('2026-06-30'), 0, holiday).day).toBe(day('2026-06-30'));
    });

    test('a range of days keeps the precision both ends agree on', () => {
        expect(shiftRange({ value: '2020-04', precision: 'month' }, d => monthEdge(d, 3, 'first'))).toEqual({ value: '2020-07-01', precision: 'day' });
        expect(shiftRange({ value: '2020', precision: 'year' }, d => monthEdge(d, 0, 'first'))).toEqual({ value: '2020', precision: 'year' });
        expect(shiftRange({ value: '2025-10', precision: 'month' }, d => d + 30)).toEqual({ value: '2025', precision: 'year' });
        expect(shiftRange({ value: '2025-12', precision: 'month' }, d => d + 30)).toEqual({ value: '2026', precision: 'year' });
        expect(shiftRange({ value: '2025-12', precision: 'month' }, d => d + 31)).toEqual({ value: '2026-01', precision: 'month' });
        expect(shiftRange({ value: '2026-02-30', precision: 'day' }, d => d)).toBeUndefined();
    });
});

describe('holiday calendars', () => {
    const calendars = new DefaultHolidayCalendars();
    beforeAll(() => loadHolidayData());

    test('countries and regions of date-holidays, in capitals', () => {
        expect(calendars.countryCount()).toBeGreaterThanOrEqual(200);
        for (const code of ['US', 'JP', 'BE', 'DE', 'MX', 'CA', 'AU', 'US-DC', 'DE-BY']) expect(calendars.isKnown(code), code).toBe(true);
        for (const code of ['us', 'XX', 'US-XX', 'US-DC-X', '', 'EU']) expect(calendars.isKnown(code), code).toBe(false);
        expect(calendars.describe('US-DC')).toBe('United States of America, District of Columbia');
        expect(calendars.codes()).toContain('US-DC');
        // Countries first, then regions.
        expect(calendars.codes().indexOf('ZW')).toBeLessThan(calendars.codes().indexOf('US-DC'));
    });

    test('public holidays only, by date, cached per calendar and year', () => {
        const us = calendars.holidays('US', 2026);
        expect(us.get('2026-07-03')).toBe('Independence Day (substitute day)');
        expect(us.get('2026-12-25')).toBe('Christmas Day');
        expect(calendars.holidays('US', 2026)).toBe(us);
        const jp = calendars.holidays('JP', 2026);
        expect(['2026-04-29', '2026-05-04', '2026-05-05', '2026-05-06'].every(d => jp.has(d))).toBe(true);
        // Washington, D.C. adds Emancipation Day to the federal holidays.
        expect(calendars.holidays('US-DC', 2026).has('2026-04-16')).toBe(true);
        expect(us.has('2026-04-16')).toBe(false);
        expect(calendars.holidays('XX', 2026).size).toBe(0);
    });
});

describe('recurring limits', () => {
    test('the horizon is 10 occurrences, the cap 100', () => {
        expect(RECURRING_HORIZON).toBe(10);
        expect(RECURRING_CAP).toBe(100);
    });
});

describe('a workspace that changes', () => {
    test('a deadline anchored on an event without a date resolves once the event gets one', async () => {
        const text = (signed: string) => `agreement a "A" {
    signed${signed}
    commitment mou { due within 30 days after signed }
    commitment plan { due within 60 days after mou }
    commitment edge { due last day of the month of plan }
    commitment pick { due earliest of (plan, 2026-12-31) }
}`;
        // The same services (and caches) for both builds: the second one must not see the first one's answers.
        const build = async (signed: string) => {
            const ws = await buildWorkspace({ 'a.pacta': text(signed) });
            const resolver = ws.services.Pacta.deadlines.DeadlineResolver;
            const root = ws.documents.get('a.pacta')!.parseResult.value;
            const dates = AstUtils.streamAllContents(root)
                .filter(isCommitment)
                .map(c => {
                    const r = resolver.resolveDated(c);
                    return `${c.name} ${r.status === 'resolved' ? r.date : r.status}`;
                })
                .toArray();
            const codes = (ws.diagnostics.get('a.pacta') ?? []).map(d => String(d.code));
            return { dates, unresolved: codes.filter(code => code === 'pacta/unresolved-deadline').length };
        };
        expect(await build('')).toEqual({ dates: ['mou unresolved', 'plan unresolved', 'edge unresolved', 'pick unresolved'], unresolved: 4 });
        expect(await build(' 2026-02-04')).toEqual({ dates: ['mou 2026-03-06', 'plan 2026-05-05', 'edge 2026-05-31', 'pick 2026-05-05'], unresolved: 0 });
        expect(await build('')).toEqual({ dates: ['mou unresolved', 'plan unresolved', 'edge unresolved', 'pick unresolved'], unresolved: 4 });
    });

    test('the calendars of a business-day deadline follow the parties', async () => {
        const ws = await buildWorkspace({
            'a.pacta': `state US "United States"
state JP "Japan" { holidays "JP" }
bloc EU "European Union"
agency USTR "USTR" of US
person greer "Greer" of USTR
agreement a "A" {
    parties EU, US, JP
    signed 2026-04-28
    commitment c { by greer will "x" due within 10 business days after signed }
    commitment d { due within 10 business days after signed }
}`
        });
        const resolver = ws.services.Pacta.deadlines.DeadlineResolver;
        const root = ws.documents.get('a.pacta')!.parseResult.value;
        const [c, d] = AstUtils.streamAllContents(root).filter(isCommitment).toArray();
        const calendarsOf = (expr: unknown) => resolver.resolveTime(expr as never).calendars?.map(use => `${use.party.name}:${use.code ?? '-'}`);
        expect(calendarsOf(c!.due)).toEqual(['greer:US']);
        expect(calendarsOf(d!.due)).toEqual(['EU:-', 'US:US', 'JP:JP']);
    });
});
