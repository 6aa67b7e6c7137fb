import type { AstNode } from 'langium';
import { fieldClaimGroups } from '../../claims/field-claims.js';
import { type RuleContext, createRule } from '../rule.js';
import { claimTarget, claimText } from './claim-support.js';

function check(node: AstNode, context: RuleContext): void {
    for (const group of fieldClaimGroups(node)) {
        // A field written once is the declaration's; its sources may be the declaration's own.
        if (group.claims.length < 2) continue;
        for (const claim of group.claims) {
            if ((claim.note?.citations?.length ?? 0) > 0) continue;
            // The title in the header has the agreement's own sources.
            if (group.field === 'title' && claim === group.claims[0]) continue;
            context.report({
                ...claimTarget(claim),
                message: `The claim '${claimText(claim)}' of the ${group.field} names no source; with claims that disagree, each should say who says it.`,
                hint: 'Add `{ cite SOURCE }` after the value.',
                data: { field: group.field }
            });
        }
    }
}

/** A claim among several of one field without `cite`: nothing says whose claim it is. */
export const claimWithoutSourceRule = createRule({
    code: 'pacta/claim-without-source',
    severity: 'warning',
    description: 'A field has several claims (`X or Y`) and one of them cites no source.',
    checks: { Agreement: check, Commitment: check, Mechanism: check }
});
