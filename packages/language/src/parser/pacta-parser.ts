import {
    type AstNode,
    type CompositeCstNode,
    type CstNode,
    CstUtils,
    type LangiumCoreServices,
    type LangiumParser,
    type ParseResult,
    type RootCstNode,
    createLangiumParser,
    prepareLangiumParser
} from 'langium';
import { pruneRecoveredNodes } from './recovered-nodes.js';

/** What is added to the first syntax error when the rest of the document could not be read. */
export const NOT_READ_PAST = ' (the text after it is not read: it has too many syntax errors in a row to recover from)';

/**
 * Langium's parser, which never throws for a document. The parser recovers from a syntax error by
 * skipping tokens, and each recovery inside one list (the members of an agreement, the operands
 * of an `earliest of`) calls itself again: thousands of errors in one list exhaust the call stack.
 * Then the document is parsed again without recovery: it stops at its first error, which says
 * that the rest is not read.
 */
export function createPactaParser(services: LangiumCoreServices, options: { eagerLookahead?: boolean } = {}): LangiumParser {
    const parser = prepareLangiumParser(services);
    // `eagerLookahead`: Chevrotain's own way, for the test that compares both.
    if (!options.eagerLookahead) lookaheadOnFirstUse(parser);
    parser.finalize();
    linearHiddenNodes(parser);
    resyncAtLineStarts(parser);
    const parse = parser.parse.bind(parser);
    let withoutRecovery: LangiumParser | undefined;
    parser.parse = <T extends AstNode>(input: string, options?: Parameters<LangiumParser['parse']>[1]): ParseResult<T> => {
        try {
            const result = parse<T>(input, options);
            pruneRecoveredNodes(result, input);
            return result;
        } catch (error) {
            if (!(error instanceof RangeError)) throw error;
            // What a parse that threw leaves behind (the rest is reset by the next parse).
            (parser as unknown as { stack: unknown[] }).stack.length = 0;
            withoutRecovery ??= createLangiumParser(withParserConfig(services, { recoveryEnabled: false }));
            const result = withoutRecovery.parse<T>(input, options);
            const first = result.parserErrors[0];
            if (first) first.message += NOT_READ_PAST;
            return result;
        }
    };
    return parser;
}

/** A decision's lookahead function, called by Chevrotain with the parser as `this`. */
type Lookahead = (this: unknown, ...args: unknown[]) => unknown;
type LookaheadBuilder = (options: unknown) => Lookahead;
interface LookaheadStrategy {
    buildLookaheadForAlternation?: LookaheadBuilder;
    buildLookaheadForOptional?: LookaheadBuilder;
}

/**
 * Making the parser builds the lookahead function of every decision of the grammar (each `|`,
 * `?`, `*`, `+`: its first tokens, or its LL(*) decision), a sixth of a `pacta check` start, and
 * a document uses a few of them. Here each is built on its first use, with the same options, by
 * the same strategy (whose ATN is made by then): the same function, later. Set between making the
 * parser and finalizing it (`prepareLangiumParser`); a Langium without these methods is left as is.
 */
function lookaheadOnFirstUse(parser: LangiumParser): void {
    const strategy = (parser as unknown as { wrapper?: { lookaheadStrategy?: LookaheadStrategy } }).wrapper?.lookaheadStrategy;
    if (!strategy) return;
    for (const method of ['buildLookaheadForAlternation', 'buildLookaheadForOptional'] as const) {
        const build = strategy[method];
        if (typeof build !== 'function') continue;
        strategy[method] = options => {
            let lookahead: Lookahead | undefined;
            return function (this: unknown, ...args: unknown[]) {
                lookahead ??= build.call(strategy, options);
                return lookahead.apply(this, args);
            };
        };
    }
}

interface Recoverable {
    LA(k: number): Token;
    SKIP_TOKEN(): Token;
    tokenMatcher(token: Token, type: unknown): boolean;
    flattenFollowSet(): unknown[];
    findReSyncTokenType(): unknown;
    reSyncTo(type: unknown): Token[];
}

/**
 * After an error inside a rule, Chevrotain skips tokens up to the first one that can follow one of
 * the rules being read, and goes on in that rule. On the broken line that is often a word of the
 * broken text: in `due within 60 days of announced`, `announced` starts a member of the agreement,
 * so the commitment is left unclosed, its `}` closes the agreement, and the next member is read
 * outside it (a second, false error). Here the parser goes on at a word only where it starts a line,
 * and at a `}` or `)` only where it closes a block open before the error (`due { within … }`): the
 * skipped text is the damage of the one mistake.
 * Applied only to the recovery it was written for (the methods it replaces are there).
 */
