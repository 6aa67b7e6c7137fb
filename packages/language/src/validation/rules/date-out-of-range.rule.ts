import type { AstNode, Properties } from 'langium';
import { MAX_YEAR, MIN_YEAR, isWrittenYearInRange } from '../../deadlines/calendar-date.js';
import type { TimeExpr } from '../../generated/ast.js';
import { writtenNumber } from '../../parser/written-number.js';
import { type RuleContext, createRule } from '../rule.js';
import { safely } from './rule-support.js';

const WRITTEN_HINT = `Check the year: dates are written and computed in the years ${MIN_YEAR} to ${MAX_YEAR}.`;

/**
 * A date written with a year outside `MIN_YEAR`..`MAX_YEAR` (`0000-01-01`, `year 50`): reported
 * here once, not as a date that is not in the calendar (`pacta/invalid-date`). True when reported.
 */
function checkWritten<N extends AstNode>(node: N, property: Properties<N>, text: string | undefined, written: string, context: RuleContext): boolean {
    if (text === undefined || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text) || isWrittenYearInRange(text)) return false;
    context.report({
        node,
        property,
        message: `'${written}' is outside the years ${MIN_YEAR} to ${MAX_YEAR}, the only ones dates are written and computed in.`,
        hint: WRITTEN_HINT,
        data: {}
    });
    return true;
}

function checkComputed(expr: TimeExpr, context: RuleContext): void {
    // Operands of `earliest of` / `latest of` too: the operand is where the amount is written.
    const resolution = safely(() => context.services.deadlines.DeadlineResolver.resolveTime(expr));
    if (resolution?.status !== 'invalid' || resolution.issue !== 'out_of_range') return;
    context.report({
        node: expr,
        message: `This date cannot be computed: ${resolution.reason}.`,
        hint: `Check the number: dates are computed in the years ${MIN_YEAR} to ${MAX_YEAR}, and at most 10000 business days are counted; count a long period in days, months or years.`,
        data: {}
    });
}

/**
 * The years dates are written and computed in, 1000 to 9999 (`MIN_YEAR`, `MAX_YEAR`):
 * - a written date outside them: `signed 0000-01-01`, `year 50`, `last day of 0999-12`,
 *   `until 0500-01-01`, `published 0099`;
 * - `within 99999999999 days after signed`, `on the 8000th anniversary of signed`, `within
 *   99999999 business days after signed`: a computed date outside them, or a count of business
 *   days beyond the resolver's cap. Such a date has no value (status `invalid`).
 */
export const dateOutOfRangeRule = createRule({
    code: 'pacta/date-out-of-range',
    severity: 'error',
    description: 'A date, written or computed, outside the years 1000 to 9999, or more than 10000 business days from its anchor.',
    checks: {
        AbsoluteDate: (date, context) => {
            if (date.date !== undefined) checkWritten(date, 'date', date.date, date.date, context);
            else if (date.year !== undefined) checkWritten(date, 'year', String(date.year).padStart(4, '0'), `year ${writtenNumber(date, 'year')}`, context);
        },
        Source: (source, context) => {
            for (const property of ['published', 'accessed'] as const) checkWritten(source, property, source[property], source[property] ?? '', context);
        },
        OffsetDeadline: checkComputed,
        AnniversaryDeadline: checkComputed,
        MonthEdgeDeadline: (deadline, context) => {
            if (!checkWritten(deadline, 'month', deadline.month, deadline.month ?? '', context)) checkComputed(deadline, context);
        },
        RecurringDeadline: (deadline, context) => {
            if (!checkWritten(deadline, 'endDate', deadline.endDate, deadline.endDate ?? '', context)) checkComputed(deadline, context);
        }
    }
});
