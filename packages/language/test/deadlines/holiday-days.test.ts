import { describe, expect, test } from 'vitest';
import { DefaultHolidayCalendars, fullDays, loadHolidayData } from '../../src/deadlines/holiday-calendars.js';
import { referenceDays } from './holiday-reference.js';

const hours = (n: number) => n * 3_600_000;
const at = (iso: string) => new Date(iso);

describe('fullDays: the days a holiday covers from midnight to midnight', () => {
    test('a holiday of several days counts every day', () => {
        // Vietnamese New Year 2026 (UTC+7): 16 to 20 February.
        expect(fullDays({ date: '2026-02-16 00:00:00', start: at('2026-02-15T17:00:00Z'), end: at('2026-02-20T17:00:00Z') })).toEqual([
            '2026-02-16',
            '2026-02-17',
            '2026-02-18',
            '2026-02-19',
            '2026-02-20'
        ]);
    });
    test('a holiday from noon does not cover its first day', () => {
        expect(fullDays({ date: '2026-05-04 12:00:00', start: at('2026-05-04T04:00:00Z'), end: at('2026-05-04T16:00:00Z') })).toEqual([]);
    });
    test('a day made 23 or 25 hours long by summer time still counts', () => {
        const start = at('2026-03-29T00:00:00Z');
        expect(fullDays({ date: '2026-03-29 00:00:00', start, end: new Date(start.getTime() + hours(23)) })).toEqual(['2026-03-29']);
        expect(fullDays({ date: '2026-10-25 00:00:00', start, end: new Date(start.getTime() + hours(25)) })).toEqual(['2026-10-25']);
    });
    test('a holiday that ends at noon does not cover its last day', () => {
        const start = at('2026-12-24T00:00:00Z');
        expect(fullDays({ date: '2026-12-24 00:00:00', start, end: new Date(start.getTime() + hours(36)) })).toEqual(['2026-12-24']);
    });
    test('without start and end, the day of the date', () => {
        expect(fullDays({ date: '2026-07-04 00:00:00' })).toEqual(['2026-07-04']);
        expect(fullDays({ date: 'not a date' })).toEqual([]);
    });
});

describe('DefaultHolidayCalendars: one date-holidays calendar per code, reused for every year', () => {
    test('a year gives the same holidays whatever years were asked for before it', async () => {
        await loadHolidayData();
        const codes = ['JP', 'KR', 'US-DC', 'VN', 'SA'];
        const years = [2027, 1999, 2026, 2040, 2025];
        // A new set of calendars per year: each year computed first, by a calendar made for it.
        const alone = codes.map(code => years.map(year => [...new DefaultHolidayCalendars().holidays(code, year)]));
        const shared = new DefaultHolidayCalendars();
        const inTurn = codes.map(code => years.map(year => [...shared.holidays(code, year)]));
        expect(inTurn).toEqual(alone);
        // Japan's Vernal Equinox Day (computed, not a fixed date) is there.
        expect(alone[0]![2]!.some(([date, name]) => date === '2026-03-20' && /Equinox/.test(name))).toBe(true);
    });
});

describe('DefaultHolidayCalendars.holidayOn: one day, computing only the years it needs', () => {
    test('every day of a year gives what holidays(code, year) has for it', async () => {
        await loadHolidayData();
        // Eswatini's Incwala Festival 2014 runs to 2 January 2015; Vietnam's New Year spans days.
        const cases: [string, number][] = [
            ['SZ', 2015],
            ['JP', 2026],
            ['VN', 2026],
            ['US-DC', 2027],
            ['SA', 2025]
        ];
        for (const [code, year] of cases) {
            const whole = new DefaultHolidayCalendars().holidays(code, year);
            // A fresh set, asked day by day from December back to January: the days after January
            // are answered before the year before was ever computed.
            const daily = new DefaultHolidayCalendars();
            const found = new Map<string, string>();
            for (let day = Date.UTC(year, 11, 31); day >= Date.UTC(year, 0, 1); day -= 86_400_000) {
                const date = new Date(day).toISOString().slice(0, 10);
                const name = daily.holidayOn(code, date);
                if (name !== undefined) found.set(date, name);
            }
            expect(new Map([...found].sort()), `${code} ${year}`).toEqual(new Map([...whole].sort()));
            expect(whole.size, `${code} ${year}`).toBeGreaterThan(0);
        }
        expect(new DefaultHolidayCalendars().holidayOn('SZ', '2015-01-02')).toMatch(/Incwala/);
        expect(new DefaultHolidayCalendars().holidayOn('XX', '2026-01-01')).toBeUndefined();
    });
});

describe('DefaultHolidayCalendars: holidays without time zone conversion', () => {
    test("the same days as date-holidays in the country's own time zone, whatever Node's zone", async () => {
        await loadHolidayData();
        // The reference: date-holidays with its time zones (moment-timezone), days as fullDays counts them.
        const reference = (code: string, year: number) => referenceDays(code, year, { ownZone: true });
        // Multi-day holidays (VN, CN), one from noon (CN), lunar and equinox dates (KR, JP), a region, 2 January (SZ).
        const cases: [string, number][] = [
            ['VN', 2026],
            ['CN', 2025],
            ['KR', 2027],
            ['JP', 2026],
            ['US-DC', 2026],
            ['DE-BY', 2025],
            ['SZ', 2015],
            ['CL', 2026]
        ];
        const expected = cases.map(([code, year]) => reference(code, year));
        const zone = process.env.TZ;
        try {
            // Zones with summer time changing at midnight (Santiago) and by half an hour (Lord Howe).
            for (const tz of ['UTC', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Tokyo']) {
                process.env.TZ = tz;
                const calendars = new DefaultHolidayCalendars();
                expect(
                    cases.map(([code, year]) => [...calendars.holidays(code, year)]),
                    tz
                ).toEqual(expected);
            }
        } finally {
            if (zone === undefined) delete process.env.TZ;
            else process.env.TZ = zone;
        }
    });
});
