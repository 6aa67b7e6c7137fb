import { parseCalendarDate } from '../../deadlines/calendar-date.js';
import { createRule } from '../rule.js';
import { explainInvalidDate } from './invalid-date.rule.js';

/**
 * A range of days or months (`2025-10-20..2025-10-21`) whose end is not a calendar date, is not
 * as precise as its start, or is before it (issue 10, form 4).
 */
export const invalidDateRangeRule = createRule({
    code: 'pacta/invalid-date-range',
    severity: 'error',
    description: 'A date range (`2025-10-20..2025-10-21`) whose end is not a date, is less or more precise than its start, or comes before it.',
    checks: {
        AbsoluteDate: (date, context) => {
            if (date.end === undefined || date.date === undefined) return;
            const start = parseCalendarDate(date.date);
            const end = parseCalendarDate(date.end);
            if (!start) return; // `pacta/invalid-date` reports the start.
            if (!end) {
                const problem = explainInvalidDate(date.end);
                context.report({
                    node: date,
                    property: 'end',
                    message: `The end '${date.end}' of the range is not a calendar date${problem ? `: ${problem.reason}` : ''}.`,
                    hint: problem?.suggestion ? `Correct the date (the nearest real one is \`${problem.suggestion}\`).` : 'Write the end as YYYY-MM-DD (or YYYY-MM for a range of months).',
                    data: { suggestion: problem?.suggestion }
                });
                return;
            }
            if (end.precision !== start.precision) {
                context.report({
                    node: date,
                    property: 'end',
                    message: `The range '${date.date}..${date.end}' mixes a ${start.precision} and a ${end.precision}.`,
                    hint: 'Write both ends as days (YYYY-MM-DD) or both as months (YYYY-MM).'
                });
                return;
            }
            if (end.value < start.value) {
                context.report({
                    node: date,
                    property: 'end',
                    message: `The range '${date.date}..${date.end}' ends before it starts.`,
                    hint: `Write the earlier date first: \`${date.end}..${date.date}\`.`,
                    data: { suggestion: `${date.end}..${date.date}` }
                });
            } else if (end.value === start.value) {
                context.report({
                    node: date,
                    property: 'end',
                    message: `The range '${date.date}..${date.end}' starts and ends on the same ${start.precision}.`,
                    hint: `Write the date alone: \`${date.date}\`.`,
                    data: { suggestion: date.date }
                });
            }
        }
    }
});
