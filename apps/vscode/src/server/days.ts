import { dayNumberOf, parseCalendarDate } from '@pacta/language';

/** A `YYYY-MM-DD` day the calendar has (not 2026-02-30), by the language's date rules (as `pacta status --as-of` reads it). */
export function isDay(text: string): boolean {
    return parseCalendarDate(text)?.precision === 'day' && dayNumberOf(text) !== undefined;
}
