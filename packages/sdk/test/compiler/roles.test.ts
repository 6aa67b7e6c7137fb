import { describe, expect, test } from 'vitest';
import { compileSources, listDeadlines, statusAsOf } from '../../src/index.js';
import { expectValidOutput } from '../support.js';

/**
 * Roles over time, participation without being bound, stated negatives and `requires
 * ratification` (issue 10, form 5; format 1.4).
 */
describe('roles over time and participation', () => {
    /**
     * A sentence of a real public text:
     *   "The ROK will hold the chair of the MSP for one year starting on July 1."
     *   — U.S. Department of State, media note "United States Welcomes the Republic of Korea as
     *   Minerals Security Partnership Chair" (27 June 2024), paragraph 1; read in the copy at
     *   https://djayanews.com/politics/united-states-welcomes-the-republic-of-korea-as-minerals-security-partnership-chair/
     * and of the same announcement, as reported by Investing.com on 20 October 2025
     * (https://ng.investing.com/news/company-news/us-australia-to-support-alcoas-gallium-plant-development-in-western-australia-93CH-2154415),
     * paragraphs 2–3: the U.S. and Australian governments "would join Alcoa in forming a special
     * purpose vehicle to enter into a joint venture with JAGA", "a joint venture between the
     * Japanese Government and Sojitz Corporation"; the facility is "to be operated by Alcoa".
     */
    test('a real text: the ROK chairs the MSP from 1 July 2024; a Japanese joint venture takes part in a U.S.–Australia mechanism', async () => {
        const result = await compileSources({
            'msp.pacta': `
state US "United States"
state AU "Australia"
state JP "Japan"
state KR "Republic of Korea"
company alcoa "Alcoa Corporation" of US
company sojitz "Sojitz Corporation" of JP
company jaga "Japan Australia Gallium Associates Pty Ltd" { members JP, sojitz }
source state_msp_chair_2024 "United States Welcomes the Republic of Korea as Minerals Security Partnership Chair"
source investing_alcoa_gallium "US, Australia to support Alcoa's gallium plant development in Western Australia"

agreement msp "Minerals Security Partnership" {
    parties US, KR, JP, AU
    chair US from 2022-06-14 until 2024-06-30
    chair KR from 2024-07-01
    cite state_msp_chair_2024 "paragraph 1"
}

agreement us_australia_framework_2025 "U.S.–Australia framework on critical minerals" {
    nonbinding
    parties US, AU
    mechanism gallium_project: equity {
        lead alcoa
        participants US, AU, alcoa, jaga
        cite investing_alcoa_gallium "paragraphs 2–3"
    }
}
`
        });
        expectValidOutput(result);
        // No #suppress "pacta/actor-not-party" is needed any more for the Japanese joint venture.
        expect(result.diagnostics.map(d => d.code)).toEqual([]);
        const output = result.output!;
        const msp = output.agreements.find(a => a.id === 'msp')!;
        expect(msp.roles.filter(r => r.role === 'chair')).toEqual([
            {
                party: 'US',
                role: 'chair',
                from: { status: 'resolved', value: '2022-06-14', precision: 'day', bound: 'on', relative: false, form: 'absolute', text: '2022-06-14', chain: [] },
                until: { status: 'resolved', value: '2024-06-30', precision: 'day', bound: 'on', relative: false, form: 'absolute', text: '2024-06-30', chain: [] }
            },
            {
                party: 'KR',
                role: 'chair',
                from: { status: 'resolved', value: '2024-07-01', precision: 'day', bound: 'on', relative: false, form: 'absolute', text: '2024-07-01', chain: [] }
            }
        ]);
        const gallium = output.mechanisms.find(m => m.id === 'us_australia_framework_2025.gallium_project')!;
        expect(gallium.lead).toEqual(['alcoa']);
        expect(gallium.participants).toEqual(['US', 'AU', 'alcoa', 'jaga']);
        // The JSON keeps the trace: who takes part without being a party to the framework.
        const framework = output.agreements.find(a => a.id === 'us_australia_framework_2025')!;
        expect(framework.roles.map(r => r.party)).not.toContain('jaga');
    });

    test('observers and participants are carried but do not bind: status and deadline filters count parties only', async () => {
        const result = await compileSources({
            'a.pacta': `
state US "United States"
state JP "Japan"
state DE "Germany"
state CA "Canada"
source news "A news report"

agreement talks "Talks" {
    parties US, JP
    observers DE
    participants CA
    requires ratification
    excludes parties CA "Canada is not named in the statement" { cite news "paragraph 4" }
    signed 2026-01-10
    commitment report {
        by US
        will "report"
        due 2026-06-01
    }
}
`
        });
        expectValidOutput(result);
        expect(result.errorCount).toBe(0);
        const talks = result.output!.agreements.find(a => a.id === 'talks')!;
        expect(talks.roles).toEqual([
            { party: 'US', role: 'party' },
            { party: 'JP', role: 'party' },
            { party: 'DE', role: 'observer' },
            { party: 'CA', role: 'participant' }
        ]);
        expect(talks.requiresRatification).toBe(true);
        expect(talks.negatives).toEqual([
            {
                party: 'CA',
                role: 'party',
                note: 'Canada is not named in the statement',
                citations: [{ source: 'news', locator: 'paragraph 4' }],
                uncertain: false,
                location: expect.objectContaining({ file: 'a.pacta', line: 13 })
            }
        ]);

        const status = statusAsOf(result.output!, '2026-02-01');
        const entry = status.agreements.find(a => a.id === 'talks')!;
        expect(entry.parties.map(p => p.party)).toEqual(['US', 'JP']);

        const forJapan = listDeadlines(result.output!, { parties: ['JP'], from: '2026-01-01', to: '2026-12-31' });
        expect(forJapan.map(d => d.id)).toContain('talks.report.due');
        for (const observer of ['DE', 'CA']) {
            const rows = listDeadlines(result.output!, { parties: [observer], from: '2026-01-01', to: '2026-12-31' });
            expect(
                rows.map(d => d.id),
                observer
            ).toEqual([]);
        }
    });

    test('no span, no negatives, no requires ratification: nothing new in the JSON (a 1.3 document stays as it was)', async () => {
        const result = await compileSources({ 'a.pacta': 'state US "United States"\nagreement a "A" { parties US mechanism m: equity { parties US } }\n' });
        expect(result.errorCount).toBe(0);
        const agreement = result.output!.agreements[0]!;
        expect(agreement.roles).toEqual([{ party: 'US', role: 'party' }]);
        expect(agreement).not.toHaveProperty('negatives');
        expect(agreement).not.toHaveProperty('requiresRatification');
        const mechanism = result.output!.mechanisms[0]!;
        expect(mechanism).not.toHaveProperty('lead');
        expect(mechanism).not.toHaveProperty('participants');
    });
});
