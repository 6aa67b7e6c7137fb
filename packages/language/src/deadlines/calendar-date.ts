import { addDays, addMonths, addWeeks, addYears, format, isValid } from 'date-fns';

export type DatePrecision = 'day' | 'month' | 'year';

/** A calendar date, as precise as the source allows. `value` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export interface CalendarDate {
    readonly value: string;
    readonly precision: DatePrecision;
}

export type CalendarUnit = 'day' | 'week' | 'month' | 'year';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

/** Parses a date literal; undefined when it is not a real calendar date (2026-02-30). */
export function parseCalendarDate(text: string): CalendarDate | undefined {
    let match = DAY.exec(text);
    if (match) {
        const [, y, m, d] = match.map(Number);
        const date = new Date(y!, m! - 1, d!);
        const real = isValid(date) && date.getFullYear() === y && date.getMonth() === m! - 1 && date.getDate() === d;
        return real ? { value: text, precision: 'day' } : undefined;
    }
    match = MONTH.exec(text);
    if (match) {
        const month = Number(match[2]);
        return month >= 1 && month <= 12 ? { value: text, precision: 'month' } : undefined;
    }
    return YEAR.test(text) ? { value: text, precision: 'year' } : undefined;
}

/** The first day a date can stand for: 2025-10 → 2025-10-01. */
function toLocalDate(date: CalendarDate): Date {
    const [y, m = 1, d = 1] = date.value.split('-').map(Number);
    return new Date(y!, m - 1, d);
}

function fromLocalDate(date: Date, precision: DatePrecision): CalendarDate {
    const pattern = precision === 'day' ? 'yyyy-MM-dd' : precision === 'month' ? 'yyyy-MM' : 'yyyy';
    return { value: format(date, pattern), precision };
}

/**
 * Adds a signed amount of a unit. Month and year arithmetic clamps to the last day of the
 * target month: 2026-01-31 + 1 month = 2026-02-28, and the anniversary of 2024-02-29 in
 * 2025 is 2025-02-28. A date known only to the month or year stands for a range of days;
 * the result is the finest precision at which the whole shifted range agrees:
 * 2025-10 + 1 month = 2025-11, but 2025-10 + 30 days spans 2025-10-31..2025-11-30 and gives 2025.
 * When even the years differ, the result is the later year (a deadline is never made earlier).
 */
export function addToDate(date: CalendarDate, amount: number, unit: CalendarUnit): CalendarDate {
    const shift = (start: Date): Date =>
        unit === 'day' ? addDays(start, amount)
            : unit === 'week' ? addWeeks(start, amount)
                : unit === 'month' ? addMonths(start, amount)
                    : addYears(start, amount);
    const first = shift(toLocalDate(date));
    if (date.precision === 'day') return fromLocalDate(first, 'day');
    const last = shift(lastLocalDay(date));
    for (const precision of date.precision === 'month' ? (['month', 'year'] as const) : (['year'] as const)) {
        const a = fromLocalDate(first, precision);
        if (a.value === fromLocalDate(last, precision).value) return a;
    }
    return fromLocalDate(last, 'year');
}

/** Compares two dates by the first day each can stand for. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
    return toLocalDate(a).getTime() - toLocalDate(b).getTime();
}

/** The last day a date can stand for: 2025-10 → 2025-10-31. */
function lastLocalDay(date: CalendarDate): Date {
    const start = toLocalDate(date);
    if (date.precision === 'day') return start;
    const next = date.precision === 'month' ? addMonths(start, 1) : addYears(start, 1);
    return addDays(next, -1);
}

/** True only when every day `a` can stand for is after every day `b` can stand for. */
export function isSurelyAfter(a: CalendarDate, b: CalendarDate): boolean {
    return toLocalDate(a).getTime() > lastLocalDay(b).getTime();
}
