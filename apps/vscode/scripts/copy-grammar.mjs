// Copies the TextMate grammar that `langium generate` writes to packages/language/syntaxes/ into
// this extension, adding scopes the generator does not know about: dates, ordinals, numbers and
// doc comments. Run by `pnpm build` after tsup.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, '../../../packages/language/syntaxes/pacta.tmLanguage.json');
const target = join(here, '../syntaxes/pacta.tmLanguage.json');

const grammar = JSON.parse(readFileSync(source, 'utf8'));
const extra = [
    { name: 'comment.block.documentation.pacta', begin: '/\\*\\*(?!/)', end: '\\*/' },
    { name: 'constant.numeric.date.pacta', match: '\\b\\d{4}-\\d{2}(?:-\\d{2})?(?![\\w-])' },
    { name: 'constant.numeric.ordinal.pacta', match: '\\b\\d+(?:st|nd|rd|th)\\b' },
    { name: 'constant.numeric.pacta', match: '\\b\\d+(?:_\\d{3})*(?:\\.\\d+)?\\b' },
    { name: 'keyword.control.directive.pacta', match: '#suppress\\b' }
];
grammar.patterns = [...extra, ...grammar.patterns];
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(grammar, null, 2)}\n`);
console.log(`syntaxes/pacta.tmLanguage.json: ${grammar.patterns.length} top-level patterns`);
