import { describe, expect, test } from 'vitest';
import { type PactaOutput, compileSources, serializeOutput } from '../src/index.js';
import { serializeCompiled } from '../src/serialize.js';
import { WORKSPACE } from './support.js';

/** The same value with the keys of every object in reverse order. */
function reverseKeys(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(reverseKeys);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
        Object.entries(value)
            .reverse()
            .map(([k, v]) => [k, reverseKeys(v)])
    );
}

describe('serializeOutput', () => {
    test('2-space indentation, a trailing newline, the key order of the schema', async () => {
        const result = await compileSources(WORKSPACE);
        const json = serializeOutput(result.output!);
        expect(json).toBe(result.json);
        expect(json.startsWith('{\n  "formatVersion": "1.5",\n  "parties": [\n    {\n      "id": "EU",')).toBe(true);
        expect(json.endsWith('\n}\n')).toBe(true);
        expect(Object.keys(JSON.parse(json) as object)).toEqual([
            'formatVersion',
            'parties',
            'agreements',
            'events',
            'commitments',
            'mechanisms',
            'mechanismKinds',
            'relations',
            'sources',
            'resources',
            'stages',
            'referenceLists',
            'deadlines'
        ]);
    });

    test('the same document gives the same bytes whatever the order of its keys', async () => {
        const result = await compileSources(WORKSPACE);
        const shuffled = reverseKeys(JSON.parse(result.json)) as PactaOutput;
        expect(Object.keys(shuffled)[0]).toBe('deadlines');
        expect(serializeOutput(shuffled)).toBe(result.json);
    });

    test('keys the schema does not know come last, sorted; `__proto__` stays an ordinary key', () => {
        const odd = JSON.parse('{"zeta": 1, "__proto__": {"polluted": true}, "formatVersion": "1.1", "alpha": 2}') as PactaOutput;
        const json = serializeOutput(odd);
        expect(json).toBe('{\n  "formatVersion": "1.1",\n  "__proto__": {\n    "polluted": true\n  },\n  "alpha": 2,\n  "zeta": 1\n}\n');
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });

    test('leaves out undefined fields', () => {
        const json = serializeOutput({
            formatVersion: '1.0',
            parties: [{ id: 'X', kind: 'bloc', title: 'X', members: [], citations: [], uncertain: false, doc: undefined, location: { file: 'a.pacta', line: 1, column: 1, endLine: 1, endColumn: 2 } }]
        } as unknown as PactaOutput);
        expect(json).not.toContain('doc');
    });
});

describe('serializeCompiled (what a compile writes)', () => {
    const CLAIMED = `source s "S" { url "https://example.org/s" }
state US "United States"
agreement a "A" {
    parties US
    signed 2026-01-01
    commitment claimed { by US will "act" due by 2026-06-30 { cite s } or 60 days after signed { cite s } }
}
`;

    test("gives serializeOutput's bytes; a claimed date (an amount or a date: several shapes) is in canonical order, the document unchanged", async () => {
        const result = await compileSources({ 'a.pacta': CLAIMED });
        const output = result.output!;
        const claims = output.commitments[0]!.fieldClaims!;
        expect(claims.map(claim => claim.field)).toEqual(['due', 'due']);
        const before = JSON.stringify(output);
        expect(serializeCompiled(output)).toBe(serializeOutput(output));
        expect(result.json).toBe(serializeOutput(output));
        expect(JSON.stringify(output)).toBe(before);
        // A date under the claim's value is read with the amount's shape (the first of the schema's
        // anyOf): the amount's keys first, the others sorted; not the order the compiler writes a date in.
        const written = Object.keys(claims[0]!.value as object);
        expect(written[0]).toBe('status');
        const value = (JSON.parse(result.json) as PactaOutput).commitments[0]!.fieldClaims![0]!.value as object;
        expect(Object.keys(value).sort()).toEqual([...written].sort());
        expect(Object.keys(value)).not.toEqual(written);
    });

    test('a document without a mixed value is written as it is', async () => {
        const result = await compileSources(WORKSPACE);
        expect(serializeCompiled(result.output!)).toBe(JSON.stringify(result.output, null, 2) + '\n');
    });
});
