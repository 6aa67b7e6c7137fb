import { describe, expect, test } from 'vitest';
import { compileSources } from '../../src/index.js';
import { strictValidator } from '../support.js';

async function compile(text: string) {
    const result = await compileSources({ 'main.pacta': text });
    expect(strictValidator()(result.output)).toBe(true);
    return result;
}

/**
 * Form 6 of issue 10 on a real public text: Regulation (EU) 2024/1252 of the European Parliament
 * and of the Council of 11 April 2024 (Critical Raw Materials Act), Official Journal of the European
 * Union, OJ L, 2024/1252, 3.5.2024, http://data.europa.eu/eli/reg/2024/1252/oj (also at
 * https://eur-lex.europa.eu/eli/reg/2024/1252/oj), Article 3(1), in the German version: "Die in
 * Anhang I Abschnitt 1 aufgeführten Rohstoffe, auch in unverarbeiteter Form, auf jeder
 * Verarbeitungsstufe und bei Anfall als Nebenprodukt anderer Gewinnungs-, Verarbeitungs- oder
 * Recyclingverfahren, gelten als strategische Rohstoffe." (the raw materials listed in Section 1 of
 * Annex I … are strategic raw materials). Annex I, Section 1 is shipped as `eu-crma-2024-strategic`.
 */
const CRMA_ARTICLE_3 = `bloc EU "European Union"
source crma_oj "Regulation (EU) 2024/1252 (Critical Raw Materials Act)" {
    kind official_text
    publisher "Official Journal of the European Union"
    published 2024-05-03
    url "http://data.europa.eu/eli/reg/2024/1252/oj", "https://eur-lex.europa.eu/eli/reg/2024/1252/oj"
}
instrument crma "Critical Raw Materials Act" {
    binding
    parties EU
    resources every eu_crma_2024_strategic
    mechanism strategic_projects: permitting_acceleration
    cite crma_oj "Article 3(1)"
}
`;

describe('kind hierarchies, reference sets, several addresses (1.4)', () => {
    test('CRMA Article 3(1): every material of Annex I, Section 1, as a typed reference set; the OJ at two addresses', async () => {
        const result = await compile(CRMA_ARTICLE_3);
        expect(result.diagnostics).toEqual([]);
        const output = result.output!;
        const crma = output.agreements.find(a => a.id === 'crma')!;
        expect(crma.resourceLists).toEqual(['eu-crma-2024-strategic']);
        expect(crma.resources).toEqual([]);
        // The list itself, with the others its materials are on (USGS...), as for any resource.
        expect(output.referenceLists!.map(list => list.id)).toContain('eu-crma-2024-strategic');
        const listed = output.resources!.filter(r => r.lists.includes('eu-crma-2024-strategic')).map(r => r.id);
        // The 17 points (a) to (q) of Annex I, Section 1, each mapped to a Pacta id.
        expect(listed).toEqual(
            expect.arrayContaining([
                'aluminium',
                'bismuth',
                'boron',
                'cobalt',
                'copper',
                'gallium',
                'germanium',
                'lithium',
                'magnesium',
                'manganese',
                'graphite',
                'nickel',
                'platinum_group_metals',
                'silicon',
                'titanium',
                'tungsten'
            ])
        );
        expect(listed).toHaveLength(17);
        expect(output.sources[0]).toMatchObject({
            url: 'http://data.europa.eu/eli/reg/2024/1252/oj',
            urls: ['http://data.europa.eu/eli/reg/2024/1252/oj', 'https://eur-lex.europa.eu/eli/reg/2024/1252/oj']
        });
    });

    test('a sub-kind has its parent and ancestors; the kinds above it are listed; one filter finds every price floor', async () => {
        const result = await compile(`state US "United States"
mechanism_kind tariff_rate_floor "Tariff-rate floor" of border_adjusted_price_floor
agreement a "A" {
    parties US
    mechanism floor: tariff_rate_floor
    mechanism plain: price_floor
    mechanism loans: loan
}
`);
        expect(result.diagnostics).toEqual([]);
        const output = result.output!;
        expect(output.mechanismKinds.map(k => [k.id, k.parent, k.ancestors, k.builtin])).toEqual([
            ['border_adjusted_price_floor', 'price_floor', ['price_floor'], true],
            ['loan', 'project_finance', ['project_finance'], true],
            ['price_floor', undefined, undefined, true],
            ['project_finance', undefined, undefined, true],
            ['tariff_rate_floor', 'border_adjusted_price_floor', ['border_adjusted_price_floor', 'price_floor'], false]
        ]);
        const kinds = new Map(output.mechanismKinds.map(k => [k.id, k]));
        const isA = (kind: string, wanted: string) => kind === wanted || (kinds.get(kind)?.ancestors ?? []).includes(wanted);
        expect(output.mechanisms.filter(m => isA(m.kind, 'price_floor')).map(m => m.id)).toEqual(['a.floor', 'a.plain']);
    });

    test('a cycle of kinds and an unknown parent are errors, and the output stays bounded', async () => {
        const result = await compileSources({
            'main.pacta': `mechanism_kind a "A" of b
mechanism_kind b "B" of a
mechanism_kind c "C" of pricefloor
`
        });
        expect(result.diagnostics.map(d => `${d.line}:${d.column} ${d.code}`)).toEqual(['1:25 pacta/kind-cycle', '2:25 pacta/kind-cycle', '3:25 pacta/unresolved-reference']);
        expect(result.diagnostics[2]!.hint).toContain("Did you mean 'price_floor'?");
    });

    test('one address stays `url` only (a 1.3 document is unchanged); an unknown list keeps its name as written', async () => {
        const result = await compileSources({
            'main.pacta': `source s "S" { url "https://example.org" }
agreement a "A" { resources every usgs_2052 }
`
        });
        expect(result.diagnostics.map(d => d.code)).toEqual(['pacta/unknown-reference-list']);
        const output = result.output ?? (result as unknown as { partialOutput?: typeof result.output }).partialOutput;
        if (output) {
            expect(output.sources[0]).not.toHaveProperty('urls');
            expect(output.agreements[0]!.resourceLists).toEqual(['usgs_2052']);
        }
    });
});
