import type { PactaRule } from '../rule.js';
import { moneyWithoutCurrencyRule } from './money-without-currency.rule.js';
import { shallInNonbindingRule } from './shall-in-nonbinding.rule.js';
import { unknownCountryRule } from './unknown-country.rule.js';

/** Every validation rule of Pacta, in the order their codes are documented. */
export const PACTA_RULES: readonly PactaRule[] = [
    unknownCountryRule,
    moneyWithoutCurrencyRule,
    shallInNonbindingRule
];
