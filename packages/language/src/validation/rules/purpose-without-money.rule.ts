import { quantityUnit } from '../../quantities/quantities.js';
import { createRule } from '../rule.js';

/** `committed`, `pledged`, `forecast`... say what an amount of money is; a share or a count has none. */
export const purposeWithoutMoneyRule = createRule({
    code: 'pacta/purpose-without-money',
    severity: 'warning',
    description: 'A purpose (`committed`, `pledged`, `forecast`, `estimated`, `disbursed`) on a figure that is not an amount of money.',
    checks: {
        Quantity: (quantity, context) => {
            if (!quantity.purpose) return;
            const unit = quantityUnit(quantity);
            if (unit.kind === 'money') return;
            const what = unit.kind === 'percent' ? 'a percentage' : unit.kind === 'duration' ? 'a period' : 'a count';
            context.report({
                node: quantity,
                property: 'purpose',
                message: `'${quantity.purpose}' says what an amount of money is, but this figure is ${what}.`,
                hint: "Give the currency after the number (`1 billion USD forecast`), or remove the purpose and say what the number is in the figure's text."
            });
        }
    }
});
