import { fieldClaimGroups } from '../../claims/field-claims.js';
import { type RuleContext, createRule } from '../rule.js';
import type { AstNode } from 'langium';

function check(node: AstNode, context: RuleContext): void {
    for (const group of fieldClaimGroups(node)) {
        const preferred = group.claims.filter(claim => claim.note?.preferred);
        for (const claim of preferred.slice(1)) {
            context.report({
                node: claim.note!,
                property: 'preferred',
                message: `The ${group.field} has ${preferred.length} claims marked preferred; only one can be (the first is used).`,
                hint: 'Keep `preferred` on the one claim the record should use and remove it from the others.',
                data: { field: group.field, preferred: preferred.length }
            });
        }
    }
}

/** Two claims of one field marked `preferred`: `kind a { preferred } or b { preferred }`. */
export const severalPreferredClaimsRule = createRule({
    code: 'pacta/several-preferred-claims',
    severity: 'error',
    description: 'More than one claim of a field (`amount X { preferred } or Y { preferred }`) is marked `preferred`.',
    checks: { Agreement: check, Commitment: check, Mechanism: check }
});
