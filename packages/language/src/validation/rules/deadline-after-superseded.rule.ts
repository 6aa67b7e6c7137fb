import { type CalendarDate, isSurelyAfter } from '../../deadlines/calendar-date.js';
import { type Agreement, type Relation, isAgreement, isDocument } from '../../generated/ast.js';
import type { PactaServices } from '../../pacta-module.js';
import { endsItsTarget } from '../../deadlines/supersession.js';
import { createRule } from '../rule.js';
import { type DatedEvent, supersessionEffectOf } from './agreement-dates.js';
import { safely, workspaceMemo } from './rule-support.js';
import { enclosingAgreement } from '../../branches/branch-members.js';

/** For each agreement, the relations of the workspace that end it (`supersedes`, `succeeds`; not `… for X`). */
function supersededBy(services: PactaServices): Map<Agreement, Relation[]> {
    return workspaceMemo(services, 'deadline-after-superseded/index', () => {
        const index = new Map<Agreement, Relation[]>();
        for (const document of services.shared.workspace.LangiumDocuments.all) {
            const root = document.parseResult?.value;
            if (!isDocument(root)) continue;
            for (const element of root.elements ?? []) {
                if (!isAgreement(element)) continue;
                for (const relation of element.relations ?? []) {
                    const target = endsItsTarget(relation) ? relation.target?.ref : undefined;
                    if (!target || target === element) continue;
                    index.set(target, [...(index.get(target) ?? []), relation]);
                }
            }
        }
        return index;
    });
}

/**
 * A commitment that falls due after its agreement was superseded: after the superseding
 * agreement took effect (entered into force, or the step named by `supersedes X upon STEP`).
 * A commitment marked `status superseded` is not reported.
 */
export const deadlineAfterSupersededRule = createRule({
    code: 'pacta/deadline-after-superseded',
    severity: 'warning',
    description: 'A commitment falls due after another agreement superseded its agreement.',
    checks: {
        Commitment: (commitment, context) => {
            const agreement = enclosingAgreement(commitment);
            if (!commitment.due || !agreement || commitment.status === 'superseded') return;
            const relations = supersededBy(context.services).get(agreement);
            if (!relations || relations.length === 0) return;
            const resolution = safely(() => context.services.deadlines.DeadlineResolver.resolveDated(commitment));
            if (resolution?.status !== 'resolved') return;
            const due: CalendarDate = { value: resolution.date, precision: resolution.precision };
            let first: { relation: Relation; effect: DatedEvent } | undefined;
            for (const relation of relations) {
                const effect = supersessionEffectOf(relation, context.services);
                if (effect && isSurelyAfter(due, effect.date) && (!first || isSurelyAfter(first.effect.date, effect.date))) first = { relation, effect };
            }
            if (!first) return;
            const successor = first.relation.$container.name;
            context.report({
                node: commitment,
                property: 'due',
                message: `'${commitment.name}' falls due on ${due.value}, after '${successor}' ${first.relation.kind === 'succeeds' ? 'succeeded' : 'superseded'} '${agreement.name}' (from its '${first.effect.event.name ?? first.effect.event.kind}' on ${first.effect.date.value}).`,
                hint: `Check the deadline against the sources; if '${successor}' took the commitment over, write it there, or mark this one \`status superseded\`.`,
                data: { due: due.value, successor, superseded: first.effect.date.value }
            });
        }
    }
});
