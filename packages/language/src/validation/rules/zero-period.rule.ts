import { createRule } from '../rule.js';

/** `every 0 years after x`, `every 1 year after x for 0 times`: a recurring deadline with no occurrence. */
export const zeroPeriodRule = createRule({
    code: 'pacta/zero-period',
    severity: 'error',
    description: 'A recurring deadline whose period is zero (every 0 years) or that recurs 0 times.',
    checks: {
        RecurringDeadline: (deadline, context) => {
            if (deadline.amount === 0) {
                const unit = deadline.unit ?? 'years';
                const one = unit.replace(/s$/, '');
                context.report({
                    node: deadline,
                    property: 'amount',
                    message: `'every 0 ${unit}' never recurs: a period must be at least 1 ${one}.`,
                    hint: `Write the period the source gives, e.g. \`every 1 ${one}\` (or \`every ${one}\`).`,
                    data: { suggestion: '1' }
                });
            }
            if (deadline.count === 0) {
                context.report({
                    node: deadline,
                    property: 'count',
                    message: `'for 0 times' gives no occurrence at all.`,
                    hint: 'Write how many times it recurs (`for 4 times`), or leave `for ... times` out to recur until the end.',
                    data: {}
                });
            }
        }
    }
});
