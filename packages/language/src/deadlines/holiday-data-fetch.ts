import type { HolidayCountryData, HolidayDataLoader } from './holiday-data.js';

/**
 * The holiday data of a browser (`#holiday-data` under the `browser` condition): `holidays/XX.json`
 * fetched from a base URL, by default the script's own (`…/dist/browser/server.js` →
 * `…/dist/browser/holidays/JP.json`, same origin). The language server's worker is built with these
 * files next to it, and loads a country's rules only when a workspace names its calendar.
 */
export class FetchHolidayDataLoader implements HolidayDataLoader {
    /** `base`: the URL the files are relative to (a folder URL ends with `/`), asked at each load. */
    constructor(private readonly base: () => string | URL | undefined = () => (globalThis as { location?: { href: string } }).location?.href) {}

    async load(country: string): Promise<HolidayCountryData> {
        if (!/^[A-Z]{2}$/.test(country)) throw new Error(`no holiday calendar '${country}'`);
        const base = this.base();
        if (base === undefined) throw new Error(`the holiday calendar of ${country} cannot be fetched: no base URL for holidays/${country}.json`);
        const url = new URL(`holidays/${country}.json`, base);
        const response = await fetch(url);
        if (!response.ok) throw new Error(`the holiday calendar of ${country} could not be fetched from ${url.href}: HTTP ${response.status}`);
        return (await response.json()) as HolidayCountryData;
    }
}

export function createHolidayDataLoader(): HolidayDataLoader {
    return new FetchHolidayDataLoader();
}
