import { describe, expect, test } from 'vitest';
import { compileSources } from '../src/index.js';

describe('diagnostics', () => {
    test('have a code, a severity, a message, a hint, a file relative to the root and 1-based positions', async () => {
        const result = await compileSources({ 'agreements/a.pacta': 'state US "United States"\nagreement a "A" {\n  parties US, MEX\n}' });
        expect(result.diagnostics).toEqual([
            {
                code: 'pacta/unresolved-reference',
                severity: 'error',
                message: "Unknown party 'MEX'.",
                hint: expect.stringContaining('declare it'),
                file: 'agreements/a.pacta',
                line: 3,
                column: 15,
                endLine: 3,
                endColumn: 18,
                data: expect.objectContaining({ refText: 'MEX', referenceType: 'Party' })
            }
        ]);
        expect(result.errorCount).toBe(1);
        expect(result.warningCount).toBe(0);
    });

    test('are sorted by file, line, column and code, whatever order the checks ran in', async () => {
        const result = await compileSources({
            'b.pacta': 'state XX "Nowhere"\nstate YY "Nowhere either"',
            'a.pacta': 'state ZZ "Nowhere"\nagreement a "A" { nonbinding parties ZZ commitment c { by ZZ shall "x" } }'
        });
        const keys = result.diagnostics.map(d => [d.file, d.line, d.column, d.code] as const);
        const sorted = [...keys].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1] || x[2] - y[2] || (x[3] < y[3] ? -1 : x[3] > y[3] ? 1 : 0)));
        expect(keys).toEqual(sorted);
        expect(result.diagnostics.map(d => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`)).toEqual([
            'a.pacta:1:7 error pacta/unknown-country',
            'a.pacta:2:62 warning pacta/shall-in-nonbinding',
            'b.pacta:1:7 error pacta/unknown-country',
            'b.pacta:2:7 error pacta/unknown-country'
        ]);
        expect(result.warningCount).toBe(1);
    });

    test('syntax errors carry pacta/syntax-error, and suppressed findings are gone', async () => {
        const result = await compileSources({
            'a.pacta': `state US "United States"
agreement a "A" {
    nonbinding
    parties US
    #suppress "pacta/shall-in-nonbinding" "the text says shall"
    commitment c { by US shall "x" }
}
state @`
        });
        // One mistake, one finding: the parser's error on the line of the `@` follows from it.
        expect(result.diagnostics.map(d => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual(['8:7 pacta/syntax-error `@` is not part of the language.']);
    });
});
