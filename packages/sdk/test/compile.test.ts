import { describe, expect, test } from 'vitest';
import { type CompileResult, FORMAT_VERSION, type PactaOutput, compileSources } from '../src/index.js';
import { WORKSPACE, codes, expectValidOutput } from './support.js';

let compiled: Promise<CompileResult> | undefined;
function workspace(): Promise<CompileResult> {
    compiled ??= compileSources(WORKSPACE);
    return compiled;
}

function find<T extends { id: string }>(items: T[], id: string): T {
    const item = items.find(i => i.id === id);
    if (!item) throw new Error(`no ${id} in ${items.map(i => i.id).join(', ')}`);
    return item;
}

async function output(): Promise<PactaOutput> {
    const result = await workspace();
    return result.output!;
}

describe('compileSources', () => {
    test('compiles a workspace of several files with no error, only the expected info', async () => {
        const result = await workspace();
        expect(codes(result)).toEqual(['agreements/deal.pacta:39:13 pacta/unresolved-deadline']);
        expect(result.errorCount).toBe(0);
        expect(result.warningCount).toBe(0);
        expect(result.files).toEqual(['agreements/deal.pacta', 'agreements/usmca.pacta', 'parties.pacta']);
        expectValidOutput(result);
        expect(result.output!.formatVersion).toBe(FORMAT_VERSION);
        expect(FORMAT_VERSION).toBe('1.5');
    });

    test('top-level arrays are sorted by id, in code-unit order', async () => {
        const out = await output();
        for (const key of ['parties', 'agreements', 'events', 'commitments', 'mechanisms', 'mechanismKinds', 'relations', 'sources'] as const) {
            const ids = out[key].map(e => e.id);
            expect(ids, key).toEqual([...ids].sort());
        }
        expect(out.parties.map(p => p.id)).toEqual(['EU', 'Germany', 'JP', 'US', 'USTR', 'greer']);
    });

    test('parties: kind, title, ISO codes of states, parent, members, office, doc, citations', async () => {
        const out = await output();
        expect(find(out.parties, 'US')).toEqual({
            id: 'US',
            kind: 'state',
            title: 'United States',
            iso: { alpha2: 'US', alpha3: 'USA', name: 'United States' },
            members: [],
            memberships: [],
            citations: [],
            uncertain: false,
            // `{@link JP}` is rendered as its text: no file address in the output.
            doc: 'The United States. See JP.',
            location: { file: 'parties.pacta', line: 10, column: 1, endLine: 10, endColumn: 25 }
        });
        expect(find(out.parties, 'Germany').iso).toEqual({ alpha2: 'DE', alpha3: 'DEU', name: 'Germany' });
        const eu = find(out.parties, 'EU');
        expect(eu.kind).toBe('bloc');
        expect(eu.iso).toBeUndefined();
        expect(eu.members).toEqual(['Germany']);
        expect(find(out.parties, 'USTR').parent).toBe('US');
        const greer = find(out.parties, 'greer');
        expect(greer).toMatchObject({ kind: 'person', parent: 'USTR', office: 'U.S. Trade Representative', citations: [{ source: 'report', locator: 'p. 2' }] });
        expect(greer.doc).toBeUndefined();
    });

    test('agreements: form, kind, binding, roles in the singular, resources, sectors, member ids in source order', async () => {
        const out = await output();
        const deal = find(out.agreements, 'deal');
        expect(deal).toMatchObject({
            form: 'agreement',
            title: 'Critical minerals deal',
            kind: 'joint_statement',
            binding: 'binding',
            roles: [
                { party: 'EU', role: 'party' },
                { party: 'US', role: 'party' },
                { party: 'JP', role: 'party' },
                { party: 'USTR', role: 'lead' }
            ],
            resources: ['critical_minerals', 'rare_earths'],
            sectors: ['mining', 'refining'],
            events: ['deal.announced', 'deal.signed', 'deal.ratified', 'deal.joint_review', 'deal.event', 'deal.event#2'],
            commitments: ['deal.mou', 'deal.report_back', 'deal.open', 'deal.waiting'],
            mechanisms: ['deal.project_mou', 'deal.fund', 'deal.reserve'],
            relations: ['deal.continues.old_framework'],
            citations: [{ source: 'report' }],
            uncertain: false,
            doc: 'The deal.'
        });
        expect(deal.location).toEqual({ file: 'agreements/deal.pacta', line: 4, column: 1, endLine: 51, endColumn: 2 });
        expect(find(out.agreements, 'old_framework').binding).toBe('nonbinding');
    });

    test('an agreement that says nothing about binding is `unknown`', async () => {
        const result = await compileSources({ 'a.pacta': 'state US "United States"\ninstrument order "Order" { parties US }' });
        expect(result.output!.agreements[0]).toMatchObject({ id: 'order', form: 'instrument', binding: 'unknown' });
        expect(result.output!.agreements[0]!.kind).toBeUndefined();
    });

    test('events: ids by name or kind, unnamed `event`s numbered, resolved dates with precision and chain', async () => {
        const out = await output();
        expect(find(out.events, 'deal.announced')).toEqual({
            id: 'deal.announced',
            agreement: 'deal',
            kind: 'announced',
            name: 'announced',
            date: { status: 'resolved', value: '2026-02-04', precision: 'day', bound: 'on', relative: false, form: 'absolute', text: '2026-02-04', chain: [] },
            by: ['USTR'],
            citations: [{ source: 'report', locator: 'para 2' }],
            uncertain: false,
            location: { file: 'agreements/deal.pacta', line: 11, column: 5, endLine: 11, endColumn: 58 }
        });
        expect(find(out.events, 'deal.signed').date).toMatchObject({ value: '2026-03', precision: 'month' });
        expect(find(out.events, 'deal.ratified').date).toBeUndefined();
        expect(find(out.events, 'deal.joint_review')).toMatchObject({
            kind: 'review',
            name: 'joint_review',
            title: 'First review',
            date: {
                status: 'resolved',
                value: '2027-02-04',
                precision: 'day',
                bound: 'on',
                relative: true,
                text: 'on the 1st anniversary of announced',
                chain: ['deal.announced 2026-02-04', '1st anniversary of deal.announced (2026-02-04) → 2027-02-04']
            }
        });
        const first = find(out.events, 'deal.event');
        expect(first).toMatchObject({ kind: 'event', title: 'Kick-off meeting', date: { value: '2026-03-01' } });
        expect(first.name).toBeUndefined();
        expect(find(out.events, 'deal.event#2')).toMatchObject({ kind: 'event', title: 'Second meeting' });
    });

    test('commitments: actors, modality, text, mechanism, due, status defaulting to pending', async () => {
        const out = await output();
        expect(find(out.commitments, 'deal.mou')).toMatchObject({
            agreement: 'deal',
            name: 'mou',
            actors: ['EU', 'US'],
            modality: 'shall',
            text: 'finalize a memorandum of understanding',
            mechanism: 'deal.project_mou',
            due: {
                status: 'resolved',
                value: '2026-03-06',
                precision: 'day',
                bound: 'by',
                relative: true,
                // Whitespace normalised, the comment left out.
                text: 'within 30 days after announced',
                chain: ['deal.announced 2026-02-04', 'within 30 days after deal.announced (2026-02-04) → 2026-03-06']
            },
            status: 'pending',
            doc: 'Finalize an MoU.'
        });
        expect(find(out.commitments, 'deal.report_back').status).toBe('in_progress');
        const open = find(out.commitments, 'deal.open');
        expect(open.modality).toBe('will explore');
        expect(open.due).toBeUndefined();
        expect(find(out.commitments, 'deal.waiting').due).toEqual({
            status: 'unresolved',
            value: null,
            precision: null,
            bound: 'on',
            relative: true,
            form: 'offset',
            text: '10 days after ratified',
            chain: [],
            reason: "event 'deal.ratified' has no date, so '10 days after deal.ratified' cannot be resolved yet",
            waitsOn: 'deal.ratified'
        });
    });

    test('mechanisms: kind id, status, parties, money as an exact decimal string with the scale applied', async () => {
        const out = await output();
        expect(find(out.mechanisms, 'deal.fund')).toMatchObject({
            kind: 'joint_fund',
            status: 'exploring',
            parties: ['EU', 'US', 'JP'],
            amount: { text: 'up to 1.5 billion EUR each', qualifier: 'up to', value: '1500000000', currency: 'EUR', minorUnits: 2, scope: 'each' }
        });
        const reserve = find(out.mechanisms, 'deal.reserve');
        expect(reserve.amount).toEqual({
            text: '12_000.50 million USD',
            qualifier: 'exactly',
            value: '12000500000',
            currency: 'USD',
            minorUnits: 2,
            scope: 'total'
        });
        expect(reserve.status).toBeUndefined();
        expect(typeof reserve.amount!.value).toBe('string');
        expect(find(out.mechanisms, 'deal.project_mou').kind).toBe('mou_to_conclude');
    });

    test('mechanism kinds: the declared ones with a location, and only the built-in ones in use (and the kinds above them, 1.4), without', async () => {
        const out = await output();
        expect(out.mechanismKinds).toEqual([
            { id: 'joint_fund', title: 'Joint fund', builtin: false, doc: 'Pooled money.', location: { file: 'parties.pacta', line: 20, column: 1, endLine: 20, endColumn: 39 } },
            { id: 'mou_to_conclude', title: 'Memorandum of understanding to conclude', builtin: true },
            { id: 'stockpile', title: 'Stockpile', builtin: true },
            { id: 'strategic_reserve', title: 'Strategic reserve', parent: 'stockpile', ancestors: ['stockpile'], builtin: true }
        ]);
    });

    test('relations and sources', async () => {
        const out = await output();
        expect(out.relations).toEqual([
            {
                id: 'deal.continues.old_framework',
                from: 'deal',
                kind: 'continues',
                to: 'old_framework',
                parties: ['JP'],
                citations: [{ source: 'report', locator: 'para 5' }],
                uncertain: true,
                location: { file: 'agreements/deal.pacta', line: 49, column: 5, endLine: 49, endColumn: 70 }
            }
        ]);
        expect(out.sources).toEqual([
            {
                id: 'report',
                title: 'News report',
                url: 'https://example.org/report',
                publisher: 'Example News',
                published: '2026-02-05',
                accessed: '2026-02',
                location: { file: 'parties.pacta', line: 2, column: 1, endLine: 7, endColumn: 2 }
            }
        ]);
    });

    test('deadlines: every commitment due and relative event date, by date then id, unresolved last', async () => {
        const out = await output();
        expect(out.deadlines.map(d => `${d.date} ${d.id} ${d.kind}`)).toEqual([
            '2026-03-06 deal.mou.due by',
            '2026-06-24 deal.report_back.due by',
            '2026-07-01 usmca.joint_review.date on',
            '2027-02-04 deal.joint_review.date on',
            '2036-07-01 usmca.expiry.date on',
            'null deal.waiting.due on'
        ]);
        expect(find(out.deadlines, 'deal.report_back.due')).toEqual({
            id: 'deal.report_back.due',
            subject: 'deal.report_back',
            subjectKind: 'commitment',
            agreement: 'deal',
            kind: 'by',
            status: 'resolved',
            date: '2026-06-24',
            precision: 'day',
            text: 'no later than 1 week before usmca.joint_review',
            // Across agreements, every step names its anchor by id.
            chain: ['usmca.in_force 2020-07-01', '6th anniversary of usmca.in_force (2020-07-01) → 2026-07-01', 'no later than 1 week before usmca.joint_review (2026-07-01) → 2026-06-24'],
            actors: ['US'],
            form: 'offset',
            location: { file: 'agreements/deal.pacta', line: 29, column: 13, endLine: 29, endColumn: 59 }
        });
        expect(find(out.deadlines, 'deal.waiting.due')).toMatchObject({
            status: 'unresolved',
            date: null,
            precision: null,
            reason: expect.stringContaining('has no date')
        });
        // Absolute event dates are on their events only.
        expect(out.deadlines.some(d => d.subject === 'deal.announced')).toBe(false);
    });

    test('a deadline anchored on a commitment resolves through it', async () => {
        const result = await compileSources({
            'a.pacta': `state US "United States"
agreement a "A" {
    parties US
    signed 2026-01-31
    commitment first { by US will "x" due 1 month after signed }
    commitment second { by US will "y" due not before 2 weeks after first }
}`
        });
        expectValidOutput(result);
        expect(result.output!.deadlines.map(d => [d.id, d.date, d.kind, d.chain])).toEqual([
            ['a.first.due', '2026-02-28', 'on', ['a.signed 2026-01-31', '1 month after a.signed (2026-01-31) → 2026-02-28']],
            ['a.second.due', '2026-03-14', 'from', ['a.signed 2026-01-31', '1 month after a.signed (2026-01-31) → 2026-02-28', 'not before 2 weeks after a.first (2026-02-28) → 2026-03-14']]
        ]);
    });

    test('a cycle of relative dates gives unresolved deadlines with status `cycle`', async () => {
        const result = await compileSources({
            'a.pacta': `state US "United States"
agreement a "A" {
    parties US
    commitment x { by US will "x" due 3 days after y }
    commitment y { by US will "y" due 3 days after x }
}`
        });
        expectValidOutput(result);
        expect(result.errorCount).toBeGreaterThan(0);
        expect(result.output!.deadlines.map(d => [d.id, d.status, d.date])).toEqual([
            ['a.x.due', 'cycle', null],
            ['a.y.due', 'cycle', null]
        ]);
    });

    test('accepts an array of { path, text } and normalises paths', async () => {
        const fromRecord = await workspace();
        const fromArray = await compileSources([
            { path: './agreements\\usmca.pacta', text: WORKSPACE['agreements/usmca.pacta']! },
            { path: 'parties.pacta', text: WORKSPACE['parties.pacta']! },
            { path: 'agreements/./deal.pacta', text: WORKSPACE['agreements/deal.pacta']! }
        ]);
        expect(fromArray.files).toEqual(fromRecord.files);
        expect(fromArray.json).toBe(fromRecord.json);
    });

    test('a source whose path does not end in .pacta is compiled under its own path', async () => {
        const result = await compileSources({ 'notes/parties.txt': 'state US "United States"' });
        expect(result.files).toEqual(['notes/parties.txt']);
        expect(result.output!.parties[0]!.location.file).toBe('notes/parties.txt');
    });

    test('compiles with errors: the output is still produced, unresolved references keep the name written', async () => {
        const result = await compileSources({ 'a.pacta': 'state US "United States"\nagreement a "A" { parties US, MEX }' });
        expect(codes(result)).toEqual(['a.pacta:2:31 pacta/unresolved-reference']);
        expectValidOutput(result);
        expect(result.output!.agreements[0]!.roles).toEqual([
            { party: 'US', role: 'party' },
            { party: 'MEX', role: 'party' }
        ]);
    });

    test('duplicate names get #2, #3 in file then text order, so ids stay unique', async () => {
        const result = await compileSources({
            'b.pacta': 'state US "United States (b)"',
            'a.pacta': 'state US "United States (a)"\nstate US "United States (a, again)"\nagreement x "X" { parties US signed 2026-01-01 signed 2026-01-02 }'
        });
        expectValidOutput(result);
        expect(result.output!.parties.map(p => [p.id, p.title])).toEqual([
            ['US', 'United States (a)'],
            ['US#2', 'United States (a, again)'],
            ['US#3', 'United States (b)']
        ]);
        expect(result.output!.events.map(e => e.id)).toEqual(['x.signed', 'x.signed#2']);
        expect(result.diagnostics.every(d => d.code === 'pacta/duplicate-name')).toBe(true);
    });
});

