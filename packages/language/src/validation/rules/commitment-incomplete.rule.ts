import { createRule } from '../rule.js';

/** A commitment says who commits (`by`) and to what (`shall "..."`, `will "..."`...). */
export const commitmentIncompleteRule = createRule({
    code: 'pacta/commitment-incomplete',
    severity: 'warning',
    description: 'A commitment without a `by` actor, or without a modality and text.',
    checks: {
        Commitment: (commitment, context) => {
            const missing: string[] = [];
            if ((commitment.actors ?? []).length === 0) missing.push('who commits (`by PARTY`)');
            if (!commitment.modality || commitment.text === undefined) missing.push('what is committed (`will "..."`, `shall "..."`...)');
            if (missing.length === 0 || !commitment.name) return;
            context.report({
                node: commitment,
                property: 'name',
                message: `Commitment '${commitment.name}' does not say ${missing.join(' or ')}.`,
                hint:
                    missing.length === 2
                        ? 'Add `by PARTY` and a modality with its text, e.g. `will "finalize an MoU"`.'
                        : missing[0]!.startsWith('who')
                          ? 'Add `by PARTY` with the parties or agencies that commit.'
                          : 'Add a modality with its text, e.g. `will "finalize an MoU"`.',
                data: { missing: missing.map(m => (m.startsWith('who') ? 'by' : 'modality')) }
            });
        }
    }
});
