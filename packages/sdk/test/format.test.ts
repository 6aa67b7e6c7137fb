import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PactaFormatter, createPactaLspServices } from '@pacta/language';
import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { compileSources, formatSource } from '../src/index.js';

const EXAMPLE = fileURLToPath(new URL('../../../examples/critical-minerals-2026/', import.meta.url));
const GOLDEN = fileURLToPath(new URL('../../language/test/formatting/golden/', import.meta.url));
const exampleFiles = readdirSync(EXAMPLE)
    .filter(f => f.endsWith('.pacta'))
    .sort();
const readExample = (name: string) => readFileSync(join(EXAMPLE, name), 'utf8');

const MESSY = 'agreement a "A" {\n  kind action_plan\n      parties US,MX\n  commitment c { by US will "act" }\n}';
const CANONICAL = 'agreement a "A" {\n    kind action_plan\n    parties US, MX\n    commitment c {\n        by US\n        will "act"\n    }\n}\n';

/** The value without its source locations: what formatting must not change. */
function withoutLocations(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(item => withoutLocations(item));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(
            Object.entries(value)
                .filter(([k]) => k !== 'location')
                .map(([k, item]) => [k, withoutLocations(item)])
        );
    }
    return value;
}

/** The text with every gap between tokens reduced to one space (a line break after a `//` comment). */
let formatter: PactaFormatter | undefined;
function squash(text: string): string {
    formatter ??= createPactaLspServices(EmptyFileSystem).Pacta.lsp.Formatter as PactaFormatter;
    const tokens = formatter.tokenize(text)!;
    return tokens.map((token, i) => (i === 0 ? '' : tokens[i - 1]!.comment === 'line' ? '\n' : ' ') + token.text).join('') + '\n';
}

describe('formatSource', () => {
    test('formats a text in the canonical layout', async () => {
        expect(await formatSource(MESSY)).toEqual({ text: CANONICAL, changed: true, diagnostics: [] });
    });

    test('leaves canonical text as it is', async () => {
        expect(await formatSource(CANONICAL)).toEqual({ text: CANONICAL, changed: false, diagnostics: [] });
    });

    test('every example is in canonical layout', async () => {
        for (const name of exampleFiles) {
            const result = await formatSource(readExample(name), { path: name });
            expect(result.diagnostics, name).toEqual([]);
            expect(result.changed, name).toBe(false);
        }
    });

    test('a syntax error: the text unchanged, with its syntax diagnostics', async () => {
        const text = 'state US   "United States"\nagreement a "A" {\n    parties US,\n}\n';
        const result = await formatSource(text, { path: 'agreements\\broken.pacta' });
        expect(result.text).toBe(text);
        expect(result.changed).toBe(false);
        expect(result.diagnostics.length).toBeGreaterThan(0);
        for (const d of result.diagnostics) {
            expect(d).toMatchObject({ code: 'pacta/syntax-error', severity: 'error', file: 'agreements/broken.pacta' });
            expect(d.hint).toBeTruthy();
        }
        // Shown where the list goes wrong (after its comma), not at the `}` the parser met next.
        expect(result.diagnostics[0]).toMatchObject({ line: 3, column: 16, message: 'In agreement `a`: the list ends with a comma.' });
        // The same findings as the compiler's.
        const compiled = await compileSources({ 'agreements/broken.pacta': text });
        expect(compiled.diagnostics.filter(d => d.code === 'pacta/syntax-error')).toEqual(result.diagnostics);
    });

    test('a lexer error (an unterminated string) is a syntax error too', async () => {
        const text = 'state US "United States {\n';
        const result = await formatSource(text);
        expect(result.text).toBe(text);
        expect(result.diagnostics.map(d => `${d.file} ${d.code}`)).toContain('<input> pacta/syntax-error');
    });

    test('options: tabSize and tabs', async () => {
        expect((await formatSource(MESSY, { tabSize: 2 })).text).toBe(CANONICAL.replace(/ {4}/g, '  '));
        expect((await formatSource(MESSY, { insertSpaces: false })).text).toBe(CANONICAL.replace(/ {4}/g, '\t'));
        for (const tabSize of [0, -1, 2.5, Number.NaN, 100]) {
            expect((await formatSource(MESSY, { tabSize })).text, String(tabSize)).toBe(CANONICAL);
        }
    });

    test('keeps a byte-order mark and CRLF line endings', async () => {
        const result = await formatSource('\uFEFF' + MESSY.replace(/\n/g, '\r\n'));
        expect(result.text).toBe('\uFEFF' + CANONICAL.replace(/\n/g, '\r\n'));
        expect(result.changed).toBe(true);
    });

    test('an empty text stays empty; a blank one becomes empty', async () => {
        expect(await formatSource('')).toEqual({ text: '', changed: false, diagnostics: [] });
        expect(await formatSource('\n\n  \n')).toEqual({ text: '', changed: true, diagnostics: [] });
    });

    test('never throws', async () => {
        const notText = await formatSource(42 as unknown as string);
        expect(notText).toMatchObject({ text: '', changed: false });
        expect(notText.diagnostics.map(d => d.code)).toEqual(['pacta/io-error']);
        const nul = await formatSource('state US "United States"\u0000', { path: 'bin.pacta' });
        expect(nul.changed).toBe(false);
        expect(nul.diagnostics.map(d => `${d.file} ${d.code}`)).toEqual(['bin.pacta pacta/io-error']);
        await expect(formatSource('state US "x"', null as unknown as undefined)).resolves.toMatchObject({ changed: true });
    });

    test('concurrent calls give the same results as sequential ones', async () => {
        const texts = [MESSY, CANONICAL, 'state US "x" {cite s}', 'agreement {', ...exampleFiles.map(readExample)];
        const sequential = [];
        for (const text of texts) sequential.push(await formatSource(text));
        expect(await Promise.all(texts.map(text => formatSource(text)))).toEqual(sequential);
    });
});

describe('formatting never changes what a file means', () => {
    test('the example folder, squashed onto few lines and formatted, compiles to the golden JSON up to locations', async () => {
        const golden = JSON.parse(readFileSync(join(EXAMPLE, 'critical-minerals-2026.json'), 'utf8')) as unknown;
        const sources: Record<string, string> = {};
        for (const name of exampleFiles) {
            const squashed = squash(readExample(name));
            const result = await formatSource(squashed, { path: name });
            expect(result.diagnostics, name).toEqual([]);
            expect(result.text, `${name}: only the blank lines differ from the checked-in file`).toBe(readExample(name).replace(/\n\n+/g, '\n'));
            sources[name] = result.text;
        }
        const compiled = await compileSources(sources);
        expect(compiled.errorCount + compiled.warningCount).toBe(0);
        expect(withoutLocations(JSON.parse(compiled.json))).toEqual(withoutLocations(golden));
    });

    const goldenInputs = readdirSync(GOLDEN)
        .filter(f => f.endsWith('.pacta') && !f.endsWith('.formatted.pacta') && !f.includes('error'))
        .sort();
    for (const name of goldenInputs) {
        test(`formatter golden ${name}: same compiled model and findings, up to locations`, async () => {
            const text = readFileSync(join(GOLDEN, name), 'utf8');
            const formatted = await formatSource(text, { path: name });
            expect(formatted.diagnostics).toEqual([]);
            const before = await compileSources({ [name]: text });
            const after = await compileSources({ [name]: formatted.text });
            expect(withoutLocations(after.output)).toEqual(withoutLocations(before.output));
            const findings = (r: typeof before) => r.diagnostics.map(d => `${d.code} ${d.message}`).sort();
            expect(findings(after)).toEqual(findings(before));
        });
    }
});
