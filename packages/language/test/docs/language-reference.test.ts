/**
 * docs/language.md follows the grammar (src/pacta.langium, read through `PactaGrammar()`):
 *
 * 1. every keyword of the grammar appears in its grammar summary (the ```text block under
 *    `## Grammar summary`), punctuation aside;
 * 2. each rule's keywords appear in the production of the summary that describes it (the table
 *    `PRODUCTIONS` below, which must name every parser rule): a keyword-only rule (`Modality`,
 *    `EventKind`…) by every phrase it accepts (`will not`, `intends to`), any other rule by every
 *    keyword of its own and of the fragments it calls (`source … { kind … }`);
 * 3. the list of reserved words under `### Names` is exactly the keywords that are not names, and
 *    every keyword the `Name` rule accepts as a name is mentioned in that section.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AstUtils, GrammarAST, GrammarUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import { PactaGrammar } from '../../src/index.js';

const LANGUAGE_MD = readFileSync(fileURLToPath(new URL('../../../../docs/language.md', import.meta.url)), 'utf8');
const GRAMMAR = PactaGrammar();

/** Keywords that are punctuation: not words a reader looks up. */
const PUNCTUATION = new Set(['(', ')', ',', '.', '..', ':', '{', '}']);

/**
 * The production(s) of the summary that describe each parser rule. A fragment listed here has a
 * production of its own (`cited`) and is not inlined into the rules that call it; the others are.
 * The `Name` rule is documented under `### Names` (see the last test).
 */
const PRODUCTIONS: Record<string, readonly string[]> = {
    Document: ['file'],
    TopLevel: ['file'],
    Suppression: ['suppress'],
    Party: ['party'],
    PartyKind: ['PARTY_KIND'],
    Membership: ['membership'],
    Source: ['source'],
    Cited: ['cited'],
    Citation: ['cited'],
    MechanismKind: ['mechanism_kind'],
    Resource: ['resource'],
    ResourceKind: ['resource'],
    Stage: ['stage'],
    Agreement: ['agreement', 'member'],
    Binding: ['member'],
    RoleList: ['member'],
    Role: ['ROLE'],
    StatedNegative: ['member'],
    Event: ['event'],
    DateClaim: ['claim'],
    EventKind: ['EVENT_KIND'],
    Commitment: ['commitment'],
    Modality: ['MODALITY'],
    CommitmentStatus: ['STATUS'],
    Mechanism: ['mechanism'],
    MechanismStatus: ['MSTATUS'],
    Money: ['money'],
    MoneyQualifier: ['money'],
    Scale: ['money'],
    MoneyScope: ['money'],
    Decimal: ['money'],
    PerUnit: ['money'],
    AmountPurpose: ['PURPOSE'],
    Figure: ['figure'],
    Quantity: ['quantity'],
    PercentSign: ['quantity'],
    Relation: ['relation'],
    RelationKind: ['RELATION'],
    TimeExpr: ['time'],
    AbsoluteDate: ['time'],
    DueTime: ['due_time'],
    ByDate: ['by_date'],
    OffsetDeadline: ['time'],
    DeadlineBound: ['time'],
    TimeUnit: ['UNIT'],
    AnniversaryDeadline: ['time'],
    MonthEdgeDeadline: ['time'],
    RecurringDeadline: ['time'],
    ExtremumDeadline: ['time'],
    DateOperand: ['time'],
    OpenDeadline: ['time'],
    OpenForm: ['time'],
    SameDayDeadline: ['time'],
    DateLiteral: ['time'],
    QualifiedName: ['QNAME'],
    // Claims on a field, aliases (1.4)
    FieldNote: ['note'],
    NameClaim: ['member'],
    BindingClaim: ['member'],
    TitleClaim: ['member'],
    Aliases: ['party', 'member'],
    DueClaim: ['commitment'],
    CommitmentStatusClaim: ['commitment'],
    MechanismStatusClaim: ['mechanism'],
    MoneyClaim: ['mechanism'],
    Branch: ['branch'],
    BranchArm: ['branch'],
    Taken: ['branch']
};

/** The productions of the grammar summary: `name := text`, continuation lines appended. */
function summaryProductions(): Map<string, string> {
    const start = LANGUAGE_MD.indexOf('\n## Grammar summary');
    expect(start, 'docs/language.md has a `## Grammar summary`').toBeGreaterThanOrEqual(0);
    const block = /```text\n([\s\S]*?)\n```/.exec(LANGUAGE_MD.slice(start))?.[1] ?? '';
    const productions = new Map<string, string>();
    let current: string | undefined;
    for (const line of block.split('\n')) {
        const head = /^(\w+)\s*:=(.*)$/.exec(line);
        if (head) {
            current = head[1]!;
            productions.set(current, head[2]!);
        } else if (current !== undefined && /^\s/.test(line)) {
            productions.set(current, `${productions.get(current)!} ${line}`);
        }
    }
    return productions;
}

