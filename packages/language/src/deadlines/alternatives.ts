/**
 * Alternative dates (issue 10, form 4): when a date is counted from an event that sources date
 * differently (several `date` claims), the date each other claim would give.
 *
 * The rule, kept small so that it cannot explode: only the NEAREST anchor with several claims
 * counts (the first one met walking the anchors breadth-first, the expression's own direct
 * anchors first), only its first `MAX_ALTERNATIVE_CLAIMS` claims, and only when it is met within
 * `MAX_EXPLORED` expressions of the walk. Each alternative is computed by the one
 * DeadlineResolver, resolving again only the expressions on the way to that anchor.
 */
import type { DateClaim, Event, TimeExpr } from '../generated/ast.js';
import { isEvent, isExtremumDeadline } from '../generated/ast.js';
import type { DatePrecision } from './calendar-date.js';
import { anchorsOf, dateExprOf } from './deadline-resolver.js';

/** At most this many claims of the anchor give an alternative (the chosen one never does). */
export const MAX_ALTERNATIVE_CLAIMS = 8;
/** The walk towards the nearest anchor with several claims looks at most at this many expressions. */
export const MAX_EXPLORED = 64;

/** The first and last day (or month) of a range date. */
export interface DateRange {
    readonly from: string;
    readonly to: string;
}

/** The date an expression would have if `anchor` were dated by `claim`. */
export interface DateAlternative {
    readonly date: string;
    readonly precision: DatePrecision;
    /** The nearest anchor with several claims. */
    readonly anchor: Event;
    /** The other claim, and its index among the anchor's claims. */
    readonly claim: DateClaim;
    readonly claimIndex: number;
    readonly approximate?: boolean;
}

/** The nearest anchor with several claims, and the expressions whose dates depend on it (to be resolved again). */
export interface ClaimedAnchor {
    readonly event: Event;
    readonly affected: ReadonlySet<TimeExpr>;
}

/** An event dated by its claims (no inline date) with at least two of them. */
function isClaimed(event: Event): boolean {
    return !event.when && (event.claims ?? []).filter(c => c.when).length >= 2;
}

/** The expressions `expr` reads directly, and the events with several claims it counts from. */
function stepsOf(expr: TimeExpr): { exprs: TimeExpr[]; claimed: Event[] } {
    const exprs: TimeExpr[] = [];
    const claimed: Event[] = [];
    for (const anchor of anchorsOf(expr)) {
        if (isEvent(anchor) && isClaimed(anchor)) claimed.push(anchor);
        else {
            const next = dateExprOf(anchor);
            if (next) exprs.push(next);
        }
    }
    if (isExtremumDeadline(expr)) for (const operand of expr.operands ?? []) if (operand.expr) exprs.push(operand.expr);
    return { exprs, claimed };
}

/** See the file comment; undefined when no anchor with several claims is met. */
export function findClaimedAnchor(root: TimeExpr): ClaimedAnchor | undefined {
    const parents = new Map<TimeExpr, TimeExpr[]>([[root, []]]);
    const queue: TimeExpr[] = [root];
    let found: Event | undefined;
    for (let i = 0; i < queue.length && i < MAX_EXPLORED && !found; i++) {
        const current = queue[i]!;
        const { exprs, claimed } = stepsOf(current);
        if (claimed.length > 0) {
            found = claimed[0]!;
            break;
        }
        for (const next of exprs) {
            const known = parents.get(next);
            if (known) known.push(current);
            else {
                parents.set(next, [current]);
                queue.push(next);
            }
        }
    }
    if (!found) return undefined;
    // Every expression explored from which the anchor is reached: those are resolved again.
    const event = found;
    const affected = new Set<TimeExpr>();
    const reaches = (expr: TimeExpr): boolean => stepsOf(expr).claimed.includes(event);
    const stack = queue.filter(reaches);
    while (stack.length > 0) {
        const expr = stack.pop()!;
        if (affected.has(expr)) continue;
        affected.add(expr);
        stack.push(...(parents.get(expr) ?? []));
    }
    return { event, affected };
}
