import { describe, expect, test } from 'vitest';
import { type CompileResult, type Sources, compileSources } from '../src/index.js';
import { DEAL, PARTIES, USMCA, WORKSPACE, codes, expectValidOutput } from './support.js';

async function compileSafely(sources: Sources): Promise<CompileResult> {
    let result: CompileResult | undefined;
    await expect(
        (async () => {
            result = await compileSources(sources);
        })()
    ).resolves.toBeUndefined();
    return result!;
}

describe('bad input gives diagnostics, never an exception', () => {
    test('an empty file', async () => {
        const result = await compileSafely({ 'empty.pacta': '' });
        expect(result.diagnostics).toEqual([]);
        expectValidOutput(result);
        expect(result.files).toEqual(['empty.pacta']);
    });

    test('no sources at all: a warning and an empty document', async () => {
        const result = await compileSafely({});
        expect(codes(result)).toEqual(['.:1:1 pacta/no-input']);
        expect(result.warningCount).toBe(1);
        expectValidOutput(result);
        expect(result.output!.parties).toEqual([]);
    });

    test('binary garbage with NUL bytes is not compiled', async () => {
        const bytes = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
        const result = await compileSafely({ 'blob.pacta': bytes, 'ok.pacta': 'state US "United States"' });
        expect(codes(result)).toEqual(['blob.pacta:1:1 pacta/io-error']);
        expect(result.files).toEqual(['ok.pacta']);
        expectValidOutput(result);
    });

    test('text garbage (every kind of character, no NUL) gives syntax errors and a valid document', async () => {
        const garbage = Array.from({ length: 5000 }, (_, i) => String.fromCodePoint(((i * 104729) % 0x2ffff) + 1))
            .join('')
            .replace(/[\ud800-\udfff]/g, '?');
        const result = await compileSafely({ 'garbage.pacta': garbage });
        expect(result.errorCount).toBeGreaterThan(0);
        expect(result.diagnostics.every(d => d.code === 'pacta/syntax-error')).toBe(true);
        expectValidOutput(result);
    });

    test('lone surrogates and control characters', async () => {
        const result = await compileSafely({ 'a.pacta': 'state US "United \ud800 States\u0007"\n\u001b[31m' });
        expectValidOutput(result);
        expect(result.output!.parties[0]!.title).toBe('United \ud800 States\u0007');
    });

    // The time of a 5 MB file is measured by the bench (bench/README.md, the size sweep).
    test('a 1 MB file of one name declared 11,000 times', async () => {
        const unit = 'bloc B "Bloc" // a comment that makes the line longer, on purpose, to reach 1 MB sooner\n';
        const copies = Math.ceil(1_000_000 / unit.length);
        const text = `state US "United States"\n${unit.repeat(copies)}`;
        expect(text.length).toBeGreaterThanOrEqual(1_000_000);
        const result = await compileSafely({ 'big.pacta': text });
        expectValidOutput(result);
        // Every `B` is reported: the first and each later one, with ids B, B#2, B#3...
        expect(result.output!.parties).toHaveLength(copies + 1);
        expect(result.output!.parties.map(p => p.id)).toContain(`B#${copies}`);
        expect(result.diagnostics).toHaveLength(copies);
        expect(result.diagnostics.every(d => d.code === 'pacta/duplicate-name')).toBe(true);
    }, 300_000);

    test('one 5 MB token: messages are cut to a readable length', async () => {
        const result = await compileSafely({ 'token.pacta': 'x'.repeat(5_000_000) });
        expect(result.errorCount).toBeGreaterThan(0);
        expect(Math.max(...result.diagnostics.map(d => d.message.length))).toBeLessThanOrEqual(1001);
        expectValidOutput(result);
    }, 120_000);

    test('CRLF line ends give the same model and positions as LF', async () => {
        const lf = await compileSafely(WORKSPACE);
        const crlf = await compileSafely(Object.fromEntries(Object.entries(WORKSPACE).map(([k, v]) => [k, v.replace(/\n/g, '\r\n')])));
        expect(crlf.diagnostics).toEqual(lf.diagnostics);
        // Doc comments too are written with \n line ends.
        expect(crlf.json).toBe(lf.json);
        expectValidOutput(crlf);
    });

    test('a BOM is not part of the text: same columns as without', async () => {
        const plain = await compileSafely({ 'a.pacta': 'state US "United States"\nstate XX "Nowhere"' });
        const bom = await compileSafely({ 'a.pacta': '\ufeffstate US "United States"\nstate XX "Nowhere"' });
        expect(bom.json).toBe(plain.json);
        expect(bom.diagnostics).toEqual(plain.diagnostics);
        expect(bom.output!.parties.find(p => p.id === 'US')!.location).toMatchObject({ line: 1, column: 1, endColumn: 25 });
    });

    test('names like __proto__ and constructor: a valid document, nothing polluted', async () => {
        // A `__proto__` key in an object literal would set the prototype; JSON.parse makes it an own key.
        const sources = JSON.parse(JSON.stringify({ proto: 'state __proto__ "P"\nbloc constructor "C" { members __proto__ }\nsource toString "T"' }).replace('"proto"', '"__proto__"')) as Record<
            string,
            string
        >;
        expect(Object.keys(sources)).toEqual(['__proto__']);
        const result = await compileSafely({
            ...sources,
            'constructor.pacta': `agreement hasOwnProperty "H" {
    parties constructor
    signed 2026-01-01
    commitment __proto__ { by constructor will "x" due 3 days after signed cite toString "p" }
    mechanism valueOf: price_floor { parties constructor }
    references __defineGetter__
}`
        });
        expectValidOutput(result);
        const out = result.output!;
        expect(out.parties.map(p => p.id)).toEqual(['__proto__', 'constructor']);
        expect(out.parties.find(p => p.id === 'constructor')!.members).toEqual(['__proto__']);
        expect(out.commitments[0]!.id).toBe('hasOwnProperty.__proto__');
        expect(out.deadlines[0]!.subject).toBe('hasOwnProperty.__proto__');
        expect(result.files).toEqual(['__proto__', 'constructor.pacta']);
        expect(JSON.parse(result.json)).toEqual(out);
        expect(Object.getPrototypeOf(out.parties[0])).toBe(Object.prototype);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('P');
        // `__proto__` is no country code, and `__defineGetter__` is not declared: errors, reported at their place.
        expect(codes(result)).toEqual(['__proto__:1:7 pacta/unknown-country', 'constructor.pacta:6:16 pacta/unresolved-reference']);
    });

    test('sources that are not strings, paths that are empty, arguments of the wrong type', async () => {
        const result = await compileSafely([
            { path: '', text: 'state US "United States"' },
            { path: 'a.pacta', text: 42 as unknown as string },
            null as unknown as { path: string; text: string },
            { path: 'ok.pacta', text: 'state US "United States"' }
        ]);
        expect(codes(result)).toEqual(['(source 1):1:1 pacta/io-error', '(source 3):1:1 pacta/io-error', 'a.pacta:1:1 pacta/io-error']);
        expect(result.files).toEqual(['ok.pacta']);
        expectValidOutput(result);
        for (const input of [null, undefined, 42, 'a.pacta'] as unknown[]) {
            const odd = await compileSafely(input as Sources);
            expect(odd.errorCount + odd.warningCount).toBeGreaterThan(0);
        }
    });

    test('the same path twice is compiled once, with a warning', async () => {
        const result = await compileSafely([
            { path: 'a.pacta', text: 'state US "United States"' },
            { path: './a.pacta', text: 'state JP "Japan"' }
        ]);
        expect(codes(result)).toEqual(['a.pacta:1:1 pacta/duplicate-input']);
        expect(result.output!.parties.map(p => p.id)).toEqual(['US']);
    });

    test('every prefix of the example files compiles to a valid document (partial syntax trees)', async () => {
        const files = { 'parties.pacta': PARTIES, 'deal.pacta': DEAL, 'usmca.pacta': USMCA };
        for (const [name, text] of Object.entries(files)) {
            for (let cut = 0; cut < text.length; cut += 7) {
                const result = await compileSafely({ ...files, [name]: text.slice(0, cut) });
                expectValidOutput(result);
            }
        }
    }, 300_000);

    test('tokens deleted from the middle (recovered syntax trees) still give valid documents', async () => {
        const tokens = DEAL.split(/(\s+)/);
        for (let i = 0; i < tokens.length; i += 3) {
            const text = [...tokens.slice(0, i), ...tokens.slice(i + 1)].join('');
            const result = await compileSafely({ 'parties.pacta': PARTIES, 'usmca.pacta': USMCA, 'deal.pacta': text });
            expectValidOutput(result);
        }
    }, 300_000);
});
