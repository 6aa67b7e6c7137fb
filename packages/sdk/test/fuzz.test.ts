/**
 * Fuzzing the SDK: documents made by a seeded mutator (test/fuzz/mutator.ts) from every example
 * and test golden go through `compileSources`. For each: no exception (and no internal error),
 * every diagnostic range inside its document, the same bytes when compiled twice, and no exception
 * from `statusAsOf` and `listDeadlines` on the model. A document
 * that takes longer than a generous budget is printed as a finding, never asserted: the time of a
 * test depends on the machine.
 *
 * CI runs `FUZZ_COUNT` documents (2,000 by default) of seed `FUZZ_SEED` (1); `pnpm fuzz COUNT SEED`
 * runs more. Documents are compiled in small workspaces of `BATCH` files (building the services
 * once per workspace); a failing workspace is compiled again one document at a time to name it.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { type CompileResult, compileSources, listDeadlines, statusAsOf } from '../src/index.js';
import { type Mutant, loadCorpus, mutant } from './fuzz/mutator.js';

const COUNT = Number(process.env['FUZZ_COUNT'] ?? 2000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 1);
const BATCH = 20;
/** Seconds a document may take before it is reported (per document, on a workspace of BATCH). */
const BUDGET_MS = Number(process.env['FUZZ_BUDGET_MS'] ?? 5000);

const corpus = loadCorpus(fileURLToPath(new URL('../../..', import.meta.url)));

/** What is wrong with one compile: an exception, an internal error, a range outside its document. */
function problems(result: CompileResult, texts: ReadonlyMap<string, string>): string[] {
    const found: string[] = [];
    for (const d of result.diagnostics) {
        if (d.code === 'pacta/internal-error') found.push(`internal error: ${d.message}`);
        const text = texts.get(d.file);
        if (text === undefined) continue;
        const lines = text.split(/\r\n|\r|\n/);
        const inside = (line: number, column: number) => line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]!.length + 1;
        const ordered = d.line < d.endLine || (d.line === d.endLine && d.column <= d.endColumn);
        if (!inside(d.line, d.column) || !inside(d.endLine, d.endColumn) || !ordered) {
            found.push(`${d.file}:${d.line}:${d.column}-${d.endLine}:${d.endColumn} outside its document (${d.code})`);
        }
    }
    return found;
}

async function compileChecked(mutants: readonly Mutant[], first: number): Promise<{ problems: string[]; ms: number }> {
    const sources = Object.fromEntries(mutants.map((m, i) => [`doc${first + i}.pacta`, m.text]));
    const texts = new Map(Object.entries(sources).map(([file, text]) => [file, text.replace(/^\uFEFF/, '')]));
    const started = performance.now();
    let once: CompileResult;
    let twice: CompileResult;
    try {
        once = await compileSources(sources);
        twice = await compileSources(sources);
    } catch (error) {
        return { problems: [`exception: ${error instanceof Error ? error.stack : String(error)}`], ms: performance.now() - started };
    }
    const ms = (performance.now() - started) / 2;
    const found = problems(once, texts);
    // What is built on the model never throws on it either: the status and the deadline lists, on a few days.
    if (once.output) {
        for (const asOf of ['2016-01-01', '2026-03-10', '2040-12-31']) {
            try {
                statusAsOf(once.output, asOf);
                listDeadlines(once.output, { asOf, includeClosed: true });
            } catch (error) {
                found.push(`status or deadlines as of ${asOf}: ${error instanceof Error ? error.stack : String(error)}`);
            }
        }
    }
    if (once.json !== twice.json) found.push('the JSON differs between two compiles');
    if (JSON.stringify(once.diagnostics) !== JSON.stringify(twice.diagnostics)) found.push('the diagnostics differ between two compiles');
    return { problems: found, ms };
}

function describeMutant(m: Mutant, index: number): string {
    return `document ${index} (seed ${SEED}): ${m.from} with ${m.mutations.join(', ')}`;
}

describe('fuzz', () => {
    test('the corpus has the examples and the test goldens', () => {
        expect(corpus.some(f => f.path.startsWith('examples/'))).toBe(true);
        expect(corpus.some(f => f.path.startsWith('packages/language/test/'))).toBe(true);
        expect(corpus.some(f => f.path.startsWith('apps/cli/test/golden/status/cases/'))).toBe(true);
        expect(corpus.length).toBeGreaterThan(50);
    });

    test('the mutator is deterministic', () => {
        expect(mutant(corpus, SEED, 7)).toEqual(mutant(corpus, SEED, 7));
        expect(mutant(corpus, SEED, 7).text).not.toBe(mutant(corpus, SEED, 8).text);
    });

    test(
        `${COUNT} mutated documents: no exception, ranges inside, same bytes twice`,
        async () => {
            const failures: string[] = [];
            const slow: string[] = [];
            for (let first = 0; first < COUNT; first += BATCH) {
                const mutants = Array.from({ length: Math.min(BATCH, COUNT - first) }, (_, i) => mutant(corpus, SEED, first + i));
                const batch = await compileChecked(mutants, first);
                if (batch.problems.length === 0 && batch.ms <= BUDGET_MS * mutants.length) continue;
                // Name the documents: one at a time.
                for (const [i, m] of mutants.entries()) {
                    const one = await compileChecked([m], first + i);
                    const what = describeMutant(m, first + i);
                    for (const problem of one.problems) failures.push(`${what}: ${problem}`);
                    if (one.ms > BUDGET_MS) slow.push(`${what}: ${Math.round(one.ms)} ms`);
                }
                if (batch.problems.length > 0 && failures.length === 0) failures.push(`documents ${first}..${first + mutants.length - 1} (seed ${SEED}), together: ${batch.problems.join('; ')}`);
            }
            // A finding, not an assertion: how long a document takes depends on the machine.
            if (slow.length > 0) console.warn(`fuzz: ${slow.length} document(s) over the budget of ${BUDGET_MS} ms:\n${slow.join('\n')}`);
            expect(failures).toEqual([]);
        },
        Math.max(600_000, COUNT * 2_000)
    );
});
