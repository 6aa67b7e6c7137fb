import type { AstNode } from 'langium';
import type { Dated, TimeExpr } from '../../generated/ast.js';
import type { PactaServices } from '../../pacta-module.js';
import { type RuleContext, createRule } from '../rule.js';
import { anchorsOf, isOperand, timeOf, workspaceMemo } from './rule-support.js';

/** The relative expressions a time expression depends on directly: the dates of its anchors. */
function next(expr: TimeExpr): TimeExpr[] {
    const result: TimeExpr[] = [];
    for (const anchor of anchorsOf(expr)) {
        const time = timeOf(anchor);
        if (time && anchorsOf(time).length > 0 && !result.includes(time)) result.push(time);
    }
    return result;
}

/**
 * The cycle a relative time expression is part of, as the expressions of the cycle starting
 * with it; undefined when following its anchors never leads back to it. An expression with
 * several anchors (earliest/latest, a recurring deadline's end) follows every one. The strongly
 * connected components of the graph of anchors are computed once per build (Tarjan).
 */
function cycleOf(expr: TimeExpr, services: PactaServices): readonly TimeExpr[] | undefined {
    const memo = workspaceMemo(services, 'deadline-cycle/components', () => new Map<TimeExpr, readonly TimeExpr[] | null>());
    if (!memo.has(expr)) components(expr, memo);
    const component = memo.get(expr);
    if (!component) return undefined;
    return pathBack(expr, new Set(component));
}

/** Tarjan's algorithm from one expression, iterative; fills `memo` with each node's cycle (null when it is in none). */
function components(start: TimeExpr, memo: Map<TimeExpr, readonly TimeExpr[] | null>): void {
    const index = new Map<TimeExpr, number>();
    const low = new Map<TimeExpr, number>();
    const stack: TimeExpr[] = [];
    const onStack = new Set<TimeExpr>();
    let counter = 0;
    const frames: Array<{ node: TimeExpr; edges: TimeExpr[]; at: number }> = [];
    const open = (node: TimeExpr): void => {
        index.set(node, counter);
        low.set(node, counter++);
        stack.push(node);
        onStack.add(node);
        frames.push({ node, edges: next(node), at: 0 });
    };
    open(start);
    while (frames.length > 0) {
        const frame = frames[frames.length - 1]!;
        if (frame.at < frame.edges.length) {
            const target = frame.edges[frame.at++]!;
            if (memo.has(target)) continue;
            if (!index.has(target)) open(target);
            else if (onStack.has(target)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
            continue;
        }
        frames.pop();
        const parent = frames[frames.length - 1];
        if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
        if (low.get(frame.node) === index.get(frame.node)) {
            const component: TimeExpr[] = [];
            let member: TimeExpr;
            do {
                member = stack.pop()!;
                onStack.delete(member);
                component.push(member);
            } while (member !== frame.node);
            const cyclic = component.length > 1 || next(frame.node).includes(frame.node);
            for (const e of component) memo.set(e, cyclic ? component : null);
        }
    }
}

/** A shortest path from `expr` back to itself inside its component, starting with `expr`. */
function pathBack(expr: TimeExpr, component: ReadonlySet<TimeExpr>): readonly TimeExpr[] {
    const previous = new Map<TimeExpr, TimeExpr>();
    const queue: TimeExpr[] = [expr];
    while (queue.length > 0) {
        const current = queue.shift()!;
        for (const target of next(current)) {
            if (!component.has(target)) continue;
            if (target === expr) {
                const path: TimeExpr[] = [];
                for (let at: TimeExpr | undefined = current; at !== undefined && at !== expr; at = previous.get(at)) path.unshift(at);
                return [expr, ...path];
            }
            if (!previous.has(target)) {
                previous.set(target, current);
                queue.push(target);
            }
        }
    }
    return [expr];
}

/** The event or commitment an expression dates: its container, or the event of a date claim. */
function ownerOf(expr: TimeExpr): Dated {
    const container: AstNode | undefined = expr.$container;
    return (container?.$type === 'DateClaim' ? container.$container : container) as Dated;
}

function check(expr: TimeExpr, context: RuleContext): void {
    if (isOperand(expr)) return;
    const owner = ownerOf(expr);
    // Only the expression that actually dates its owner (not a claim that is not used).
    if (!owner || timeOf(owner) !== expr) return;
    const cycle = cycleOf(expr, context.services);
    if (!cycle) return;
    const resolver = context.services.deadlines.DeadlineResolver;
    const names = cycle.map(e => resolver.describeAnchor(ownerOf(e), expr));
    const path = [...names, names[0]].join(' → ');
    context.report({
        node: expr,
        message: cycle.length === 1 ? `The date of '${names[0]}' is defined relative to itself: ${path}.` : `Relative dates form a cycle and none of them can be resolved: ${path}.`,
        hint: 'Anchor one of these dates on an event with a known date, or give it an absolute date.',
        data: { cycle: names }
    });
}

/**
 * Relative dates whose anchors lead back to themselves (`a` due 10 days after `b`, `b` due
 * 10 days after `a`; an event dated relative to itself), through any form: offsets,
 * anniversaries, month edges, recurring deadlines (anchor or end) and earliest/latest.
 * Reported once on every expression of the cycle; an expression that merely leads into a
 * cycle is not reported.
 */
export const deadlineCycleRule = createRule({
    code: 'pacta/deadline-cycle',
    severity: 'error',
    description: 'Relative deadlines or event dates whose anchors form a cycle.',
    checks: {
        OffsetDeadline: check,
        AnniversaryDeadline: check,
        MonthEdgeDeadline: check,
        RecurringDeadline: check,
        ExtremumDeadline: check
    }
});
