import { HOLIDAY_MODULES } from '../generated-holidays/holiday-modules.js';
import type { HolidayCountryData, HolidayDataLoader, HolidayParserClass } from './holiday-data.js';

/**
 * Node's holiday data (`#holiday-data` by default): one module per country, bundled with the
 * language (src/generated-holidays/holidays/XX.json). A bundler keeps each a lazily evaluated
 * module, so a process holds the rules of the countries it uses, not all of them; the parser is
 * imported on first use.
 */
export function createHolidayDataLoader(): HolidayDataLoader {
    return {
        async load(country: string): Promise<HolidayCountryData> {
            const load = Object.hasOwn(HOLIDAY_MODULES, country) ? HOLIDAY_MODULES[country] : undefined;
            if (!load) throw new Error(`no holiday calendar '${country}'`);
            return (await load()).default as HolidayCountryData;
        },
        async parser(): Promise<HolidayParserClass> {
            const module = await import('date-holidays-parser');
            return ((module as unknown as { default?: HolidayParserClass }).default ?? module) as HolidayParserClass;
        }
    };
}
