import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compileFolder, loadCompiledJson } from '../src/index.js';
import { expectValidOutput } from './support.js';

const folder = fileURLToPath(new URL('../../../examples/critical-minerals-2026/', import.meta.url));
const golden = `${folder}critical-minerals-2026.json`;

/**
 * The critical-minerals example compiles with no error, shows the four dates of the brief, and
 * its JSON is the checked-in golden file byte for byte. `UPDATE_GOLDENS=1` rewrites the golden.
 */
describe('examples/critical-minerals-2026', () => {
    test('compiles with no error and no warning', async () => {
        const result = await compileFolder(folder);
        const findings = result.diagnostics.filter(d => d.severity === 'error' || d.severity === 'warning').map(d => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);
        expect(findings).toEqual([]);
        expect(result.files.length).toBeGreaterThanOrEqual(6);
        expectValidOutput(result);
    });

    test('resolves the four dates of the brief', async () => {
        const { output } = await compileFolder(folder);
        const dated = new Map(output!.deadlines.map(d => [d.id, d]));
        expect(dated.get('eu_us_japan.mou.due')).toMatchObject({
            date: '2026-03-06',
            kind: 'by',
            chain: ['eu_us_japan.announced 2026-02-04', 'within 30 days after eu_us_japan.announced (2026-02-04) → 2026-03-06']
        });
        expect(dated.get('us_mexico.action_plan.due')).toMatchObject({ date: '2026-04-05', kind: 'by' });
        expect(dated.get('usmca.joint_review.date')).toMatchObject({
            date: '2026-07-01',
            // entry into force on the first day of the third month after the last notification (Protocol, paragraph 2)
            chain: [
                'latest of (usmca.ca_notice 2020-04-02, usmca.mx_notice 2020-04-02, usmca.us_notice 2020-04-24) → 2020-04-24',
                'first day of the 3rd month following usmca.last_notice (2020-04-24) → 2020-07-01',
                '6th anniversary of usmca.in_force (2020-07-01) → 2026-07-01'
            ]
        });
        expect(dated.get('usmca.expiry.date')).toMatchObject({ date: '2036-07-01' });
        const dates = output!.deadlines.map(d => d.date);
        expect(dates).toEqual(expect.arrayContaining(['2026-03-06', '2026-04-05', '2026-07-01', '2036-07-01']));
        const reserve = output!.mechanisms.find(m => m.amount?.currency === 'USD');
        expect(reserve?.amount).toMatchObject({ value: '12000000000', currency: 'USD' });
    });

    test('the compiled JSON is the golden file, byte for byte', async () => {
        const result = await compileFolder(folder);
        if (process.env['UPDATE_GOLDENS'] === '1') {
            writeFileSync(golden, result.json);
        }
        expect(existsSync(golden), `${golden} is missing: run with UPDATE_GOLDENS=1`).toBe(true);
        const expected = readFileSync(golden, 'utf8');
        expect(result.json).toBe(expected);
        expect(loadCompiledJson(expected).ok).toBe(true);
    });

    test('compiling twice gives the same bytes', async () => {
        const first = await compileFolder(folder);
        const second = await compileFolder(folder);
        expect(second.json).toBe(first.json);
    });
});
