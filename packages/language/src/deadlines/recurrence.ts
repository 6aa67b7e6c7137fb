/**
 * The occurrences of a recurring deadline in any range of days, from what the compiled model keeps
 * of its recurrence (`occurrences.recurrence`): the resolver lists only the first ones
 * (`RECURRING_HORIZON`), a calendar or a status on a later day needs the ones then. The k-th
 * occurrence is the resolver's own (`nthOccurrence`: the anchor plus k periods, counted from the
 * anchor), never a second date calculation.
 */
import { type CalendarDate, type CalendarUnit, addToDate, dayNumberOf, dayRangeOf, isSurelyAfter, parseCalendarDate } from './calendar-date.js';

/** A recurring deadline counted in calendar units, as the compiled model keeps it (format 1.3). */
export interface Recurrence {
    /** The anchor's date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`): occurrence k is this date plus k periods. */
    readonly anchor: string;
    /** The period: `every` `unit`s. */
    readonly every: number;
    readonly unit: CalendarUnit;
    /** `for N times`: there are at most this many. */
    readonly count?: number;
    /** The date of its `until` end or of the agreement's expiry: no occurrence is surely after it. */
    readonly until?: string;
}

/** At most this many occurrences are given for one range (`every 1 day` from year 1000 to 9999 is capped, not computed). */
export const OCCURRENCE_RANGE_CAP = 1000;

/** The k-th occurrence (k ≥ 1) of a recurrence in calendar units; undefined after the year `MAX_YEAR`. */
export function nthOccurrence(anchor: CalendarDate, every: number, unit: CalendarUnit, k: number): CalendarDate | undefined {
    return addToDate(anchor, k * every, unit);
}

/** One occurrence: which one (1 is the first after the anchor) and its date. */
export interface NumberedOccurrence {
    readonly index: number;
    readonly date: string;
}

export interface OccurrencesInRange {
    /** The occurrences whose days overlap the range, in order. */
    readonly occurrences: readonly NumberedOccurrence[];
    /** True when more occurrences follow the last one given (after the range, or past the cap). */
    readonly more: boolean;
    /** How many occurrences there are in all, when the series ends (`for N times`, `until`, expiry). */
    readonly total?: number;
}

/**
 * The occurrences of `recurrence` whose days overlap `from`..`to` (`YYYY-MM-DD`, inclusive; without
 * `to`, the first `limit` from `from` on), at most `limit` (and never more than
 * `OCCURRENCE_RANGE_CAP`). Undefined when the recurrence or a day is not valid. Finds the first
 * one by bisection (the dates only grow with k), so a range far from the anchor costs no more
 * than one near it.
 */
export function occurrencesBetween(recurrence: Recurrence, from: string, to?: string, limit = OCCURRENCE_RANGE_CAP): OccurrencesInRange | undefined {
    const anchor = parseCalendarDate(recurrence.anchor);
    const first = dayNumberOf(from);
    const last = to === undefined ? undefined : dayNumberOf(to);
    const until = recurrence.until !== undefined ? parseCalendarDate(recurrence.until) : undefined;
    const { every, unit, count } = recurrence;
    if (!anchor || !dayRangeOf(anchor) || first === undefined || (to !== undefined && last === undefined)) return undefined;
    if (!Number.isSafeInteger(every) || every <= 0 || (count !== undefined && !(Number.isSafeInteger(count) && count > 0))) return undefined;
    if (recurrence.until !== undefined && !until) return undefined;
    const cap = Math.max(0, Math.min(limit, OCCURRENCE_RANGE_CAP));
    // The k-th occurrence, or undefined when there is none (past the count, the end or the calendar).
    const nth = (k: number): CalendarDate | undefined => {
        if (count !== undefined && k > count) return undefined;
        const date = nthOccurrence(anchor, every, unit, k);
        return date && !(until && isSurelyAfter(date, until)) ? date : undefined;
    };
    const lastDayOf = (date: CalendarDate): number => dayRangeOf(date)!.last;
    const firstDayOf = (date: CalendarDate): number => dayRangeOf(date)!.first;
    // The smallest k ≥ 1 for which `done(k)` holds, `done` false up to some k and true from there on.
    const smallest = (done: (k: number) => boolean): number => {
        let high = 1;
        while (!done(high)) high *= 2;
        let low = Math.floor(high / 2) + 1;
        while (low < high) {
            const mid = Math.floor((low + high) / 2);
            if (done(mid)) high = mid;
            else low = mid + 1;
        }
        return high;
    };
    const start = smallest(k => {
        const date = nth(k);
        return date === undefined || lastDayOf(date) >= first;
    });
    const occurrences: NumberedOccurrence[] = [];
    let k = start;
    for (let date = nth(k); date !== undefined && (last === undefined || firstDayOf(date) <= last); date = nth(++k)) {
        if (occurrences.length >= cap) break;
        occurrences.push({ index: k, date: date.value });
    }
    const more = nth(k) !== undefined;
    const ends = count !== undefined || until !== undefined;
    const total = ends ? smallest(n => nth(n) === undefined) - 1 : undefined;
    return { occurrences, more, ...(total !== undefined ? { total } : {}) };
}
