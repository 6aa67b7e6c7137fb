import type { TimeExpr } from '../../generated/ast.js';
import { type RuleContext, createRule } from '../rule.js';
import { safely } from './rule-support.js';

function check(expr: TimeExpr, context: RuleContext): void {
    // Operands of `earliest of` / `latest of` too: the operand is where the amount is written.
    const resolution = safely(() => context.services.deadlines.DeadlineResolver.resolveTime(expr));
    if (resolution?.status !== 'invalid' || resolution.issue !== 'out_of_range') return;
    context.report({
        node: expr,
        message: `This date cannot be computed: ${resolution.reason}.`,
        hint: 'Check the number: dates are computed in the years 1000 to 9999, and at most 10000 business days are counted; count a long period in days, months or years.',
        data: {}
    });
}

/**
 * `within 99999999999 days after signed`, `on the 8000th anniversary of signed`, `within 99999999
 * business days after signed`: a computed date outside the years 1000 to 9999, or a count of
 * business days beyond the resolver's cap. Such a date has no value (status `invalid`).
 */
export const dateOutOfRangeRule = createRule({
    code: 'pacta/date-out-of-range',
    severity: 'error',
    description: 'A computed date outside the years 1000 to 9999, or more than 10000 business days from its anchor.',
    checks: {
        OffsetDeadline: check,
        AnniversaryDeadline: check,
        MonthEdgeDeadline: check,
        RecurringDeadline: check
    }
});
