import type { HolidayCountryData, HolidayDataLoader, HolidayParserClass } from './holiday-data.js';

/** How long a country's rules may take to arrive before the load fails (and is tried again by a later build). */
const FETCH_TIMEOUT_MS = 30_000;

/** What a classic Web Worker's scope offers for loading a script, and where holiday-parser.js puts the parser. */
interface WorkerScope {
    importScripts?: (...urls: string[]) => void;
    PactaHolidayParser?: HolidayParserClass;
    location?: { href: string };
}

/**
 * The holiday data of a browser (`#holiday-data` under the `pacta-worker` condition, which the language server's worker build sets), fetched from a
 * folder URL: `holidays/XX.json` (a country's rules) and `holiday-parser.js` (the parser, a classic
 * script that sets `PactaHolidayParser`, loaded with `importScripts`, so only in a classic worker).
 * By default the folder is the script's own (`…/dist/browser/server.js` → `…/dist/browser/`, same
 * origin). The language server's worker is built with these files next to it, and loads them only
 * when a workspace counts business days and names a calendar.
 */
export class FetchHolidayDataLoader implements HolidayDataLoader {
    /** `base`: the URL the files are relative to (a folder's URL ends with `/`), asked at each load. */
    constructor(private readonly base: () => string | URL | undefined = () => (globalThis as WorkerScope).location?.href) {}

    async load(country: string): Promise<HolidayCountryData> {
        if (!/^[A-Z]{2}$/.test(country)) throw new Error(`no holiday calendar '${country}'`);
        const url = this.url(`holidays/${country}.json`);
        // A request that stalls must not hold every later build of the worker: it fails, and a later build retries.
        const timeout = typeof AbortSignal !== 'undefined' && typeof AbortSignal.timeout === 'function' ? { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) } : {};
        const response = await fetch(url, timeout);
        if (!response.ok) throw new Error(`the holiday calendar of ${country} could not be fetched from ${url.href}: HTTP ${response.status}`);
        return (await response.json()) as HolidayCountryData;
    }

    async parser(): Promise<HolidayParserClass> {
        const scope = globalThis as WorkerScope;
        if (!scope.PactaHolidayParser) {
            if (typeof scope.importScripts !== 'function') throw new Error('the holiday parser (holiday-parser.js) loads with importScripts, in a classic Web Worker');
            scope.importScripts(this.url('holiday-parser.js').href);
        }
        if (!scope.PactaHolidayParser) throw new Error('holiday-parser.js did not define PactaHolidayParser');
        return scope.PactaHolidayParser;
    }

    private url(path: string): URL {
        const base = this.base();
        if (base === undefined) throw new Error(`no base URL to load ${path} from`);
        return new URL(path, base);
    }
}

export function createHolidayDataLoader(): HolidayDataLoader {
    return new FetchHolidayDataLoader();
}
