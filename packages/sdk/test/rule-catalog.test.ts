import { PACTA_RULES, PIPELINE_CODES } from '@pacta/language';
import { describe, expect, test } from 'vitest';
import { compileSources, findRule, ruleCatalog } from '../src/index.js';

describe('ruleCatalog', () => {
    test('lists every pipeline code, every validation rule and the SDK codes once, with severity and description', () => {
        const codes = ruleCatalog.map(r => r.code);
        expect(new Set(codes).size).toBe(codes.length);
        for (const { code, severity } of [...PIPELINE_CODES, ...PACTA_RULES]) {
            expect(findRule(code)).toMatchObject({ code, severity });
        }
        expect(codes).toEqual(expect.arrayContaining(['pacta/io-error', 'pacta/no-input', 'pacta/duplicate-input', 'pacta/internal-error']));
        for (const rule of ruleCatalog) {
            expect(rule.code).toMatch(/^pacta\/[a-z0-9-]+$/);
            expect(['error', 'warning', 'info', 'hint']).toContain(rule.severity);
            expect(rule.description.length).toBeGreaterThan(10);
            expect(['pipeline', 'rule', 'sdk']).toContain(rule.origin);
        }
        expect(Object.isFrozen(ruleCatalog)).toBe(true);
    });

    test('every diagnostic the SDK reports has a code of the catalogue, with its severity', async () => {
        const result = await compileSources({
            'a.pacta': `state XX "Nowhere"
state US "United States"
agreement a "A" {
    nonbinding
    parties US, MEX
    signed 2026-01-01
    commitment c { by US shall "x" due 3 days after nothing }
    mechanism m: price_floor { amount 1.234 USD each parties US }
}
state @`,
            'b.pacta': '\u0000'
        });
        expect(result.diagnostics.length).toBeGreaterThan(4);
        for (const d of result.diagnostics) {
            expect(findRule(d.code), d.code).toBeDefined();
            expect(d.severity, d.code).toBe(findRule(d.code)!.severity);
        }
    });
});
