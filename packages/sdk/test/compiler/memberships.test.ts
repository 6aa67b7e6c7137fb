import { describe, expect, test } from 'vitest';
import { compileSources } from '../../src/index.js';
import { expectValidOutput } from '../support.js';

const PARTIES = `
state US "United States"
state AU "Australia"
state IN "India"
state GB "United Kingdom"
source fact_sheet "MSP fact sheet" { url "https://example.org/msp" }
`;

describe('memberships', () => {
    test('of a partnership: founding members, members that joined or left, with dates, citations and uncertainty', async () => {
        const result = await compileSources({
            'msp.pacta': `${PARTIES}
organisation msp "Minerals Security Partnership" {
    members US, AU
    member IN joined 2023-06-22 { cite fact_sheet "p. 2" }
    member GB joined 2022-06 left 2024-01-01 { uncertain }
}`
        });
        expectValidOutput(result);
        expect(result.errorCount).toBe(0);
        const msp = result.output!.parties.find(p => p.id === 'msp')!;
        // Members that joined later are members too.
        expect(msp.members).toEqual(['US', 'AU', 'IN', 'GB']);
        expect(msp.memberships).toHaveLength(2);
        const [india, uk] = msp.memberships!;
        expect(Object.keys(india!)).toEqual(['party', 'joined', 'citations', 'uncertain', 'location']);
        expect(india).toMatchObject({
            party: 'IN',
            joined: { status: 'resolved', value: '2023-06-22', precision: 'day', relative: false, text: '2023-06-22' },
            citations: [{ source: 'fact_sheet', locator: 'p. 2' }],
            uncertain: false,
            location: { file: 'msp.pacta', line: 10 }
        });
        expect(india).not.toHaveProperty('left');
        expect(Object.keys(uk!)).toEqual(['party', 'joined', 'left', 'citations', 'uncertain', 'location']);
        expect(uk).toMatchObject({
            party: 'GB',
            joined: { status: 'resolved', value: '2022-06', precision: 'month' },
            left: { status: 'resolved', value: '2024-01-01', precision: 'day' },
            citations: [],
            uncertain: true
        });
    });

    test('keys in schema order; every party and agreement has memberships, empty when none', async () => {
        const result = await compileSources({ 'a.pacta': `${PARTIES}\nagreement a "A" { parties US }` });
        expectValidOutput(result);
        const us = result.output!.parties.find(p => p.id === 'US')!;
        expect(us.memberships).toEqual([]);
        expect(Object.keys(us).indexOf('memberships')).toBe(Object.keys(us).indexOf('members') + 1);
        const agreement = result.output!.agreements[0]!;
        expect(agreement.memberships).toEqual([]);
        const keys = Object.keys(agreement);
        expect(keys.indexOf('memberships')).toBe(keys.indexOf('sectors') + 1);
        expect(keys.indexOf('events')).toBe(keys.indexOf('memberships') + 1);
    });

    test('of an agreement: a party that joins later gets the role `party` and may commit', async () => {
        const result = await compileSources({
            'a.pacta': `${PARTIES}
agreement msp "Minerals Security Partnership" {
    parties US, AU
    announced 2022-06-14
    member IN joined 2023-06-22 { cite fact_sheet }
    commitment c { by IN shall "co-finance projects" due 2024-06-30 }
}`
        });
        expectValidOutput(result);
        expect(result.diagnostics.map(d => d.code)).toEqual([]);
        const msp = result.output!.agreements.find(a => a.id === 'msp')!;
        expect(msp.roles).toEqual([
            { party: 'US', role: 'party' },
            { party: 'AU', role: 'party' },
            { party: 'IN', role: 'party' }
        ]);
        expect(msp.memberships).toEqual([
            expect.objectContaining({
                party: 'IN',
                joined: expect.objectContaining({ value: '2023-06-22' }),
                citations: [{ source: 'fact_sheet' }],
                uncertain: false
            })
        ]);
    });

    test('relative dates resolve through the same resolver as events; an anchor without a date stays unresolved', async () => {
        const result = await compileSources({
            'a.pacta': `${PARTIES}
agreement a "A" {
    parties US
    signed 2024-01-15
    event accession "Accession"
    member AU joined 30 days after signed
    member IN joined 10 days after accession
}`
        });
        expectValidOutput(result);
        const [au, india] = result.output!.agreements[0]!.memberships!;
        expect(au!.joined).toMatchObject({ status: 'resolved', value: '2024-02-14', relative: true });
        expect(au!.joined!.chain.length).toBeGreaterThan(0);
        expect(india!.joined).toMatchObject({ status: 'unresolved', value: null });
    });

    test('the membership findings reach the SDK', async () => {
        const result = await compileSources({
            'a.pacta': `${PARTIES}
organisation msp "MSP" {
    members US
    member US joined 2023-01-01
    member IN joined 2024-05-01 left 2023-01-01
}`
        });
        expect(result.diagnostics.map(d => d.code)).toEqual(['pacta/duplicate-member', 'pacta/membership-date-order']);
    });
});

describe('strictSources', () => {
    const text = `${PARTIES}
agreement a "A" {
    parties US
    signed 2024-01-01
}
agreement b "B" {
    cite fact_sheet
    parties US
    signed 2024-01-01
}`;

    test('off by default: facts without a source are not reported', async () => {
        const result = await compileSources({ 'a.pacta': text });
        expect(result.diagnostics).toEqual([]);
    });

    test('on: pacta/missing-source warnings for the facts of a, none for b (cited on the agreement)', async () => {
        const result = await compileSources({ 'a.pacta': text }, { strictSources: true });
        expect(result.diagnostics.map(d => `${d.line} ${d.code} ${d.severity}`)).toEqual(['8 pacta/missing-source warning', '10 pacta/missing-source warning']);
        expect(result.warningCount).toBe(2);
        expectValidOutput(result);
        // The next compile without the option is not affected.
        expect((await compileSources({ 'a.pacta': text })).diagnostics).toEqual([]);
    });
});
