/**
 * Day-level views of the model's dates, built only on the date helpers of `@pacta/language`
 * (no second date arithmetic): the first and last day a date can stand for, and days between days.
 */
import type { CalendarDate } from '../language-facade.js';
import { dayNumberOf, dayRangeOf, formatDayNumber, parseCalendarDate } from '@pacta/language';

/** A day: a date of day precision. */
export type Day = CalendarDate & { readonly precision: 'day' };

/** The as-of day, or undefined when `text` is not a real `YYYY-MM-DD` date. */
export function parseDay(text: string): Day | undefined {
    const date = parseCalendarDate(text);
    return date?.precision === 'day' && dayNumberOf(date.value) !== undefined ? (date as Day) : undefined;
}

/** A model date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) as a calendar date; undefined when it is not one. */
export function modelDate(value: string | null | undefined): CalendarDate | undefined {
    const date = value ? parseCalendarDate(value) : undefined;
    return date && dayRangeOf(date) ? date : undefined;
}

function range(date: CalendarDate): { first: number; last: number } {
    const days = dayRangeOf(date);
    if (!days) throw new RangeError(`'${date.value}' is not a calendar date`);
    return days;
}

function number(day: Day): number {
    return range(day).first;
}

/** The first day a date can stand for: 2026-02 → 2026-02-01, 2026 → 2026-01-01. */
export function firstDay(date: CalendarDate): Day {
    return date.precision === 'day' ? (date as Day) : ({ value: formatDayNumber(range(date).first), precision: 'day' } as Day);
}

/** The last day a date can stand for: 2026-02 → 2026-02-28, 2028-02 → 2028-02-29, 2026 → 2026-12-31. */
export function lastDay(date: CalendarDate): Day {
    return date.precision === 'day' ? (date as Day) : ({ value: formatDayNumber(range(date).last), precision: 'day' } as Day);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
    return number(to) - number(from);
}

/** When a date happens relative to a day: `past` (all of it is on or before the day), `within` (the day falls in it), `future`. */
export function placeOf(date: CalendarDate, day: Day): 'past' | 'within' | 'future' {
    const { first, last } = range(date);
    const today = number(day);
    if (last <= today) return 'past';
    if (first <= today) return 'within';
    return 'future';
}

/** Orders dates by the first day each can stand for. */
export function compareFirstDays(a: CalendarDate, b: CalendarDate): number {
    return range(a).first - range(b).first;
}
