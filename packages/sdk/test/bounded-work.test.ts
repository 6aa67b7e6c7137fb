/**
 * Work that grows with the input, and only linearly (issue: unbounded work): long chains of
 * relative dates, deeply nested expressions, a file of many copies. Every input is generated
 * here; the assertions are on what comes out (sizes, findings), never on time — the timing of
 * these shapes is in bench/ (`pnpm bench`, the size sweep).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type CompileResult, type Sources, compileSources } from '../src/index.js';
import { expectValidOutput } from './support.js';

/** `n` commitments, each due one day after the one before; the first on a written date (or undated). */
function chain(n: number, options: { undated?: boolean } = {}): string {
    const first = options.undated ? '  commitment c0 { by US will "x" }' : '  commitment c0 { by US will "x" due 2026-01-01 }';
    const rest = Array.from({ length: n - 1 }, (_, i) => `  commitment c${i + 1} { by US will "x" due 1 day after c${i} }`);
    return `state US "United States"\nagreement a "A" {\n  parties US\n${[first, ...rest].join('\n')}\n}\n`;
}

/** A commitment due `earliest of (earliest of (… signed …, announced), announced)`, `depth` levels deep. */
function nested(depth: number): string {
    const expr = 'earliest of ('.repeat(depth) + 'signed' + ', announced)'.repeat(depth);
    return `state US "United States"\nagreement a "A" {\n  parties US\n  announced 2026-02-04\n  signed 2026-02-10\n  commitment c { by US will "x" due ${expr} }\n  commitment d { by US will "x" due 3 days after c }\n}\n`;
}

async function compile(sources: Sources): Promise<CompileResult> {
    const result = await compileSources(sources);
    expect(result.diagnostics.filter(d => d.code === 'pacta/internal-error')).toEqual([]);
    return result;
}

describe('a chain of relative dates', () => {
    test('the JSON grows linearly: 2,000 links give about twice the bytes of 1,000, not four times', async () => {
        const small = await compile({ 'a.pacta': chain(1000) });
        const large = await compile({ 'a.pacta': chain(2000) });
        const ratio = large.json.length / small.json.length;
        expect(ratio).toBeGreaterThan(1.8);
        expect(ratio).toBeLessThan(2.3);
        expectValidOutput(large);
    }, 600_000);

    test('every date of a 5,000-link chain resolves, and each chain is cut with a reference to follow', async () => {
        const result = await compile({ 'a.pacta': chain(5000) });
        expect(result.diagnostics).toEqual([]);
        const due = new Map(result.output!.commitments.map(c => [c.id, c.due!]));
        expect(due.get('a.c4999')!.value).toBe('2039-09-09');
        // Short chains are written in full, as before.
        expect(due.get('a.c3')!.chain).toEqual([
            'a.c0 2026-01-01',
            '1 day after a.c0 (2026-01-01) → 2026-01-02',
            '1 day after a.c1 (2026-01-02) → 2026-01-03',
            '1 day after a.c2 (2026-01-03) → 2026-01-04'
        ]);
        expect(due.get('a.c3')!.chainFrom).toBeUndefined();
        for (const value of due.values()) expect(value.chain.length).toBeLessThanOrEqual(32);
        // Following chainFrom from the last date gives back every step, each once, in order.
        const steps: string[] = [];
        const follow = (id: string): void => {
            const value = due.get(id)!;
            for (const from of value.chainFrom ?? []) follow(from);
            for (const step of value.chain) if (!steps.includes(step)) steps.push(step);
        };
        follow('a.c4999');
        expect(steps).toHaveLength(5000);
        expect(steps[0]).toBe('a.c0 2026-01-01');
        expect(steps.at(-1)).toBe('1 day after a.c4998 (2039-09-08) → 2039-09-09');
        const deadline = result.output!.deadlines.find(d => d.id === 'a.c4999.due')!;
        expect(deadline.chain).toEqual(due.get('a.c4999')!.chain);
        expect(deadline.chainFrom).toEqual(due.get('a.c4999')!.chainFrom);
    }, 600_000);

    test('a 3,000-link chain from an undated commitment: reasons stay short, every link reported once', async () => {
        const result = await compile({ 'a.pacta': chain(3000, { undated: true }) });
        expect(result.diagnostics.filter(d => d.code === 'pacta/unresolved-deadline')).toHaveLength(2999);
        const reasons = result.output!.deadlines.map(d => d.reason ?? '');
        expect(Math.max(...reasons.map(r => r.length))).toBeLessThan(1000);
        const last = result.output!.deadlines.find(d => d.id === 'a.c2999.due')!;
        expect(last.reason).toBe("commitment 'a.c0' has no deadline, so neither 'a.c2998' nor '1 day after a.c2998' can be resolved yet");
        // The JSON of 3,000 unresolved links stays small: about a kilobyte per link.
        expect(result.json.length).toBeLessThan(3000 * 2000);
    }, 600_000);
});

