import { closestMatch } from '../../reference-data/closest.js';
import { isCurrencyLike } from '../../quantities/quantities.js';
import { allCurrencyCodes, lookupCurrency } from '../../reference-data/currencies.js';
import { createRule } from '../rule.js';

/** Money is counted in an ISO 4217 currency, written in capitals (USD, EUR, JPY). */
export const unknownCurrencyRule = createRule({
    code: 'pacta/unknown-currency',
    severity: 'error',
    description: "An amount of money (or a figure's unit in three capitals) whose currency is not an ISO 4217 code.",
    checks: {
        Money: (money, context) => {
            const currency = money.currency;
            if (!currency || lookupCurrency(currency)) return;
            const suggestion = lookupCurrency(currency.toUpperCase())?.code ?? closestMatch(currency, allCurrencyCodes());
            context.report({
                node: money,
                property: 'currency',
                message: `'${currency}' is not an ISO 4217 currency code.`,
                hint: suggestion ? `Use '${suggestion}'.` : 'Use a three-letter ISO 4217 code in capitals, e.g. USD, EUR, JPY.',
                data: { suggestion }
            });
        },
        // A figure's unit in three capitals is read as a currency (`figure loan 5 USD`).
        Quantity: (quantity, context) => {
            const unit = quantity.unit;
            if (!isCurrencyLike(unit) || lookupCurrency(unit)) return;
            const suggestion = closestMatch(unit, allCurrencyCodes());
            context.report({
                node: quantity,
                property: 'unit',
                message: `'${unit}' is not an ISO 4217 currency code.`,
                hint: suggestion
                    ? `Use '${suggestion}', or write the unit in lower case if it counts things (\`${unit.toLowerCase()}\`).`
                    : `Use a three-letter ISO 4217 code, or write the unit in lower case if it counts things (\`${unit.toLowerCase()}\`).`,
                data: { suggestion }
            });
        }
    }
});
