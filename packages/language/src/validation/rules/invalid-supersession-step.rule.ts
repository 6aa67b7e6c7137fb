import type { EventKind } from '../../generated/ast.js';
import { createRule } from '../rule.js';
import { SUPERSESSION_STEPS } from './agreement-dates.js';

const STEP_WORDS: Partial<Record<EventKind, string>> = {
    expiry: 'expiry',
    terminated: 'termination',
    withdrawal: 'withdrawal of a party',
    review: 'review',
    event: 'other events'
};

/**
 * `supersedes X upon STEP` says which step of the successor's life ends `X` (by default its
 * entry into force). Only `supersedes` and `succeeds` end another agreement, and only a step by
 * which an agreement starts to apply can: an expiry or a review cannot.
 */
export const invalidSupersessionStepRule = createRule({
    code: 'pacta/invalid-supersession-step',
    severity: 'error',
    description:
        '`upon STEP` on a relation names no step by which the agreement takes over: the relation is not `supersedes`/`succeeds`, or the step is an expiry, termination, withdrawal, review or other event.',
    checks: {
        Relation: (relation, context) => {
            const upon = relation.upon;
            if (upon === undefined) return;
            const agreement = relation.$container?.name ?? '?';
            const target = relation.target?.$refText ?? '?';
            if (relation.kind !== 'supersedes' && relation.kind !== 'succeeds') {
                context.report({
                    node: relation,
                    property: 'upon',
                    message: `'${agreement}' ${relation.kind} '${target}' upon ${upon}: \`upon\` says when a supersession takes effect, and \`${relation.kind}\` ends nothing.`,
                    hint: `Remove \`upon ${upon}\`; write \`supersedes ${target} upon ${upon}\` if '${agreement}' replaces '${target}'.`,
                    data: { kind: relation.kind, upon }
                });
                return;
            }
            if (SUPERSESSION_STEPS.includes(upon)) return;
            context.report({
                node: relation,
                property: 'upon',
                message: `'${agreement}' ${relation.kind} '${target}' upon ${upon}: an agreement takes over when it is announced, signed, ratified, provisionally applied or enters into force, not on its ${STEP_WORDS[upon] ?? upon}.`,
                hint: `Write \`upon in_force\` (the default: it may be left out), \`upon provisional_application\`, \`upon ratified\`, \`upon signed\` or \`upon announced\`.`,
                data: { kind: relation.kind, upon, steps: SUPERSESSION_STEPS.join(', ') }
            });
        }
    }
});
