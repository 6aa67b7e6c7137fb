/**
 * The formatter, data-driven (Smithy/TypeSpec style).
 *
 * 1. Goldens: every `golden/<case>.pacta` is an input and `golden/<case>.formatted.pacta` its
 *    canonical layout, byte for byte (CRLF, BOM and all: `golden/.gitattributes` keeps git from
 *    touching line endings). `UPDATE_GOLDENS=1 npx vitest run test/formatting` rewrites the
 *    `.formatted.pacta` files: review them by eye, a golden must be right, not just recorded.
 * 2. Properties, over every golden input and every example under `examples/`: formatting is
 *    idempotent, keeps the token stream (comments included), leaves no trailing whitespace, ends
 *    the file with exactly one line break and keeps the line-ending style; on whitespace-scrambled
 *    copies of the examples it gives the same text (it does not depend on the whitespace it
 *    replaces); on copies with comments and whitespace inserted at random it is idempotent and
 *    keeps the tokens, with every indentation option.
 * 3. The language server's formatter: document and range formatting, options, refusals.
 * 4. The ```pacta blocks of docs/formatting.md are in canonical layout.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AstNode, AstUtils, EmptyFileSystem, GrammarAST, type LangiumDocument, URI } from 'langium';
import { Formatting, type LangiumServices } from 'langium/lsp';
import { describe, expect, test } from 'vitest';
import { PactaFormatter, PactaGrammar, applyTextEdits, createPactaLspServices, formatDocumentText, formatText, hasSyntaxErrors, isAgreement } from '../../src/index.js';
import { type LayoutToken, comparableToken, detectEol } from '../../src/formatting/layout.js';

const GOLDEN = fileURLToPath(new URL('./golden', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');
const UPDATE = process.env['UPDATE_GOLDENS'] === '1';

const { shared, Pacta } = createPactaLspServices(EmptyFileSystem);
const formatter = Pacta.lsp.Formatter as PactaFormatter;

let documentCount = 0;
function parse(text: string, services: LangiumServices = Pacta): LangiumDocument {
    return services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///formatting/doc-${documentCount++}.pacta`));
}

function format(text: string, options?: { tabSize?: number; insertSpaces?: boolean }): string {
    return formatText(Pacta, text, options);
}

function walk(dir: string, suffix: string): string[] {
    return readdirSync(dir)
        .sort()
        .flatMap(entry => {
            const path = join(dir, entry);
            return statSync(path).isDirectory() ? walk(path, suffix) : path.endsWith(suffix) ? [path] : [];
        });
}

const goldenInputs = readdirSync(GOLDEN)
    .filter(f => f.endsWith('.pacta') && !f.endsWith('.formatted.pacta'))
    .sort();
const examples = walk(EXAMPLES, '.pacta');
/** Every text the properties are checked on, by name. */
const corpus: Array<[string, string]> = [
    ...goldenInputs.map(f => [`golden/${f}`, readFileSync(join(GOLDEN, f), 'utf8')] as [string, string]),
    ...examples.map(path => [relative(ROOT, path).split('\\').join('/'), readFileSync(path, 'utf8')] as [string, string])
];

function tokens(text: string): LayoutToken[] {
    const result = formatter.tokenize(text);
    expect(result, 'the text lexes').toBeDefined();
    return result!;
}

function comparable(text: string): string[] {
    return tokens(text).map(t => `${t.comment ?? 'code'} ${comparableToken(t)}`);
}

