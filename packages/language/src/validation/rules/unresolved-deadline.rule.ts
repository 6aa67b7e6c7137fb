import { type AnniversaryDeadline, type Dated, type OffsetDeadline, type TimeExpr, isEvent } from '../../generated/ast.js';
import type { PactaServices } from '../../pacta-module.js';
import { type RuleContext, createRule } from '../rule.js';
import { anchorOf, datedWord, isRelative, safely, timeOf, workspaceMemo } from './rule-support.js';

/**
 * The event or commitment without a date at the end of a chain of relative dates; null when
 * the chain ends otherwise (an unlinked anchor, an absolute date, a cycle). Memoised per build
 * along the way, so a long chain is walked once.
 */
function undatedRoot(expr: TimeExpr, services: PactaServices): Dated | null {
    const memo = workspaceMemo(services, 'unresolved-deadline/roots', () => new Map<TimeExpr, Dated | null>());
    const path: TimeExpr[] = [];
    const onPath = new Set<TimeExpr>();
    let current: TimeExpr = expr;
    let root: Dated | null = null;
    for (;;) {
        const known = memo.get(current);
        if (known !== undefined) {
            root = known;
            break;
        }
        if (onPath.has(current)) break;
        onPath.add(current);
        path.push(current);
        const anchor = anchorOf(current);
        if (!anchor) break;
        const next = timeOf(anchor);
        if (!next) {
            root = anchor;
            break;
        }
        if (!isRelative(next)) break;
        current = next;
    }
    path.forEach(e => memo.set(e, root));
    return root;
}

function check(expr: OffsetDeadline | AnniversaryDeadline, context: RuleContext): void {
    const resolver = context.services.deadlines.DeadlineResolver;
    const resolution = safely(() => resolver.resolveTime(expr));
    if (resolution?.status !== 'unresolved') return;
    const root = undatedRoot(expr, context.services);
    const anchor = anchorOf(expr);
    if (!root || !anchor) return;
    const rootName = resolver.describeAnchor(root, expr);
    const missing = `the ${datedWord(root)} '${rootName}' has no ${isEvent(root) ? 'date' : 'deadline'}`;
    context.report({
        node: expr,
        message: anchor === root
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
        AnniversaryDeadline: check
    }
});
