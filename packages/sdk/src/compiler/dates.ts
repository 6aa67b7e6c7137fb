import { type Resolution, type TimeExpr, formOf, parseCalendarDate } from '@pacta/language';
import type { DateForm, DateValue, DeadlineKind, Occurrences, ResolutionStatus } from '../model.js';
import { type BuildContext, normalizedText } from './context.js';
import { datesAsSourcesGiveThem } from './date-sources.js';

const BOUNDS: readonly DeadlineKind[] = ['on', 'by', 'from'];
const STATUSES: readonly ResolutionStatus[] = ['resolved', 'unresolved', 'cycle', 'invalid', 'open'];

/** An event's date or a commitment's deadline, resolved through the language's DeadlineResolver. */
export function buildDateValue(expr: TimeExpr, context: BuildContext): DateValue {
    const resolution = context.resolver.resolveTime(expr);
    const bound = BOUNDS.includes(resolution.bound) ? resolution.bound : 'on';
    const form: DateForm = resolution.form ?? formOf(expr);
    // Counted from another date: every form but an absolute date and an open-ended condition.
    const relative = form !== 'absolute' && form !== 'open';
    const text = normalizedText(expr.$cstNode);
    const chain = [...resolution.chain];
    // Only when the chain is cut (a chain longer than the language's CHAIN_LIMIT): where the rest is.
    const cut = resolution.chainFrom ? { chainFrom: resolution.chainFrom.map(node => context.idOf(node) ?? node.name ?? '') } : {};
    const extras = details(resolution, context, expr);
    if (resolution.status === 'resolved') {
        // The resolver only produces calendar dates; checked again so the output always fits the schema.
        const date = parseCalendarDate(resolution.date);
        if (date) {
            return { status: 'resolved', value: date.value, precision: date.precision, bound, relative, form, text, chain, ...cut, ...extras };
        }
        return { status: 'invalid', value: null, precision: null, bound, relative, form, text, chain, ...cut, reason: `'${resolution.date}' is not a calendar date`, ...extras };
    }
    const status = STATUSES.includes(resolution.status) ? resolution.status : 'unresolved';
    // 1.5: the anchor without a date this one waits on, so a reader can follow the wait to its condition.
    const waiting = resolution.waitsOn ? context.idOf(resolution.waitsOn) : undefined;
    const waitsOn = waiting !== undefined ? { waitsOn: waiting } : {};
    return { status, value: null, precision: null, bound, relative, form, text, chain, ...cut, reason: resolution.reason, ...waitsOn, ...extras };
}

type Details = Pick<DateValue, 'calendars' | 'occurrences' | 'condition' | 'approximate' | 'range' | 'alternatives'>;

/** `calendars`, `occurrences`, `condition` and the 1.4 fields, in schema order, only where they apply. */
function details(resolution: Resolution, context: BuildContext, expr?: TimeExpr): Details {
    const result: Details = {};
    if (resolution.calendars) {
        result.calendars = resolution.calendars.map(use => context.idOf(use.party) ?? use.party.name);
    }
    if (resolution.occurrences) {
        const o = resolution.occurrences;
        const occurrences: Occurrences = {
            dates: [...o.dates],
            stop: o.stop,
            ...(o.end !== undefined ? { end: o.end } : {}),
            truncated: o.truncated,
            ...(o.recurrence !== undefined ? { recurrence: { ...o.recurrence } } : {})
        };
        result.occurrences = occurrences;
    }
    if (resolution.condition !== undefined) result.condition = resolution.condition;
    Object.assign(result, datesAsSourcesGiveThem(resolution, context, expr));
    return result;
}

/** A date literal (a source's `published`), only when it is a real calendar date. */
export function calendarDate(text: string | undefined): string | undefined {
    return text === undefined ? undefined : parseCalendarDate(text)?.value;
}
