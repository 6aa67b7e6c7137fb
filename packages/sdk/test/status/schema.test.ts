import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { AGREEMENT_STANDINGS, COMMITMENT_STANDINGS, PACTA_STATUS_SCHEMA_ID, type StatusReport, compileSources, pactaStatusSchema, statusAsOf } from '../../src/index.js';
import { WORKSPACE, compileStrict, schemaProblems } from '../support.js';

type Node = Record<string, unknown>;

/** The checked-in status schema, read from disk, compiled by a strict ajv of the test's own. */
const schemaFile = JSON.parse(readFileSync(new URL('../../schema/pacta-status.schema.json', import.meta.url), 'utf8')) as Node;
const validate = compileStrict(schemaFile);

function expectValid(report: StatusReport): void {
    const json: unknown = JSON.parse(JSON.stringify(report));
    const ok = validate(json);
    expect(validate.errors ?? [], 'schema errors').toEqual([]);
    expect(ok).toBe(true);
}

/** Sources that use every field of the report at least once. */
const RICH = {
    ...WORKSPACE,
    'more.pacta': `state MX "Mexico"
agreement successor "Successor" {
    parties US, MX
    member JP joined 2027-01-01 { uncertain }
    member Germany joined 2020-01-01 left 2026-02-01
    signed 2026-01
    in_force 2026-04-01
    supersedes usmca
    withdrawal 2026-03-01 by MX
    commitment soon { by US will "x" due 2026-03-15 }
    commitment mx_report { by MX, US will "report" due 2026-12-01 }
    commitment start { by US will "y" due not before 10 days after signed }
    commitment done { by US will "z" due 2026-01-20 status fulfilled }
    commitment standstill { by US will not "raise duties" due 2026-03-31 }
    commitment working { by US will "w" due 2026-12-31 status in_progress }
    commitment yearly { by US will "r" due every 1 year after signed for 3 times }
    if renewed "both participants confirm" {
        commitment renew { by US will "renew" due 2026-09-01 }
        taken 2026-02-01
    } otherwise {
        commitment wind_down { by US will "wind down" due 2026-10-01 }
    }
}
agreement monthly_end "Terminated in a month, day not known" {
    parties US
    in_force 2020-01-01
    terminated 2026-06
    commitment mid { by US will "m" due 2026-06-20 }
}
`
};

describe('status schema', () => {
    test('is draft 2020-12, has the published $id, compiles under ajv strict mode, and is the exported object', () => {
        expect(schemaFile['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
        expect(schemaFile['$id']).toBe(PACTA_STATUS_SCHEMA_ID);
        expect(pactaStatusSchema).toEqual(schemaFile);
    });

    test('is exported by the package as @pacta/sdk/schema/pacta-status.schema.json', () => {
        const require = createRequire(import.meta.url);
        expect(require('@pacta/sdk/schema/pacta-status.schema.json')).toEqual(schemaFile);
    });

    test('every property and definition has a description, and every object forbids other properties', () => {
        expect(schemaProblems(schemaFile, { everyProperty: true })).toEqual([]);
    });

    test("its status enums are the SDK's", () => {
        const defs = schemaFile['$defs'] as Record<string, { properties: Record<string, { enum: string[] }> }>;
        expect([...defs['agreementStatus']!.properties['status']!.enum].sort()).toEqual([...AGREEMENT_STANDINGS].sort());
        expect([...defs['commitmentStatus']!.properties['status']!.enum].sort()).toEqual([...COMMITMENT_STANDINGS].sort());
    });

    test('reports validate at several days, and together use every property of the schema', async () => {
        const result = await compileSources(RICH);
        expect(result.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
        const seen = new Set<string>();
        const collect = (value: unknown, path: string) => {
            if (Array.isArray(value)) value.forEach(item => collect(item, `${path}[]`));
            else if (value !== null && typeof value === 'object') {
                for (const [key, child] of Object.entries(value)) {
                    seen.add(`${path}/${key}`);
                    collect(child, `${path}/${key}`);
                }
            }
        };
        // The occurrences of a recurring deadline, as the compiler writes them, on one commitment.
        const output = result.output!;
        const recurring = {
            ...output,
            commitments: output.commitments.map(c =>
                c.id !== 'successor.soon'
                    ? c
                    : {
                          ...c,
                          due: { ...c.due!, form: 'recurring' as const, occurrences: { dates: ['2026-03-15', '2027-03-15'], stop: 'count' as const, truncated: false } }
                      }
            )
        };
        for (const asOf of ['2019-01-01', '2026-01-15', '2026-03-10', '2026-06-01', '2026-06-25', '2027-06-01', '2040-01-01']) {
            const report = statusAsOf(output, asOf);
            expectValid(report);
            collect(report, '');
            const withOccurrences = statusAsOf(recurring, asOf);
            expectValid(withOccurrences);
            collect(withOccurrences, '');
        }
        const defs = schemaFile['$defs'] as Record<string, { properties: Record<string, unknown> }>;
        const expected = [
            ...Object.keys(schemaFile['properties'] as Record<string, unknown>).map(k => `/${k}`),
            ...Object.keys(defs['agreementStatus']!.properties).map(k => `/agreements[]/${k}`),
            ...Object.keys(defs['commitmentStatus']!.properties).map(k => `/commitments[]/${k}`),
            ...Object.keys(defs['partyStanding']!.properties).map(k => `/agreements[]/parties[]/${k}`)
        ];
        expect(expected.filter(path => !seen.has(path))).toEqual([]);
    });
});
