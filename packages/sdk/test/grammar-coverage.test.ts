import { PactaGrammar } from '@pacta/language';
import { GrammarAST } from 'langium';
import { describe, expect, test } from 'vitest';
import { compileSources } from '../src/index.js';
import { schemaFile } from './support.js';

type Node = Record<string, any>;

/** Every token sequence a keyword-only data-type rule of the grammar accepts, joined by spaces. */
function phrases(ruleName: string): string[] {
    const grammar = PactaGrammar();
    const rule = grammar.rules.find(r => r.name === ruleName);
    if (!rule || !GrammarAST.isParserRule(rule)) throw new Error(`no rule ${ruleName}`);
    const expand = (element: GrammarAST.AbstractElement): string[][] => {
        let result: string[][];
        if (GrammarAST.isKeyword(element)) result = [[element.value]];
        else if (GrammarAST.isAlternatives(element)) result = element.elements.flatMap(expand);
        else if (GrammarAST.isGroup(element)) {
            result = element.elements.map(expand).reduce<string[][]>((acc, options) => acc.flatMap(a => options.map(o => [...a, ...o])), [[]]);
        } else if (GrammarAST.isRuleCall(element) && GrammarAST.isParserRule(element.rule.ref)) result = expand(element.rule.ref.definition);
        else throw new Error(`${ruleName}: not a keyword rule (${element.$type})`);
        return element.cardinality === '?' ? [[], ...result] : result;
    };
    return [...new Set(expand(rule.definition).map(tokens => tokens.join(' ')))].sort();
}

function enumOf(def: string, property: string): string[] {
    const node = (schemaFile['$defs'] as Node)[def]['properties'][property] as Node;
    const target = node['$ref'] ? (schemaFile['$defs'] as Node)[String(node['$ref']).split('/').pop()!] : node['type'] === 'array' ? node['items'] : node;
    return [...(target['enum'] as string[])].sort();
}

/** The closed sets of the model follow the grammar: a keyword added to the language must reach the schema. */
describe('schema enums cover the grammar', () => {
    test.each([
        ['PartyKind', 'party', 'kind'],
        ['EventKind', 'event', 'kind'],
        ['Modality', 'commitment', 'modality'],
        ['CommitmentStatus', 'commitment', 'status'],
        ['MechanismStatus', 'mechanism', 'status'],
        ['RelationKind', 'relation', 'kind'],
        ['MoneyQualifier', 'money', 'qualifier']
    ])('%s → %s.%s', (rule, def, property) => {
        expect(enumOf(def, property)).toEqual(phrases(rule));
    });

    test('Role (plural in the language, singular in the model)', () => {
        const singular: Record<string, string> = {
            parties: 'party',
            signatories: 'signatory',
            lead: 'lead',
            implementing: 'implementing',
            beneficiaries: 'beneficiary',
            observers: 'observer',
            participants: 'participant',
            chair: 'chair'
        };
        const roles = (schemaFile['$defs'] as Node)['agreement']['properties']['roles']['items']['properties']['role']['enum'] as string[];
        expect([...roles].sort()).toEqual(
            phrases('Role')
                .map(r => singular[r] ?? `unmapped ${r}`)
                .sort()
        );
        // A stated negative (`excludes parties X`, 1.4) names the same roles.
        expect((schemaFile['$defs'] as Node)['agreement']['properties']['negatives']['items']['properties']['role']['enum']).toEqual(roles);
    });

    test('MoneyScope: `each` and `in total`', () => {
        expect(phrases('MoneyScope')).toEqual(['each', 'in total']);
        expect(enumOf('money', 'scope')).toEqual(['each', 'total']);
    });

    test('agreement forms and binding', () => {
        expect(phrases('Binding')).toEqual(['binding', 'nonbinding']);
        expect(enumOf('agreement', 'binding')).toEqual(['binding', 'nonbinding', 'unknown']);
    });
});

describe('every keyword of the closed sets reaches the output', () => {
    test('party kinds, event kinds, modalities, statuses, relation kinds, money qualifiers and scopes', async () => {
        const partyKinds = phrases('PartyKind');
        const eventKinds = phrases('EventKind');
        const modalities = phrases('Modality');
        const commitmentStatuses = phrases('CommitmentStatus');
        const mechanismStatuses = phrases('MechanismStatus');
        const relationKinds = phrases('RelationKind');
        const qualifiers = phrases('MoneyQualifier');
        const text = [
            'state US "United States"',
            ...partyKinds.filter(k => k !== 'state').map((kind, i) => `${kind} p${i} "P${i}" of US`),
            'agreement other "Other" { parties US }',
            'agreement a "A" {',
            '    parties US',
            ...eventKinds.map((kind, i) => `    ${kind} e${i} 2026-01-0${(i % 9) + 1}`),
            ...modalities.map((modality, i) => `    commitment m${i} { by US ${modality} "x" status ${commitmentStatuses[i % commitmentStatuses.length]} }`),
            ...commitmentStatuses.map((status, i) => `    commitment s${i} { by US will "x" status ${status} }`),
            ...mechanismStatuses.map((status, i) => `    mechanism k${i}: price_floor { status ${status} amount ${qualifiers[i % qualifiers.length]} 5 USD }`),
            ...qualifiers.map((qualifier, i) => `    mechanism q${i}: price_floor { amount ${qualifier} 5 USD in total }`),
            ...relationKinds.map(kind => `    ${kind} other`),
            '}'
        ].join('\n');
        const result = await compileSources({ 'a.pacta': text });
        expect(result.diagnostics.filter(d => d.code === 'pacta/syntax-error')).toEqual([]);
        const out = result.output!;
        expect([...new Set(out.parties.map(p => p.kind))].sort()).toEqual(partyKinds);
        expect([...new Set(out.events.map(e => e.kind))].sort()).toEqual(eventKinds);
        expect([...new Set(out.commitments.map(c => c.modality))].sort()).toEqual(modalities);
        expect([...new Set(out.commitments.map(c => c.status))].sort()).toEqual(commitmentStatuses);
        expect([...new Set(out.mechanisms.map(m => m.status).filter(Boolean))].sort()).toEqual(mechanismStatuses);
        expect([...new Set(out.mechanisms.map(m => m.amount!.qualifier))].sort()).toEqual(qualifiers);
        expect([...new Set(out.relations.map(r => r.kind))].sort()).toEqual(relationKinds);
    });
});
