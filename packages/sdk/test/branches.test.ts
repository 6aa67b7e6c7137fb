/**
 * Conditional branches (format 1.4, issue 10 form 1) on a real public text:
 *
 * Agreement between the United States of America, the United Mexican States, and Canada (USMCA;
 * CUSMA in Canada), Chapter 34 (Final Provisions), Article 34.7 (Review and Term Extension),
 * paragraphs 2 to 4, as published by Global Affairs Canada: "Canada-United States-Mexico Agreement
 * (CUSMA) – Chapter 34 – Final provisions",
 * https://international.gc.ca/trade-commerce/trade-agreements-accords-commerciaux/agr-acc/cusma-aceum/text-texte/34.aspx?lang=eng
 *
 * 34.7(3): "If, as part of a six-year review, each Party confirms its desire to extend the term of
 * this Agreement for another 16-year period, the term of this Agreement shall be automatically
 * extended for another 16 years and the Commission shall conduct a joint review and consider term
 * extension no later than at the end of the next six-year period."
 * 34.7(4): "If, as part of a six-year review, a Party does not confirm its wish to extend the term
 * of this Agreement for another 16-year period, the Commission shall meet to conduct a joint review
 * every year for the remainder of the term of this Agreement."
 */
import { describe, expect, test } from 'vitest';
import { compileSources, listDeadlines, statusAsOf } from '../src/index.js';
import { expectValidOutput } from './support.js';

const PARTIES = `state US "United States"
state MX "Mexico"
state CA "Canada"
source usmca_chapter_34 "Canada-United States-Mexico Agreement (CUSMA) – Chapter 34 – Final provisions" {
    publisher "Global Affairs Canada"
    url "https://international.gc.ca/trade-commerce/trade-agreements-accords-commerciaux/agr-acc/cusma-aceum/text-texte/34.aspx?lang=eng"
}
`;

function usmca(taken = ''): string {
    return `agreement usmca "USMCA" {
    binding
    parties US, MX, CA
    in_force 2020-07-01
    review joint_review on the 6th anniversary of in_force { cite usmca_chapter_34 "Article 34.7(2)" }
    expiry on the 16th anniversary of in_force { cite usmca_chapter_34 "Article 34.7(1)" }
    if extended "each Party confirms its desire to extend the term of this Agreement for another 16-year period" {
        review next_review no later than 6 years after joint_review
        cite usmca_chapter_34 "Article 34.7(3)"
    } otherwise {
        review annual_review every 1 year after joint_review until expiry
        commitment annual {
            by US, MX, CA
            shall "meet to conduct a joint review every year for the remainder of the term"
            due every 1 year after joint_review until expiry
        }
        cite usmca_chapter_34 "Article 34.7(4)"
        ${taken}
    }
}
`;
}

async function compile(taken = '') {
    const result = await compileSources({ 'parties.pacta': PARTIES, 'usmca.pacta': usmca(taken) });
    expect(result.diagnostics.filter(d => d.severity === 'error' || d.severity === 'warning')).toEqual([]);
    expectValidOutput(result);
    return result.output!;
}

