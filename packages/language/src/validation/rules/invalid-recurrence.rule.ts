import type { RecurringDeadline } from '../../generated/ast.js';
import { type RuleContext, createRule } from '../rule.js';
import { safely } from './rule-support.js';

function check(deadline: RecurringDeadline, context: RuleContext): void {
    // `every 0 years`, `for 0 times` (pacta/zero-period), `until 2026-02-30` (pacta/invalid-date) and
    // dates out of range (pacta/date-out-of-range) have no `issue` of this rule: they are reported there.
    const resolution = safely(() => context.services.deadlines.DeadlineResolver.resolveTime(deadline));
    if (resolution?.status !== 'invalid') return;
    if (resolution.issue === 'no_occurrence') {
        context.report({
            node: deadline,
            message: `This recurring date never occurs: ${resolution.reason}.`,
            hint: 'Check the anchor, the period and the end: the first occurrence is one period after the anchor. Remove the recurring date if it never applied.',
            data: {}
        });
    } else if (resolution.issue === 'anchor_too_coarse') {
        context.report({
            node: deadline,
            message: `This recurring date cannot be listed: ${resolution.reason}.`,
            hint: 'Give the anchor to the day (YYYY-MM-DD) or to the month (YYYY-MM) if the source says it, or count the period in larger units.',
            data: {}
        });
    }
}

/**
 * A recurring deadline with no occurrence: its first occurrence falls after its end (`until`, or
 * the agreement's expiry), or its period is finer than its anchor is known (`every 1 week after`
 * an event dated `2026-02`, `every 1 month after` one dated `year 2026`).
 */
export const invalidRecurrenceRule = createRule({
    code: 'pacta/invalid-recurrence',
    severity: 'warning',
    description: 'A recurring deadline with no occurrence: the first falls after its end, or its period is finer than its anchor is known (every 1 week after a month).',
    checks: {
        RecurringDeadline: check
    }
});
