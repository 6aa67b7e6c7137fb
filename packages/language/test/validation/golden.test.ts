/**
 * Golden tests, data-driven (Smithy style). Every case under `golden/<code>/` is a Pacta text
 * and the exact diagnostics it must produce, in the form of `formatDiagnostic`:
 *
 * - `<case>.pacta` + `<case>.diagnostics.txt` (empty when nothing is expected);
 * - `<case>/` with several `.pacta` files + `expected.diagnostics.txt`, each line prefixed by
 *   the file name (`b.pacta:1:7-1:9 error ...`).
 *
 * Optionally `<case>.hints.txt` (or `expected.hints.txt`) pins the fix hints and suggestions.
 * A case whose (first) file starts with the line `// golden: strict-sources` is validated with
 * the opt-in rules of `--strict-sources` switched on.
 * `UPDATE_GOLDENS=1 npx vitest run test/validation/golden.test.ts` rewrites the expected files:
 * review what it writes, a golden must be right, not just recorded.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { PACTA_RULES, PIPELINE_CODES } from '../../src/index.js';
import { type Diagnostic, buildWorkspace, formatDiagnostic } from '../pacta-test-kit.js';

const ROOT = fileURLToPath(new URL('./golden', import.meta.url));
const UPDATE = process.env['UPDATE_GOLDENS'] === '1';

interface GoldenCase {
    /** `duplicate-name/cross-file` */
    id: string;
    files: Record<string, string>;
    expectedFile: string;
    hintsFile: string;
    /** Single-file cases print lines without the file name. */
    prefixed: boolean;
}

function discover(): GoldenCase[] {
    const cases: GoldenCase[] = [];
    for (const group of readdirSync(ROOT).sort()) {
        const groupDir = join(ROOT, group);
        if (!statSync(groupDir).isDirectory()) continue;
        for (const entry of readdirSync(groupDir).sort()) {
            const path = join(groupDir, entry);
            if (statSync(path).isDirectory()) {
                const files: Record<string, string> = {};
                for (const file of readdirSync(path)
                    .filter(f => f.endsWith('.pacta'))
                    .sort()) {
                    files[file] = readFileSync(join(path, file), 'utf8');
                }
                cases.push({
                    id: `${group}/${entry}`,
                    files,
                    prefixed: true,
                    expectedFile: join(path, 'expected.diagnostics.txt'),
                    hintsFile: join(path, 'expected.hints.txt')
                });
            } else if (entry.endsWith('.pacta')) {
                const name = basename(entry, '.pacta');
                cases.push({
                    id: `${group}/${name}`,
                    files: { [entry]: readFileSync(path, 'utf8') },
                    prefixed: false,
                    expectedFile: join(groupDir, `${name}.diagnostics.txt`),
                    hintsFile: join(groupDir, `${name}.hints.txt`)
                });
            }
        }
    }
    return cases;
}

function hintLine(diagnostic: Diagnostic): string {
    const { start, end } = diagnostic.range;
    const data = (diagnostic.data ?? {}) as { hint?: unknown; suggestion?: unknown };
    const suggestion = data.suggestion === undefined ? '' : ` [suggestion: ${JSON.stringify(data.suggestion)}]`;
    return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${String(diagnostic.code)} hint: ${String(data.hint)}${suggestion}`;
}

function render(diagnostics: Map<string, Diagnostic[]>, prefixed: boolean, line: (d: Diagnostic) => string): string {
    const lines: string[] = [];
    for (const file of [...diagnostics.keys()].sort()) {
        for (const diagnostic of diagnostics.get(file) ?? []) {
            lines.push(prefixed ? `${file}:${line(diagnostic)}` : line(diagnostic));
        }
    }
    return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

function readExpected(path: string): string {
    const text = existsSync(path) ? readFileSync(path, 'utf8').replace(/\r\n/g, '\n') : '';
    return text.trim() === '' ? '' : text.trimEnd() + '\n';
}

const CASES = discover();

describe('golden diagnostics', () => {
    test.each(CASES.map(c => [c.id, c] as const))('%s', async (_id, golden) => {
        const strictSources = Object.values(golden.files)[0]?.startsWith('// golden: strict-sources') === true;
        const ws = await buildWorkspace(golden.files, { strictSources });
        for (const diagnostics of ws.diagnostics.values()) {
            for (const diagnostic of diagnostics) {
                // Every finding has a stable code and says how to fix it.
                expect(diagnostic.code, formatDiagnostic(diagnostic)).toMatch(/^pacta\/[a-z-]+$/);
                const hint = (diagnostic.data as { hint?: unknown } | undefined)?.hint;
                expect(typeof hint === 'string' && hint.length > 0, `no hint: ${formatDiagnostic(diagnostic)}`).toBe(true);
            }
        }
        const actual = render(ws.diagnostics, golden.prefixed, formatDiagnostic);
        const hasHints = existsSync(golden.hintsFile);
        const actualHints = hasHints ? render(ws.diagnostics, golden.prefixed, hintLine) : '';
        if (UPDATE) {
            writeFileSync(golden.expectedFile, actual);
            if (hasHints) writeFileSync(golden.hintsFile, actualHints);
            return;
        }
        expect(actual).toBe(readExpected(golden.expectedFile));
        if (hasHints) expect(actualHints).toBe(readExpected(golden.hintsFile));
    });
});

describe('golden coverage', () => {
    const expectedText = CASES.map(c => readExpected(c.expectedFile)).join('\n');

    test.each([...PACTA_RULES.map(r => r.code), ...PIPELINE_CODES.map(c => c.code)])('%s appears in a golden case', code => {
        expect(expectedText).toMatch(new RegExp(` ${code.replace('/', '\\/')} `));
    });

    test.each([...PACTA_RULES.map(r => r.code), ...PIPELINE_CODES.map(c => c.code)])('%s has a golden folder with a passing case', code => {
        const folder = join(ROOT, code.replace(/^pacta\//, ''));
        expect(existsSync(folder), folder).toBe(true);
        const clean = CASES.filter(c => c.id.startsWith(`${basename(folder)}/`)).some(c => !readExpected(c.expectedFile).includes(` ${code} `));
        expect(clean, `no case in ${folder} where ${code} is absent`).toBe(true);
    });

    test('every rule has a code, a severity and a description, and codes are unique', () => {
        const codes = PACTA_RULES.map(r => r.code);
        expect(new Set(codes).size).toBe(codes.length);
        for (const rule of PACTA_RULES) {
            expect(rule.code).toMatch(/^pacta\/[a-z]+(-[a-z0-9]+)*$/);
            expect(['error', 'warning', 'info', 'hint']).toContain(rule.severity);
            expect(rule.description.length).toBeGreaterThan(10);
        }
        for (const code of PIPELINE_CODES) expect(codes).not.toContain(code.code);
    });

    test('a golden case is found for every folder and every expected file has its text', () => {
        expect(CASES.length).toBeGreaterThanOrEqual(60);
        for (const group of readdirSync(ROOT)) {
            const dir = join(ROOT, group);
            if (!statSync(dir).isDirectory()) continue;
            for (const file of readdirSync(dir).filter(f => f.endsWith('.diagnostics.txt'))) {
                expect(existsSync(join(dir, file.replace(/\.diagnostics\.txt$/, '.pacta'))), `${group}/${file} has no .pacta`).toBe(true);
            }
        }
    });
});
