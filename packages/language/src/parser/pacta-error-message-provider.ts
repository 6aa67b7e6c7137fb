import type { CstUtils, LangiumCoreServices } from 'langium';
import { excerpt } from '../text/visible-text.js';
import { BLOCK_CONTENTS, DECLARATION_KEYWORDS, RULE_WORDS, tokenWords } from './syntax-vocabulary.js';

type IParserErrorMessageProvider = LangiumCoreServices['parser']['ParserErrorMessageProvider'];
export type IToken = Parameters<typeof CstUtils.tokenToRange>[0];
type MismatchOptions = Parameters<IParserErrorMessageProvider['buildMismatchTokenMessage']>[0];
type NoViableAltOptions = Parameters<IParserErrorMessageProvider['buildNoViableAltMessage']>[0];
type EarlyExitOptions = Parameters<IParserErrorMessageProvider['buildEarlyExitMessage']>[0];
type NotAllInputOptions = Parameters<IParserErrorMessageProvider['buildNotAllInputParsedMessage']>[0];
type TokenType = MismatchOptions['expected'];

/** Langium suffixes its rule names with a zero-width space. */
export function ruleNameOf(name: string | undefined): string {
    return (name ?? '').replace(/\u200B/g, '');
}

/** The unexpected token as a message quotes it: short and visible, or "the end of the file". */
export function found(token: IToken | undefined): string {
    if (!token || token.tokenType?.name === 'EOF' || token.image === '') return 'the end of the file';
    return `\`${excerpt(token.image)}\``;
}

/** At most this many alternatives are named when a rule has no words of its own. */
const MAX_ALTERNATIVES = 6;

/**
 * The parser's messages, written for a person: what was expected, in words and with an example
 * (never a token type or a list of 50 token sequences), and what was found instead. They are
 * refined with the place and a targeted hint by `explainSyntaxError` when they become diagnostics.
 * Each message is built in time bounded by the grammar, not by the input.
 */
export class PactaParserErrorMessageProvider implements IParserErrorMessageProvider {
    buildMismatchTokenMessage(options: MismatchOptions): string {
        const rule = ruleNameOf(options.ruleName);
        const expected = options.expected.name;
        if (expected === 'EOF') return notADeclaration(options.actual);
        const block = BLOCK_CONTENTS[rule];
        if (expected === '}' && block) {
            return `${capitalise(found(options.actual))} cannot be written here: expected ${block.what}, or \`}\` to close the block.`;
        }
        return `Expected ${tokenWords(expected)}, but found ${found(options.actual)}.`;
    }

    buildNotAllInputParsedMessage(options: NotAllInputOptions): string {
        if (options.firstRedundant.image === '}') return 'This `}` closes nothing: every block is already closed.';
        return notADeclaration(options.firstRedundant);
    }

    buildNoViableAltMessage(options: NoViableAltOptions): string {
        return `Expected ${expectedWords(options.ruleName, options.expectedPathsPerAlt)}, but found ${found(options.actual[0])}.`;
    }

    buildEarlyExitMessage(options: EarlyExitOptions): string {
        return `Expected ${expectedWords(options.ruleName, [options.expectedIterationPaths])}, but found ${found(options.actual[0])}.`;
    }
}

function notADeclaration(token: IToken): string {
    return `${capitalise(found(token))} does not start a declaration (${DECLARATION_KEYWORDS}).`;
}

/** The rule's own words, else the first tokens of its alternatives (at most `MAX_ALTERNATIVES`). */
function expectedWords(ruleName: string, paths: TokenType[][][]): string {
    const words = RULE_WORDS[ruleNameOf(ruleName)];
    if (words) return words;
    const firsts: string[] = [];
    for (const alternative of paths) {
        for (const path of alternative) {
            const first = path[0];
            if (!first) continue;
            const word = tokenWords(first.name);
            if (!firsts.includes(word)) firsts.push(word);
            if (firsts.length > MAX_ALTERNATIVES) break;
        }
        if (firsts.length > MAX_ALTERNATIVES) break;
    }
    if (firsts.length === 0) return 'something else';
    if (firsts.length > MAX_ALTERNATIVES) return `${firsts.slice(0, MAX_ALTERNATIVES).join(', ')}, …`;
    return firsts.length === 1 ? firsts[0]! : `${firsts.slice(0, -1).join(', ')} or ${firsts.at(-1)!}`;
}

export function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