describe('nested expressions', () => {
    test('32 levels are read in full, without a finding', async () => {
        const result = await compile({ 'a.pacta': nested(32) });
        expect(result.diagnostics).toEqual([]);
        expect(result.output!.commitments.find(c => c.id === 'a.c')!.due!.value).toBe('2026-02-04');
    });

    test.each([33, 500, 5000])(
        '%i levels give one pacta/too-deeply-nested finding, no exception, and the rest is compiled',
        async depth => {
            const result = await compile({ 'a.pacta': nested(depth) });
            // At the 33rd `earliest`: after `  commitment c { by US will "x" due ` (37 columns) and 32 × `earliest of (`.
            expect(result.diagnostics.map(d => `${d.line}:${d.column} ${d.severity} ${d.code}`)).toEqual([`6:${37 + 13 * 32} error pacta/too-deeply-nested`]);
            expect(result.diagnostics[0]!.hint).toContain('earliest of (a, b, c)');
            // The operands below the limit are read as operands of the deepest level kept.
            expect(result.output!.commitments.find(c => c.id === 'a.d')!.due!.value).toBe('2026-02-07');
            expectValidOutput(result);
        },
        600_000
    );

    test('thousands of `earliest of` without parentheses: findings, never an exception', async () => {
        const text = `agreement a "A" {\n  signed 2026-02-10\n  commitment c { due ${'earliest of '.repeat(5000)} signed }\n}\n`;
        const result = await compile({ 'a.pacta': text });
        expect(result.diagnostics.map(d => d.code)).toContain('pacta/too-deeply-nested');
        expectValidOutput(result);
    });

    test('thousands of syntax errors in one list: at most 100 are explained, then one error says the rest is not reported', async () => {
        const text = `agreement a "A" {\n${'  commitment { due ( }\n  ) ) latest\n'.repeat(3000)}}\n`;
        const result = await compile({ 'a.pacta': text });
        expect(new Set(result.diagnostics.map(d => d.code))).toEqual(new Set(['pacta/syntax-error']));
        expect(result.diagnostics.length).toBeGreaterThan(10);
        expect(result.diagnostics.length).toBeLessThanOrEqual(101);
        expect(result.diagnostics.at(-1)!.message).toBe('Syntax errors from here on are not reported: this file has more than 100.');
        expectValidOutput(result);
    }, 600_000);
});

describe('a file of many copies', () => {
    test('200 copies of an example: each top-level name is reported as a duplicate in every copy', async () => {
        const example = readFileSync(new URL('../../../examples/critical-minerals-2026/eu-critical-raw-materials-act.pacta', import.meta.url), 'utf8');
        const parties = readFileSync(new URL('../../../examples/critical-minerals-2026/parties.pacta', import.meta.url), 'utf8');
        const one = await compile({ 'copies.pacta': example, 'parties.pacta': parties });
        expect(one.diagnostics).toEqual([]);
        const names =
            one.output!.agreements.length
            + one.output!.sources.filter(s => s.location.file === 'copies.pacta').length
            + one.output!.parties.filter(p => p.location.file === 'copies.pacta').length
            + one.output!.mechanismKinds.filter(k => k.location?.file === 'copies.pacta').length;
        const copies = 200;
        const result = await compile({ 'copies.pacta': Array.from({ length: copies }, () => example).join('\n'), 'parties.pacta': parties });
        const duplicates = result.diagnostics.filter(d => d.code === 'pacta/duplicate-name');
        expect(result.diagnostics.length).toBe(duplicates.length);
        expect(duplicates).toHaveLength(names * copies);
        // Messages name a few of the other places, not all 199.
        expect(Math.max(...duplicates.map(d => d.message.length))).toBeLessThan(400);
        expect(result.output!.agreements).toHaveLength(one.output!.agreements.length * copies);
        expectValidOutput(result);
    }, 600_000);
});
