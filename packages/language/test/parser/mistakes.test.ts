/**
 * Syntax mistakes a newcomer makes, each a golden case: `mistakes/NAME.pacta` and the exact
 * diagnostics it gives in `mistakes/NAME.expected` (position, severity, code, message, hint).
 * One mistake gives one finding: no message that follows from another, no rule reporting on
 * what the parser's recovery made of the broken text, and no token dump.
 * `UPDATE_GOLDENS=1 npx vitest run test/parser/mistakes.test.ts` rewrites the expected files:
 * read the diff, a golden must be right, not just recorded.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { type Diagnostic, buildDocument, buildWorkspace, codes, formatDiagnostic, messageOf } from '../pacta-test-kit.js';

const ROOT = fileURLToPath(new URL('./mistakes', import.meta.url));
const UPDATE = process.env['UPDATE_GOLDENS'] === '1';
const CASES = readdirSync(ROOT)
    .filter(file => file.endsWith('.pacta'))
    .sort()
    .map(file => file.slice(0, -'.pacta'.length));

/** What a message written for a person never contains: the parser's own words and token type names. */
const TOKEN_DUMP = /Expecting|Token sequences|token of type|\b(INT|ID|STRING|EOF|DATE|DECIMAL|ORDINAL)\b|->|<-|offset:/;

function render(diagnostics: readonly Diagnostic[]): string {
    return diagnostics.map(d => `${formatDiagnostic(d)}\n    hint: ${String((d.data as { hint?: unknown } | undefined)?.hint)}\n`).join('');
}

describe('syntax mistakes (golden)', () => {
    test('there are at least 30 mistakes, each with its expected diagnostics', () => {
        expect(CASES.length).toBeGreaterThanOrEqual(30);
        for (const name of CASES) expect(existsSync(join(ROOT, `${name}.expected`)), name).toBe(true);
    });

    test.each(CASES)('%s', async name => {
        const { fileDiagnostics } = await buildDocument(readFileSync(join(ROOT, `${name}.pacta`), 'utf8'), `${name}.pacta`);
        const actual = render(fileDiagnostics);
        const expectedFile = join(ROOT, `${name}.expected`);
        if (UPDATE) writeFileSync(expectedFile, actual);
        // One mistake, one finding.
        expect(fileDiagnostics.length, actual).toBe(1);
        for (const diagnostic of fileDiagnostics) {
            expect(messageOf(diagnostic)).not.toMatch(TOKEN_DUMP);
            expect(String((diagnostic.data as { hint?: unknown }).hint)).not.toMatch(TOKEN_DUMP);
        }
        expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    });
});

describe('no cascades', () => {
    test('the names a broken declaration would declare are not reported as unknown in other files', async () => {
        const ws = await buildWorkspace({
            'parties.pacta': 'party country US "United States"\nstate MX "Mexico"\n',
            'pact.pacta': 'agreement us_mexico "U.S.–Mexico action plan" {\n    parties US, MX\n    signed 2026-02-04 by US\n}\n'
        });
        expect(codes(ws.diagnostics.get('parties.pacta')!)).toEqual(['pacta/syntax-error']);
        expect(ws.diagnostics.get('pact.pacta')).toEqual([]);
    });

    test('a second, independent mistake further down is reported too', async () => {
        const { fileDiagnostics } = await buildDocument(`state US "United States"
agreement a "A" {
    parties US
    commitment one {
        by US
        must "report"
    }
    commitment two {
        by US
        will "report"
        due by 30 days after signed
    }
}
`);
        expect(fileDiagnostics.map(d => `${d.range.start.line + 1} ${String(d.code)}`)).toEqual(['6 pacta/syntax-error', '11 pacta/syntax-error']);
    });

    test('mistakes on adjacent lines, in a member and in its agreement, and after the agreement, are each reported', async () => {
        const { fileDiagnostics } = await buildDocument(`state US "United States"
agreement a "A" {
    parties US
    commitment c { by US will "x" due by 30 days after signed }
    observer US
}
party country MX "Mexico"
`);
        expect(fileDiagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${messageOf(d)}`)).toEqual([
            '4:42 In commitment `c`: `due by` takes a date (`due by 2026-01-03`); a period is counted with `within`.',
            '5:5 In agreement `a`: `observer` is not a role.',
            '7:1 `party` is not a declaration: a party is declared by its kind.'
        ]);
    });

    test('the rules still report outside the damaged region', async () => {
        const { fileDiagnostics } = await buildDocument(`state US "United States"
state XX "Nowhere"
agreement a "A" {
    parties US
    commitment one { by US must "report" }
}
`);
        expect(codes(fileDiagnostics)).toEqual(['pacta/unknown-country', 'pacta/syntax-error']);
    });
});
