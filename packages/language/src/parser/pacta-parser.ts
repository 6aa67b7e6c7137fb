import { type AstNode, type LangiumCoreServices, LangiumParser, type ParseResult, type ParserOptions, createParser } from 'langium';
import { FAST_PARSER_GRAMMAR_FINGERPRINT, PactaFastParser, grammarFingerprint } from './pacta-fast-parser.js';

/**
 * Langium's parser with a fast path: a text is first given to `PactaFastParser`, which builds the
 * same AST and CST for well-formed text; anything it does not accept (syntax errors above all) is
 * parsed by Langium's parser as usual, so results, errors and recovery are unchanged.
 */
export class PactaLangiumParser extends LangiumParser {
    private readonly fast: PactaFastParser | undefined;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.fast = createFastParser(services);
    }

    /** Whether the fast path is in use (false when the grammar is not the one it was written for). */
    get fastPathEnabled(): boolean {
        return this.fast !== undefined;
    }

    override parse<T extends AstNode = AstNode>(input: string, options: ParserOptions = {}): ParseResult<T> {
        if (this.fast && options.rule === undefined) {
            const result = this.fast.parse(input);
            if (result) return result as ParseResult<T>;
        }
        return super.parse<T>(input, options);
    }
}

function createFastParser(services: LangiumCoreServices): PactaFastParser | undefined {
    try {
        if (grammarFingerprint(services.Grammar) !== FAST_PARSER_GRAMMAR_FINGERPRINT) return undefined;
        return new PactaFastParser(services);
    } catch {
        return undefined;
    }
}

/** `createLangiumParser` for `PactaLangiumParser`: the `parser.LangiumParser` service. */
export function createPactaParser(services: LangiumCoreServices): PactaLangiumParser {
    const parser = new PactaLangiumParser(services);
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
