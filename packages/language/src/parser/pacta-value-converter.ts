import { type CstNode, CstUtils, DefaultValueConverter, type GrammarAST, type ValueType } from 'langium';

/** Keyword phrases that the grammar spells as several tokens but the model stores as one value. */
const PHRASE_RULES = new Set(['Modality', 'DeadlineBound', 'MoneyQualifier', 'MoneyScope', 'TimeUnit', 'OpenForm']);

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
        if (rule.name === 'STRING') {
            return convertString(input);
        }
        if (PHRASE_RULES.has(rule.name)) {
            // Join the tokens, not the text: a comment between `shall` and `not` is not part of the value.
            return CstUtils.flattenCst(cstNode)
                .filter(leaf => !leaf.hidden)
                .map(leaf => leaf.text)
                .join(' ');
        }
        return super.runConverter(rule, input, cstNode);
    }
}

/**
 * The value of a quoted text: `\"` is a quote and `\\` a backslash, the only escapes (docs/language.md,
 * "Text"). Any other backslash stays as written, with the character after it (`\n` is a backslash
 * and an `n`, never a line break; `\0` never a NUL); `pacta/unknown-escape` points it out.
 */
export function convertString(input: string): string {
    let value = '';
    for (let i = 1; i < input.length - 1; i++) {
        const c = input[i]!;
        const next = input[i + 1];
        if (c === '\\' && (next === '"' || next === '\\') && i + 1 < input.length - 1) {
            value += next;
            i++;
        } else {
            value += c;
        }
    }
    return value;
}
