import { type Money as MoneyNode, lookupCurrency } from '@pacta/language';
import type { Money, MoneyQualifier } from '../model.js';
import { normalizedText, oneOf } from './context.js';

const SCALE_DIGITS: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12 };
const QUALIFIERS: readonly MoneyQualifier[] = ['exactly', 'at least', 'up to', 'about'];

/**
 * An exact decimal string with the scale applied, without leading zeros or trailing fractional
 * zeros: (`12`, billion) → `12000000000`, (`1.25`, thousand) → `1250`, (`10.50`) → `10.5`.
 * Undefined for text that is not a decimal. Never goes through a float.
 */
export function scaleDecimal(written: string, scale?: string): string | undefined {
    const match = /^(\d+)(?:\.(\d+))?$/.exec(written.replace(/_/g, ''));
    if (!match) return undefined;
    let whole = match[1]!;
    let fraction = match[2] ?? '';
    const shift = scale === undefined ? 0 : SCALE_DIGITS[scale] ?? 0;
    if (fraction.length <= shift) {
        whole += fraction.padEnd(shift, '0');
        fraction = '';
    } else {
        whole += fraction.slice(0, shift);
        fraction = fraction.slice(shift);
    }
    whole = whole.replace(/^0+(?=\d)/, '');
    fraction = fraction.replace(/0+$/, '');
    return fraction ? `${whole}.${fraction}` : whole;
}

export function buildMoney(money: MoneyNode): Money | undefined {
    if (money.value === undefined || money.value === null) return undefined;
    const value = scaleDecimal(String(money.value), money.scale);
    if (value === undefined) return undefined;
    const currency = typeof money.currency === 'string' ? lookupCurrency(money.currency) : undefined;
    return {
        text: normalizedText(money.$cstNode),
        qualifier: oneOf(money.qualifier, QUALIFIERS) ?? 'exactly',
        value,
        ...(currency ? { currency: currency.code, minorUnits: currency.minorUnits } : {}),
        scope: money.scope === 'each' ? 'each' : 'total'
    };
}
