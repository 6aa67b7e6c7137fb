import { createRule } from '../rule.js';

/** The English spelling of an ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd... */
export function spellOrdinal(n: number): string {
    const lastTwo = n % 100;
    const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th'
        : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
    return `${n}${suffix}`;
}

/** `the 2th anniversary`, `the 0th anniversary`. */
export const invalidOrdinalRule = createRule({
    code: 'pacta/invalid-ordinal',
    severity: 'error',
    description: 'An anniversary ordinal that is 0th or misspelt (2th, 1nd, 11st).',
    checks: {
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
    }
});
