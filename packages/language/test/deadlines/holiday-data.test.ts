/**
 * The holiday rules split per country at `pnpm generate` (scripts/generate-holidays.mjs) give the
 * same calendars as `date-holidays` with all its data, which the language loaded before: every
 * calendar the language accepts (each country and region code) loads on its own and gives the
 * same public holidays for a sample of years, computed as DefaultHolidayCalendars did before.
 */
import Holidays from 'date-holidays';
import { data as allData } from 'date-holidays/data';
import { beforeAll, describe, expect, test } from 'vitest';
import { DefaultHolidayCalendars, loadHolidayData } from '../../src/deadlines/holiday-calendars.js';
import { HOLIDAY_CALENDAR_INDEX } from '../../src/deadlines/holiday-data.js';
import { referenceDays } from './holiday-reference.js';

/** What DefaultHolidayCalendars.holidays(code, year) gave with all of date-holidays loaded (its code before the split). */
const before = (code: string, year: number) => referenceDays(code, year, { ownZone: false });

describe('holiday rules split per country', () => {
    const calendars = new DefaultHolidayCalendars();
    const codes = calendars.codes();
    const countries = codes.filter(code => !code.includes('-'));
    // Only codes in capitals are calendars (`holidays "US-DC"`); date-holidays also has `CK-Aitutaki`.
    const regions = codes.filter(code => code.includes('-') && calendars.isKnown(code));

    beforeAll(async () => {
        // One country at a time: each must load without the others.
        for (const country of countries) await loadHolidayData([country]);
    });

    test('the index has every country and region of date-holidays, with the same English names', () => {
        const all = new Holidays();
        expect(HOLIDAY_CALENDAR_INDEX.version).toBe(allData.version);
        expect(HOLIDAY_CALENDAR_INDEX.countries).toEqual(all.getCountries('en'));
        for (const country of countries) expect(HOLIDAY_CALENDAR_INDEX.regions[country] ?? {}, country).toEqual(all.getStates(country, 'en') ?? {});
        expect(countries.length).toBeGreaterThanOrEqual(200);
        expect(regions.length).toBeGreaterThanOrEqual(300);
    });

    test('every country gives the holidays of before, in 2019, 2026 and 2033', () => {
        for (const code of countries) {
            for (const year of [2019, 2026, 2033]) expect([...calendars.holidays(code, year)], `${code} ${year}`).toEqual(before(code, year));
        }
    });

    test('every region gives the holidays of before, in 2026', () => {
        for (const code of regions) expect([...calendars.holidays(code, 2026)], code).toEqual(before(code, 2026));
    });
});
