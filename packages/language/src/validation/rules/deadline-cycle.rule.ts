import type { AnniversaryDeadline, Dated, OffsetDeadline, TimeExpr } from '../../generated/ast.js';
import type { PactaServices } from '../../pacta-module.js';
import { type RuleContext, createRule } from '../rule.js';
import { anchorOf, isRelative, timeOf } from './rule-support.js';
import { workspaceMemo } from './rule-support.js';

/**
 * The cycle a relative time expression is part of, as the expressions of the cycle starting
 * with it; undefined when following its anchors ends (at an absolute date, a missing date or
 * an unlinked anchor) or runs into a cycle it is not part of. Every expression is walked once
 * per build.
 */
function cycleOf(expr: TimeExpr, services: PactaServices): readonly TimeExpr[] | undefined {
    const memo = workspaceMemo(services, 'deadline-cycle/cycles', () => new Map<TimeExpr, readonly TimeExpr[] | null>());
    if (!memo.has(expr)) {
        const path: TimeExpr[] = [];
        const position = new Map<TimeExpr, number>();
        let current: TimeExpr | undefined = expr;
        while (current && isRelative(current) && !memo.has(current) && !position.has(current)) {
            position.set(current, path.length);
            path.push(current);
            const anchor = anchorOf(current);
            current = anchor ? timeOf(anchor) : undefined;
        }
        const start = current !== undefined ? position.get(current) ?? path.length : path.length;
        const cycle = path.slice(start);
        path.slice(0, start).forEach(e => memo.set(e, null));
        cycle.forEach(e => memo.set(e, cycle));
    }
    const cycle = memo.get(expr);
    if (!cycle) return undefined;
    const at = cycle.indexOf(expr);
    return [...cycle.slice(at), ...cycle.slice(0, at)];
}

function check(expr: OffsetDeadline | AnniversaryDeadline, context: RuleContext): void {
    const cycle = cycleOf(expr, context.services);
    if (!cycle) return;
    const resolver = context.services.deadlines.DeadlineResolver;
    const names = cycle.map(e => resolver.describeAnchor(e.$container as Dated, expr));
    const path = [...names, names[0]].join(' → ');
    context.report({
        node: expr,
        message: cycle.length === 1
            ? `The date of '${names[0]}' is defined relative to itself: ${path}.`
            : `Relative dates form a cycle and none of them can be resolved: ${path}.`,
        hint: 'Anchor one of these dates on an event with a known date, or give it an absolute date.',
        data: { cycle: names }
    });
}

/**
 * Relative dates whose anchors lead back to themselves (`a` due 10 days after `b`, `b` due
 * 10 days after `a`; an event dated relative to itself). Reported once on every expression of
 * the cycle; an expression that merely leads into a cycle is not reported.
 */
export const deadlineCycleRule = createRule({
    code: 'pacta/deadline-cycle',
    severity: 'error',
    description: 'Relative deadlines or event dates whose anchors form a cycle.',
    checks: {
        OffsetDeadline: check,
        AnniversaryDeadline: check
    }
});