describe('diagnosticsOnly (what `pacta check` asks for)', () => {
    test('the same findings as a full compile, deadline rules included, without a model or JSON', async () => {
        const sources = {
            ...WORKSPACE,
            'cycle.pacta': 'agreement cycle "Cycle" {\n    parties US, MEX\n    commitment x { by US will "x" due 3 days after y }\n    commitment y { by US will "y" due 3 days after x }\n}'
        };
        const full = await compileSources(sources);
        const only = await compileSources(sources, { diagnosticsOnly: true });
        expect(full.errorCount).toBeGreaterThan(0);
        expect(full.diagnostics.map(d => d.code)).toEqual(expect.arrayContaining(['pacta/deadline-cycle', 'pacta/unresolved-reference']));
        expect(only.diagnostics).toEqual(full.diagnostics);
        expect([only.errorCount, only.warningCount, only.files]).toEqual([full.errorCount, full.warningCount, full.files]);
        expect(only.output).toBeUndefined();
        expect(only.json).toBe('');
    });

    test('an empty workspace still warns that there is nothing to compile', async () => {
        const only = await compileSources({}, { diagnosticsOnly: true });
        expect(only.diagnostics.map(d => d.code)).toEqual(['pacta/no-input']);
        expect(only.output).toBeUndefined();
    });
});

describe('deadline text', () => {
    test('is written as the formatter writes it: one space between tokens, none around the dot of a qualified name', async () => {
        const result = await compileSources({ 'a.pacta': 'agreement usmca "USMCA" {\n    in_force 2020-07-01\n    event talks "Talks" not   before 1 year after usmca . in_force\n}\n' });
        expect(result.output?.events.find(e => e.id === 'usmca.talks')?.date?.text).toBe('not before 1 year after usmca.in_force');
    });
});
