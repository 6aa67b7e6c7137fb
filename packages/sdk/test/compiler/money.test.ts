import { describe, expect, test } from 'vitest';
import { scaleDecimal } from '../../src/index.js';

describe('scaleDecimal', () => {
    test.each([
        ['12', 'billion', '12000000000'],
        ['12', undefined, '12'],
        ['1.5', 'billion', '1500000000'],
        ['1.25', 'thousand', '1250'],
        ['1.23456', 'thousand', '1234.56'],
        ['0.001', 'thousand', '1'],
        ['0.0001', 'thousand', '0.1'],
        ['10.50', undefined, '10.5'],
        ['10.00', undefined, '10'],
        ['007', undefined, '7'],
        ['0', 'trillion', '0'],
        ['0.0', undefined, '0'],
        ['12_000.50', 'million', '12000500000'],
        ['9007199254740993', undefined, '9007199254740993'],
        ['123456789.123456789', 'trillion', '123456789123456789000']
    ])('%s %s → %s', (value, scale, expected) => {
        expect(scaleDecimal(value, scale)).toBe(expected);
    });

    test('is exact beyond the range of a float', () => {
        expect(scaleDecimal('0.1', 'thousand')).toBe('100');
        expect(scaleDecimal('9007199254740993.5', 'thousand')).toBe('9007199254740993500');
    });

    test('undefined for text that is not a decimal', () => {
        expect(scaleDecimal('1e9')).toBeUndefined();
        expect(scaleDecimal('-5')).toBeUndefined();
        expect(scaleDecimal('')).toBeUndefined();
        expect(scaleDecimal('1.')).toBeUndefined();
    });
});
