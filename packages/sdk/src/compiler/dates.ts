import { type TimeExpr, isAnniversaryDeadline, isOffsetDeadline, parseCalendarDate } from '@pacta/language';
import type { DateValue, DeadlineKind, ResolutionStatus } from '../model.js';
import { type BuildContext, normalizedText } from './context.js';

const BOUNDS: readonly DeadlineKind[] = ['on', 'by', 'from'];
const STATUSES: readonly ResolutionStatus[] = ['resolved', 'unresolved', 'cycle', 'invalid'];

/** An event's date or a commitment's deadline, resolved through the language's DeadlineResolver. */
export function buildDateValue(expr: TimeExpr, context: BuildContext): DateValue {
    const resolution = context.services.deadlines.DeadlineResolver.resolveTime(expr);
    const bound = BOUNDS.includes(resolution.bound) ? resolution.bound : 'on';
    const relative = isOffsetDeadline(expr) || isAnniversaryDeadline(expr);
    const text = normalizedText(expr.$cstNode);
    const chain = [...resolution.chain];
    if (resolution.status === 'resolved') {
        // The resolver only produces calendar dates; checked again so the output always fits the schema.
        const date = parseCalendarDate(resolution.date);
        if (date) {
            return { status: 'resolved', value: date.value, precision: date.precision, bound, relative, text, chain };
        }
        return { status: 'invalid', value: null, precision: null, bound, relative, text, chain, reason: `'${resolution.date}' is not a calendar date` };
    }
    const status = STATUSES.includes(resolution.status) ? resolution.status : 'unresolved';
    return { status, value: null, precision: null, bound, relative, text, chain, reason: resolution.reason };
}

/** A date literal (a source's `published`), only when it is a real calendar date. */
export function calendarDate(text: string | undefined): string | undefined {
    return text === undefined ? undefined : parseCalendarDate(text)?.value;
}
