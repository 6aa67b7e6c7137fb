/**
 * The services run Chevrotain in 'production' mode (no grammar checks when a parser is made: they
 * cost a fifth of the CLI's start). The checks are made here instead: a parser made in
 * 'development' mode throws on a definition error of the grammar (an ambiguity it cannot
 * resolve, left recursion, a rule that is never reached...) and logs any ambiguity it meets.
 * The keyword tokens of `PactaTokenBuilder` (built faster) are Langium's own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DefaultTokenBuilder, EmptyFileSystem, type Module, type PartialLangiumCoreServices, createDefaultCoreModule, createDefaultSharedCoreModule, inject } from 'langium';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PactaGrammar, PactaLanguageMetaData, PactaModule, type PactaServices, createPactaServices } from '../../src/index.js';
import { PactaGeneratedModule, PactaGeneratedSharedModule } from '../../src/generated/module.js';
import { PactaTokenBuilder } from '../../src/parser/pacta-token-builder.js';

const EXAMPLE = new URL('../../../../examples/critical-minerals-2026/', import.meta.url);

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
