import { quantityUnit, quantityValue } from '../../quantities/quantities.js';
import { createRule } from '../rule.js';

/** A share is at most 100 %: `figure share 150 %` is most often a slip (a `1.5` or `15`). */
export const percentOverHundredRule = createRule({
    code: 'pacta/percent-over-hundred',
    severity: 'warning',
    description: 'A figure in percent above 100, where a share of a whole is at most 100 %.',
    checks: {
        Quantity: (quantity, context) => {
            if (quantityUnit(quantity).kind !== 'percent') return;
            const value = quantityValue(quantity);
            if (value === undefined || !overHundred(value)) return;
            context.report({
                node: quantity,
                property: 'value',
                message: `${value} % is more than the whole: a share is at most 100 %.`,
                hint: 'Check the number against the source. If it really is more than 100 % (a growth rate), keep it and write `#suppress "pacta/percent-over-hundred" "a growth rate"` before the declaration.'
            });
        }
    }
});

/** True for an exact decimal string above 100, compared as text (never a float). */
function overHundred(value: string): boolean {
    const [whole = '', fraction = ''] = value.split('.');
    if (whole.length !== 3) return whole.length > 3;
    return whole > '100' || (whole === '100' && /[1-9]/.test(fraction));
}
