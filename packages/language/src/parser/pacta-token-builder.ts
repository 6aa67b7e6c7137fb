import { DefaultTokenBuilder, type GrammarAST, RegExpUtils } from 'langium';

/** Chevrotain's token type (Langium does not re-export it; the language does not depend on Chevrotain itself). */
type TokenType = Extract<ReturnType<DefaultTokenBuilder['buildTokens']>, unknown[]>[number];

/**
 * Langium's token builder, with the same tokens built faster: to find the terminals a keyword
 * is a prefix of (its `LONGER_ALT`), Langium turns each terminal's regular expression into a
 * "partial" one again for every keyword, hundreds of keywords × every terminal, a third of the
 * lexer's set-up at every start of the CLI. Here each terminal's partial expression is made
 * once per build and tested against every keyword, as Langium tests it.
 */
export class PactaTokenBuilder extends DefaultTokenBuilder {
    private partials = new WeakMap<RegExp, RegExp>();

    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        const longerAlts: TokenType[] = [];
        for (const token of terminalTokens) {
            const pattern = regexOf(token);
            if (pattern instanceof RegExp ? this.partiallyMatches(pattern, keyword.value) : typeof pattern === 'function' && pattern(keyword.value, 0, [], {}) !== null) {
                longerAlts.push(token);
            }
        }
        return longerAlts;
    }

    /** Langium's `partialMatches(new RegExp('^' + source + '$', flags), text)`, with the partial expression kept. */
    private partiallyMatches(pattern: RegExp, text: string): boolean {
        let partial = this.partials.get(pattern);
        if (!partial) {
            partial = RegExpUtils.partialRegExp(new RegExp('^' + pattern.source + '$', pattern.flags));
            this.partials.set(pattern, partial);
        }
        partial.lastIndex = 0; // a shared expression: no state from the last keyword (flags g or y)
        const match = text.match(partial);
        return !!match && match[0].length > 0;
    }
}

/** The pattern Langium's `findLongerAlt` reads from a terminal token. */
function regexOf(token: TokenType): unknown {
    if (token.PATTERN instanceof RegExp) return token.PATTERN;
    if ('regex' in token && (token as { regex?: unknown }).regex instanceof RegExp) return (token as { regex: RegExp }).regex;
    return token.PATTERN;
}
