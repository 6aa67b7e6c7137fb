import { describe, expect, test } from 'vitest';
import { type CalendarDate, addToDate, compareDates, isSurelyAfter, parseCalendarDate } from '../../src/index.js';

const day = (value: string): CalendarDate => ({ value, precision: 'day' });
const month = (value: string): CalendarDate => ({ value, precision: 'month' });
const year = (value: string): CalendarDate => ({ value, precision: 'year' });

describe('parseCalendarDate', () => {
    test.each([
        ['2026-02-04', 'day'],
        ['2028-02-29', 'day'],
        ['2000-02-29', 'day'],
        ['2026-12-31', 'day'],
        ['2025-10', 'month'],
        ['2025-01', 'month'],
        ['2036', 'year'],
        ['0001', 'year']
    ])('%s is a date of %s precision', (text, precision) => {
        expect(parseCalendarDate(text)).toEqual({ value: text, precision });
    });

    test.each(['2026-02-29', '1900-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-13', '2026-00', '20260', '26-01-01', ''])('%s is not a calendar date', text => {
        expect(parseCalendarDate(text)).toBeUndefined();
    });
});

describe('addToDate', () => {
    test('31 January + 1 month is the last day of February: 28th in 2026, 29th in 2028', () => {
        expect(addToDate(day('2026-01-31'), 1, 'month')).toEqual(day('2026-02-28'));
        expect(addToDate(day('2028-01-31'), 1, 'month')).toEqual(day('2028-02-29'));
    });

    test('month ends clamp in every direction', () => {
        expect(addToDate(day('2026-03-31'), 1, 'month')).toEqual(day('2026-04-30'));
        expect(addToDate(day('2026-03-31'), -1, 'month')).toEqual(day('2026-02-28'));
        expect(addToDate(day('2026-08-31'), 6, 'month')).toEqual(day('2027-02-28'));
    });

    test('the anniversary of 29 February is 28 February in common years, 29 February in leap years', () => {
        expect(addToDate(day('2024-02-29'), 1, 'year')).toEqual(day('2025-02-28'));
        expect(addToDate(day('2024-02-29'), 4, 'year')).toEqual(day('2028-02-29'));
        expect(addToDate(day('2024-02-29'), -1, 'year')).toEqual(day('2023-02-28'));
    });

    test('days and weeks, forwards and backwards, across month and year ends', () => {
        expect(addToDate(day('2026-02-04'), 30, 'day')).toEqual(day('2026-03-06'));
        expect(addToDate(day('2026-02-04'), 60, 'day')).toEqual(day('2026-04-05'));
        expect(addToDate(day('2026-12-25'), 2, 'week')).toEqual(day('2027-01-08'));
        expect(addToDate(day('2026-03-01'), -1, 'day')).toEqual(day('2026-02-28'));
        expect(addToDate(day('2028-03-01'), -1, 'day')).toEqual(day('2028-02-29'));
        expect(addToDate(day('2026-01-10'), -3, 'week')).toEqual(day('2025-12-20'));
    });

    test('is not disturbed by daylight-saving changes', () => {
        // 2026-03-08 (US) and 2026-03-29 (EU) are DST changes in common time zones.
        expect(addToDate(day('2026-03-01'), 40, 'day')).toEqual(day('2026-04-10'));
        expect(addToDate(day('2026-10-20'), 14, 'day')).toEqual(day('2026-11-03'));
    });

    test('the result is no more precise than the start', () => {
        expect(addToDate(month('2025-10'), 3, 'month')).toEqual(month('2026-01'));
        expect(addToDate(year('2020'), 16, 'year')).toEqual(year('2036'));
    });
});

describe('comparing dates of different precision', () => {
    test('compareDates compares the first day each date can stand for', () => {
        expect(compareDates(day('2026-02-04'), day('2026-02-05'))).toBeLessThan(0);
        expect(compareDates(month('2026-02'), day('2026-02-01'))).toBe(0);
        expect(compareDates(year('2027'), month('2026-12'))).toBeGreaterThan(0);
    });

    test('isSurelyAfter holds only when every possible day of one is after every possible day of the other', () => {
        expect(isSurelyAfter(day('2026-02-05'), day('2026-02-04'))).toBe(true);
        expect(isSurelyAfter(day('2026-02-04'), day('2026-02-04'))).toBe(false);
        expect(isSurelyAfter(day('2026-02-20'), month('2026-02'))).toBe(false);
        expect(isSurelyAfter(day('2026-03-01'), month('2026-02'))).toBe(true);
        expect(isSurelyAfter(month('2026-02'), day('2026-01-31'))).toBe(true);
        expect(isSurelyAfter(month('2026-02'), day('2026-02-01'))).toBe(false);
        expect(isSurelyAfter(year('2027'), month('2026-12'))).toBe(true);
        expect(isSurelyAfter(month('2026-12'), year('2026'))).toBe(false);
    });
});
