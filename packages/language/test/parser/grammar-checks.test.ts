/**
 * The services run Chevrotain in 'production' mode (no grammar checks when a parser is made: they
 * cost a fifth of the CLI's start). The checks are made here instead: a parser made in
 * 'development' mode throws on a definition error of the grammar (an ambiguity it cannot
 * resolve, left recursion, a rule that is never reached...) and logs any ambiguity it meets.
 * The keyword tokens of `PactaTokenBuilder` (built faster) are Langium's own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, DefaultTokenBuilder, EmptyFileSystem, type Module, type PartialLangiumCoreServices, createDefaultCoreModule, createDefaultSharedCoreModule, inject } from 'langium';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PactaGrammar, PactaLanguageMetaData, PactaModule, type PactaServices, createPactaServices } from '../../src/index.js';
import { PactaGeneratedModule, PactaGeneratedSharedModule } from '../../src/generated/module.js';
import { createPactaParser } from '../../src/parser/pacta-parser.js';
import { PactaTokenBuilder } from '../../src/parser/pacta-token-builder.js';

const EXAMPLE = new URL('../../../../examples/critical-minerals-2026/', import.meta.url);
const MISTAKES = new URL('./mistakes/', import.meta.url);

afterEach(() => {
    vi.restoreAllMocks();
});

describe('the grammar passes the checks the production services skip', () => {
    test('the services run in production mode', () => {
        expect(createPactaServices(EmptyFileSystem).Pacta.LanguageMetaData.mode).toBe('production');
    });

    test('a parser made in development mode is made without error and parses the example without a warning', () => {
        const logged = [vi.spyOn(console, 'log'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'error')];
        const development: Module<PactaServices, PartialLangiumCoreServices> = {
            LanguageMetaData: () => ({ ...PactaLanguageMetaData, mode: 'development' })
        };
        const shared = inject(createDefaultSharedCoreModule(EmptyFileSystem), PactaGeneratedSharedModule);
        const Pacta = inject(createDefaultCoreModule({ shared }), PactaGeneratedModule, PactaModule, development);
        expect(Pacta.LanguageMetaData.mode).toBe('development');
        const parser = Pacta.parser.LangiumParser; // made here: Chevrotain checks the grammar, and throws on an error
        const files = readdirSync(EXAMPLE).filter(name => name.endsWith('.pacta'));
        expect(files.length).toBeGreaterThan(0);
        for (const name of files) {
            const result = parser.parse(readFileSync(join(EXAMPLE.pathname, name), 'utf8'));
            expect(result.lexerErrors, name).toEqual([]);
            expect(result.parserErrors, name).toEqual([]);
        }
        for (const spy of logged) expect(spy).not.toHaveBeenCalled();
    });
});

describe('PactaTokenBuilder', () => {
    test("builds Langium's tokens: the same names, patterns and longer alternatives, in the same order", () => {
        const describe = (tokens: ReturnType<DefaultTokenBuilder['buildTokens']>) =>
            (Array.isArray(tokens) ? tokens : Object.values(tokens)).map(token => ({
                name: token.name,
                pattern: String(token.PATTERN),
                group: token.GROUP,
                lineBreaks: token.LINE_BREAKS,
                longerAlt: (Array.isArray(token.LONGER_ALT) ? token.LONGER_ALT : token.LONGER_ALT ? [token.LONGER_ALT] : []).map((alt: { name: string }) => alt.name)
            }));
        const ours = describe(new PactaTokenBuilder().buildTokens(PactaGrammar()));
        const langiums = describe(new DefaultTokenBuilder().buildTokens(PactaGrammar()));
        expect(ours).toEqual(langiums);
        // The comparison means something: keywords that are also identifiers have the identifier as a longer alternative.
        expect(ours.filter(token => token.longerAlt.length > 0).length).toBeGreaterThan(100);
    });
});

describe('lookahead functions built on first use', () => {
    test('the Pacta parser reads every example and every mistake as it does with every lookahead built when it is made', () => {
        const Pacta = createPactaServices(EmptyFileSystem).Pacta;
        const eager = createPactaParser(Pacta, { eagerLookahead: true });
        const lazy = createPactaParser(Pacta);
        // The lazy one's strategy has its own builders (the comparison compares two ways).
        const strategy = (parser: object) => (parser as { wrapper: { lookaheadStrategy: object } }).wrapper.lookaheadStrategy;
        expect(Object.hasOwn(strategy(lazy), 'buildLookaheadForAlternation')).toBe(true);
        expect(Object.hasOwn(strategy(eager), 'buildLookaheadForAlternation')).toBe(false);
        const read = (result: ReturnType<typeof lazy.parse>) => ({
            // Every node: its type, where it is in its parent, and the text it covers.
            nodes: AstUtils.streamAst(result.value)
                .map(node => [node.$type, node.$containerProperty, node.$containerIndex, node.$cstNode?.offset, node.$cstNode?.length])
                .toArray(),
            lexerErrors: result.lexerErrors.map(e => [e.offset, e.message]),
            parserErrors: result.parserErrors.map(e => [e.token.startOffset, e.message])
        });
        const texts = [
            ...readdirSync(EXAMPLE)
                .filter(name => name.endsWith('.pacta'))
                .map(name => readFileSync(join(EXAMPLE.pathname, name), 'utf8')),
            ...readdirSync(MISTAKES)
                .filter(name => name.endsWith('.pacta'))
                .map(name => readFileSync(join(MISTAKES.pathname, name), 'utf8'))
        ];
        expect(texts.length).toBeGreaterThan(10);
        let errors = 0;
        for (const text of texts) {
            const expected = read(eager.parse(text));
            errors += expected.parserErrors.length;
            expect(read(lazy.parse(text))).toEqual(expected);
        }
        // The mistakes exercise the recovery, where the lookahead decides what is skipped.
        expect(errors).toBeGreaterThan(0);
    });
});
