import { createRule } from '../rule.js';

/**
 * More than one preferred date for an event: two claims marked `preferred`, or a claim marked
 * `preferred` next to an inline date (the inline date is always the preferred one).
 */
export const severalPreferredDatesRule = createRule({
    code: 'pacta/several-preferred-dates',
    severity: 'error',
    description: 'An event has more than one preferred date: two `preferred` claims, or a `preferred` claim next to an inline date.',
    checks: {
        Event: (event, context) => {
            const preferred = (event.claims ?? []).filter(c => c.preferred);
            const name = event.name ?? event.kind;
            if (event.when) {
                for (const claim of preferred) {
                    context.report({
                        node: claim,
                        property: 'preferred',
                        message: `'${name}' has an inline date, which is its preferred date; this claim cannot be preferred too.`,
                        hint: 'Remove `preferred` here, or move the inline date into a `date` claim and keep one `preferred`.',
                        data: {}
                    });
                }
                return;
            }
            for (const claim of preferred.slice(1)) {
                context.report({
                    node: claim,
                    property: 'preferred',
                    message: `'${name}' has ${preferred.length} preferred date claims; only one can be preferred (the first is used).`,
                    hint: 'Keep `preferred` on the one claim the record should use and remove it from the others.',
                    data: { preferred: preferred.length }
                });
            }
        }
    }
});
