import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';

/**
 * How deep `earliest of ( … )` and `latest of ( … )` may nest. The parser and every later step
 * walk an expression recursively, so an expression nested 5,000 deep would exhaust the stack;
 * real agreements nest two or three levels.
 */
export const MAX_NESTING = 32;

/** The message of the finding for an expression nested deeper than `MAX_NESTING`; the validator gives it its code. */
export const TOO_DEEPLY_NESTED_MESSAGE = `This expression is nested more than ${MAX_NESTING} levels deep: the levels below are read as operands of the level ${MAX_NESTING} one, and the document is not formatted.`;

/**
 * Langium's lexer, which also bounds the nesting of expressions before the parser sees them:
 * below `MAX_NESTING` levels, each `earliest of (` / `latest of (` and its `)` are left out,
 * so their operands become operands of the deepest level kept (the token list stays
 * grammatical and linear), and one lexing error marks the first place, with its own code
 * (`pacta/too-deeply-nested`). A document with a lexing error is never formatted, so the text
 * left out is never lost.
 */
export class PactaLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        const tokens = flattenTooDeep(result.tokens);
        if (!tokens) return result;
        const first = tokens.first;
        result.errors.push({
            offset: first.startOffset,
            length: first.image.length,
            line: first.startLine,
            column: first.startColumn,
            message: TOO_DEEPLY_NESTED_MESSAGE
        });
        return { ...result, tokens: tokens.kept };
    }
}

type IToken = LexerResult['tokens'][number];

/**
 * The tokens with every group below `MAX_NESTING` levels flattened; undefined when none is. A
 * level is opened by `earliest` / `latest` (with its `of (`) or by a `(` of its own, and closed
 * by a `)`; `{` and `}` close every level (no expression spans a block). Counting the keywords
 * too bounds the parser's recursion also when the parentheses are missing (the parser would
 * insert them to recover).
 */
function flattenTooDeep(tokens: IToken[]): { kept: IToken[]; first: IToken } | undefined {
    if (!tokens.some(t => isOpener(t.tokenType.name))) return undefined;
    const kept: IToken[] = [];
    // For each open level: whether it is left out (and so its `)`).
    const open: boolean[] = [];
    let first: IToken | undefined;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        const name = token.tokenType.name;
        if (name === '{' || name === '}') {
            open.length = 0;
        } else if (isOpener(name)) {
            const drop = open.length >= MAX_NESTING;
            open.push(drop);
            // `earliest of (` is one level.
            let last = i;
            if (name !== '(' && tokens[last + 1]?.tokenType.name === 'of') last++;
            if (name !== '(' && tokens[last + 1]?.tokenType.name === '(') last++;
            if (drop) {
                first ??= token;
                i = last;
                continue;
            }
            for (let j = i; j <= last; j++) kept.push(tokens[j]!);
            i = last;
            continue;
        } else if (name === ')' && open.length > 0) {
            if (open.pop()) continue;
        }
        kept.push(token);
    }
    return first ? { kept, first } : undefined;
}

function isOpener(name: string): boolean {
    return name === '(' || name === 'earliest' || name === 'latest';
}
