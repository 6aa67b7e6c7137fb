import { type Dated, type TimeExpr, isAnniversaryDeadline, isEvent, isOffsetDeadline, parseCalendarDate } from '@pacta/language';
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
    const chain = qualifiedChain(expr, context, new Set());
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

/**
 * The resolver's chain with every anchor named by its id (`eu_us_japan.announced`), so that a
 * chain read outside its agreement is unambiguous and its names match the ids of the output:
 * `["eu_us_japan.announced 2026-02-04", "within 30 days after eu_us_japan.announced (2026-02-04) → 2026-03-06"]`.
 * The resolver names an anchor as the expression that uses it sees it (plainly within its own
 * agreement); the steps are otherwise the resolver's, unchanged.
 */
function qualifiedChain(expr: TimeExpr, context: BuildContext, visiting: Set<TimeExpr>): string[] {
    const resolver = context.services.deadlines.DeadlineResolver;
    const resolution = resolver.resolveTime(expr);
    const chain = resolution.chain.map(String);
    const anchor = anchorOf(expr);
    if (resolution.status !== 'resolved' || !anchor || chain.length === 0 || visiting.has(expr)) return chain;
    const anchorResolution = resolver.resolveDated(anchor);
    if (anchorResolution.status !== 'resolved') return chain;
    const plain = resolver.describeAnchor(anchor, expr);
    const qualified = context.idOf(anchor) ?? resolver.describeAnchor(anchor);
    const anchorExpr = isEvent(anchor) ? anchor.when : anchor.due;
    visiting.add(expr);
    const prefix = anchorExpr && anchorOf(anchorExpr)
        ? qualifiedChain(anchorExpr, context, visiting)
        : [`${qualified} ${anchorResolution.date}`];
    visiting.delete(expr);
    const step = chain[chain.length - 1]!;
    const written = ` ${plain} (${anchorResolution.date}) → `;
    const at = step.lastIndexOf(written);
    const last = at < 0 ? step : `${step.slice(0, at)} ${qualified} (${anchorResolution.date}) → ${step.slice(at + written.length)}`;
    // Should the resolver ever shape its chains differently, keep them as they are.
    return prefix.length === chain.length - 1 ? [...prefix, last] : chain;
}

function anchorOf(expr: TimeExpr): Dated | undefined {
    if (!isOffsetDeadline(expr) && !isAnniversaryDeadline(expr)) return undefined;
    try {
        return expr.anchor?.ref;
    } catch {
        return undefined;
    }
}
