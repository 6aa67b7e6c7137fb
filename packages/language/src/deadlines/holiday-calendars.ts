import { DocumentState, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { type Document, isParty } from '../generated/ast.js';
import { lookupCountry } from '../reference-data/countries.js';
import {
    HOLIDAY_CALENDAR_INDEX,
    type HolidayDataLoader,
    type HolidayParserClass,
    calendarCountry,
    defaultHolidayDataLoader,
    holidayDataProblem,
    loadHolidayData,
    loadedHolidayData
} from './holiday-data.js';

export { loadHolidayData } from './holiday-data.js';

/**
 * The days (`YYYY-MM-DD`) a holiday covers from midnight to midnight. `date-holidays` gives its
 * local start (`'2026-02-16 00:00:00'`) and its start and end instants (end exclusive): Vietnamese
 * New Year 2026 covers 16 to 20 February; a holiday from noon (China's Youth Day, `'… 12:00:00'`)
 * does not cover its first day. An end within two hours of a midnight is taken as that midnight,
 * so a day that a change of summer time makes 23 or 25 hours long still counts.
 */
export function fullDays(holiday: { date: string; start?: Date; end?: Date }): string[] {
    const match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?/.exec(holiday.date);
    if (!match) return [];
    const startDay = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
    const startMinute = Number(match[4] ?? 0) * 60 + Number(match[5] ?? 0);
    const length =
        holiday.start instanceof Date && holiday.end instanceof Date && !Number.isNaN(holiday.end.getTime() - holiday.start.getTime())
            ? Math.round((holiday.end.getTime() - holiday.start.getTime()) / 60_000)
            : 1440 - startMinute;
    const from = startMinute === 0 ? startDay : startDay + 1;
    // The end, snapped to the nearest midnight when within two hours of it.
    const end = startDay * 1440 + startMinute + length;
    const midnight = Math.floor((end + 120) / 1440);
    const to = Math.abs(end - midnight * 1440) <= 120 ? midnight : Math.floor(end / 1440); // exclusive
    const days: string[] = [];
    // No public holiday is longer than a few weeks; the bound keeps bad data from looping.
    for (let day = from; day < to && days.length < 366; day++) days.push(new Date(day * 86_400_000).toISOString().slice(0, 10));
    return days;
}

/**
 * The holidays of a list that fall in a year, by date (`YYYY-MM-DD`): the names of two holidays
 * on one day joined with ` / `, in the order of their start.
 */
function byDay(year: number, list: readonly RawHoliday[]): ReadonlyMap<string, string> {
    const result = new Map<string, string>();
    const prefix = `${String(year).padStart(4, '0')}-`;
    for (const holiday of [...list].sort((a, b) => a.date.localeCompare(b.date))) {
        for (const date of fullDays(holiday)) {
            if (!date.startsWith(prefix)) continue;
            const names = result.get(date);
            if (names === undefined) result.set(date, holiday.name);
            else if (!names.split(' / ').includes(holiday.name)) result.set(date, `${names} / ${holiday.name}`);
        }
    }
    return result;
}

/** The words without which a document needs no holiday calendar: `business days`, `holidays "JP"`. */
const NEEDS_CALENDARS = /\b(?:business|holidays)\b/;

/** A holiday as `date-holidays` gives it. */
type RawHoliday = { date: string; start?: Date; end?: Date; name: string; type: string };

/** A public holiday: its date (`YYYY-MM-DD`) and its English name. */
export interface Holiday {
    readonly date: string;
    readonly name: string;
}

/**
 * Public holidays by calendar, for counting business days. A calendar is a `date-holidays`
 * country code (`JP`, `BE`) or a country and region (`US-DC`, `DE-BY`), in capitals.
 */
export interface HolidayCalendars {
    /** True when the code names a calendar: `JP`, `US-DC`. */
    isKnown(code: string): boolean;
    /** The known country codes, then the region codes (`US-DC`), sorted; for suggestions. */
    codes(): readonly string[];
    /** The public holidays of a calendar in a year, by date; empty for an unknown code. */
    holidays(code: string, year: number): ReadonlyMap<string, string>;
    /**
     * The name of the public holiday on a day (`YYYY-MM-DD`) in a calendar (`A / B` for two),
     * undefined when none or for an unknown code: `holidays(code, year).get(date)`, computing
     * only what that day needs.
     */
    holidayOn(code: string, date: string): string | undefined;
    /** The name of a calendar (`Japan`, `United States of America, District of Columbia`), if known. */
    describe(code: string): string | undefined;
    /** How many countries the library knows. */
    countryCount(): number;
    /**
     * Why a known calendar cannot be read now (its rules could not be loaded, or are not loaded yet),
     * undefined when it can: a deadline counted in it is then unresolved with this reason.
     */
    unavailable(code: string): string | undefined;
}

/**
 * The calendars a workspace may use: each party's `holidays`, and a state's own country (its code
 * or name). An agency follows its parent, which is a party of the workspace too; so this covers every
 * calendar the deadline resolver can ask for, without linking.
 */
function namedCalendars(document: LangiumDocument): string[] {
    const codes: string[] = [];
    for (const party of (document.parseResult.value as Partial<Document>).elements ?? []) {
        if (!isParty(party)) continue;
        if (party.holidays !== undefined) codes.push(party.holidays);
        // A document being typed may have a party without a name yet.
        if (party.kind === 'state') {
            const alpha2 = lookupCountry(party.code ?? party.name ?? '')?.alpha2;
            if (alpha2 !== undefined) codes.push(alpha2);
        }
    }
    return codes;
}

/** `date-holidays` rules read by `date-holidays-parser` (public holidays only, English names), cached per calendar and year. */
export class DefaultHolidayCalendars implements HolidayCalendars {
    /**
     * With the shared services, loads the rules of the calendars the workspace names at the start of
     * every build once a document counts business days or names a calendar (validation and
     * compilation come later, and read the calendars synchronously): only those countries, through
     * `loader`. Without them, call `loadHolidayData()` first.
     */
    constructor(shared?: LangiumSharedCoreServices, loader: HolidayDataLoader = defaultHolidayDataLoader()) {
        let used = false;
        shared?.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedContent, async documents => {
            used ||= documents.some(document => NEEDS_CALENDARS.test(document.textDocument.getText()));
            if (!used) return;
            // Every document, not only the built ones: a party of another file may give the calendar.
            const codes = shared.workspace.LangiumDocuments.all.toArray().flatMap(namedCalendars);
            try {
                await loadHolidayData(codes, loader);
            } catch (error) {
                // Offline, or the files are not where the loader looks: the build goes on (a failed build
                // would leave every file without diagnostics), deadlines counted in those calendars stay
                // unresolved, and the next build tries again.
                console.error(`Pacta: holiday calendars could not be loaded; deadlines counted in their business days stay unresolved: ${error instanceof Error ? error.message : String(error)}`);
            }
        });
    }

    private readonly years = new Map<string, ReadonlyMap<string, string>>();
    private readonly ownYears = new Map<string, ReadonlyMap<string, string>>();
    private readonly lists = new Map<string, readonly RawHoliday[]>();
    private readonly calendars = new Map<string, InstanceType<HolidayParserClass>>();
    private allCodes: string[] | undefined;

    unavailable(code: string): string | undefined {
        return this.isKnown(code) ? holidayDataProblem(code) : undefined;
    }

    isKnown(code: string): boolean {
        return this.describe(code) !== undefined;
    }

    describe(code: string): string | undefined {
        if (code !== code.toUpperCase()) return undefined;
        const [country, region, ...rest] = code.split('-');
        if (!country || rest.length > 0) return undefined;
        const countryName = this.countryNames()[country];
        if (countryName === undefined) return undefined;
        if (region === undefined) return countryName;
        const regionName = this.stateNames(country)[region];
        return regionName === undefined ? undefined : `${countryName}, ${regionName}`;
    }

    codes(): readonly string[] {
        if (!this.allCodes) {
            const countries = Object.keys(this.countryNames()).sort();
            const regions = countries.flatMap(c => Object.keys(this.stateNames(c)).map(s => `${c}-${s}`)).sort();
            this.allCodes = [...countries, ...regions];
        }
        return this.allCodes;
    }

    countryCount(): number {
        return Object.keys(this.countryNames()).length;
    }

    holidays(code: string, year: number): ReadonlyMap<string, string> {
        const key = `${code} ${year}`;
        let result = this.years.get(key);
        if (!result) {
            // A holiday of the year before may run into this one (31 December to 2 January).
            result = this.isKnown(code) ? byDay(year, [...this.list(code, year - 1), ...this.list(code, year)]) : new Map();
            this.years.set(key, result);
        }
        return result;
    }

    /**
     * Computing a year's holidays is the cost (a few milliseconds per calendar and year: lunar
     * calendars and equinoxes are computed), and a business-day count visits a few days of some
     * years: a day after January needs only its own year's rules. No public holiday of
     * `date-holidays` runs more than two days into the next year (all 207 countries, 2014–2031:
     * Eswatini's Incwala Festival to 2 January), so January is a wide margin; a day of January
     * takes the year before into account as `holidays` does.
     */
    holidayOn(code: string, date: string): string | undefined {
        const year = Number(date.slice(0, 4));
        const key = `${code} ${year}`;
        const whole = this.years.get(key);
        if (whole || date.slice(5, 7) === '01') return (whole ?? this.holidays(code, year)).get(date);
        let own = this.ownYears.get(key);
        if (!own) {
            own = this.isKnown(code) ? byDay(year, this.list(code, year)) : new Map();
            this.ownYears.set(key, own);
        }
        return own.get(date);
    }

    /** The public holidays `date-holidays` gives for a year (computing them takes a few milliseconds: once per calendar and year). */
    private list(code: string, year: number): readonly RawHoliday[] {
        const key = `${code} ${year}`;
        let list = this.lists.get(key);
        if (!list) {
            list = (this.calendar(code).getHolidays(year, 'en') || []).filter(holiday => holiday.type === 'public');
            this.lists.set(key, list);
        }
        return list;
    }

    /**
     * The `date-holidays` calendar of a code, made once: making one reads the country's rules, a
     * sixth of the time its holidays take, and a workspace counts business days in the same few
     * calendars over many years.
     */
    private calendar(code: string): InstanceType<HolidayParserClass> {
        let calendar = this.calendars.get(code);
        if (!calendar) {
            const [country, region] = code.split('-');
            const { Parser, data } = loadedHolidayData(calendarCountry(code) ?? country!);
            const options = { types: ['public'], languages: ['en'] };
            calendar = region === undefined ? new Parser(data, country!, options) : new Parser(data, country!, region, options);
            // No time zone: the start and end instants are then the local date and time read in
            // Node's zone, not converted from the country's zone by moment-timezone (two thirds of
            // the time a year's holidays take). Only the holiday's length is read from them, and a
            // change of summer time in either zone moves it by an hour or less, which `fullDays`
            // absorbs: the same days for all 207 countries 2014–2031 (Node in UTC, Europe/Berlin,
            // America/Santiago, America/New_York) and all 364 regions 2020–2031 (Australia/Lord_Howe);
            // test/deadlines/holiday-days.test.ts checks a few in several zones.
            calendar.setTimezone(undefined);
            this.calendars.set(code, calendar);
        }
        return calendar;
    }

    private countryNames(): Readonly<Record<string, string>> {
        return HOLIDAY_CALENDAR_INDEX.countries;
    }

    private stateNames(country: string): Readonly<Record<string, string>> {
        return HOLIDAY_CALENDAR_INDEX.regions[country] ?? {};
    }
}
