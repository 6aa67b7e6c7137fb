import { DocumentState, type LangiumSharedCoreServices } from 'langium';

/** The `date-holidays` class, once loaded. */
type HolidaysClass = typeof import('date-holidays').default;
let Holidays: HolidaysClass | undefined;

/**
 * Loads `date-holidays`. Its data (every country's rules) takes about 40 ms and 25 MB to load, so
 * it is loaded only for a workspace that needs it — one that counts business days or names a
 * calendar (see `DefaultHolidayCalendars`) — not by every `pacta` command and editor start.
 * Once loaded it stays loaded.
 */
export async function loadHolidayData(): Promise<void> {
    Holidays ??= (await import('date-holidays')).default;
}

function holidaysClass(): HolidaysClass {
    if (!Holidays) throw new Error('the holiday calendars are not loaded: call loadHolidayData() first (the document builder does so for a workspace that uses them)');
    return Holidays;
}

/** The words without which a document needs no holiday calendar: `business days`, `holidays "JP"`. */
const NEEDS_CALENDARS = /\b(?:business|holidays)\b/;

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
    /** The name of a calendar (`Japan`, `United States of America, District of Columbia`), if known. */
    describe(code: string): string | undefined;
    /** How many countries the library knows. */
    countryCount(): number;
}

/** `date-holidays` (public holidays only, English names), cached per calendar and year. */
export class DefaultHolidayCalendars implements HolidayCalendars {
    /**
     * With the shared services, loads the holiday data at the start of every build that includes
     * a document using business days or `holidays` (validation and compilation come later, and
     * read the calendars synchronously). Without them, call `loadHolidayData()` first.
     */
    constructor(shared?: LangiumSharedCoreServices) {
        shared?.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedContent, async documents => {
            if (!Holidays && documents.some(document => NEEDS_CALENDARS.test(document.textDocument.getText()))) await loadHolidayData();
        });
    }

    private countries: Record<string, string> | undefined;
    private readonly states = new Map<string, Record<string, string>>();
    private readonly years = new Map<string, ReadonlyMap<string, string>>();
    private allCodes: string[] | undefined;

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
            result = this.isKnown(code) ? this.load(code, year) : new Map();
            this.years.set(key, result);
        }
        return result;
    }

    private load(code: string, year: number): ReadonlyMap<string, string> {
        const [country, region] = code.split('-');
        const options = { types: ['public' as const], languages: ['en'] };
        const calendar = region === undefined ? new (holidaysClass())(country!, options) : new (holidaysClass())(country!, region, options);
        const result = new Map<string, string>();
        const list = calendar.getHolidays(year, 'en') || [];
        for (const holiday of [...list].sort((a, b) => a.date.localeCompare(b.date))) {
            if (holiday.type !== 'public') continue;
            const date = holiday.date.slice(0, 10);
            const names = result.get(date);
            result.set(date, names === undefined ? holiday.name : `${names} / ${holiday.name}`);
        }
        return result;
    }

    private countryNames(): Record<string, string> {
        this.countries ??= new (holidaysClass())().getCountries('en') ?? {};
        return this.countries;
    }

    private stateNames(country: string): Record<string, string> {
        let names = this.states.get(country);
        if (!names) {
            names = new (holidaysClass())().getStates(country, 'en') ?? {};
            this.states.set(country, names);
        }
        return names;
    }
}
