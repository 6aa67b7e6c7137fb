/**
 * The days a listed date stands for, on the date helpers of `@pacta/language` (no second date
 * arithmetic): `2026-07` is 2026-07-01 … 2026-07-31, `2027` is 2027-01-01 … 2027-12-31.
 */
import { dayRangeOf, formatDayNumber, parseCalendarDate } from '@pacta/language';
import type { DeadlineKind } from '../model.js';

/** First and last day a model date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) stands for; undefined when it is not a date. */
export function periodOf(date: string): { first: string; last: string } | undefined {
    const parsed = parseCalendarDate(date);
    const days = parsed ? dayRangeOf(parsed) : undefined;
    return days ? { first: formatDayNumber(days.first), last: formatDayNumber(days.last) } : undefined;
}

/** The day after a `YYYY-MM-DD` day (the exclusive end of an all-day calendar event). */
export function dayAfter(day: string): string {
    const parsed = parseCalendarDate(day);
    const days = parsed ? dayRangeOf(parsed) : undefined;
    if (!days) throw new RangeError(`'${day}' is not a calendar date`);
    return formatDayNumber(days.last + 1);
}

/** The day before a `YYYY-MM-DD` day. */
export function dayBefore(day: string): string {
    const parsed = parseCalendarDate(day);
    const days = parsed ? dayRangeOf(parsed) : undefined;
    if (!days) throw new RangeError(`'${day}' is not a calendar date`);
    return formatDayNumber(days.first - 1);
}

/**
 * The day a calendar shows a date on, and how it is due in words. A date known only to the month
 * or year is a "by the end of" item on its last day (a `from` date: from its first day), never a
 * month- or year-long event.
 */
export function dueDay(date: string, kind: DeadlineKind): { day: string; when: string } | undefined {
    const period = periodOf(date);
    if (!period) return undefined;
    if (period.first === period.last) return { day: date, when: `${kind === 'from' ? 'not before' : kind} ${date}` };
    if (kind === 'from') return { day: period.first, when: `not before ${date} (from ${period.first})` };
    return { day: period.last, when: `by the end of ${date}` };
}
