import { createHolidayDataLoader } from '#holiday-data';
import calendarIndex from '../generated-holidays/holiday-calendars.json' with { type: 'json' };

/**
 * One country's holiday rules, split from `date-holidays` by scripts/generate-holidays.mjs: the
 * rules (read only by `date-holidays-parser`) and the countries whose days they borrow (`_days`).
 */
export interface HolidayCountryData {
    readonly country: string;
    readonly rules: Readonly<Record<string, unknown>>;
    readonly borrows: readonly string[];
}

/**
 * Where the holiday rules of a country come from: modules bundled with the language in Node (one
 * per country, evaluated only when asked for), `holidays/XX.json` fetched next to the language
 * server in a browser. The rules of a country are asked for once per process.
 */
export interface HolidayDataLoader {
    load(country: string): Promise<HolidayCountryData>;
    /** The parser of the rules (`date-holidays-parser`, with its calendars and astronomy: larger than most countries' rules together). */
    parser(): Promise<HolidayParserClass>;
}

/** The calendars there are, with their English names, without any rules (src/generated-holidays/holiday-calendars.json). */
export const HOLIDAY_CALENDAR_INDEX = calendarIndex as {
    readonly version: string;
    readonly license: string;
    /** Country code → name: `JP` → `Japan`. */
    readonly countries: Readonly<Record<string, string>>;
    /** Country code → its regions' codes → names: `US` → `DC` → `District of Columbia`. */
    readonly regions: Readonly<Record<string, Readonly<Record<string, string>>>>;
    /** The holiday names every country's rules refer to (`_name`). */
    readonly names: Readonly<Record<string, unknown>>;
};

/** The parser of `date-holidays` rules (`date-holidays-parser`), once loaded. */
export type HolidayParserClass = typeof import('date-holidays-parser').default;
let Parser: HolidayParserClass | undefined;

const loaded = new Map<string, HolidayCountryData>();
const loading = new Map<string, Promise<HolidayCountryData>>();
/** Why a country's rules could not be loaded the last time they were asked for (a later load tries again). */
const failures = new Map<string, string>();
const parserData = new Map<string, object>();

/** The country of a calendar code (`US` of `US-DC`), when the index knows it. */
export function calendarCountry(code: string): string | undefined {
    const country = code.split('-')[0]!;
    return Object.hasOwn(HOLIDAY_CALENDAR_INDEX.countries, country) ? country : undefined;
}

/**
 * Loads the rules of the calendars named (`JP`, `US-DC`: a region loads its country), or of every
 * country without `codes`, and the parser. A few KB and milliseconds per country; once loaded,
 * a country stays loaded for the process. Unknown codes are ignored (validation reports them).
 */
export async function loadHolidayData(codes?: Iterable<string>, loader: HolidayDataLoader = defaultHolidayDataLoader()): Promise<void> {
    try {
        Parser ??= await loader.parser();
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        for (const code of codes ?? []) failures.set(calendarCountry(code) ?? code, `its parser: ${message}`);
        throw error;
    }
    const countries = new Set<string>();
    for (const code of codes ?? Object.keys(HOLIDAY_CALENDAR_INDEX.countries)) {
        const country = calendarCountry(code);
        if (country !== undefined) countries.add(country);
    }
    await Promise.all([...countries].map(country => loadCountry(country, loader)));
}

/** Loads a country's rules and those of the countries it borrows days from (borrowing may go both ways: FR and its territories). */
async function loadCountry(country: string, loader: HolidayDataLoader): Promise<void> {
    const seen = new Set([country]);
    let wave = [country];
    while (wave.length > 0) {
        const files = await Promise.all(wave.map(code => loadFile(code, loader)));
        wave = files.flatMap(file => file.borrows).filter(code => !seen.has(code));
        for (const code of wave) seen.add(code);
    }
}

/** One country's file, asked of the loader once. */
function loadFile(country: string, loader: HolidayDataLoader): Promise<HolidayCountryData> {
    const done = loaded.get(country);
    if (done) return Promise.resolve(done);
    let pending = loading.get(country);
    if (!pending) {
        pending = loader.load(country).then(
            data => {
                if (data.country !== country) throw new Error(`the holiday data loaded for ${country} is that of ${String(data.country)}`);
                loaded.set(country, data);
                failures.delete(country);
                return data;
            },
            (error: unknown) => {
                failures.set(country, error instanceof Error ? error.message : String(error));
                throw error;
            }
        );
        pending.finally(() => loading.delete(country)).catch(() => {});
        loading.set(country, pending);
    }
    return pending;
}

/**
 * Why a calendar's rules cannot be read now — they, the rules of a country they borrow days from, or
 * the parser could not be loaded (the loader's words), or were not loaded yet — undefined when they
 * can. A deadline counted in business days of such a calendar is unresolved with this reason, never
 * counted without the holidays.
 */
export function holidayDataProblem(code: string): string | undefined {
    const country = calendarCountry(code) ?? code;
    const seen = new Set<string>();
    const waiting = [country];
    while (waiting.length > 0) {
        const next = waiting.pop()!;
        if (seen.has(next)) continue;
        seen.add(next);
        const file = loaded.get(next);
        if (!file) {
            const failure = failures.get(next);
            const which = next === country ? '' : ` (it borrows days from ${next})`;
            return failure !== undefined ? `the holiday calendar of ${country} could not be loaded${which}: ${failure}` : `the holiday calendar of ${country} is not loaded${which}`;
        }
        waiting.push(...file.borrows);
    }
    if (!Parser) return `the holiday calendar of ${country} could not be loaded: ${failures.get(country) ?? 'the holiday parser is not loaded'}`;
    return undefined;
}

/** The parser, and the data object it reads for a country (made once from the loaded rules: its own and every one it borrows). */
export function loadedHolidayData(country: string): { Parser: HolidayParserClass; data: object } {
    // Never a data object with a borrowed country missing: it would be cached, and wrong, for the process.
    const problem = holidayDataProblem(country);
    if (problem !== undefined || !Parser) {
        const hint = problem?.includes('could not be loaded') ? '' : ` (call loadHolidayData(['${country}']) first; the document builder does so for the calendars a workspace names)`;
        throw new Error(`${problem ?? `the holiday calendar of ${country} is not loaded`}${hint}`);
    }
    let data = parserData.get(country);
    if (!data) {
        const holidays: Record<string, unknown> = {};
        const add = (code: string) => {
            const file = loaded.get(code);
            if (!file || Object.hasOwn(holidays, code)) return;
            holidays[code] = file.rules;
            file.borrows.forEach(add);
        };
        add(country);
        data = { version: HOLIDAY_CALENDAR_INDEX.version, license: HOLIDAY_CALENDAR_INDEX.license, holidays, names: HOLIDAY_CALENDAR_INDEX.names };
        parserData.set(country, data);
    }
    return { Parser, data };
}

let defaultLoader: HolidayDataLoader | undefined;

/**
 * The loader used when none is given, chosen by the build through the package's `#holiday-data`
 * import: a module per country (holiday-data-modules.ts) by default — in Node, and in a browser
 * bundle, which splits them off and loads each on demand — and a fetch of `holidays/XX.json`
 * (holiday-data-fetch.ts) under the `pacta-worker` condition, set by the language server's one-file
 * classic worker build, so that worker carries no rules.
 */
export function defaultHolidayDataLoader(): HolidayDataLoader {
    defaultLoader ??= createHolidayDataLoader();
    return defaultLoader;
}
