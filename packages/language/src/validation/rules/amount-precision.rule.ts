import { lookupCurrency } from '../../reference-data/currencies.js';
import { createRule } from '../rule.js';

const SCALE_DIGITS: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12 };

/**
 * Decimal places of an amount once its scale is applied, ignoring trailing zeros:
 * `1.234` → 3, `1.5 thousand` → 0, `10.50` → 1.
 */
export function significantDecimals(value: string, scale: string | undefined): number {
    const fraction = value.split('.')[1]?.replace(/0+$/, '') ?? '';
    return Math.max(0, fraction.length - (scale ? (SCALE_DIGITS[scale] ?? 0) : 0));
}

/** An amount more precise than its currency can pay: `1.234 USD`, `10.5 JPY`. */
export const amountPrecisionRule = createRule({
    code: 'pacta/amount-precision',
    severity: 'warning',
    description: "An amount has more decimal places than its currency's minor unit (USD 2, JPY 0).",
    checks: {
        Money: (money, context) => {
            if (!money.currency || money.value === undefined) return;
            const info = lookupCurrency(money.currency);
            if (!info) return;
            const decimals = significantDecimals(String(money.value), money.scale);
            if (decimals <= info.minorUnits) return;
            const places = info.minorUnits === 0 ? 'no decimal places' : `${info.minorUnits} decimal place${info.minorUnits === 1 ? '' : 's'}`;
            context.report({
                node: money,
                property: 'value',
                message: `${money.value}${money.scale ? ' ' + money.scale : ''} ${info.code} has ${decimals} decimal place${decimals === 1 ? '' : 's'}, but ${info.code} has ${places}.`,
                hint: `Round the amount to ${places}, or check the currency.`,
                data: { minorUnits: info.minorUnits, decimals }
            });
        }
    }
});
