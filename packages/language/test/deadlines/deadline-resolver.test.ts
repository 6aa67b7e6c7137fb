/**
 * The deadline resolver on real files: relative dates resolved through their anchors, with
 * the chain that produced them, and the statuses of what cannot be resolved.
 */
import { AstUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import { type Dated, type Resolution, isCommitment, isEvent } from '../../src/index.js';
import { buildWorkspace } from '../pacta-test-kit.js';

/** Resolves every event and commitment of the files; keys are `agreement.member`. */
async function resolveAll(files: Record<string, string>): Promise<Map<string, Resolution>> {
    const ws = await buildWorkspace(files);
    const resolver = ws.services.Pacta.deadlines.DeadlineResolver;
    const result = new Map<string, Resolution>();
    for (const document of ws.documents.values()) {
        for (const node of AstUtils.streamAllContents(document.parseResult.value)) {
            if (isEvent(node) || isCommitment(node)) {
                result.set(resolver.describeAnchor(node as Dated), resolver.resolveDated(node as Dated));
            }
        }
    }
    return result;
}

async function dates(body: string): Promise<Record<string, string>> {
    const all = await resolveAll({ 'a.pacta': `agreement a "A" {\n${body}\n}` });
    return Object.fromEntries([...all].map(([name, r]) => [name.replace(/^a\./, ''), r.status === 'resolved' ? r.date : r.status]));
}

describe('offsets', () => {
    test('the critical-minerals deadlines of the brief', async () => {
        expect(
            await dates(`
  announced 2026-02-04
  commitment mou { due within 30 days after announced }
  commitment action_plan { due within 60 days after announced }`)
        ).toEqual({
            announced: '2026-02-04',
            mou: '2026-03-06',
            action_plan: '2026-04-05'
        });
    });

    test('31 January + 1 month = 28 February 2026, 29 February 2028', async () => {
        expect(
            await dates(`
  signed 2026-01-31
  event leap "x" 2028-01-31
  commitment a { due 1 month after signed }
  commitment b { due 1 month after leap }
  commitment c { due 13 months after signed }`)
        ).toEqual({
            signed: '2026-01-31',
            leap: '2028-01-31',
            a: '2026-02-28',
            b: '2028-02-29',
            c: '2027-02-28'
        });
    });

    test('before and after, days, weeks, months and years', async () => {
        expect(
            await dates(`
  in_force 2026-07-01
  commitment d1 { due 1 day before in_force }
  commitment d2 { due 10 days after in_force }
  commitment w1 { due 1 week after in_force }
  commitment w2 { due no later than 3 weeks before in_force }
  commitment m1 { due 6 months before in_force }
  commitment y1 { due not before 2 years after in_force }`)
        ).toEqual({
            in_force: '2026-07-01',
            d1: '2026-06-30',
            d2: '2026-07-11',
            w1: '2026-07-08',
            w2: '2026-06-10',
            m1: '2026-01-01',
            y1: '2028-07-01'
        });
    });

    test('bounds: within and no later than are `by`, not before is `from`, on or none is `on`', async () => {
        const all = await resolveAll({
            'a.pacta': `agreement a "A" {
  signed 2026-01-01
  commitment w { due within 1 day after signed }
  commitment nlt { due no later than 1 day after signed }
  commitment nb { due not before 1 day after signed }
  commitment exact { due on 1 day after signed }
  commitment plain { due 1 day after signed }
}`
        });
        expect(['w', 'nlt', 'nb', 'exact', 'plain'].map(n => all.get(`a.${n}`)!.bound)).toEqual(['by', 'by', 'from', 'on', 'on']);
    });
});

describe('anniversaries', () => {
    test('the anniversary of 29 February', async () => {
        expect(
            await dates(`
  signed 2024-02-29
  review r1 the 1st anniversary of signed
  review r4 on the 4th anniversary of signed
  review r5 5th anniversary of signed`)
        ).toEqual({ signed: '2024-02-29', r1: '2025-02-28', r4: '2028-02-29', r5: '2029-02-28' });
    });

    test('the USMCA joint review and expiry', async () => {
        expect(
            await dates(`
  in_force 2020-07-01
  review joint_review on the 6th anniversary of in_force
  expiry the 16th anniversary of in_force`)
        ).toEqual({ in_force: '2020-07-01', joint_review: '2026-07-01', expiry: '2036-07-01' });
    });
});

describe('precision', () => {
    test('an anchor known to the month or year gives a date of that precision', async () => {
        const all = await resolveAll({
            'a.pacta': `agreement a "A" {
  signed 2025-10
  in_force year 2020
  commitment m { due 3 months after signed }
  review the 16th anniversary of in_force
}`
        });
        expect(all.get('a.m')).toMatchObject({ status: 'resolved', date: '2026-01', precision: 'month' });
        expect(all.get('a.review')).toMatchObject({ status: 'resolved', date: '2036', precision: 'year' });
        expect(all.get('a.signed')).toMatchObject({ date: '2025-10', precision: 'month' });
    });

    test('a month-precision anchor plus days keeps only the precision the whole range agrees on', async () => {
        const all = await resolveAll({
            'a.pacta': `agreement a "A" {
  signed 2025-10
  commitment across { due 30 days after signed }
  commitment inside { due 5 days after signed }
  commitment next_year { due 90 days after signed }
}`
        });
        // 2025-10-01..31 + 30 days = 2025-10-31..2025-11-30: only the year is certain.
        expect(all.get('a.across')).toMatchObject({ status: 'resolved', date: '2025', precision: 'year' });
        // 2025-10-01..31 + 5 days = 2025-10-06..2025-11-05: the month is not certain either.
        expect(all.get('a.inside')).toMatchObject({ date: '2025', precision: 'year' });
        // 2025-10-01..31 + 90 days = 2025-12-30..2026-01-29: the later year, never an earlier deadline.
        expect(all.get('a.next_year')).toMatchObject({ date: '2026', precision: 'year' });
    });
});

describe('chains', () => {
    test('a chain of three relative dates resolves, with every step in the chain', async () => {
        const all = await resolveAll({
            'a.pacta': `agreement a "A" {
  announced 2026-02-04
  commitment mou { due within 30 days after announced }
  commitment plan { due 2 months after mou }
  review the 1st anniversary of plan
}`
        });
        const review = all.get('a.review')!;
        expect(review).toMatchObject({ status: 'resolved', date: '2027-05-06', bound: 'on' });
        expect(review.chain).toEqual([
            'a.announced 2026-02-04',
            'within 30 days after a.announced (2026-02-04) → 2026-03-06',
            '2 months after a.mou (2026-03-06) → 2026-05-06',
            '1st anniversary of a.plan (2026-05-06) → 2027-05-06'
        ]);
    });

    test('a chain across agreements and files names the anchors qualified', async () => {
        const all = await resolveAll({
            'usmca.pacta': 'agreement usmca "USMCA" { in_force 2020-07-01 review joint_review on the 6th anniversary of in_force }',
            'b.pacta': 'agreement b "B" { commitment prep { due 30 days before usmca.joint_review } }'
        });
        const prep = all.get('b.prep')!;
        expect(prep).toMatchObject({ status: 'resolved', date: '2026-06-01' });
        expect(prep.chain.at(-1)).toBe('30 days before usmca.joint_review (2026-07-01) → 2026-06-01');
    });

    test('a commitment without a deadline or an event without a date leaves its dependants unresolved, with the reason', async () => {
        const all = await resolveAll({
            'a.pacta': `agreement a "A" {
  signed
  commitment open { }
  commitment x { due 10 days after signed }
  commitment y { due 10 days after open }
  commitment z { due 1 month after y }
}`
        });
        expect(all.get('a.signed')).toMatchObject({ status: 'unresolved' });
        expect(all.get('a.x')).toMatchObject({ status: 'unresolved' });
        expect((all.get('a.x') as { reason: string }).reason).toContain("event 'a.signed' has no date");
        expect(all.get('a.z')).toMatchObject({ status: 'unresolved' });
        expect((all.get('a.z') as { reason: string }).reason).toContain("commitment 'a.open' has no deadline");
    });

    test('an undeclared anchor is unresolved, not an exception', async () => {
        const all = await resolveAll({ 'a.pacta': 'agreement a "A" { commitment x { due 10 days after nowhere } }' });
        expect(all.get('a.x')).toMatchObject({ status: 'unresolved', reason: "'nowhere' is not declared" });
    });

    test('a cycle has the status cycle, for its members and for what depends on it', async () => {
        const all = await resolveAll({
            'a.pacta': `agreement a "A" {
  review 1 year after review
  commitment p { due 10 days after q }
  commitment q { due 10 days after p }
  commitment tail { due 1 day after p }
}`
        });
        for (const name of ['a.review', 'a.p', 'a.q', 'a.tail']) {
            expect(all.get(name)?.status, name).toBe('cycle');
        }
    });

    test('an invalid absolute date is invalid; what depends on it is unresolved', async () => {
        const all = await resolveAll({ 'a.pacta': 'agreement a "A" { signed 2026-02-30 commitment x { due 1 day after signed } }' });
        expect(all.get('a.signed')).toMatchObject({ status: 'invalid', reason: "'2026-02-30' is not a calendar date" });
        expect(all.get('a.x')?.status).toBe('unresolved');
    });

    test('resolving the same workspace again gives the same answers (the cache is per build)', async () => {
        const files = { 'a.pacta': 'agreement a "A" { signed 2026-01-31 commitment x { due 1 month after signed } }' };
        expect((await resolveAll(files)).get('a.x')).toMatchObject({ date: '2026-02-28' });
        const changed = { 'a.pacta': 'agreement a "A" { signed 2028-01-31 commitment x { due 1 month after signed } }' };
        expect((await resolveAll(changed)).get('a.x')).toMatchObject({ date: '2028-02-29' });
    });
});
