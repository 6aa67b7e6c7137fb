import type { Agreement, Relation, RelationKind } from '../../generated/ast.js';
import type { PactaServices } from '../../pacta-module.js';
import { createRule } from '../rule.js';
import { workspaceMemo } from './rule-support.js';

/**
 * The relations that point from a later or dependent agreement to an earlier or parent one.
 * They are checked together: `a amends b` with `b supersedes a` is as contradictory as
 * `a supersedes b` with `b supersedes a`. `continues`, `references` and `reviewed_by` may go
 * both ways and are not followed.
 */
const ORDERED: ReadonlySet<RelationKind> = new Set<RelationKind>(['supersedes', 'amends', 'succeeds', 'implements', 'builds_on']);

function edges(agreement: Agreement): Relation[] {
    return (agreement.relations ?? []).filter(r => ORDERED.has(r.kind) && r.target?.ref !== undefined);
}

/** Strongly connected components of the relation graph (Tarjan, iterative), filled in lazily. */
class Components {
    private readonly index = new Map<Agreement, number>();
    private readonly low = new Map<Agreement, number>();
    private readonly onStack = new Set<Agreement>();
    private readonly stack: Agreement[] = [];
    private readonly component = new Map<Agreement, number>();
    private counter = 0;
    private components = 0;

    of(agreement: Agreement): number {
        if (!this.index.has(agreement)) this.connect(agreement);
        return this.component.get(agreement) ?? -1;
    }

    private connect(root: Agreement): void {
        const work: Array<{ node: Agreement; next: Agreement[]; i: number }> = [];
        const visit = (node: Agreement) => {
            this.index.set(node, this.counter);
            this.low.set(node, this.counter);
            this.counter++;
            this.stack.push(node);
            this.onStack.add(node);
            work.push({ node, next: edges(node).map(r => r.target.ref!), i: 0 });
        };
        visit(root);
        while (work.length > 0) {
            const frame = work[work.length - 1]!;
            if (frame.i < frame.next.length) {
                const target = frame.next[frame.i++]!;
                if (!this.index.has(target)) visit(target);
                else if (this.onStack.has(target)) this.low.set(frame.node, Math.min(this.low.get(frame.node)!, this.index.get(target)!));
                continue;
            }
            work.pop();
            const parent = work[work.length - 1];
            if (parent) this.low.set(parent.node, Math.min(this.low.get(parent.node)!, this.low.get(frame.node)!));
            if (this.low.get(frame.node) === this.index.get(frame.node)) {
                const id = this.components++;
                let member: Agreement | undefined;
                do {
                    member = this.stack.pop()!;
                    this.onStack.delete(member);
                    this.component.set(member, id);
                } while (member !== frame.node);
            }
        }
    }
}

function components(services: PactaServices): Components {
    return workspaceMemo(services, 'relation-cycle/components', () => new Components());
}

/** The shortest way back from `from` to `to` inside one component, as relations. */
function pathBack(from: Agreement, to: Agreement, graph: Components): Relation[] {
    const component = graph.of(to);
    const via = new Map<Agreement, Relation | null>([[from, null]]);
    const queue: Agreement[] = [from];
    for (let head = 0; head < queue.length; head++) {
        const node = queue[head]!;
        if (node === to) break;
        for (const relation of edges(node)) {
            const target = relation.target.ref!;
            if (via.has(target) || graph.of(target) !== component) continue;
            via.set(target, relation);
            queue.push(target);
        }
    }
    const path: Relation[] = [];
    let step = via.get(to);
    while (step) {
        path.unshift(step);
        step = via.get(step.$container);
    }
    return path;
}

/** Cycles among agreements through supersedes / amends / succeeds / implements / builds_on. */
export const relationCycleRule = createRule({
    code: 'pacta/relation-cycle',
    severity: 'error',
    description: 'Agreements that supersede, amend, succeed, implement or build on each other in a cycle (kinds mixed), or on themselves.',
    checks: {
        Agreement: (agreement, context) => {
            const relations = edges(agreement);
            if (relations.length === 0) return;
            const graph = components(context.services);
            const own = graph.of(agreement);
            for (const relation of relations) {
                const target = relation.target.ref!;
                const self = target === agreement;
                if (!self && graph.of(target) !== own) continue;
                const back = self ? [] : pathBack(target, agreement, graph);
                const steps = [`'${agreement.name}' ${relation.kind} '${target.name}'`, ...back.map(r => `'${r.$container.name}' ${r.kind} '${r.target.ref?.name ?? r.target.$refText}'`)];
                context.report({
                    node: relation,
                    property: 'target',
                    message: self ? `'${agreement.name}' ${relation.kind} itself.` : `Relations between agreements form a cycle: ${steps.join(', ')}.`,
                    hint: `Remove or reverse one of these relations; ${[...ORDERED].join(', ')} point from the later agreement to the earlier one.`,
                    data: { cycle: [agreement.name, ...back.map(r => r.$container.name), agreement.name] }
                });
            }
        }
    }
});
