import { createRule } from '../rule.js';

/** An event with several date claims and no inline date, none of them `preferred`. */
export const noPreferredDateRule = createRule({
    code: 'pacta/no-preferred-date',
    severity: 'warning',
    description: 'An event has several date claims and none is marked `preferred`; its date is taken from the first.',
    checks: {
        Event: (event, context) => {
            const claims = event.claims ?? [];
            if (event.when || claims.length < 2 || claims.some(c => c.preferred)) return;
            const first = claims[0]!;
            context.report({
                node: first,
                property: 'when',
                message: `'${event.name ?? event.kind}' has ${claims.length} date claims and none is preferred: its date is taken from the first (${first.when?.$cstNode?.text ?? '?'}).`,
                hint: 'Mark the claim the record should use with `preferred` (`date 2025-10-28 "Tokyo" preferred`).',
                data: { claims: claims.length }
            });
        }
    }
});
