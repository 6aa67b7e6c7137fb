import { type Dated, type TimeExpr, isEvent } from '../../generated/ast.js';
import type { PactaServices } from '../../pacta-module.js';
import { type RuleContext, createRule } from '../rule.js';
import { anchorsOf, datedWord, isOperand, isRelative, safely, timeOf, workspaceMemo } from './rule-support.js';

/**
 * The event or commitment without a date at the end of a chain of relative dates (the first
 * found, anchors in text order); null when every chain ends otherwise (an unlinked anchor, an
 * absolute date, a cycle). Memoised per build, so a long chain is walked once.
 */
function undatedRoot(expr: TimeExpr, services: PactaServices): Dated | null {
    const memo = workspaceMemo(services, 'unresolved-deadline/roots', () => new Map<TimeExpr, Dated | null>());
    const onPath = new Set<TimeExpr>();
    const visit = (current: TimeExpr): Dated | null => {
        const known = memo.get(current);
        if (known !== undefined) return known;
        if (onPath.has(current)) return null;
        onPath.add(current);
        let root: Dated | null = null;
        for (const anchor of anchorsOf(current)) {
            const next = timeOf(anchor);
            root = !next ? anchor : isRelative(next) ? visit(next) : null;
            if (root) break;
        }
        onPath.delete(current);
        memo.set(current, root);
        return root;
    };
    return visit(expr);
}

function check(expr: TimeExpr, context: RuleContext): void {
    if (isOperand(expr)) return;
    const resolver = context.services.deadlines.DeadlineResolver;
    const resolution = safely(() => resolver.resolveTime(expr));
    if (resolution?.status !== 'unresolved') return;
    const root = undatedRoot(expr, context.services);
    const anchors = anchorsOf(expr);
    const anchor = anchors.includes(root as Dated) ? root : anchors[0];
    if (!root || !anchor) return;
    const rootName = resolver.describeAnchor(root, expr);
    const missing = `the ${datedWord(root)} '${rootName}' has no ${isEvent(root) ? 'date' : 'deadline'}`;
    context.report({
        node: expr,
        message:
            anchor === root
                ? `This date cannot be resolved yet: ${missing}.`
                : `This date cannot be resolved yet: it depends, through '${resolver.describeAnchor(anchor, expr)}', on the ${datedWord(root)} '${rootName}', which has no ${isEvent(root) ? 'date' : 'deadline'}.`,
        hint: `It will resolve when '${rootName}' gets ${isEvent(root) ? 'a date' : 'a deadline'}; add one if it is known.`,
        data: { anchor: rootName }
    });
}

/**
 * A relative date whose chain of anchors ends at an event or commitment that has no date yet.
 * Informational: the date resolves as soon as the anchor gets one. Cycles are reported by
 * pacta/deadline-cycle, unlinked anchors by pacta/unresolved-reference, bad dates by pacta/invalid-date.
 */
export const unresolvedDeadlineRule = createRule({
    code: 'pacta/unresolved-deadline',
    severity: 'info',
    description: 'A relative deadline or event date whose anchor has no date yet.',
    checks: {
        OffsetDeadline: check,
        AnniversaryDeadline: check,
        MonthEdgeDeadline: check,
        RecurringDeadline: check,
        ExtremumDeadline: check
    }
});
