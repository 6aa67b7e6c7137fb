import Holidays from 'date-holidays';
import { fullDays } from '../../src/deadlines/holiday-calendars.js';

/**
 * A calendar's public holidays in a year as date-holidays itself gives them (all its data loaded),
 * by day as `fullDays` counts them, two on one day joined with ` / `: the reference the language's
 * calendars are compared with. `ownZone: false` reads the holidays without time zones (as
 * DefaultHolidayCalendars did before the rules were split per country).
 */
export function referenceDays(code: string, year: number, { ownZone }: { ownZone: boolean }): [string, string][] {
    const [country, region] = code.split('-');
    const options = { types: ['public' as const], languages: ['en'] };
    const calendar = region === undefined ? new Holidays(country!, options) : new Holidays(country!, region, options);
    if (!ownZone) (calendar as unknown as { setTimezone(timezone: string | undefined): void }).setTimezone(undefined);
    const list = [year - 1, year].flatMap(y => (calendar.getHolidays(y, 'en') || []).filter(holiday => holiday.type === 'public'));
    const days = new Map<string, string>();
    for (const holiday of list.sort((a, b) => a.date.localeCompare(b.date))) {
        for (const date of fullDays(holiday)) {
            if (!date.startsWith(`${year}-`)) continue;
            const names = days.get(date);
            if (names === undefined) days.set(date, holiday.name);
            else if (!names.split(' / ').includes(holiday.name)) days.set(date, `${names} / ${holiday.name}`);
        }
    }
    return [...days];
}
