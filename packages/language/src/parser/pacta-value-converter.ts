import { type CstNode, CstUtils, DefaultValueConverter, GrammarAST, GrammarUtils, type ValueType } from 'langium';

/** Keyword phrases that the grammar spells as several tokens but the model stores as one value. */
const PHRASE_RULES = new Set(['Modality', 'DeadlineBound', 'MoneyQualifier', 'MoneyScope']);

/**
 * What `convert` does with the text of a rule, for a parser that wants to skip the dispatch:
 * `identity` (the text as it is), `string` (`ValueConverter.convertString`), `id`
 * (`ValueConverter.convertID`), `int` (digits without `_`, as a number), `phrase` (the rule's
 * tokens joined by one space), or `call` (anything else: call `convert`).
 */
export type ValueConversion = 'identity' | 'string' | 'id' | 'int' | 'phrase' | 'call';

export class PactaValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'INT') {
            // `12_000` is written for readability; the value is 12000.
            return Number(input.replace(/_/g, ''));
        }
        if (rule.name === 'Decimal') {
            // Money stays an exact decimal string: never a float.
            return cstNode.text.replace(/_/g, '');
        }
        if (PHRASE_RULES.has(rule.name)) {
            // Join the tokens, not the text: a comment between `shall` and `not` is not part of the value.
            return CstUtils.flattenCst(cstNode).filter(leaf => !leaf.hidden).map(leaf => leaf.text).join(' ');
        }
        return super.runConverter(rule, input, cstNode);
    }

    /**
     * How `runConverter` above (with `DefaultValueConverter.runConverter` behind it) converts the
     * text of `rule`; keep the two in step. Used by the fast parser (`pacta-fast-parser.ts`).
     */
    conversionOf(rule: GrammarAST.AbstractRule): ValueConversion {
        if (rule.name === 'INT') return 'int';
        if (rule.name === 'Decimal') return 'call';
        if (PHRASE_RULES.has(rule.name)) return 'phrase';
        switch (rule.name.toUpperCase()) {
            case 'INT': return 'call';
            case 'STRING': return 'string';
            case 'ID': return 'id';
        }
        if (!GrammarAST.isTerminalRule(rule) && !GrammarAST.isParserRule(rule)) return 'call';
        switch (GrammarUtils.getRuleType(rule)?.toLowerCase()) {
            case 'number': case 'boolean': case 'bigint': case 'date': return 'call';
            default: return 'identity';
        }
    }
}