describe('USMCA Article 34.7(3)–(4) as a branch', () => {
    test('the agreement lists the branch with its condition, arms and citations; each member says its arm', async () => {
        const output = await compile();
        const agreement = output.agreements.find(a => a.id === 'usmca')!;
        expect(agreement.branches).toEqual([
            {
                id: 'usmca.extended',
                name: 'extended',
                condition: 'each Party confirms its desire to extend the term of this Agreement for another 16-year period',
                arms: [
                    { arm: 'if', events: ['usmca.next_review'], commitments: [], mechanisms: [], citations: [{ source: 'usmca_chapter_34', locator: 'Article 34.7(3)' }], uncertain: false },
                    {
                        arm: 'otherwise',
                        events: ['usmca.annual_review'],
                        commitments: ['usmca.annual'],
                        mechanisms: [],
                        citations: [{ source: 'usmca_chapter_34', locator: 'Article 34.7(4)' }],
                        uncertain: false
                    }
                ],
                location: expect.objectContaining({ file: 'usmca.pacta', line: 7 })
            }
        ]);
        // Members of an arm are members of the agreement, in source order.
        expect(agreement.events).toEqual(['usmca.in_force', 'usmca.joint_review', 'usmca.expiry', 'usmca.next_review', 'usmca.annual_review']);
        const event = (id: string) => output.events.find(e => e.id === id)!;
        expect(event('usmca.next_review')).toMatchObject({ branch: { id: 'usmca.extended', arm: 'if' }, date: { value: '2032-07-01', bound: 'by' } });
        expect(event('usmca.annual_review').branch).toEqual({ id: 'usmca.extended', arm: 'otherwise' });
        expect(event('usmca.joint_review').branch).toBeUndefined();
        expect(output.deadlines.find(d => d.id === 'usmca.annual.due')?.branch).toEqual({ id: 'usmca.extended', arm: 'otherwise' });
    });

    test('a chain of dates outside the branch is in an arm exactly when one of its links counts from a member of that arm', async () => {
        const chains = [
            'review r1 30 days after joint_review',
            'review r2 30 days after r1',
            'review s1 30 days after next_review',
            'review s2 30 days after s1',
            'review r3 30 days after r2',
            'review s3 30 days after s2',
            'review t1 30 days after annual_review'
        ];
        const text = usmca().replace('    if extended', `    ${chains.join('\n    ')}\n    if extended`);
        const result = await compileSources({ 'parties.pacta': PARTIES, 'usmca.pacta': text });
        expect(result.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
        const branchOf = (id: string) => result.output!.events.find(e => e.id === `usmca.${id}`)!.branch?.arm;
        expect(['r1', 'r2', 's1', 's2', 'r3', 's3', 't1'].map(branchOf)).toEqual([undefined, undefined, 'if', 'if', undefined, 'if', 'otherwise']);
    });

    test('while neither arm is taken, lists and status show both arms, labelled', async () => {
        const output = await compile();
        const rows = listDeadlines(output, { from: '2027-01-01', to: '2032-12-31' });
        expect(rows.filter(r => r.subject === 'usmca.next_review').map(r => [r.date, r.branch?.label])).toEqual([['2032-07-01', 'only if extended']]);
        expect(rows.filter(r => r.subject === 'usmca.annual_review').map(r => r.branch?.label)).toEqual(Array(6).fill('only if not extended'));
        const report = statusAsOf(output, '2027-01-01');
        const annual = report.commitments.find(c => c.id === 'usmca.annual')!;
        expect(annual.status).toBe('pending');
        expect(annual.reason).toMatch(/^only if not extended: /);
        expect(annual.branch).toMatchObject({ id: 'usmca.extended', arm: 'otherwise', state: 'conditional', label: 'only if not extended' });
        const next = report.agreements.find(a => a.id === 'usmca')!.next!;
        expect(next).toMatchObject({ event: 'usmca.annual_review', date: '2027-07-01', conditional: true, branch: { state: 'conditional' } });
        expect(report.summary.commitments).not.toHaveProperty('not_applicable');
    });

    test('once the `if` arm is recorded taken, the other arm is not applicable and off every list', async () => {
        const output = await compile('');
        const taken = await compileSources({
            'parties.pacta': PARTIES,
            'usmca.pacta': usmca().replace('        cite usmca_chapter_34 "Article 34.7(3)"', '        cite usmca_chapter_34 "Article 34.7(3)"\n        taken 2026-07-01 { cite usmca_chapter_34 }')
        });
        expect(taken.diagnostics.filter(d => d.severity === 'error' || d.severity === 'warning')).toEqual([]);
        const decided = taken.output!;
        expect(decided.agreements[0]!.branches![0]!.taken).toEqual({ arm: 'if', date: '2026-07-01', citations: [{ source: 'usmca_chapter_34' }], uncertain: false });
        const subjects = new Set(listDeadlines(decided).map(r => r.subject));
        expect(subjects.has('usmca.annual_review')).toBe(false);
        expect(subjects.has('usmca.annual')).toBe(false);
        expect(subjects.has('usmca.next_review')).toBe(true);
        expect(listDeadlines(decided).find(r => r.subject === 'usmca.next_review')!.branch).toBeUndefined();
        const report = statusAsOf(decided, '2030-01-01');
        const annual = report.commitments.find(c => c.id === 'usmca.annual')!;
        expect(annual.status).toBe('not_applicable');
        expect(annual.daysLeft).toBeUndefined();
        expect(report.summary.commitments.not_applicable).toBe(1);
        expect(report.agreements[0]!.next).toMatchObject({ event: 'usmca.next_review', date: '2032-07-01', conditional: false });
        // Without `taken`, the same document still lists the annual reviews.
        expect(listDeadlines(output).some(r => r.subject === 'usmca.annual_review')).toBe(true);
    });

    test('a date counting from a member of an arm is in that arm too, and the `taken` date counts as of its day', async () => {
        const other = `agreement follow_up "Follow-up" {
    binding
    parties US
    in_force 2020-07-01
    commitment prepare {
        by US
        shall "publish a report before the next joint review"
        due 30 days before usmca.next_review
    }
}
`;
        const source = usmca().replace('        cite usmca_chapter_34 "Article 34.7(3)"', '        cite usmca_chapter_34 "Article 34.7(3)"\n        taken 2026-07-01 { cite usmca_chapter_34 }');
        const result = await compileSources({ 'parties.pacta': PARTIES, 'usmca.pacta': usmca(), 'follow-up.pacta': other });
        expect(result.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
        const prepare = result.output!.commitments.find(c => c.id === 'follow_up.prepare')!;
        expect(prepare.branch).toEqual({ id: 'usmca.extended', arm: 'if' });
        expect(result.output!.deadlines.find(d => d.subject === 'follow_up.prepare')!.branch).toEqual({ id: 'usmca.extended', arm: 'if' });
        expect(statusAsOf(result.output!, '2032-07-01').commitments.find(c => c.id === 'follow_up.prepare')!.reason).toMatch(/^only if extended: /);
        // Taken on 2026-07-01: the day before, both arms are still conditional; from that day, the `otherwise` arm is not applicable.
        const decided = (await compileSources({ 'parties.pacta': PARTIES, 'usmca.pacta': source })).output!;
        expect(statusAsOf(decided, '2026-06-30').commitments.find(c => c.id === 'usmca.annual')!.status).not.toBe('not_applicable');
        expect(statusAsOf(decided, '2026-07-01').commitments.find(c => c.id === 'usmca.annual')!.status).toBe('not_applicable');
    });
});
