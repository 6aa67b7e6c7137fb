import type { AmountPurpose, Money, MoneyQualifier, PactaOutput } from '../model.js';

/**
 * Totals of the money in a compiled document (1.4), for the consumers that add amounts up. Amounts
 * are only added to amounts of the same currency and the same purpose: a trade `forecast` is never
 * summed with money `committed`. An amount `per` a unit (`7_500 USD per vehicle`) is a rate and is
 * never summed; neither is an amount without a currency. Sums are exact decimal strings, never floats.
 */
export interface AmountTotal {
    currency: string;
    /** The purpose the amounts share; `unstated` when the source does not say. */
    purpose: AmountPurpose | 'unstated';
    /** The exact sum of the amounts' values. */
    value: string;
    /** True when one of the amounts is not exact (`at least`, `up to`, `about`, `more than`, `less than`). */
    approximate: boolean;
    /** Ids of the mechanisms whose `amount` is added up (sorted), then `id#name` of the money figures. */
    from: string[];
}

const EXACT: readonly MoneyQualifier[] = ['exactly'];

/** The mechanisms' `amount`s and the money figures of every element, grouped by currency and purpose. */
export function amountTotals(output: PactaOutput): AmountTotal[] {
    const totals = new Map<string, AmountTotal>();
    const add = (from: string, amount: { value: string; qualifier: MoneyQualifier; currency?: string; per?: string; purpose?: AmountPurpose }) => {
        if (amount.per !== undefined || amount.currency === undefined) return;
        const purpose = amount.purpose ?? 'unstated';
        const key = `${amount.currency} ${purpose}`;
        const total = totals.get(key) ?? { currency: amount.currency, purpose, value: '0', approximate: false, from: [] };
        total.value = addDecimals(total.value, amount.value);
        total.approximate ||= !EXACT.includes(amount.qualifier);
        total.from.push(from);
        totals.set(key, total);
    };
    for (const mechanism of output.mechanisms) if (mechanism.amount) add(mechanism.id, mechanism.amount as Money);
    const elements = [...output.agreements, ...output.events, ...output.commitments, ...output.mechanisms];
    for (const element of elements) {
        for (const figure of element.figures ?? []) {
            const { quantity } = figure;
            if (quantity.unit.kind !== 'money') continue;
            add(`${element.id}#${figure.name}`, { ...quantity, ...(quantity.unit.currency ? { currency: quantity.unit.currency } : {}) });
        }
    }
    return [...totals.values()].sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : a.purpose < b.purpose ? -1 : a.purpose > b.purpose ? 1 : 0));
}

/** The exact sum of two non-negative decimal strings (`"1.5"` + `"2.75"` → `"4.25"`). */
export function addDecimals(a: string, b: string): string {
    const [aw = '0', af = ''] = a.split('.');
    const [bw = '0', bf = ''] = b.split('.');
    const places = Math.max(af.length, bf.length);
    const sum = BigInt(aw + af.padEnd(places, '0')) + BigInt(bw + bf.padEnd(places, '0'));
    const digits = sum.toString().padStart(places + 1, '0');
    const whole = digits.slice(0, digits.length - places);
    const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
    return fraction ? `${whole}.${fraction}` : whole;
}
