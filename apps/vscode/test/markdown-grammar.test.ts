/**
 * ```pacta blocks in Markdown: the injection grammar as the manifest contributes it, and its fence
 * rules run on a Markdown sample. (vscode-textmate and vscode-oniguruma are not dependencies of the
 * repository, so the Oniguruma patterns are run as JavaScript regular expressions: `\G` — "where
 * the previous match ended" — becomes `^`, which is where a fence line starts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { APP_DIR } from './lsp-client.js';

interface Grammar {
    scopeName: string;
    injectionSelector: string;
    patterns: Array<{ include: string }>;
    repository: Record<
        string,
        {
            name: string;
            begin: string;
            end: string;
            patterns: Array<{ begin: string; while: string; contentName: string; patterns: Array<{ include: string }> }>;
        }
    >;
}

const manifest = JSON.parse(readFileSync(join(APP_DIR, 'package.json'), 'utf8'));
const contribution = manifest.contributes.grammars.find((g: { injectTo?: string[] }) => g.injectTo);
const grammar: Grammar = JSON.parse(readFileSync(join(APP_DIR, contribution.path), 'utf8'));
const block = grammar.repository[grammar.patterns[0]!.include.slice(1)]!;
const body = block.patterns[0]!;
const js = (oniguruma: string) => new RegExp(oniguruma.replaceAll('(^|\\G)', '(^)'));

/** The lines of a Markdown text that the grammar gives to source.pacta (its fence rules, line by line). */
function pactaLines(markdown: string): string[] {
    const embedded: string[] = [];
    let fence: RegExpExecArray | undefined;
    for (const line of markdown.split('\n')) {
        if (!fence) {
            fence = js(block.begin).exec(line) ?? undefined;
            continue;
        }
        // `end` refers to the begin's captures: \2 the indentation, \3 the fence.
        const end = new RegExp(js(block.end).source.replace('\\2', fence[2]!.replace(/\s/g, '\\s')).replace('\\3', fence[3]!));
        if (end.test(line)) {
            fence = undefined;
            continue;
        }
        // A line that looks like another fence is not Pacta, and the block goes on after it.
        if (js(body.while).test(line)) embedded.push(line);
    }
    return embedded;
}

const SAMPLE = [
    '# Notes',
    '',
    '```pacta',
    'agreement a "A" {',
    '  parties US',
    '}',
    '```',
    '',
    '```python',
    'print("not pacta")',
    '```',
    '',
    '~~~pacta title="b.pacta"',
    'state US "United States"',
    '~~~',
    '',
    '  ```pactas',
    '  not pacta either',
    '  ```',
    'after'
].join('\n');

describe('Markdown code fences', () => {
    test('the manifest injects the grammar into Markdown and maps the embedded scope to the language', () => {
        expect(contribution).toMatchObject({
            scopeName: grammar.scopeName,
            injectTo: ['text.html.markdown'],
            embeddedLanguages: { [body.contentName]: 'pacta' }
        });
        expect(grammar.injectionSelector).toBe('L:text.html.markdown');
        expect(block.name).toBe('markup.fenced_code.block.markdown');
        expect(body.contentName).toBe('meta.embedded.block.pacta');
    });

    test('the blocks are tokenized by the Pacta grammar the extension ships', () => {
        const pacta = manifest.contributes.grammars.find((g: { language?: string }) => g.language === 'pacta');
        expect(body.patterns).toEqual([{ include: pacta.scopeName }]);
        expect(JSON.parse(readFileSync(join(APP_DIR, pacta.path), 'utf8')).scopeName).toBe('source.pacta');
    });

    test('only the lines inside ```pacta and ~~~pacta fences are Pacta', () => {
        expect(pactaLines(SAMPLE)).toEqual(['agreement a "A" {', '  parties US', '}', 'state US "United States"']);
    });

    test('a block closes only with its own kind of fence: ~~~ does not end a ``` block', () => {
        expect(pactaLines('```pacta\nstate A "A"\n~~~\nstate B "B"\n```\nstate X "outside"')).toEqual(['state A "A"', 'state B "B"']);
    });
});
