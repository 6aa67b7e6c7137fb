import { agreementEvents } from '../../branches/branch-members.js';
import { createRule } from '../rule.js';

/**
 * `requires ratification` with an `in_force` event and no `ratified` event: the sources say the
 * agreement needed ratifying, and it is recorded in force, but the ratification is not recorded.
 */
export const ratificationMissingRule = createRule({
    code: 'pacta/ratification-missing',
    severity: 'info',
    description: 'An agreement that `requires ratification` is in force, but no `ratified` event is recorded.',
    checks: {
        Agreement: (agreement, context) => {
            if (!agreement.requiresRatification) return;
            // A `ratified` in a branch arm counts: the sources record it, conditionally.
            const events = agreementEvents(agreement);
            if (!(agreement.events ?? []).some(event => event.kind === 'in_force') || events.some(event => event.kind === 'ratified')) return;
            context.report({
                node: agreement,
                property: 'requiresRatification',
                message: `'${agreement.name}' requires ratification and has an \`in_force\` event, but no \`ratified\` event.`,
                hint: 'Add a `ratified` event with its date and source (`ratified 2020-03-13 by CA`), or remove `requires ratification` if the sources do not say so.',
                data: { agreement: agreement.name }
            });
        }
    }
});
