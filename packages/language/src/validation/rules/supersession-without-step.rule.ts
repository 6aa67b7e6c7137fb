import { endsItsTarget, supersessionStep } from '../../deadlines/supersession.js';
import { createRule } from '../rule.js';
import { SUPERSESSION_STEPS } from './agreement-dates.js';

/**
 * `usmca supersedes nafta` ends NAFTA when the USMCA enters into force (or takes the step `upon`
 * names). A successor with no event of that kind at all never ends its predecessor: the status
 * report keeps the predecessor as it was, which is seldom what the writer meant. Only a
 * successor with some step of its life written is checked.
 */
export const supersessionWithoutStepRule = createRule({
    code: 'pacta/supersession-without-step',
    severity: 'warning',
    description: 'An agreement supersedes or succeeds another but has no event of the step that ends it (its `in_force`, or the step `upon` names).',
    checks: {
        Relation: (relation, context) => {
            // Only a relation that ends its target (not one written `for` some parties).
            if (!endsItsTarget(relation)) return;
            const agreement = relation.$container;
            const target = relation.target?.ref;
            if (!agreement || !target || target === agreement) return;
            const step = supersessionStep(relation);
            // A step that cannot end an agreement is the error pacta/invalid-supersession-step.
            if (!SUPERSESSION_STEPS.includes(step)) return;
            const events = agreement.events ?? [];
            if (events.some(event => event.kind === step)) return;
            // Only a successor whose life is recorded (some step of it is written): a bare
            // `agreement a "A" { supersedes b }` says nothing about when, and is not flagged.
            if (!events.some(event => SUPERSESSION_STEPS.includes(event.kind))) return;
            const ends = relation.kind === 'supersedes' ? 'superseded' : 'succeeded';
            context.report({
                node: relation,
                property: relation.upon === undefined ? 'target' : 'upon',
                message: `'${agreement.name}' ${relation.kind} '${target.name}' but has no '${step}' event, so '${target.name}' is never shown ${ends}${relation.upon === undefined ? ': a supersession takes effect when the successor enters into force' : ''}.`,
                hint:
                    relation.upon === undefined
                        ? `Add the \`in_force\` event of '${agreement.name}' when it is known, or name the step the sources give: \`${relation.kind} ${target.name} upon signed\` (or \`upon announced\`, \`upon provisional_application\`).`
                        : `Add the \`${step}\` event of '${agreement.name}', or name another step with \`upon\`.`,
                data: { agreement: agreement.name, target: target.name, step }
            });
        }
    }
});
