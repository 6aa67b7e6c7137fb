/**
 * `occurrencesBetween`: the occurrences of a recurring deadline in any range, from what the
 * compiled model keeps of it, the same dates as the resolver lists (its own arithmetic).
 */
import { AstUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import { OCCURRENCE_RANGE_CAP, RECURRING_HORIZON, isCommitment, occurrencesBetween } from '../../src/index.js';
import { buildWorkspace } from '../pacta-test-kit.js';

/** The resolver's occurrences of `due` (anchored on `in_force 2024-01-31`), with their recurrence. */
async function resolve(due: string) {
    const ws = await buildWorkspace({ 'a.pacta': `agreement a "A" {\n in_force 2024-01-31\n commitment c { shall "x" due ${due} }\n}` });
    const resolver = ws.services.Pacta.deadlines.DeadlineResolver;
    const document = [...ws.documents.values()][0]!;
    const commitment = AstUtils.streamAllContents(document.parseResult.value).find(isCommitment)!;
    return resolver.resolveDated(commitment).occurrences!;
}

describe('occurrencesBetween', () => {
    test('the same dates as the resolver lists, then on past the horizon (month ends counted from the anchor)', async () => {
        const listed = await resolve('every 1 month after in_force');
        expect(listed.truncated).toBe(true);
        expect(listed.recurrence).toEqual({ anchor: '2024-01-31', every: 1, unit: 'month' });
        const found = occurrencesBetween(listed.recurrence!, '2024-01-01', '2024-11-30')!;
        expect(found.occurrences.map(o => o.date)).toEqual(listed.dates);
        const later = occurrencesBetween(listed.recurrence!, '2026-01-01', '2026-04-30')!;
        expect(later).toEqual({
            occurrences: [
                { index: 24, date: '2026-01-31' },
                { index: 25, date: '2026-02-28' },
                { index: 26, date: '2026-03-31' },
                { index: 27, date: '2026-04-30' }
            ],
            more: true
        });
    });

    test('an end stops them, and gives the total', async () => {
        const until = await resolve('every 1 year after in_force until 2030-01-31');
        expect(occurrencesBetween(until.recurrence!, '2029-01-01', '2040-12-31')).toEqual({
            occurrences: [
                { index: 5, date: '2029-01-31' },
                { index: 6, date: '2030-01-31' }
            ],
            more: false,
            total: 6
        });
        const count = await resolve('every 6 months after in_force for 3 times');
        expect(occurrencesBetween(count.recurrence!, '2024-01-01')).toEqual({
            occurrences: [
                { index: 1, date: '2024-07-31' },
                { index: 2, date: '2025-01-31' },
                { index: 3, date: '2025-07-31' }
            ],
            more: false,
            total: 3
        });
    });

    test('without an end of the range, the limit; an absurd range is capped', () => {
        const daily = { anchor: '1000-01-01', every: 1, unit: 'day' } as const;
        const open = occurrencesBetween(daily, '2026-03-10', undefined, RECURRING_HORIZON)!;
        expect(open.occurrences.map(o => o.date)).toEqual(['2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15', '2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19']);
        expect(open.more).toBe(true);
        const all = occurrencesBetween(daily, '1000-01-01', '9999-12-31', Number.MAX_SAFE_INTEGER)!;
        expect(all.occurrences.length).toBe(OCCURRENCE_RANGE_CAP);
        expect(all.more).toBe(true);
        expect(occurrencesBetween(daily, '9999-12-31', undefined)).toEqual({ occurrences: [{ index: 3287181, date: '9999-12-31' }], more: false });
    });

    test('a recurrence or a day that is not valid gives nothing', () => {
        expect(occurrencesBetween({ anchor: '2024-01-31', every: 0, unit: 'month' }, '2026-01-01')).toBeUndefined();
        expect(occurrencesBetween({ anchor: '2024-01-31', every: 1, unit: 'month' }, '2026-02-30')).toBeUndefined();
    });
});
