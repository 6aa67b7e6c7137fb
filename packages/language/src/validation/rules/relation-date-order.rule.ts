import { isSurelyAfter } from '../../deadlines/calendar-date.js';
import type { RelationKind } from '../../generated/ast.js';
import { createRule } from '../rule.js';
import { type DatedEvent, START_KINDS, startOf } from './agreement-dates.js';

function startWord(start: DatedEvent): string {
    return `'${start.event.name ?? start.event.kind}'`;
}

/** The relations written on the later agreement, pointing at the earlier one. */
const LATER_TO_EARLIER: ReadonlySet<RelationKind> = new Set<RelationKind>(['succeeds', 'supersedes', 'continues', 'amends', 'implements']);

/**
 * `usmca supersedes nafta` where USMCA starts before NAFTA: a successor (or an amendment, an
 * implementing act, a continuation) that starts before what it follows. An agreement starts
 * on the earliest date of its `announced`, `signed`, `provisional_application` and `in_force`
 * events; dates known only to the month or year are compared by every day they can stand for.
 */
export const relationDateOrderRule = createRule({
    code: 'pacta/relation-date-order',
    severity: 'warning',
    description: 'An agreement that succeeds, supersedes, continues, amends or implements another starts before it.',
    checks: {
        Relation: (relation, context) => {
            if (!LATER_TO_EARLIER.has(relation.kind)) return;
            const agreement = relation.$container;
            const target = relation.target?.ref;
            if (!agreement || !target || target === agreement) return;
            const own = startOf(agreement, context.services);
            const other = startOf(target, context.services);
            if (!own || !other || !isSurelyAfter(other.date, own.date)) return;
            context.report({
                node: relation,
                property: 'target',
                message: `'${agreement.name}' ${relation.kind} '${target.name}' but starts before it: '${agreement.name}' on ${own.date.value} (${startWord(own)}), '${target.name}' on ${other.date.value} (${startWord(other)}).`,
                hint: `Check both dates against the sources, and the direction of the relation: \`${relation.kind}\` is written on the later agreement (it starts on the earliest of ${START_KINDS.join(', ')}).`,
                data: { agreement: agreement.name, target: target.name, start: own.date.value, targetStart: other.date.value }
            });
        }
    }
});