describe('goldens', () => {
    test('there are golden cases', () => {
        expect(goldenInputs.length).toBeGreaterThanOrEqual(10);
    });

    for (const file of goldenInputs) {
        test(basename(file, '.pacta'), () => {
            const input = readFileSync(join(GOLDEN, file), 'utf8');
            const expectedPath = join(GOLDEN, file.replace(/\.pacta$/, '.formatted.pacta'));
            expect(hasSyntaxErrors(parse(input)), 'only the cases named *error* have syntax errors').toBe(file.includes('error'));
            const output = format(input);
            if (UPDATE) writeFileSync(expectedPath, output);
            expect(existsSync(expectedPath), `${expectedPath} is missing: run with UPDATE_GOLDENS=1`).toBe(true);
            expect(output).toBe(readFileSync(expectedPath, 'utf8'));
        });
    }

    test('the golden inputs use every keyword of the grammar', () => {
        const keywords = new Set(
            AstUtils.streamAllContents(PactaGrammar())
                .filter(GrammarAST.isKeyword)
                .map(k => k.value)
        );
        const used = new Set(goldenInputs.flatMap(f => formatter.tokenize(readFileSync(join(GOLDEN, f), 'utf8'))?.map(t => t.text) ?? []));
        expect([...keywords].filter(k => !used.has(k)).sort()).toEqual([]);
    });

    test('a file with a syntax error comes back unchanged', () => {
        for (const file of ['syntax-error.pacta', 'lexer-error.pacta']) {
            const input = readFileSync(join(GOLDEN, file), 'utf8');
            expect(hasSyntaxErrors(parse(input)), file).toBe(true);
            expect(format(input), file).toBe(input);
        }
    });

    test('CRLF stays CRLF, a BOM stays, an empty or blank file becomes empty', () => {
        const crlf = format(readFileSync(join(GOLDEN, 'crlf.pacta'), 'utf8'));
        expect(crlf.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        expect(crlf.endsWith('}\r\n')).toBe(true);
        expect(format(readFileSync(join(GOLDEN, 'bom.pacta'), 'utf8')).startsWith('\uFEFFstate US')).toBe(true);
        expect(format('')).toBe('');
        expect(format(' \n\t\n')).toBe('');
        expect(format('\uFEFF\n\n')).toBe('\uFEFF');
    });
});

describe('properties', () => {
    for (const [name, text] of corpus) {
        test(`${name}: idempotent, same tokens, no trailing whitespace, one final line break`, () => {
            const once = format(text);
            expect(format(once), 'formatting twice changes nothing').toBe(once);
            if (hasSyntaxErrors(parse(text))) {
                expect(once, 'a file with a syntax error is left as it is').toBe(text);
                return;
            }
            expect(comparable(once), 'the tokens and comments are kept, in order').toEqual(comparable(text));
            expect(
                once.split(/\r\n|\n/).filter(line => /[ \t]$/.test(line)),
                'lines with trailing whitespace'
            ).toEqual([]);
            const body = once.replace(/^\uFEFF/, '');
            if (body !== '') {
                expect(body).toMatch(/[^\r\n](\r?\n)$/);
            }
            if (detectEol(text) === '\r\n') {
                expect(once.replace(/\r\n/g, ''), 'a CRLF file keeps only CRLF line breaks').not.toMatch(/[\r\n]/);
            } else {
                expect(once.includes('\r'), 'an LF file keeps only LF line breaks').toBe(false);
            }
            expect(once.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
        });
    }

    test('every example is already in canonical layout', () => {
        const changed = examples
            .filter(path => {
                const text = readFileSync(path, 'utf8');
                return format(text) !== text;
            })
            .map(path => relative(ROOT, path));
        expect(changed).toEqual([]);
    });

    // The layout depends only on the tokens, on where the author left a blank line and on which
    // comments start a line of their own: any other whitespace may change and the result does not.
    for (const path of examples) {
        const name = relative(ROOT, path).split('\\').join('/');
        test(`${name}: whitespace-scrambled copies format to the same text`, () => {
            const text = readFileSync(path, 'utf8');
            const expected = format(text);
            for (const seed of [1, 2, 3, 4, 5]) {
                const scrambled = scramble(text, tokens(text), seed);
                expect(scrambled).not.toBe(text);
                expect(format(scrambled), `seed ${seed}`).toBe(expected);
            }
        });
    }
});

describe('comments and whitespace inserted anywhere', () => {
    const OPTIONS = [{}, { tabSize: 2 }, { insertSpaces: false }];
    for (const [name, text] of corpus) {
        if (hasSyntaxErrors(parse(text))) continue;
        test(`${name}: 10 noisy copies are formatted idempotently and keep their tokens`, () => {
            for (let seed = 1; seed <= 10; seed++) {
                const noisy = addNoise(text, tokens(text), seed);
                const options = OPTIONS[seed % OPTIONS.length]!;
                const once = format(noisy, options);
                expect(format(once, options), `seed ${seed}: idempotent`).toBe(once);
                expect(comparable(once), `seed ${seed}: same tokens`).toEqual(comparable(noisy));
            }
        });
    }
});

function prng(seed: number): () => number {
    let state = seed;
    return () => {
        state = (state + 0x6d2b79f5) | 0;
        let t = Math.imul(state ^ (state >>> 15), 1 | state);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** Inserts comments of every kind and random whitespace (CRLF too) into random gaps. */
function addNoise(text: string, all: readonly LayoutToken[], seed: number): string {
    const random = prng(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const space = () => pick(['', ' ', '  \t', '\n', '\n\n', '\n   ', '\r\n', '\n\n\n  ']);
    const comments = ['// line', '/* block */', '/** doc */', '/* two\n   lines */', '/**\n * doc\n *   indented\n */', '/*\n  plain\n      deeper\n*/'];
    let result = '';
    let at = 0;
    all.forEach((token, i) => {
        let gap = text.slice(at, token.start);
        if (random() < 0.15) {
            const comment = pick(comments);
            gap = space() + comment + (comment.startsWith('//') ? '\n' : space()) + space();
        } else if (random() < 0.3) {
            gap = space();
        }
        if (gap === '' && i > 0) gap = ' ';
        if (all[i - 1]?.comment === 'line' && !/^[ \t]*[\r\n]/.test(gap)) gap = '\n' + gap;
        result += gap + token.text;
        at = token.end;
    });
    return result + text.slice(at);
}

/**
 * Replaces the whitespace of every gap by random blanks and line breaks, keeping only what the
 * layout depends on: whether the gap had a blank line, whether a gap next to a comment had a line
 * break, and the column of a block comment that spans several lines.
 */
function scramble(text: string, all: readonly LayoutToken[], seed: number): string {
    const random = prng(seed);
    const blanks = () => [' ', '  ', '\t', ' \t '][Math.floor(random() * 4)]!;
    let result = '';
    let at = 0;
    all.forEach((token, i) => {
        const gap = text.slice(at, token.start);
        const breaks = gap.match(/\r\n|\r|\n/g)?.length ?? 0;
        const previous = all[i - 1];
        const nearComment = Boolean(token.comment || previous?.comment);
        let replacement: string;
        if (i === 0 || (token.comment === 'block' && token.text.includes('\n'))) {
            replacement = gap;
        } else if (breaks >= 2) {
            replacement = blanks() + '\n' + blanks() + '\n'.repeat(1 + Math.floor(random() * 2)) + blanks();
        } else if (breaks === 1 || previous?.comment === 'line') {
            replacement = nearComment || random() < 0.5 ? blanks() + '\n' + blanks() : blanks();
        } else {
            replacement = nearComment || random() < 0.5 ? blanks() : '\n' + blanks();
        }
        result += replacement + token.text;
        at = token.end;
    });
    return result + text.slice(at);
}

describe('the language server formatter', () => {
    const messy = 'agreement a "A" {\n  kind action_plan\n      parties US,MX\n  commitment c {\n by US\n      will "act"\n  }\n}\n';

    test('formatDocument: the edits give the canonical text; none for canonical text', async () => {
        const document = parse(messy);
        const edits = await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
        expect(edits.length).toBeGreaterThan(0);
        const formatted = applyTextEdits(messy, document.textDocument, edits);
        expect(formatted).toBe('agreement a "A" {\n    kind action_plan\n    parties US, MX\n    commitment c {\n        by US\n        will "act"\n    }\n}\n');
        const again = parse(formatted);
        expect(await formatter.formatDocument(again, { textDocument: { uri: again.uri.toString() }, options: { tabSize: 4, insertSpaces: true } })).toEqual([]);
    });

    test('formatDocumentRange formats only the lines of the range', async () => {
        const document = parse(messy);
        // Lines 4 to 6 (0-based 3..5): `commitment c {`, `by US`, `will "act"`; selected up to the
        // middle of line 6, or up to the start of line 7 (as selecting whole lines does).
        for (const end of [
            { line: 5, character: 12 },
            { line: 6, character: 0 }
        ]) {
            const range = { start: { line: 3, character: 0 }, end };
            const edits = await formatter.formatDocumentRange(document, { textDocument: { uri: document.uri.toString() }, range, options: { tabSize: 4, insertSpaces: true } });
            expect(applyTextEdits(messy, document.textDocument, edits)).toBe(
                'agreement a "A" {\n  kind action_plan\n      parties US,MX\n    commitment c {\n        by US\n        will "act"\n  }\n}\n'
            );
            for (const edit of edits) {
                expect(edit.range.end.line).toBeGreaterThanOrEqual(3);
                expect(edit.range.end.line).toBeLessThanOrEqual(5);
            }
        }
    });

    test('a range before a syntax error is formatted, a range after it is not', async () => {
        const text = 'state US   "United States"\nagreement a "A" {\n    kind\n}\n';
        const document = parse(text);
        expect(hasSyntaxErrors(document)).toBe(true);
        const params = (line: number) => ({
            textDocument: { uri: document.uri.toString() },
            options: { tabSize: 4, insertSpaces: true },
            range: { start: { line, character: 0 }, end: { line, character: 30 } }
        });
        expect(await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } })).toEqual([]);
        expect(applyTextEdits(text, document.textDocument, await formatter.formatDocumentRange(document, params(0)))).toBe('state US "United States"\nagreement a "A" {\n    kind\n}\n');
        expect(await formatter.formatDocumentRange(document, params(3))).toEqual([]);
    });

    test('tabSize and insertSpaces are honoured, in block comments too', () => {
        const text = 'agreement a "A" {\n/** Doc\n * more. */\ncommitment c { by US }\n}\n';
        expect(format(text, { tabSize: 2 })).toBe('agreement a "A" {\n  /** Doc\n   * more. */\n  commitment c {\n    by US\n  }\n}\n');
        expect(format(text, { insertSpaces: false })).toBe('agreement a "A" {\n\t/** Doc\n\t * more. */\n\tcommitment c {\n\t\tby US\n\t}\n}\n');
        expect(format(format(text, { insertSpaces: false }), { insertSpaces: false })).toBe(format(text, { insertSpaces: false }));
    });

    test('a rule that would merge two tokens gives no edit at all (the token check)', () => {
        class GluingFormatter extends PactaFormatter {
            protected override format(node: AstNode): void {
                super.format(node);
                // Deliberately wrong: `kind action_plan` would become one identifier.
                if (isAgreement(node))
                    this.getNodeFormatter(node)
                        .keyword('kind')
                        .append(Formatting.noSpace({ priority: 10 }));
            }
        }
        const { Pacta: gluing } = createPactaLspServices(EmptyFileSystem, { lsp: { Formatter: services => new GluingFormatter(services) } });
        const text = 'agreement a "A" {\n  kind action_plan\n}\n';
        expect(formatDocumentText(gluing, parse(text, gluing))).toBe(text);
        expect(format(text)).toBe('agreement a "A" {\n    kind action_plan\n}\n');
    });

    test('the shared services format documents of their workspace too', () => {
        const document = shared.workspace.LangiumDocumentFactory.fromString('state US "United States" { cite s }', URI.parse('memory:///ws/us.pacta'));
        expect(formatDocumentText(Pacta, document)).toBe('state US "United States" {\n    cite s\n}\n');
    });
});

describe('docs/formatting.md', () => {
    const markdown = readFileSync(join(ROOT, 'docs', 'formatting.md'), 'utf8');
    const fenced = (language: string) => [...markdown.matchAll(new RegExp(`^\`\`\`${language}[^\n]*\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map(m => m[1]!);

    test('its ```pacta examples are in canonical layout', () => {
        const blocks = fenced('pacta');
        expect(blocks.length).toBeGreaterThan(0);
        for (const block of blocks) expect(format(block)).toBe(block);
    });

    test('"Before and after": the first ```text block formats to the first ```pacta block', () => {
        expect(format(fenced('text')[0]!)).toBe(fenced('pacta')[0]);
    });
});
