/**
 * Which occurrences of a recurring deadline a list or a status shows: the listed ones of the
 * compiled document, and past them the ones its `recurrence` gives (`occurrencesBetween` of
 * `@pacta/language`, the resolver's own date arithmetic).
 */
import { RECURRING_HORIZON, occurrencesBetween } from '@pacta/language';
import type { Occurrences } from '../model.js';
import { periodOf } from './periods.js';

/** The occurrences to list, numbered from 1, with how many there are (`truncated`: `count` is the highest known, more follow). */
export interface OccurrenceList {
    dates: { index: number; date: string }[];
    count: number;
    truncated: boolean;
}

/**
 * The occurrences whose days overlap `from`..`to`: without a range, the listed ones; with both
 * ends, every one in the range (at most `OCCURRENCE_RANGE_CAP`); with `from` only, the next
 * `RECURRING_HORIZON` from it; with `to` only, those from the first up to it. Without a
 * `recurrence` (business days), only the listed ones in the range.
 */
export function occurrencesToList(occurrences: Occurrences, range: { from?: string; to?: string }): OccurrenceList {
    const listed = occurrences.dates.map((date, i) => ({ index: i + 1, date }));
    const recurrence = occurrences.recurrence;
    const start = range.from ?? (listed.length > 0 ? periodOf(listed[0]!.date)?.first : undefined);
    const computed =
        recurrence && (range.from !== undefined || range.to !== undefined) && start !== undefined
            ? occurrencesBetween(recurrence, start, range.to, range.to === undefined ? RECURRING_HORIZON : undefined)
            : undefined;
    if (!computed) {
        const inRange = listed.filter(({ date }) => overlaps(date, range));
        return { dates: inRange, count: listed.length, truncated: occurrences.truncated };
    }
    const highest = Math.max(listed.length, ...computed.occurrences.map(o => o.index));
    return computed.total !== undefined
        ? { dates: [...computed.occurrences], count: computed.total, truncated: false }
        : { dates: [...computed.occurrences], count: highest, truncated: computed.more };
}

/**
 * The last listed occurrence, when a range reaches past it and nothing can compute the ones after
 * it: a series in business days (no `recurrence`: its holiday calendars are not in the compiled
 * document) that goes on (`truncated`). Undefined otherwise, and without a range (the list then marks
 * the last one `more follow`).
 */
export function pastListedOccurrences(occurrences: Occurrences, range: { from?: string; to?: string }): string | undefined {
    if (occurrences.recurrence || !occurrences.truncated || (range.from === undefined && range.to === undefined)) return undefined;
    const last = occurrences.dates.at(-1);
    const period = last !== undefined ? periodOf(last) : undefined;
    if (last === undefined || !period) return undefined;
    return range.to === undefined || range.to > period.last ? last : undefined;
}

/** The first occurrence whose last day is on or after `day` (`YYYY-MM-DD`), past the listed ones too; undefined when none. */
export function occurrenceFrom(occurrences: Occurrences, day: string): { index: number; date: string; total?: number } | undefined {
    if (!occurrences.recurrence) return undefined;
    const found = occurrencesBetween(occurrences.recurrence, day, undefined, 1);
    const next = found?.occurrences[0];
    return next ? { ...next, ...(found.total !== undefined ? { total: found.total } : {}) } : undefined;
}

/** True when the days of `date` overlap the range (inclusive). */
export function overlaps(date: string, range: { from?: string; to?: string }): boolean {
    const period = periodOf(date);
    if (!period) return false;
    return (range.from === undefined || period.last >= range.from) && (range.to === undefined || period.first <= range.to);
}
