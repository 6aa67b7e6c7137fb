// The codes-only entry: the package's main entry (entry-node.js) also loads its 78 locale files.
import countries from 'i18n-iso-countries/index.js';

// Names come from the runtime's CLDR data (Intl), so no locale files are bundled.
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

export interface CountryInfo {
    readonly alpha2: string;
    readonly alpha3: string;
    readonly name: string;
}

/** Looks up an ISO 3166-1 alpha-2 or alpha-3 code, written in capitals. */
export function lookupCountry(code: string): CountryInfo | undefined {
    if (code !== code.toUpperCase() || !countries.isValid(code)) {
        return undefined;
    }
    const alpha2 = code.length === 2 ? code : countries.alpha3ToAlpha2(code);
    if (!alpha2) return undefined;
    const alpha3 = countries.alpha2ToAlpha3(alpha2) ?? code;
    return { alpha2, alpha3, name: regionNames.of(alpha2) ?? alpha2 };
}

let alpha2Codes: string[] | undefined;

/** Every ISO 3166-1 alpha-2 code. */
export function allCountryCodes(): readonly string[] {
    alpha2Codes ??= Object.keys(countries.getAlpha2Codes()).sort();
    return alpha2Codes;
}
