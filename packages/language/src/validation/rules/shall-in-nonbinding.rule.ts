import { preferredBinding } from '../../claims/field-claims.js';
import { createRule } from '../rule.js';
import { enclosingAgreement } from '../../branches/branch-members.js';

/** "shall" is the language of obligation; a nonbinding instrument creates none. */
export const shallInNonbindingRule = createRule({
    code: 'pacta/shall-in-nonbinding',
    severity: 'warning',
    description: 'A commitment says `shall` (or `shall not`) inside a nonbinding agreement.',
    checks: {
        Commitment: (commitment, context) => {
            const agreement = enclosingAgreement(commitment);
            if (!agreement) return;
            if (preferredBinding(agreement) !== 'nonbinding' || !commitment.modality?.startsWith('shall')) return;
            context.report({
                node: commitment,
                property: 'modality',
                message: `'${commitment.modality}' states an obligation, but '${agreement.name}' is nonbinding.`,
                hint: `Use 'will' or 'intends to' for a political commitment, or mark the agreement \`binding\` if it is.`,
                data: { suggestion: commitment.modality === 'shall not' ? 'will not' : 'will' }
            });
        }
    }
});
