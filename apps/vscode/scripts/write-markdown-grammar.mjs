// Writes syntaxes/pacta.markdown.tmLanguage.json: an injection grammar that highlights ```pacta
// (or ~~~pacta) code blocks in Markdown as Pacta. It follows the shape of VS Code's own Markdown
// fences: the fence line, then every line up to a closing fence of the same kind as
// `meta.embedded.block.pacta`, tokenized by source.pacta (the manifest maps that scope to the
// language `pacta` through `embeddedLanguages`, so comments and brackets follow Pacta's rules).
// Run by `pnpm build`; syntaxes/ is generated (git-ignored), like the main grammar.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const target = join(dirname(fileURLToPath(import.meta.url)), '../syntaxes/pacta.markdown.tmLanguage.json');

const grammar = {
    scopeName: 'markdown.pacta.codeblock',
    injectionSelector: 'L:text.html.markdown',
    patterns: [{ include: '#pacta-code-block' }],
    repository: {
        'pacta-code-block': {
            name: 'markup.fenced_code.block.markdown',
            // Up to 3 spaces of indentation, 3+ backticks or tildes, the info string `pacta`, then
            // optional attributes (```pacta title="x"); `\2`/`\3` in `end` are the begin's captures.
            begin: '(^|\\G)(\\s*)(`{3,}|~{3,})\\s*(pacta)((\\s+|:|,|\\{|\\?)[^`~]*)?$',
            end: '(^|\\G)(\\2|\\s{0,3})(\\3)\\s*$',
            beginCaptures: {
                3: { name: 'punctuation.definition.markdown' },
                4: { name: 'fenced_code.block.language.markdown' },
                5: { name: 'fenced_code.block.language.attributes.markdown' }
            },
            endCaptures: { 3: { name: 'punctuation.definition.markdown' } },
            patterns: [
                {
                    begin: '(^|\\G)(\\s*)(.*)',
                    while: '(^|\\G)(?!\\s*([`~]{3,})\\s*$)',
                    contentName: 'meta.embedded.block.pacta',
                    patterns: [{ include: 'source.pacta' }]
                }
            ]
        }
    }
};

mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(grammar, null, 2)}\n`);
console.log('syntaxes/pacta.markdown.tmLanguage.json: ```pacta blocks in Markdown');
