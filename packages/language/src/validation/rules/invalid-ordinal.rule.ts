import type { AnniversaryDeadline, MonthEdgeDeadline } from '../../generated/ast.js';
import { type RuleContext, createRule } from '../rule.js';

/** The English spelling of an ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd... */
export function spellOrdinal(n: number): string {
    const lastTwo = n % 100;
    const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
    return `${n}${suffix}`;
}

/** `the 2th anniversary`, `the 0th anniversary`, `the 0th month following`, `the 3rd month of`. */
export const invalidOrdinalRule = createRule({
    code: 'pacta/invalid-ordinal',
    severity: 'error',
    description: 'An ordinal of an anniversary or of a month edge that is 0th, misspelt (2th, 1nd, 11st) or meaningless (the 3rd month of).',
    checks: {
        MonthEdgeDeadline: (deadline, context) => {
            const text = deadline.ordinal;
            const match = text ? /^(\d+)(st|nd|rd|th)$/.exec(text) : null;
            if (!match) return;
            const n = Number(match[1]);
            if (deadline.relation === 'of') {
                context.report({
                    node: deadline,
                    property: 'ordinal',
                    message: `'the ${text} month of' names no month: 'the month of X' is the month X falls in.`,
                    hint: n === 0 ? 'Write `the month of`.' : `Write \`the ${spellOrdinal(n)} month following\` for ${n} month${n === 1 ? '' : 's'} after it, or \`the month of\` for its own month.`,
                    // No `suggestion`: a quick fix replaces the ordinal only, and no ordinal alone fixes this.
                    data: { rewrite: n === 0 ? 'the month of' : `the ${spellOrdinal(n)} month following` }
                });
                return;
            }
            if (n === 0) {
                context.report({
                    node: deadline,
                    property: 'ordinal',
                    message: `There is no '${text}' month following: the 1st month following is the next month.`,
                    hint: 'Write `the month of` for the same month, or `the 1st month following` (or `the month following`) for the next.',
                    data: { rewrite: 'the month of' }
                });
                return;
            }
            reportMisspelt(deadline, match[0], n, context);
        },
        AnniversaryDeadline: (deadline, context) => {
            const text = deadline.ordinal;
            const match = text ? /^(\d+)(st|nd|rd|th)$/.exec(text) : null;
            if (!match) return;
            const n = Number(match[1]);
            if (n === 0) {
                context.report({
                    node: deadline,
                    property: 'ordinal',
                    message: `There is no '${text}' anniversary: the first anniversary is one year after the event.`,
                    hint: 'Use `1st` or a later anniversary, or anchor the date on the event itself.',
                    data: { suggestion: '1st' }
                });
                return;
            }
            reportMisspelt(deadline, match[0], n, context);
        }
    }
});

/** `2th`, `11st`: an ordinal whose suffix does not fit its number. */
function reportMisspelt(deadline: AnniversaryDeadline | MonthEdgeDeadline, text: string, n: number, context: RuleContext): void {
    const right = spellOrdinal(n);
    if (right === text) return;
    context.report({
        node: deadline,
        property: 'ordinal',
        message: `'${text}' is not how ${n} is written as an ordinal.`,
        hint: `Write '${right}'.`,
        data: { suggestion: right }
    });
}