function resyncAtLineStarts(parser: LangiumParser): void {
    const wrapper = (parser as unknown as { wrapper?: Recoverable }).wrapper;
    if (
        !wrapper
        || typeof wrapper.findReSyncTokenType !== 'function'
        || typeof wrapper.reSyncTo !== 'function'
        || typeof wrapper.flattenFollowSet !== 'function'
        || typeof wrapper.SKIP_TOKEN !== 'function'
    )
        return;
    // The token the last search found: the skipping stops at it, not at an earlier token of its type.
    let target: Token | undefined;
    wrapper.findReSyncTokenType = function (this: Recoverable): unknown {
        const types = this.flattenFollowSet();
        let previous = this.LA(0);
        // How many `{` or `(` were skipped and not closed yet: a `}` or `)` that closes one closes nothing being read.
        let depth = 0;
        // Ends: the end of the file is always in the follow set, and always (virtually) in the input.
        for (let k = 1; ; k++) {
            const token = this.LA(k);
            const type = types.find(candidate => this.tokenMatcher(token, candidate));
            const word = /^[A-Za-z_]/.test(token.image);
            if (type !== undefined && (word ? startsLine(previous, token) : depth === 0 || token.tokenType.name === 'EOF')) {
                target = token;
                return type;
            }
            if (token.image === '{' || token.image === '(') depth++;
            else if ((token.image === '}' || token.image === ')') && depth > 0) depth--;
            previous = token;
        }
    };
    wrapper.reSyncTo = function (this: Recoverable, type: unknown): Token[] {
        const stop = target !== undefined && this.tokenMatcher(target, type) ? target : undefined;
        target = undefined;
        const skipped: Token[] = [];
        let next = this.LA(1);
        while (stop ? next !== stop && next.tokenType.name !== 'EOF' : !this.tokenMatcher(next, type)) {
            next = this.SKIP_TOKEN();
            skipped.push(next);
        }
        return skipped.slice(0, -1);
    };
}

/** True when `token` is the first on its line (`previous` is the token before it, if any). */
function startsLine(previous: Token, token: Token): boolean {
    const end = previous.endLine ?? previous.startLine;
    return end === undefined || Number.isNaN(end) || (token.startLine !== undefined && token.startLine > end);
}

/** The services with another parser configuration. */
function withParserConfig(services: LangiumCoreServices, config: Record<string, unknown>): LangiumCoreServices {
    const parserServices = Object.create(services.parser, {
        ParserConfig: { value: { ...services.parser.ParserConfig, ...config } }
    }) as LangiumCoreServices['parser'];
    return Object.create(services, { parser: { value: parserServices } }) as LangiumCoreServices;
}

type Token = Parameters<typeof CstUtils.tokenToRange>[0];
interface NodeBuilder {
    readonly current: CompositeCstNode;
    rootNode: RootCstNode;
    addHiddenNodes(tokens: Token[]): void;
    createLeafNode(token: Token, hidden: boolean): CstNode;
    appendChildren(parent: CompositeCstNode, children: CstNode[]): void;
    insertChildren(parent: CompositeCstNode, index: number, children: CstNode[]): void;
}

/**
 * Langium's CST builder (4.4 as 4.2) places the hidden tokens (whitespace, comments) before each
 * token the parser consumes; at the start of a node it finds the node in its parent's children
 * with `indexOf`, from the first child, although the node is the last one: in a list of 10,000
 * commitments (or agreements, or operands) each costs the length of the list, 10,000² in all.
 * The same placement, searching from the end (where the node is) and doing nothing when there is
 * nothing to place. Applied only to the builder it was written for (the source and the helpers
 * it uses are checked), so a Langium that changes it keeps its own.
 */
function linearHiddenNodes(parser: LangiumParser): void {
    const builder = (parser as unknown as { nodeBuilder?: NodeBuilder }).nodeBuilder;
    const original = builder?.addHiddenNodes;
    if (
        !builder
        || typeof original !== 'function'
        || !/container\.content\.indexOf\(current\)/.test(original.toString())
        || typeof builder.createLeafNode !== 'function'
        || typeof builder.appendChildren !== 'function'
        || typeof builder.insertChildren !== 'function'
    )
        return;
    builder.addHiddenNodes = function (this: NodeBuilder, tokens: Token[]): void {
        if (tokens.length === 0) return;
        const nodes = tokens.map(token => this.createLeafNode(token, true));
        let current = this.current;
        if (current.content.length > 0) {
            this.appendChildren(current, nodes);
            return;
        }
        while (current.container) {
            const index = current.container.content.lastIndexOf(current);
            if (index > 0) {
                this.insertChildren(current.container, index, nodes);
                return;
            }
            current = current.container;
        }
        this.insertChildren(this.rootNode, 0, nodes);
    };
}
