import { createRule } from '../rule.js';

export const moneyWithoutCurrencyRule = createRule({
    code: 'pacta/money-without-currency',
    severity: 'error',
    description: 'An amount of money with no ISO 4217 currency.',
    checks: {
        Money: (money, context) => {
            if (money.currency) return;
            context.report({
                node: money,
                property: 'value',
                message: `The amount ${money.value}${money.scale ? ' ' + money.scale : ''} has no currency.`,
                hint: 'Add an ISO 4217 code after the amount, e.g. `12 billion USD`.'
            });
        }
    }
});
