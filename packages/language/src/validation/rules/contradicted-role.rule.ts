import type { Agreement } from '../../generated/ast.js';
import { createRule } from '../rule.js';

/**
 * `parties US, CA` and `excludes parties CA "Canada is not named"` in one agreement: a party cannot
 * both hold a role and be stated not to hold it. Unlinked names are left to
 * pacta/unresolved-reference.
 */
export const contradictedRoleRule = createRule({
    code: 'pacta/contradicted-role',
    severity: 'error',
    description: 'A party is listed in a role and, in the same agreement, stated not to hold it (`excludes parties X`).',
    checks: {
        Agreement: (agreement: Agreement, context) => {
            const held = new Set<string>();
            for (const list of agreement.roles ?? []) {
                for (const ref of list.parties ?? []) if (ref.ref) held.add(`${list.role} ${ref.ref.name}`);
            }
            // A party that joined later (`member X joined D`) is a party too.
            for (const membership of agreement.memberships ?? []) {
                if (membership.party?.ref) held.add(`parties ${membership.party.ref.name}`);
            }
            for (const negative of agreement.negatives ?? []) {
                (negative.parties ?? []).forEach((ref, index) => {
                    const party = ref.ref;
                    if (!party || !held.has(`${negative.role} ${party.name}`)) return;
                    context.report({
                        node: negative,
                        property: 'parties',
                        index,
                        message: `'${party.name}' is stated not to be in \`${negative.role}\` of '${agreement.name}', but it is listed there.`,
                        hint: `Keep one of the two: remove '${party.name}' from \`${negative.role}\`, or drop the stated negative if the sources say otherwise (mark the one you keep \`uncertain\` if they disagree).`,
                        data: { party: party.name, role: negative.role }
                    });
                });
            }
        }
    }
});
