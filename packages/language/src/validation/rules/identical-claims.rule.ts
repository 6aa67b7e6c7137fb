import type { AstNode } from 'langium';
import { fieldClaimGroups } from '../../claims/field-claims.js';
import { type RuleContext, createRule } from '../rule.js';
import { claimTarget, claimText } from './claim-support.js';

function check(node: AstNode, context: RuleContext): void {
    for (const group of fieldClaimGroups(node)) {
        const seen = new Map<string, number>();
        group.claims.forEach((claim, index) => {
            const text = claimText(claim);
            const first = seen.get(text);
            if (first === undefined) {
                seen.set(text, index);
                return;
            }
            context.report({
                ...claimTarget(claim),
                message: `This claim of the ${group.field} says the same as claim ${first + 1} (${text}); claims are for sources that disagree.`,
                hint: 'Put both sources on one claim: `{ cite a cite b }`.',
                data: { field: group.field, first: first + 1 }
            });
        });
    }
}

/** Two claims of one field with the same value: `amount 1 billion USD { cite a } or 1 billion USD { cite b }`. */
export const identicalClaimsRule = createRule({
    code: 'pacta/identical-claims',
    severity: 'warning',
    description: 'Two claims of one field (`kind a { cite x } or a { cite y }`) give the same value.',
    checks: { Agreement: check, Commitment: check, Mechanism: check }
});
