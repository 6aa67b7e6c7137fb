import { isMoneyClaim } from '../../generated/ast.js';
import { createRule } from '../rule.js';
import { enclosingAgreement } from '../../branches/branch-members.js';

/** `each` means every party gets (or pays) the amount; with one party it is the same as `in total`. */
export const eachWithOnePartyRule = createRule({
    code: 'pacta/each-with-one-party',
    severity: 'warning',
    description: "An amount `each` in a mechanism with fewer than two parties (its `parties`, else the agreement's `parties`).",
    checks: {
        Money: (money, context) => {
            if (money.scope !== 'each') return;
            // A claim on the amount (`amount X or Y`) belongs to the mechanism too.
            const mechanism = isMoneyClaim(money.$container) ? money.$container.$container : money.$container;
            const agreement = enclosingAgreement(mechanism);
            if (!mechanism) return;
            const own = mechanism.parties ?? [];
            const refs = own.length > 0 ? own : (agreement?.roles ?? []).filter(list => list.role === 'parties').flatMap(list => list.parties ?? []);
            const names = new Set(refs.map(ref => ref.ref ?? ref.$refText));
            if (names.size >= 2) return;
            const where = own.length > 0 ? `mechanism '${mechanism.name}'` : `'${agreement?.name ?? 'the agreement'}'`;
            context.report({
                node: money,
                property: 'scope',
                message: names.size === 0 ? `The amount is given 'each', but ${where} names no parties.` : `The amount is given 'each', but ${where} has only one party.`,
                hint: 'Write `in total`, or list the parties the amount is for with `parties A, B`.',
                data: { suggestion: 'in total' }
            });
        }
    }
});
