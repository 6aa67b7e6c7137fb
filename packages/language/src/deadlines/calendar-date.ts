// One module per function: the package's index imports all ~250 of its modules, which cost
// seconds of every cold start of the SDK and the CLI.
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { format } from 'date-fns/format';

export type DatePrecision = 'day' | 'month' | 'year';

/** A calendar date, as precise as the source allows. `value` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export interface CalendarDate {
    readonly value: string;
    readonly precision: DatePrecision;
}

export type CalendarUnit = 'day' | 'week' | 'month' | 'year';

/** Parses a date literal; undefined when it is not a real calendar date (2026-02-30). */
export function parseCalendarDate(text: string): CalendarDate | undefined {
    // `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, checked character by character; a day is real when a
    // `Date` made of it reads back the same (without making the `Date`: this runs for every date).
    switch (text.length) {
        case 10: {
            if (!isDigits(text, 0, 4) || text.charCodeAt(4) !== 45 || !isDigits(text, 5, 7) || text.charCodeAt(7) !== 45 || !isDigits(text, 8, 10)) {
                return undefined;
            }
            const y = digits(text, 0, 4);
            const m = digits(text, 5, 7);
            const d = digits(text, 8, 10);
            // `new Date(y, ...)` reads years 0-99 as 1900-1999, so such a date never reads back as written.
            const real = y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
            return real ? { value: text, precision: 'day' } : undefined;
        }
        case 7: {
            if (!isDigits(text, 0, 4) || text.charCodeAt(4) !== 45 || !isDigits(text, 5, 7)) return undefined;
            const month = digits(text, 5, 7);
            return month >= 1 && month <= 12 ? { value: text, precision: 'month' } : undefined;
        }
        case 4:
            return isDigits(text, 0, 4) ? { value: text, precision: 'year' } : undefined;
        default:
            return undefined;
    }
}

function isDigits(text: string, start: number, end: number): boolean {
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57) return false;
    }
    return true;
}

function digits(text: string, start: number, end: number): number {
    let n = 0;
    for (let i = start; i < end; i++) n = n * 10 + (text.charCodeAt(i) - 48);
    return n;
}

