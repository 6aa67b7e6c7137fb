import { preferredDue } from '../../claims/field-claims.js';
import { type CalendarDate, compareDates, dayRangeOf, isSurelyAfter } from '../../deadlines/calendar-date.js';
import { type Agreement, type Commitment, type Event, type TimeExpr, isEvent } from '../../generated/ast.js';
import type { PactaServices } from '../../pacta-module.js';
import { type RuleContext, createRule } from '../rule.js';
import { anchorsOf, safely, timeOf, workspaceMemo } from './rule-support.js';
import type { AstNode } from 'langium';
import { armOf, enclosingAgreement, eventsAlongside } from '../../branches/branch-members.js';

interface End {
    event: Event;
    date: CalendarDate;
}

/**
 * The `expiry` and `terminated` events that have a date and happen with `commitment` (its agreement's
 * own, those of taken arms, those of its own arm: `eventsAlongside`), earliest first.
 */
function endsOf(commitment: Commitment, agreement: Agreement, services: PactaServices): readonly End[] {
    // Keyed by the arm the commitment sits in (or the agreement): commitments side by side share one list.
    const cache = workspaceMemo(services, 'deadline-after-expiry/ends', () => new WeakMap<AstNode, End[]>());
    const place = armOf(commitment);
    const cacheKey: AstNode = (place ? (place.arm === 'if' ? place.branch.ifArm : place.branch.otherwiseArm) : undefined) ?? agreement;
    let ends = cache.get(cacheKey);
    if (!ends) {
        ends = [];
        for (const event of eventsAlongside(commitment, agreement)) {
            if (event.kind !== 'expiry' && event.kind !== 'terminated') continue;
            const resolution = safely(() => services.deadlines.DeadlineResolver.resolveDated(event));
            if (resolution?.status === 'resolved') {
                ends.push({ event, date: { value: resolution.date, precision: resolution.precision } });
            }
        }
        ends.sort((a, b) => compareDates(a.date, b.date));
        cache.set(cacheKey, ends);
    }
    return ends;
}

/**
 * True when following the anchors of a deadline (every anchor of an earliest/latest or of a
 * recurring deadline) reaches an `expiry` or `terminated` event. Memoised per build.
 */
function anchoredOnEnd(expr: TimeExpr, services: PactaServices): boolean {
    const memo = workspaceMemo(services, 'deadline-after-expiry/anchored-on-end', () => new Map<TimeExpr, boolean>());
    const onPath = new Set<TimeExpr>();
    const visit = (current: TimeExpr): boolean => {
        const known = memo.get(current);
        if (known !== undefined) return known;
        if (onPath.has(current)) return false;
        onPath.add(current);
        let result = false;
        for (const anchor of anchorsOf(current)) {
            if (isEvent(anchor) && (anchor.kind === 'expiry' || anchor.kind === 'terminated')) result = true;
            else {
                const next = timeOf(anchor);
                result = next !== undefined && visit(next);
            }
            if (result) break;
        }
        onPath.delete(current);
        memo.set(current, result);
        return result;
    };
    return visit(expr);
}

/**
 * True when `due` may fall after an end known only to the month or year (`terminated 2026-06`):
 * its last day is after the end's first possible day, but not after the end's last (`isSurelyAfter`
 * is false). The end date is the agreement's last day, so a deadline on the end's first day is live.
 */
function possiblyAfter(due: CalendarDate, end: CalendarDate): boolean {
    if (end.precision === 'day') return false;
    const dueDays = dayRangeOf(due);
    const endDays = dayRangeOf(end);
    return dueDays !== undefined && endDays !== undefined && dueDays.last > endDays.first && !isSurelyAfter(due, end);
}

function reportPossiblyAfter(commitment: Commitment, due: CalendarDate, agreement: string, end: End, context: RuleContext): void {
    const name = commitment.name;
    const ended = end.event.kind === 'expiry' ? 'expires' : 'is terminated';
    context.report({
        node: commitment,
        property: 'due',
        message: `'${name}' falls due on ${due.value}, and '${agreement}' ${ended} in ${end.date.value}, the day not known: it may end first.`,
        hint: `Give the ${end.event.kind === 'expiry' ? 'expiry' : 'termination'}'s day if a source has it; until then \`pacta status\` and \`pacta deadlines\` show '${name}' as possibly closed, not closed.`,
        data: { due: due.value, end: end.date.value, endEvent: end.event.name ?? end.event.kind, possibly: true }
    });
}

/**
 * A commitment that falls due after its agreement has expired or was terminated. A deadline
 * anchored on the expiry or termination itself (a clause that survives the agreement) is fine.
 */
export const deadlineAfterExpiryRule = createRule({
    code: 'pacta/deadline-after-expiry',
    severity: 'warning',
    description: "A commitment falls due after the agreement's expiry or termination date.",
    checks: {
        Commitment: (commitment, context) => {
            const agreement = enclosingAgreement(commitment);
            if (!commitment.due || !agreement) return;
            // `within 30 days after terminated` is an obligation that survives the agreement on purpose.
            if (anchoredOnEnd(preferredDue(commitment) ?? commitment.due, context.services)) return;
            const resolution = safely(() => context.services.deadlines.DeadlineResolver.resolveDated(commitment));
            if (resolution?.status !== 'resolved') return;
            const due: CalendarDate = { value: resolution.date, precision: resolution.precision };
            const ends = endsOf(commitment, agreement, context.services);
            const end = ends.find(candidate => isSurelyAfter(due, candidate.date));
            if (!end) {
                // An end known only to the month or year may come before the due date, or not: lists
                // and status show the deadline as possibly closed; say so here too.
                const maybe = ends.find(candidate => possiblyAfter(due, candidate.date));
                if (maybe) reportPossiblyAfter(commitment, due, agreement.name, maybe, context);
                return;
            }
            const ended = end.event.kind === 'expiry' ? 'expires' : 'is terminated';
            context.report({
                node: commitment,
                property: 'due',
                message: `'${commitment.name}' falls due on ${due.value}, after '${agreement.name}' ${ended} on ${end.date.value}.`,
                hint: `Check the deadline and the ${end.event.kind === 'expiry' ? 'expiry' : 'termination'} date; a commitment cannot fall due once its agreement has ended.`,
                data: { due: due.value, end: end.date.value, endEvent: end.event.name ?? end.event.kind }
            });
        }
    }
});
