import { describe, expect, test } from 'vitest';
import { type Agreement, type Commitment, addDecimals, amountTotals, compileSources } from '../../src/index.js';

const PRELUDE = 'bloc EU "European Union"\nstate US "United States"\nstate JP "Japan"\n';

async function compile(text: string) {
    const result = await compileSources({ 'prelude.pacta': PRELUDE, 'a.pacta': text });
    const findings = result.diagnostics.filter(d => d.severity === 'error' || d.severity === 'warning');
    return { output: result.output!, findings: findings.map(d => `${d.code} ${d.message}`) };
}

describe('figures (1.4): quantities typed in the JSON, never a float', () => {
    /**
     * A sentence of a real public text: Regulation (EU) 2024/1252 of the European Parliament and of
     * the Council of 11 April 2024 (the Critical Raw Materials Act), Official Journal of the
     * European Union, L series, 3 May 2024, http://data.europa.eu/eli/reg/2024/1252/oj,
     * Article 5(1)(a): by 2030 the Union's extraction capacity approaches or reaches "at least 10 %
     * of the Union's annual consumption of strategic raw materials" (40 % for processing, 25 % for
     * recycling); Article 5(1)(b): no single third country provides more than 65 %.
     */
    test('the CRMA Article 5(1) benchmarks', async () => {
        const { output, findings } = await compile(`
source crma_oj "Regulation (EU) 2024/1252" { url "http://data.europa.eu/eli/reg/2024/1252/oj" }
instrument crma "Critical Raw Materials Act" {
    binding
    parties EU
    commitment capacity_benchmarks {
        by EU
        shall "strengthen the strategic raw materials value chain"
        due year 2030
        figure extraction_benchmark at least 10 % "of the Union's annual consumption of strategic raw materials" { cite crma_oj "Article 5(1)(a)" }
        figure processing_benchmark at least 40 % "of the Union's annual consumption of strategic raw materials" { cite crma_oj "Article 5(1)(a)" }
        figure recycling_benchmark at least 25 % "of the Union's annual consumption of strategic raw materials" { cite crma_oj "Article 5(1)(a)" }
        figure single_country_ceiling up to 65 % "from any single third country" { cite crma_oj "Article 5(1)(b)" }
    }
}
`);
        expect(findings).toEqual([]);
        const commitment = output.commitments.find(c => c.id === 'crma.capacity_benchmarks') as Commitment;
        expect(commitment.figures?.map(f => [f.name, f.quantity.qualifier, f.quantity.value, f.quantity.unit])).toEqual([
            ['extraction_benchmark', 'at least', '10', { kind: 'percent' }],
            ['processing_benchmark', 'at least', '40', { kind: 'percent' }],
            ['recycling_benchmark', 'at least', '25', { kind: 'percent' }],
            ['single_country_ceiling', 'up to', '65', { kind: 'percent' }]
        ]);
        const first = commitment.figures![0]!;
        expect(first.quantity.text).toBe('at least 10 %');
        expect(first.label).toBe("of the Union's annual consumption of strategic raw materials");
        expect(first.citations).toEqual([{ source: 'crma_oj', locator: 'Article 5(1)(a)' }]);
        expect(first.uncertain).toBe(false);
        expect(typeof first.quantity.value).toBe('string');
    });

    test('counts, periods, money, scales and rates', async () => {
        const { output, findings } = await compile(`
agreement a "A" {
    parties US, JP
    figure votes 338 votes "in favour"
    figure board 6 "members, 3 from each side"
    figure supply 60 days "of supply"
    figure notice 10 business days
    figure term 7 years "of the loan"
    figure people 1.5 million people
    figure loan more than 0.1 billion USD committed
    figure output less than 5 thousand tonnes per year
    figure share 12.5 percent
}
`);
        expect(findings).toEqual([]);
        const agreement = output.agreements.find(x => x.id === 'a') as Agreement;
        expect(Object.fromEntries(agreement.figures!.map(f => [f.name, f.quantity]))).toEqual({
            votes: { text: '338 votes', qualifier: 'exactly', value: '338', unit: { kind: 'count', noun: 'votes' } },
            board: { text: '6', qualifier: 'exactly', value: '6', unit: { kind: 'count' } },
            supply: { text: '60 days', qualifier: 'exactly', value: '60', unit: { kind: 'duration', unit: 'day' } },
            notice: { text: '10 business days', qualifier: 'exactly', value: '10', unit: { kind: 'duration', unit: 'business_day' } },
            term: { text: '7 years', qualifier: 'exactly', value: '7', unit: { kind: 'duration', unit: 'year' } },
            people: { text: '1.5 million people', qualifier: 'exactly', value: '1500000', unit: { kind: 'count', noun: 'people' } },
            loan: { text: 'more than 0.1 billion USD committed', qualifier: 'more than', value: '100000000', unit: { kind: 'money', currency: 'USD', minorUnits: 2 }, purpose: 'committed' },
            output: { text: 'less than 5 thousand tonnes per year', qualifier: 'less than', value: '5000', unit: { kind: 'count', noun: 'tonnes' }, per: 'year' },
            share: { text: '12.5 percent', qualifier: 'exactly', value: '12.5', unit: { kind: 'percent' } }
        });
    });

    test('an amount per unit, with a purpose and `more than`', async () => {
        const { output, findings } = await compile(`
agreement a "A" {
    parties US, JP
    mechanism credit: grant { amount 7_500 USD per vehicle committed }
    mechanism trade: offtake_agreement { amount more than 1 billion USD forecast }
    mechanism plain: grant { amount 5 USD }
}
`);
        expect(findings).toEqual([]);
        const amount = (id: string) => output.mechanisms.find(m => m.id === id)!.amount;
        expect(amount('a.credit')).toEqual({
            text: '7_500 USD per vehicle committed',
            qualifier: 'exactly',
            value: '7500',
            currency: 'USD',
            minorUnits: 2,
            scope: 'total',
            per: 'vehicle',
            purpose: 'committed'
        });
        expect(amount('a.trade')).toMatchObject({ qualifier: 'more than', value: '1000000000', purpose: 'forecast' });
        // An amount without `per` or a purpose is written as in 1.3.
        expect(Object.keys(amount('a.plain')!)).toEqual(['text', 'qualifier', 'value', 'currency', 'minorUnits', 'scope']);
        expect(output.mechanisms.every(m => m.figures === undefined)).toBe(true);
    });

    test('warnings: a share above 100 %, a purpose on a count, an unknown currency', async () => {
        const { findings } = await compile(`
agreement a "A" {
    parties US, JP
    figure share 150 %
    figure votes 338 votes committed
    figure loan 5 USX
}
`);
        expect(findings).toEqual([
            'pacta/percent-over-hundred 150 % is more than the whole: a share is at most 100 %.',
            "pacta/purpose-without-money 'committed' says what an amount of money is, but this figure is a count.",
            "pacta/unknown-currency 'USX' is not an ISO 4217 currency code."
        ]);
    });
});

