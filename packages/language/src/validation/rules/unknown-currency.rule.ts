import { closestMatch } from '../../reference-data/closest.js';
import { allCurrencyCodes, lookupCurrency } from '../../reference-data/currencies.js';
import { createRule } from '../rule.js';

/** Money is counted in an ISO 4217 currency, written in capitals (USD, EUR, JPY). */
export const unknownCurrencyRule = createRule({
    code: 'pacta/unknown-currency',
    severity: 'error',
    description: 'An amount of money whose currency is not an ISO 4217 code.',
    checks: {
        Money: (money, context) => {
            const currency = money.currency;
            if (!currency || lookupCurrency(currency)) return;
            const suggestion = lookupCurrency(currency.toUpperCase())?.code ?? closestMatch(currency, allCurrencyCodes());
            context.report({
                node: money,
                property: 'currency',
                message: `'${currency}' is not an ISO 4217 currency code.`,
                hint: suggestion
                    ? `Use '${suggestion}'.`
                    : 'Use a three-letter ISO 4217 code in capitals, e.g. USD, EUR, JPY.',
                data: { suggestion }
            });
        }
    }
});
