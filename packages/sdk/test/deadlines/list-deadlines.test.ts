/**
 * `listDeadlines`: the rows of every deadline list (CLI formats, the editor's timeline). The
 * formats themselves have golden tests in apps/cli (golden/lists); here, what only the SDK sees.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Dated, agreementCommitments, agreementEvents, astDateDependencies, createPactaServices, isAgreement, uncertainFacts } from '@pacta/language';
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { compileSources, listDeadlines, listDeadlinesWithGaps } from '../../src/index.js';

const EXAMPLE_DIR = fileURLToPath(new URL('../../../../examples/critical-minerals-2026/', import.meta.url));
const exampleSources = readdirSync(EXAMPLE_DIR)
    .filter(name => name.endsWith('.pacta'))
    .sort()
    .map(path => ({ path, text: readFileSync(join(EXAMPLE_DIR, path), 'utf8') }));

async function compiled(sources: { path: string; text: string }[]) {
    const result = await compileSources(sources);
    expect(result.errorCount).toBe(0);
    return result.output!;
}

describe('uncertainty: the same facts from the compiled model as from the syntax tree', () => {
    test('every deadline of the example', async () => {
        const rows = listDeadlines(await compiled(exampleSources), { includeClosed: true });
        const { shared, Pacta } = createPactaServices(EmptyFileSystem);
        const documents = exampleSources.map(({ path, text }) => {
            const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///ws/${path}`));
            shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        await shared.workspace.DocumentBuilder.build(documents, { validation: false });
        const resolver = Pacta.deadlines.DeadlineResolver;
        const dependencies = astDateDependencies((node: Dated) => resolver.describeAnchor(node), resolver);
        const fromTree = new Map<string, unknown>();
        for (const document of documents) {
            for (const element of (document.parseResult.value as { elements?: unknown[] }).elements ?? []) {
                if (!isAgreement(element)) continue;
                for (const node of [...agreementEvents(element), ...agreementCommitments(element)]) fromTree.set(resolver.describeAnchor(node), uncertainFacts(node, dependencies));
            }
        }
        expect(rows.filter(row => row.uncertain).length).toBeGreaterThan(5);
        for (const row of rows) expect(row.uncertainty, row.id).toEqual(fromTree.get(row.subject));
    });

    test('past a cut chain (`chainFrom`): an uncertain anchor 40 steps back is still named', async () => {
        const steps = Array.from({ length: 40 }, (_, i) => `    commitment c${i} { by US will "step ${i}" due within 1 day after ${i === 0 ? 'in_force' : `c${i - 1}`} }`);
        const output = await compiled([{ path: 'a.pacta', text: `state US "United States"\nagreement a "A" {\n    parties US\n    in_force 2026-01-01 { uncertain }\n${steps.join('\n')}\n}\n` }]);
        const last = output.deadlines.find(d => d.subject === 'a.c39')!;
        expect(last.chainFrom).toBeDefined();
        expect(last.chain.join(' ')).not.toContain('a.in_force');
        const row = listDeadlines(output).find(r => r.subject === 'a.c39')!;
        expect(row.uncertainty).toEqual([{ id: 'a.in_force', kind: 'event', role: 'anchor' }]);
    });
});

describe('occurrences, ranges and closed commitments', () => {
    const text = `state US "United States"
agreement a "A" {
    parties US
    in_force 2026-01-31
    review monthly every 1 month after in_force for 4 times
    commitment done { by US will "done" due 2026-03-01 status fulfilled }
    commitment late { by US will "late" due 2026-03 }
}
`;

    test('one row per occurrence, by date; the range keeps the occurrences that overlap it; closed ones only on request', async () => {
        const output = await compiled([{ path: 'a.pacta', text }]);
        const rows = (options = {}) => listDeadlines(output, options).map(row => `${row.id} ${row.day}`);
        expect(rows()).toEqual([
            'a.monthly.date 2026-02-28',
            'a.late.due 2026-03-31',
            'a.monthly.date.2026-03-31 2026-03-31',
            'a.monthly.date.2026-04-30 2026-04-30',
            'a.monthly.date.2026-05-31 2026-05-31'
        ]);
        expect(rows({ from: '2026-03-15', to: '2026-04-01' })).toEqual(['a.late.due 2026-03-31', 'a.monthly.date.2026-03-31 2026-03-31']);
        // a month sorts before the days it contains (as in the document's `deadlines`)
        expect(rows({ from: '2026-03-01', to: '2026-03-01', includeClosed: true })).toEqual(['a.late.due 2026-03-31', 'a.done.due 2026-03-01']);
    });
});

describe("the error model: a range that is not a day is the caller's mistake", () => {
    test('throws a RangeError naming the bound, as statusAsOf does for its day', async () => {
        const output = await compiled(exampleSources);
        expect(() => listDeadlines(output, { from: 'garbage' })).toThrow(new RangeError("from 'garbage' is not a date: write YYYY-MM-DD"));
        expect(() => listDeadlines(output, { to: '2026-02-30' })).toThrow(new RangeError("to '2026-02-30' is not a date: write YYYY-MM-DD"));
        expect(listDeadlines(output, { from: '2026-01-01', to: '2026-12-31' }).length).toBeGreaterThan(0);
    });
});

describe('listDeadlinesWithGaps: the series a range reached past', () => {
    const SOURCE = `state US "United States"
agreement w "Weekly" {
    parties US
    in_force 2026-01-05
    commitment notice { by US shall "notify" due every 5 business days after in_force }
    commitment monthly { by US shall "report" due every 1 month after in_force }
}
`;

    test('a business-day series past its listed occurrences is named; a calendar series is computed, not named', async () => {
        const output = await compiled([{ path: 'w.pacta', text: SOURCE }]);
        const { rows, unlisted } = listDeadlinesWithGaps(output, { from: '2027-01-01', to: '2027-12-31' });
        expect(unlisted).toEqual([{ deadline: 'w.notice.due', subject: 'w.notice', agreement: 'w', lastListed: '2026-03-18', listed: 10 }]);
        expect(rows.map(row => row.deadline)).toEqual(Array(12).fill('w.monthly.due'));
        expect(listDeadlines(output, { from: '2027-01-01', to: '2027-12-31' })).toEqual(rows);
    });

    test('nothing is named within the listed occurrences, nor without a range', async () => {
        const output = await compiled([{ path: 'w.pacta', text: SOURCE }]);
        expect(listDeadlinesWithGaps(output, { from: '2026-01-01', to: '2026-03-18' }).unlisted).toEqual([]);
        expect(listDeadlinesWithGaps(output).unlisted).toEqual([]);
        expect(listDeadlinesWithGaps(output, { from: '2026-03-19' }).unlisted).toHaveLength(1);
    });
});
