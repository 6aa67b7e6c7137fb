import { describe, expect, test } from 'vitest';
import { compileSources, statusAsOf } from '../../src/index.js';
import { expectValidOutput } from '../support.js';

/**
 * Claims on single-valued fields (issue 10, form 2): the field keeps the preferred claim's value,
 * `fieldClaims` lists every claim with its sources; aliases; the sources of a role list.
 */
describe('claims on a field (1.4)', () => {
    /**
     * A real text: Global Affairs Canada publishes the USMCA as "Canada-United States-Mexico
     * Agreement (CUSMA) – Chapter 34 – Final provisions"
     * (https://international.gc.ca/trade-commerce/trade-agreements-accords-commerciaux/agr-acc/cusma-aceum/text-texte/34.aspx?lang=eng,
     * page title); the Protocol of 30 November 2018 names it "the Agreement between the United
     * States of America, the United Mexican States, and Canada" (its title).
     */
    test('the USMCA: CUSMA as an alias from Global Affairs Canada, its official name as a claim on the title', async () => {
        const result = await compileSources({
            'usmca.pacta': [
                'state US "United States"',
                'state MX "Mexico"',
                'state CA "Canada"',
                'source usmca_protocol "Protocol Replacing the North American Free Trade Agreement with the Agreement between the United States of America, the United Mexican States, and Canada" { kind official_text }',
                'source usmca_chapter_34 "Canada-United States-Mexico Agreement (CUSMA) – Chapter 34 – Final provisions" {',
                '    publisher "Global Affairs Canada"',
                '    url "https://international.gc.ca/trade-commerce/trade-agreements-accords-commerciaux/agr-acc/cusma-aceum/text-texte/34.aspx?lang=eng"',
                '}',
                'agreement usmca "United States–Mexico–Canada Agreement (USMCA)" {',
                '    title "Agreement between the United States of America, the United Mexican States, and Canada" { cite usmca_protocol "title" }',
                '    aliases "CUSMA" { cite usmca_chapter_34 "title" }',
                '    parties US, MX, CA { cite usmca_protocol "title" }',
                '}'
            ].join('\n')
        });
        expect(result.errorCount).toBe(0);
        expect(result.warningCount).toBe(0);
        expectValidOutput(result);
        const usmca = result.output!.agreements.find(a => a.id === 'usmca')!;
        expect(usmca.title).toBe('United States–Mexico–Canada Agreement (USMCA)');
        expect(usmca.aliases).toEqual(['CUSMA']);
        expect(usmca.fieldClaims!.map(({ location: _, ...claim }) => claim)).toEqual([
            { field: 'title', value: 'United States–Mexico–Canada Agreement (USMCA)', preferred: true, citations: [], uncertain: false },
            {
                field: 'title',
                value: 'Agreement between the United States of America, the United Mexican States, and Canada',
                preferred: false,
                citations: [{ source: 'usmca_protocol', locator: 'title' }],
                uncertain: false
            },
            { field: 'aliases', value: ['CUSMA'], preferred: true, citations: [{ source: 'usmca_chapter_34', locator: 'title' }], uncertain: false }
        ]);
        expect(usmca.roles).toEqual(['US', 'MX', 'CA'].map(party => ({ party, role: 'party', citations: [{ source: 'usmca_protocol', locator: 'title' }], uncertain: false })));
    });

    const DISPUTED = [
        'state US "United States"',
        'state AU "Australia"',
        'source a "A"',
        'source b "B"',
        'agreement fw "Framework" {',
        '    nonbinding { cite a } or binding { cite b uncertain }',
        '    kind framework { cite a "sec. 3" } or loan { cite b }',
        '    parties US, AU',
        '    announced 2025-10-13',
        '    signed 2025-10-20',
        '    commitment c {',
        '        by US',
        '        will "provide financing"',
        '        due 60 days after signed { cite a } or 60 days after announced { cite b preferred }',
        '    }',
        '    mechanism m: project_finance {',
        '        parties US, AU',
        '        amount 1 billion USD { cite a } or 1 billion AUD { cite b uncertain }',
        '    }',
        '}'
    ].join('\n');

    test('each field keeps its preferred claim; every claim is listed with its sources', async () => {
        const result = await compileSources({ 'fw.pacta': DISPUTED });
        expect(result.errorCount).toBe(0);
        expectValidOutput(result);
        const out = result.output!;
        const fw = out.agreements[0]!;
        expect([fw.kind, fw.binding]).toEqual(['framework', 'nonbinding']);
        expect(fw.fieldClaims!.map(claim => [claim.field, claim.value, claim.preferred, claim.uncertain])).toEqual([
            ['kind', 'framework', true, false],
            ['kind', 'loan', false, false],
            ['binding', 'nonbinding', true, false],
            ['binding', 'binding', false, true]
        ]);
        const commitment = out.commitments[0]!;
        // The preferred claim is the second: 60 days after 2025-10-13.
        expect(commitment.due?.value).toBe('2025-12-12');
        expect(commitment.fieldClaims!.map(claim => [(claim.value as { text: string }).text, (claim.value as { value: string }).value, claim.preferred])).toEqual([
            ['60 days after signed', '2025-12-19', false],
            ['60 days after announced', '2025-12-12', true]
        ]);
        expect(out.deadlines.find(d => d.subject === 'fw.c')?.date).toBe('2025-12-12');
        const mechanism = out.mechanisms[0]!;
        expect(mechanism.amount).toMatchObject({ value: '1000000000', currency: 'USD' });
        expect(mechanism.fieldClaims![1]).toMatchObject({ field: 'amount', value: { currency: 'AUD', value: '1000000000' }, preferred: false, uncertain: true, citations: [{ source: 'b' }] });
    });

    test('a deadline sources disagree on is uncertain in status, with the other claim in words', async () => {
        const result = await compileSources({ 'fw.pacta': DISPUTED });
        const status = statusAsOf(result.output!, '2025-11-01');
        const entry = status.commitments.find(c => c.id === 'fw.c')!;
        expect(entry.dueUncertain).toBe(true);
        expect(entry.uncertainBasis).toEqual(['fw.c.due']);
        expect(entry.reason).toContain('sources disagree on the deadline: also 60 days after signed per a');
    });

    test('a single value with `{ cite }` gives the sources of that field', async () => {
        const result = await compileSources({
            'a.pacta': 'state US "United States"\nsource s "S"\nagreement a "A" {\n    binding { cite s "art. 1" }\n    parties US\n}\n'
        });
        expect(result.errorCount + result.warningCount).toBe(0);
        const a = result.output!.agreements[0]!;
        expect(a.binding).toBe('binding');
        expect(a.fieldClaims!.map(({ location: _, ...claim }) => claim)).toEqual([
            { field: 'binding', value: 'binding', preferred: true, citations: [{ source: 's', locator: 'art. 1' }], uncertain: false }
        ]);
    });

    test('a document without claims has no fieldClaims or aliases (1.3 output unchanged)', async () => {
        const result = await compileSources({ 'a.pacta': 'state US "United States"\nagreement a "A" {\n    kind framework\n    parties US\n}\n' });
        const a = result.output!.agreements[0]!;
        expect(a).not.toHaveProperty('fieldClaims');
        expect(a).not.toHaveProperty('aliases');
        expect(a.roles).toEqual([{ party: 'US', role: 'party' }]);
    });
});
