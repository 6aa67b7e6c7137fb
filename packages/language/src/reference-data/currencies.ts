import currencyCodes from 'currency-codes';

export interface CurrencyInfo {
    readonly code: string;
    readonly name: string;
    /** Digits after the decimal point in the currency's minor unit (USD 2, JPY 0). */
    readonly minorUnits: number;
}

/** Looks up an ISO 4217 currency code, written in capitals. */
export function lookupCurrency(code: string): CurrencyInfo | undefined {
    if (code !== code.toUpperCase()) return undefined;
    const entry = currencyCodes.code(code);
    return entry ? { code: entry.code, name: entry.currency, minorUnits: entry.digits } : undefined;
}

let codes: string[] | undefined;

export function allCurrencyCodes(): readonly string[] {
    codes ??= [...currencyCodes.codes()].sort();
    return codes;
}
