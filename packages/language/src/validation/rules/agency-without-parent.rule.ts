import { createRule } from '../rule.js';

/** An agency acts for a party; without `of PARTY` its commitments belong to no one. */
export const agencyWithoutParentRule = createRule({
    code: 'pacta/agency-without-parent',
    severity: 'warning',
    description: 'An `agency` declared without `of PARTY`.',
    checks: {
        Party: (party, context) => {
            if (party.kind !== 'agency' || party.parent || !party.name) return;
            context.report({
                node: party,
                property: 'name',
                message: `Agency '${party.name}' belongs to no party.`,
                hint: `Add the party it belongs to: \`agency ${party.name} "${party.title ?? ''}" of PARTY\`.`
            });
        }
    }
});
