import { isWrittenYearInRange, parseCalendarDate } from '../../deadlines/calendar-date.js';
import { writtenNumber } from '../../parser/written-number.js';
import { createRule } from '../rule.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysIn(year: number, month: number): number {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface Problem {
    reason: string;
    suggestion?: string;
}

/** Why a date literal (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) is not a calendar date, and the nearest one. */
export function explainInvalidDate(text: string): Problem | undefined {
    if (parseCalendarDate(text)) return undefined;
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
    if (!match) return { reason: 'a year has four digits' };
    // `0000-01-01`: the year is out of range, which `pacta/date-out-of-range` reports (not "January 0000 has 31 days").
    if (!isWrittenYearInRange(text)) return undefined;
    const year = Number(match[1]);
    const month = Number(match[2]);
    if (month < 1 || month > 12) {
        return { reason: `there is no month ${match[2]}` };
    }
    const day = Number(match[3]);
    const last = daysIn(year, month);
    const suggestion = `${match[1]}-${match[2]}-${String(Math.min(Math.max(day, 1), last)).padStart(2, '0')}`;
    if (day < 1) return { reason: 'there is no day 00', suggestion };
    return { reason: `${MONTHS[month - 1]} ${match[1]} has ${last} days`, suggestion };
}

function hint(problem: Problem): string {
    return problem.suggestion
        ? `Correct the date (the nearest real one is \`${problem.suggestion}\`); write only the month (\`YYYY-MM\`) if the day is not known.`
        : 'Write a real date as YYYY-MM-DD, YYYY-MM or `year YYYY`.';
}

/** A date literal that names no day of the calendar: 2026-02-30, 2026-13, `year 20260`. */
export const invalidDateRule = createRule({
    code: 'pacta/invalid-date',
    severity: 'error',
    description: 'A date that is not a calendar date (2026-02-30, 2026-13), in an event, a deadline or a source.',
    checks: {
        AbsoluteDate: (date, context) => {
            const text = date.date ?? (date.year !== undefined ? String(date.year).padStart(4, '0') : undefined);
            if (text === undefined) return;
            const problem = explainInvalidDate(text);
            if (!problem) return;
            context.report({
                node: date,
                property: date.date !== undefined ? 'date' : 'year',
                message: `'${date.date ?? writtenNumber(date, 'year')}' is not a calendar date: ${problem.reason}.`,
                hint: hint(problem),
                data: { suggestion: problem.suggestion }
            });
        },
        MonthEdgeDeadline: (deadline, context) => {
            // `last day of 2026-13`: the month the edge is taken of.
            const text = deadline.month;
            if (text === undefined) return;
            const problem = explainInvalidDate(text);
            if (!problem) return;
            context.report({
                node: deadline,
                property: 'month',
                message: `'${text}' is not a calendar ${text.length === 7 ? 'month' : 'date'}: ${problem.reason}.`,
                hint: hint(problem),
                data: { suggestion: problem.suggestion }
            });
        },
        RecurringDeadline: (deadline, context) => {
            // `until 2026-02-30`: the end of the occurrences.
            const text = deadline.endDate;
            if (text === undefined) return;
            const problem = explainInvalidDate(text);
            if (!problem) return;
            context.report({
                node: deadline,
                property: 'endDate',
                message: `The end '${text}' is not a calendar date: ${problem.reason}.`,
                hint: hint(problem),
                data: { suggestion: problem.suggestion }
            });
        },
        Source: (source, context) => {
            for (const property of ['published', 'accessed'] as const) {
                const text = source[property];
                if (text === undefined) continue;
                const problem = explainInvalidDate(text);
                if (!problem) continue;
                context.report({
                    node: source,
                    property,
                    message: `The ${property} date '${text}' of source '${source.name}' is not a calendar date: ${problem.reason}.`,
                    hint: hint(problem),
                    data: { suggestion: problem.suggestion }
                });
            }
        }
    }
});
