/** The small pure helpers some rules export, checked over their whole range. */
import { describe, expect, test } from 'vitest';
import { significantDecimals } from '../../../src/validation/rules/amount-precision.rule.js';
import { explainInvalidDate } from '../../../src/validation/rules/invalid-date.rule.js';
import { spellOrdinal } from '../../../src/validation/rules/invalid-ordinal.rule.js';

describe('spellOrdinal', () => {
    test.each([
        [1, '1st'],
        [2, '2nd'],
        [3, '3rd'],
        [4, '4th'],
        [10, '10th'],
        [11, '11th'],
        [12, '12th'],
        [13, '13th'],
        [21, '21st'],
        [22, '22nd'],
        [23, '23rd'],
        [100, '100th'],
        [101, '101st'],
        [111, '111th'],
        [112, '112th'],
        [1013, '1013th']
    ])('%i → %s', (n, spelt) => {
        expect(spellOrdinal(n)).toBe(spelt);
    });
});

describe('explainInvalidDate', () => {
    test('real dates need no explanation', () => {
        for (const text of ['2026-02-28', '2028-02-29', '2026-12', '2036']) expect(explainInvalidDate(text)).toBeUndefined();
    });

    test.each([
        ['2026-02-29', 'February 2026 has 28 days', '2026-02-28'],
        ['2026-02-30', 'February 2026 has 28 days', '2026-02-28'],
        ['2028-02-30', 'February 2028 has 29 days', '2028-02-29'],
        ['2026-04-31', 'April 2026 has 30 days', '2026-04-30'],
        ['2026-01-32', 'January 2026 has 31 days', '2026-01-31'],
        ['2026-01-00', 'there is no day 00', '2026-01-01'],
        ['2026-13-01', 'there is no month 13', undefined],
        ['2026-00', 'there is no month 00', undefined],
        ['20260', 'a year has four digits', undefined]
    ])('%s: %s', (text, reason, suggestion) => {
        expect(explainInvalidDate(text)).toEqual(suggestion ? { reason, suggestion } : { reason });
    });
});

describe('significantDecimals', () => {
    test.each([
        ['12', undefined, 0],
        ['12.5', undefined, 1],
        ['12.50', undefined, 1],
        ['12.500', undefined, 1],
        ['1.234', undefined, 3],
        ['1.234', 'thousand', 0],
        ['1.2345', 'thousand', 1],
        ['1.234567890123', 'billion', 3],
        ['0.000000000000001', 'trillion', 3],
        ['10.0', undefined, 0]
    ])('%s %s → %i', (value, scale, decimals) => {
        expect(significantDecimals(value, scale)).toBe(decimals);
    });
});
