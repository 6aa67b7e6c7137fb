import { type Money as MoneyNode, lookupCurrency, scaleDecimal } from '@pacta/language';
import type { AmountPurpose, Money, MoneyQualifier } from '../model.js';
import { normalizedText, oneOf } from './context.js';

export const QUALIFIERS: readonly MoneyQualifier[] = ['exactly', 'at least', 'up to', 'about', 'more than', 'less than'];
export const PURPOSES: readonly AmountPurpose[] = ['committed', 'pledged', 'forecast', 'estimated', 'disbursed'];

export function buildMoney(money: MoneyNode): Money | undefined {
    if (money.value === undefined || money.value === null) return undefined;
    const value = scaleDecimal(String(money.value), money.scale);
    if (value === undefined) return undefined;
    const currency = typeof money.currency === 'string' ? lookupCurrency(money.currency) : undefined;
    const purpose = oneOf(money.purpose, PURPOSES);
    return {
        text: normalizedText(money.$cstNode),
        qualifier: oneOf(money.qualifier, QUALIFIERS) ?? 'exactly',
        value,
        ...(currency ? { currency: currency.code, minorUnits: currency.minorUnits } : {}),
        scope: money.scope === 'each' ? 'each' : 'total',
        ...(typeof money.per === 'string' ? { per: money.per } : {}),
        ...(purpose !== undefined ? { purpose } : {})
    };
}