describe('amountTotals (1.4): money is added up only where it means the same', () => {
    test('a forecast is not summed with committed money; an amount per unit is never summed', async () => {
        const { output, findings } = await compile(`
agreement a "A" {
    parties US, JP
    mechanism loan: loan { amount 1.5 billion USD committed }
    mechanism grant: grant { amount 250 million USD committed figure top_up 0.25 USD committed }
    mechanism trade: offtake_agreement { amount more than 1 billion USD forecast }
    mechanism credit: grant { amount 7_500 USD per vehicle committed }
    mechanism fund: investment_fund { amount 2 billion JPY }
}
`);
        expect(findings).toEqual([]);
        expect(amountTotals(output)).toEqual([
            { currency: 'JPY', purpose: 'unstated', value: '2000000000', approximate: false, from: ['a.fund'] },
            { currency: 'USD', purpose: 'committed', value: '1750000000.25', approximate: false, from: ['a.grant', 'a.loan', 'a.grant#top_up'] },
            { currency: 'USD', purpose: 'forecast', value: '1000000000', approximate: true, from: ['a.trade'] }
        ]);
    });

    test('addDecimals is exact', () => {
        expect(addDecimals('0.1', '0.2')).toBe('0.3');
        expect(addDecimals('9007199254740993', '1.05')).toBe('9007199254740994.05');
        expect(addDecimals('0', '7')).toBe('7');
        expect(addDecimals('1.5', '2.5')).toBe('4');
    });
});
