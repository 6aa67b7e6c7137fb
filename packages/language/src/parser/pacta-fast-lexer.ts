/**
 * The tokens of well-formed Pacta text, as Langium's (Chevrotain) lexer finds them, found
 * without Chevrotain and without a token object per token: for the fast parser. It gives up
 * (returns undefined) on anything Chevrotain would report as a lexing error, and on anything it
 * was not written for; the caller then uses Langium's lexer and parser.
 *
 * Chevrotain tries the token types in the order Langium defines them — the keywords, longest
 * first, then the terminals in grammar order — and takes the first that matches, unless the
 * longer alternative of a keyword (here `ID`) matches more. With Pacta's tokens that is:
 * whitespace is skipped (`WS`); `/` starts a comment (`ML_COMMENT`, then `SL_COMMENT`); a digit
 * starts `DATE`, `ORDINAL`, `DECIMAL` or `INT`, tried in that order with the grammar's own
 * regular expressions; `"` starts a `STRING`; a letter or `_` starts a word, which is a keyword
 * if it is one and an `ID` otherwise; `#suppress`, `{`, `}`, `,`, `:` and `.` are keywords.
 */
import { GrammarAST, GrammarUtils, type LangiumCoreServices, type Lexer } from 'langium';

type TokenType = ReturnType<Lexer['tokenize']>['tokens'][number]['tokenType'];

/** Tokens as parallel arrays: the name of each token's type (a keyword's text or a terminal's name), its type, offset and length. */
export interface FastTokens {
    readonly names: string[];
    readonly types: TokenType[];
    readonly offsets: number[];
    readonly lengths: number[];
    /** The comments (hidden tokens), in the same form. */
    readonly hiddenTypes: TokenType[];
    readonly hiddenOffsets: number[];
    readonly hiddenLengths: number[];
}

/** The terminals and keywords this lexer handles, and how each terminal is marked. */
const TERMINALS = ['WS', 'ML_COMMENT', 'SL_COMMENT', 'DATE', 'ORDINAL', 'DECIMAL', 'INT', 'ID', 'STRING'] as const;
const SYMBOLS = new Set(['#suppress', '{', '}', ',', ':', '.']);
const WORD = /^[_a-zA-Z]\w*$/;

export class PactaFastLexer {
    private readonly types = new Map<string, TokenType>();
    private readonly keywords = new Set<string>();
    private readonly patterns: Record<(typeof TERMINALS)[number], RegExp>;

    /** Throws when the grammar's tokens are not those this lexer was written for. */
    constructor(services: LangiumCoreServices) {
        const definition = services.parser.Lexer.definition as Record<string, TokenType>;
        const terminals = new Map<string, GrammarAST.TerminalRule>();
        for (const rule of services.Grammar.rules) {
            if (GrammarAST.isTerminalRule(rule) && !rule.fragment) terminals.set(rule.name, rule);
        }
        const expected = new Set<string>(TERMINALS);
        if (terminals.size !== expected.size || [...terminals.keys()].some(name => !expected.has(name))) {
            throw new Error('the terminals are not those the fast lexer was written for');
        }
        const patterns: Partial<Record<string, RegExp>> = {};
        for (const [name, rule] of terminals) {
            const regex = GrammarUtils.terminalRegex(rule);
            if (regex.flags.includes('u') || regex.flags.includes('s')) throw new Error(`terminal ${name} needs a custom pattern`);
            patterns[name] = new RegExp(regex.source, regex.flags + 'y');
            const hidden = rule.hidden;
            if (hidden !== (name === 'WS' || name === 'ML_COMMENT' || name === 'SL_COMMENT')) throw new Error(`terminal ${name} is not marked as expected`);
        }
        this.patterns = patterns as Record<(typeof TERMINALS)[number], RegExp>;
        for (const [name, type] of Object.entries(definition)) {
            this.types.set(name, type);
            if (terminals.has(name)) continue;
            if (!WORD.test(name) && !SYMBOLS.has(name)) throw new Error(`keyword ${name} is not one the fast lexer handles`);
            this.keywords.add(name);
        }
        for (const name of [...TERMINALS, ...SYMBOLS]) {
            if (!this.types.has(name)) throw new Error(`no token type ${name}`);
        }
    }

    tokenize(text: string): FastTokens | undefined {
        const names: string[] = [];
        const types: TokenType[] = [];
        const offsets: number[] = [];
        const lengths: number[] = [];
        const hiddenTypes: TokenType[] = [];
        const hiddenOffsets: number[] = [];
        const hiddenLengths: number[] = [];
        const { WS, ML_COMMENT, SL_COMMENT, DATE, ORDINAL, DECIMAL, INT, ID, STRING } = this.patterns;
        const typeOf = this.types;
        const keywords = this.keywords;
        const push = (name: string, offset: number, length: number): void => {
            names.push(name);
            types.push(typeOf.get(name)!);
            offsets.push(offset);
            lengths.push(length);
        };
        const match = (pattern: RegExp, offset: number): number => {
            pattern.lastIndex = offset;
            return pattern.test(text) ? pattern.lastIndex - offset : -1;
        };
        const length = text.length;
        let i = 0;
        while (i < length) {
            const c = text.charCodeAt(i);
            let n: number;
            if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) {
                // A word: the keyword it spells, or an identifier (a keyword followed by more word
                // characters is an identifier: its longer alternative wins).
                n = match(ID, i);
                const word = text.substring(i, i + n);
                push(keywords.has(word) ? word : 'ID', i, n);
            } else if (c >= 48 && c <= 57) {
                let name: string;
                if ((n = match(DATE, i)) > 0) name = 'DATE';
                else if ((n = match(ORDINAL, i)) > 0) name = 'ORDINAL';
                else if ((n = match(DECIMAL, i)) > 0) name = 'DECIMAL';
                else if ((n = match(INT, i)) > 0) name = 'INT';
                else return undefined;
                push(name, i, n);
            } else if (c === 34 /* " */) {
                if ((n = match(STRING, i)) <= 0) return undefined;
                push('STRING', i, n);
            } else if (c === 47 /* / */) {
                let name: string;
                if ((n = match(ML_COMMENT, i)) > 0) name = 'ML_COMMENT';
                else if ((n = match(SL_COMMENT, i)) > 0) name = 'SL_COMMENT';
                else return undefined;
                hiddenTypes.push(typeOf.get(name)!);
                hiddenOffsets.push(i);
                hiddenLengths.push(n);
            } else if (c === 123 || c === 125 || c === 44 || c === 58 || c === 46) {
                n = 1;
                push(text[i]!, i, 1);
            } else if (c === 35 /* # */) {
                if (!text.startsWith('#suppress', i)) return undefined;
                n = 9;
                push('#suppress', i, n);
            } else if ((n = match(WS, i)) > 0) {
                // Skipped.
            } else {
                return undefined;
            }
            i += n;
        }
        return { names, types, offsets, lengths, hiddenTypes, hiddenOffsets, hiddenLengths };
    }
}
