import type { Quantity } from '../generated/ast.js';
import { lookupCurrency } from '../reference-data/currencies.js';

/**
 * Quantities (format 1.4): what a number in a `figure` measures, decided once for the compiler,
 * the validator and the hover. A unit in three capitals is a currency (ISO 4217); `%` and
 * `percent` a share; `days`, `months`... a period; any other word counts things (`votes`,
 * `countries`); a bare number is a count.
 */
export type QuantityUnitInfo =
    | { kind: 'percent' }
    | { kind: 'money'; code: string; currency?: { code: string; minorUnits: number; name: string } }
    | { kind: 'duration'; unit: 'day' | 'business_day' | 'week' | 'month' | 'year' }
    | { kind: 'count'; noun?: string };

const SCALE_DIGITS: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12 };

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
    const shift = scale === undefined ? 0 : (SCALE_DIGITS[scale] ?? 0);
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

/** True for a unit written as a currency code: three capitals (`USD`, and `XYZ`, which is unknown). */
export function isCurrencyLike(unit: string | undefined): unit is string {
    return unit !== undefined && /^[A-Z]{3}$/.test(unit);
}

/** The unit of a quantity as written. */
export function quantityUnit(quantity: Quantity): QuantityUnitInfo {
    if (quantity.percent) return { kind: 'percent' };
    if (typeof quantity.period === 'string') {
        const period = quantity.period.replace(/\s+/g, ' ');
        if (period.startsWith('business')) return { kind: 'duration', unit: 'business_day' };
        const unit = period.replace(/s$/, '') as 'day' | 'week' | 'month' | 'year';
        return { kind: 'duration', unit };
    }
    const written = typeof quantity.unit === 'string' ? quantity.unit : undefined;
    if (isCurrencyLike(written)) {
        const currency = lookupCurrency(written);
        return { kind: 'money', code: written, ...(currency ? { currency: { code: currency.code, minorUnits: currency.minorUnits, name: currency.name } } : {}) };
    }
    return written ? { kind: 'count', noun: written } : { kind: 'count' };
}

/** The value of a quantity with its scale applied (`1.5 million` → `1500000`), or undefined. */
export function quantityValue(quantity: Quantity): string | undefined {
    if (quantity.value === undefined || quantity.value === null) return undefined;
    return scaleDecimal(String(quantity.value), quantity.scale);
}

/** `at least 10 %`, `60 days`, `338 votes`, `7500 USD per vehicle (pledged)`: the normalised value, for the hover. */
export function describeQuantity(quantity: Quantity): string | undefined {
    const value = quantityValue(quantity);
    if (value === undefined) return undefined;
    const unit = quantityUnit(quantity);
    const qualifier = quantity.qualifier ? `${quantity.qualifier.replace(/\s+/g, ' ')} ` : '';
    const shown =
        unit.kind === 'percent'
            ? `${value} %`
            : unit.kind === 'money'
              ? `${value} ${unit.code}${unit.currency ? ` (${unit.currency.name})` : ''}`
              : unit.kind === 'duration'
                ? `${value} ${unit.unit.replace('_', ' ')}${value === '1' ? '' : 's'}`
                : unit.noun
                  ? `${value} ${unit.noun}`
                  : `${value} (a count)`;
    const per = quantity.per ? ` per ${quantity.per}` : '';
    const purpose = quantity.purpose ? `, ${quantity.purpose}` : '';
    return `${qualifier}${shown}${per}${purpose}`;
}