/** True when `phrase` occurs in `text` as whole words (punctuation anywhere). */
function mentions(text: string, phrase: string): boolean {
    const normalized = text.replace(/\s+/g, ' ');
    if (PUNCTUATION.has(phrase)) return normalized.includes(phrase);
    const escaped = phrase
        .split(' ')
        .map(word => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join(' ');
    return new RegExp(`(^|[^\\w#])${escaped}($|[^\\w])`).test(normalized);
}

function parserRule(name: string): GrammarAST.ParserRule {
    const rule = GRAMMAR.rules.find(r => r.name === name);
    if (!rule || !GrammarAST.isParserRule(rule)) throw new Error(`no parser rule ${name}`);
    return rule;
}

/** Every token sequence a keyword-only data-type rule accepts, joined by spaces; undefined for any other rule. */
function phrases(rule: GrammarAST.ParserRule): string[] | undefined {
    const expand = (element: GrammarAST.AbstractElement): string[][] | undefined => {
        let result: string[][] | undefined;
        if (GrammarAST.isKeyword(element)) result = [[element.value]];
        else if (GrammarAST.isAlternatives(element)) {
            const options = element.elements.map(expand);
            result = options.every(o => o !== undefined) ? (options.flat() as string[][]) : undefined;
        } else if (GrammarAST.isGroup(element)) {
            const parts = element.elements.map(expand);
            result = parts.every(p => p !== undefined) ? (parts as string[][][]).reduce<string[][]>((acc, options) => acc.flatMap(a => options.map(o => [...a, ...o])), [[]]) : undefined;
        } else if (GrammarAST.isRuleCall(element) && GrammarAST.isParserRule(element.rule.ref) && GrammarUtils.isDataTypeRule(element.rule.ref)) {
            result = expand(element.rule.ref.definition);
        }
        return result && element.cardinality === '?' ? [[], ...result] : result;
    };
    if (!GrammarUtils.isDataTypeRule(rule)) return undefined;
    const expanded = expand(rule.definition);
    return expanded ? [...new Set(expanded.map(tokens => tokens.join(' ')))] : undefined;
}

/** The keywords of a rule and of the fragments it calls that have no production of their own. */
function ownKeywords(rule: GrammarAST.ParserRule): string[] {
    const keywords = new Set<string>();
    const visit = (element: GrammarAST.AbstractElement): void => {
        for (const node of [element, ...AstUtils.streamAllContents(element)]) {
            if (GrammarAST.isKeyword(node)) keywords.add(node.value);
            else if (GrammarAST.isRuleCall(node)) {
                const called = node.rule.ref;
                if (GrammarAST.isParserRule(called) && called.fragment && !Object.hasOwn(PRODUCTIONS, called.name)) visit(called.definition);
            }
        }
    };
    visit(rule.definition);
    return [...keywords];
}

const allKeywords = [
    ...new Set(
        AstUtils.streamAllContents(GRAMMAR)
            .filter(GrammarAST.isKeyword)
            .map(k => k.value)
    )
].sort();
const nameKeywords = new Set(ownKeywords(parserRule('Name')));

describe('docs/language.md follows the grammar', () => {
    const productions = summaryProductions();
    const summary = [...productions.values()].join('\n');

    test('every keyword of the grammar is in the grammar summary', () => {
        expect(allKeywords.length).toBeGreaterThan(100);
        expect(allKeywords.filter(keyword => !PUNCTUATION.has(keyword) && !mentions(summary, keyword))).toEqual([]);
    });

    test('every parser rule is described by a production of the summary', () => {
        const rules = GRAMMAR.rules
            .filter(GrammarAST.isParserRule)
            .map(r => r.name)
            .filter(name => name !== 'Name' && (!parserRule(name).fragment || Object.hasOwn(PRODUCTIONS, name)));
        expect(
            rules.filter(name => !Object.hasOwn(PRODUCTIONS, name)),
            'map these rules to their production in PRODUCTIONS'
        ).toEqual([]);
        const missing = [...new Set(Object.values(PRODUCTIONS).flat())].filter(name => !productions.has(name));
        expect(missing, 'productions the summary does not have').toEqual([]);
    });

    for (const [ruleName, names] of Object.entries(PRODUCTIONS)) {
        test(`${ruleName}: its keywords are in ${names.join(' / ')}`, () => {
            const rule = parserRule(ruleName);
            const text = names.map(name => productions.get(name) ?? '').join('\n');
            const expected = phrases(rule) ?? ownKeywords(rule);
            expect(
                expected.filter(phrase => !mentions(text, phrase)),
                `not in the production ${names.join(' / ')}`
            ).toEqual([]);
        });
    }

    test('`file` lists every top-level declaration', () => {
        const topLevel = parserRule('TopLevel').definition;
        const alternatives = GrammarAST.isAlternatives(topLevel) ? topLevel.elements : [topLevel];
        const declarations = alternatives.flatMap(a => (GrammarAST.isRuleCall(a) && a.rule.ref ? [PRODUCTIONS[a.rule.ref.name]?.[0] ?? `(unmapped ${a.rule.ref.name})`] : []));
        expect(declarations.filter(name => !mentions(productions.get('file') ?? '', name))).toEqual([]);
    });

    test('the reserved words under `### Names` are the keywords that are not names, and the others are mentioned there', () => {
        const start = LANGUAGE_MD.indexOf('\n### Names');
        const section = LANGUAGE_MD.slice(start, LANGUAGE_MD.indexOf('\n## ', start + 1));
        const listed = (/```text\n([\s\S]*?)\n```/.exec(section)?.[1] ?? '').split(/\s+/).filter(Boolean).sort();
        const reserved = allKeywords.filter(k => /^\w+$/.test(k) && !nameKeywords.has(k)).sort();
        expect(listed).toEqual(reserved);
        expect([...nameKeywords].filter(k => !section.includes(`\`${k}\``)).sort()).toEqual([]);
    });
});
