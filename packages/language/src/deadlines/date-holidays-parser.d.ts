// The part of `date-holidays-parser` Pacta uses. The package ships its types as an ambient module in
// `types/`, which its `exports` map does not expose to TypeScript's Node resolution.
declare module 'date-holidays-parser' {
    interface ParsedHoliday {
        /** Local start, `2026-02-16 00:00:00`. */
        date: string;
        start: Date;
        end: Date;
        name: string;
        type: string;
    }
    interface ParserOptions {
        types?: string[];
        languages?: string | string[];
        timezone?: string;
    }
    export default class HolidaysParser {
        constructor(data: object, country: string, opts?: ParserOptions);
        constructor(data: object, country: string, state: string, opts?: ParserOptions);
        getHolidays(year?: number, lang?: string): ParsedHoliday[] | undefined;
        /** `undefined`: no time zone (the start and end instants are read in the process's zone). */
        setTimezone(timezone: string | undefined): void;
    }
}