/** Days in a month of the proleptic Gregorian calendar (as `Date` counts them); `month` 1-12. */
function daysInMonth(year: number, month: number): number {
    if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The first and last day a well-formed date with a year of 100 or more stands for, as day numbers
 * (days since 1970-01-01 in the proleptic Gregorian calendar): their order is the order of the
 * local midnights `toLocalDate` and `lastLocalDay` give. Undefined for anything else, which is
 * left to those two.
 */
function dayRange(date: CalendarDate): { first: number; last: number } | undefined {
    const parsed = parseCalendarDate(date.value);
    if (!parsed || parsed.precision !== date.precision) return undefined;
    const text = date.value;
    const y = digits(text, 0, 4);
    if (y < 100) return undefined;
    if (date.precision === 'day') {
        const day = dayNumber(y, digits(text, 5, 7), digits(text, 8, 10));
        return { first: day, last: day };
    }
    if (date.precision === 'month') {
        const m = digits(text, 5, 7);
        return { first: dayNumber(y, m, 1), last: dayNumber(y, m, daysInMonth(y, m)) };
    }
    return { first: dayNumber(y, 1, 1), last: dayNumber(y, 12, 31) };
}

/** Days from 1970-01-01 to a valid date (`days_from_civil`, H. Hinnant). */
function dayNumber(year: number, month: number, day: number): number {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}

/** The first day a date can stand for: 2025-10 → 2025-10-01. */
function toLocalDate(date: CalendarDate): Date {
    const [y, m = 1, d = 1] = date.value.split('-').map(Number);
    return new Date(y!, m - 1, d);
}

/**
 * The years a computed date may fall in: four-digit years, the only ones a date literal of
 * `YYYY-MM-DD` can write. A deadline computed outside them (`99999999999 days after signed`,
 * the 8000th anniversary of a date of 2026) has no date: `addToDate` and `shiftRange` give none.
 */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

/**
 * Whether a date literal (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) is in the years `MIN_YEAR` to `MAX_YEAR`,
 * those dates are written and computed in: `0050-01-01` and `year 50` are not (`Date` reads the
 * years 0 to 99 as 1900 to 1999, and `year 50` + 1 year would come out as 1951).
 */
export function isWrittenYearInRange(text: string): boolean {
    if (text.length < 4 || !isDigits(text, 0, 4)) return true;
    const year = digits(text, 0, 4);
    return year >= MIN_YEAR && year <= MAX_YEAR;
}

function inRange(date: Date): boolean {
    const year = date.getFullYear();
    return year >= MIN_YEAR && year <= MAX_YEAR;
}

function fromLocalDate(date: Date, precision: DatePrecision): CalendarDate {
    const year = date.getFullYear();
    if (year >= 1000 && year <= 9999) {
        // What `format` writes for a four-digit year, without parsing the pattern for every date.
        const month = date.getMonth() + 1;
        const value =
            precision === 'year'
                ? String(year)
                : precision === 'month'
                  ? `${year}-${month < 10 ? '0' : ''}${month}`
                  : `${year}-${month < 10 ? '0' : ''}${month}-${date.getDate() < 10 ? '0' : ''}${date.getDate()}`;
        return { value, precision };
    }
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
 * Undefined when the result falls outside the years `MIN_YEAR` to `MAX_YEAR` (or the amount is
 * too large for a date at all).
 */
export function addToDate(date: CalendarDate, amount: number, unit: CalendarUnit): CalendarDate | undefined {
    const shift = (start: Date): Date => (unit === 'day' ? addDays(start, amount) : unit === 'week' ? addWeeks(start, amount) : unit === 'month' ? addMonths(start, amount) : addYears(start, amount));
    const first = shift(toLocalDate(date));
    if (!inRange(first)) return undefined;
    if (date.precision === 'day') return fromLocalDate(first, 'day');
    const last = shift(lastLocalDay(date));
    if (!inRange(last)) return undefined;
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
    const first = dayRange(a);
    const last = first && dayRange(b);
    if (first && last) return first.first > last.last;
    return toLocalDate(a).getTime() > lastLocalDay(b).getTime();
}

// ---------------------------------------------------------------- day numbers

/** The first and last day a date can stand for, as day numbers (days since 1970-01-01); undefined when it is not a calendar date. */
export function dayRangeOf(date: CalendarDate): { first: number; last: number } | undefined {
    return dayRange(date);
}

/** The day number of a `YYYY-MM-DD` date; undefined when it is not one. */
export function dayNumberOf(text: string): number | undefined {
    const date = parseCalendarDate(text);
    if (!date || date.precision !== 'day') return undefined;
    return dayRange(date)?.first;
}

/** The year, month (1-12) and day of a day number (`civil_from_days`, H. Hinnant). */
export function civilFromDays(day: number): { year: number; month: number; day: number } {
    const z = day + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    return { year: era * 400 + yoe + (m <= 2 ? 1 : 0), month: m, day: d };
}

/** `YYYY-MM-DD` of a day number. */
export function formatDayNumber(day: number): string {
    const c = civilFromDays(day);
    return `${String(c.year).padStart(4, '0')}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
}

/** 0 for Sunday ... 6 for Saturday. */
export function weekdayOf(day: number): number {
    return (((day + 4) % 7) + 7) % 7;
}

/**
 * The first or last day of the month `months` after the month of `day` (0: the same month):
 * `first day of the 3rd month following 2020-04-03` = 2020-07-01.
 */
export function monthEdge(day: number, months: number, edge: 'first' | 'last'): number {
    const c = civilFromDays(day);
    const index = c.year * 12 + (c.month - 1) + months;
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    return dayNumber(year, month, edge === 'first' ? 1 : daysInMonth(year, month));
}

/**
 * Counts `amount` business days from `day` (excluded), forwards or backwards: a business day is
 * a Monday to Friday that is not a holiday. Returns the day reached and the holidays skipped on
 * the way (weekdays only: a holiday on a weekend is not a business day anyway).
 */
export function addBusinessDays(day: number, amount: number, isHoliday: (day: number) => boolean): { day: number; skipped: number[] } {
    const step = amount < 0 ? -1 : 1;
    let left = Math.abs(amount);
    let current = day;
    const skipped: number[] = [];
    while (left > 0) {
        current += step;
        const weekday = weekdayOf(current);
        if (weekday === 0 || weekday === 6) continue;
        if (isHoliday(current)) {
            skipped.push(current);
            continue;
        }
        left--;
    }
    return { day: current, skipped };
}

/**
 * Applies a day-to-day function to every day a date can stand for (its first and last day, the
 * function being monotonic) and keeps the finest precision the results agree on: a month-precision
 * anchor gives a day when both ends land on the same day (`first day of the month following
 * 2020-04` = 2020-07-01), else a month, else the later year (a deadline is never made earlier).
 * Undefined when a result falls outside the years `MIN_YEAR` to `MAX_YEAR`.
 */
export function shiftRange(date: CalendarDate, shift: (day: number) => number): CalendarDate | undefined {
    const range = dayRange(date);
    if (!range) return undefined;
    const first = shift(range.first);
    if (!dayInRange(first)) return undefined;
    if (date.precision === 'day') return { value: formatDayNumber(first), precision: 'day' };
    const last = shift(range.last);
    if (!dayInRange(last)) return undefined;
    const a = formatDayNumber(first);
    const b = formatDayNumber(last);
    if (a === b) return { value: a, precision: 'day' };
    if (a.slice(0, 7) === b.slice(0, 7)) return { value: a.slice(0, 7), precision: 'month' };
    return { value: b.slice(0, 4), precision: 'year' };
}

function dayInRange(day: number): boolean {
    if (!Number.isFinite(day)) return false;
    const year = civilFromDays(day).year;
    return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** True when every day a date can stand for is in the years `MIN_YEAR` to `MAX_YEAR`. */
export function isInRange(date: CalendarDate): boolean {
    const range = dayRange(date);
    return range !== undefined && dayInRange(range.first) && dayInRange(range.last);
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };

/** Negative when `a` is more precise than `b` (a day than a month, a month than a year), 0 when as precise. */
export function comparePrecision(a: CalendarDate, b: CalendarDate): number {
    return PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

/** Compares two dates by the last day each can stand for. */
export function compareLastDays(a: CalendarDate, b: CalendarDate): number {
    return lastLocalDay(a).getTime() - lastLocalDay(b).getTime();
}
