/**
 * A seeded mutator of Pacta documents, for the fuzz test: the same seed gives the same
 * documents on every machine. Mutations are those that break a document the way people and
 * tools do: tokens and lines deleted, duplicated or swapped; keywords, brackets and quotes
 * inserted where they do not belong; odd Unicode; numbers far too large; expressions nested deep.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** mulberry32: a small, fast PRNG with 32 bits of state. */
export function random(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export interface CorpusFile {
    /** Path relative to the repository root, with `/`. */
    path: string;
    text: string;
}

/** Every `.pacta` file under `examples/`, `packages/<name>/test/` and the CLI's goldens (the status cases), sorted by path. */
export function loadCorpus(repoRoot: string): CorpusFile[] {
    const files: CorpusFile[] = [];
    const walk = (dir: string): void => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
            const path = join(dir, entry.name);
            if (entry.isDirectory()) walk(path);
            else if (entry.name.endsWith('.pacta')) files.push({ path: relative(repoRoot, path).split('\\').join('/'), text: readFileSync(path, 'utf8') });
        }
    };
    walk(join(repoRoot, 'examples'));
    walk(join(repoRoot, 'apps', 'cli', 'test', 'golden'));
    for (const name of readdirSync(join(repoRoot, 'packages'))) {
        try {
            walk(join(repoRoot, 'packages', name, 'test'));
        } catch {
            // A package without tests.
        }
    }
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const KEYWORDS = [
    'agreement',
    'instrument',
    'state',
    'bloc',
    'organisation',
    'agency',
    'company',
    'person',
    'of',
    'source',
    'commitment',
    'mechanism',
    'mechanism_kind',
    'resource',
    'resource_group',
    'stage',
    'due',
    'within',
    'no later than',
    'not before',
    'days',
    'business days',
    'months',
    'years',
    'after',
    'before',
    'the',
    'anniversary',
    'first day of',
    'last day of',
    'month following',
    'every',
    'until',
    'for',
    'times',
    'earliest of',
    'latest of',
    'as long as',
    'amount',
    'each',
    'total',
    'up to',
    'about',
    'parties',
    'signatories',
    'by',
    'shall',
    'will',
    'may',
    'not',
    'supersedes',
    'amends',
    'continues',
    'signed',
    'in_force',
    'expiry',
    'review',
    'announced',
    'event',
    'member',
    'joined',
    'left',
    'date',
    'preferred',
    'cite',
    'uncertain',
    'holidays',
    '#suppress',
    'status',
    'pending',
    'binding',
    'nonbinding',
    'kind',
    'USD',
    'EUR',
    'billion',
    'same day as',
    'on'
];
const PUNCTUATION = ['{', '}', '(', ')', ',', ':', '.', '"', '""', '"unterminated', '/*', '*/', '//', '/**', '\\', '#'];
const UNICODE = [
    '\u202e',
    '\u2066',
    '\u200b',
    '\ufeff',
    '\u0000',
    '\u0007',
    '\u001b[31m',
    '\r',
    '\r\n',
    '\t',
    '\ud800',
    '\udc00',
    '😀',
    '🇯🇵',
    'e\u0301',
    'Ω',
    'ß',
    'İ',
    '\u2028',
    '\u00a0',
    '日本',
    'ﬁ',
    '\uffff'
];
const NUMBERS = [
    '0',
    '-1',
    '00',
    '1e309',
    '99999999999999999999999',
    '9'.repeat(400),
    '0.0000000000000000001',
    '2026-02-30',
    '0000-01-01',
    '9999-12-31',
    '10000-01-01',
    '2026-13',
    '1_000_000',
    '12_000.50',
    '4294967296',
    'NaN',
    'Infinity',
    '0th',
    '2th',
    '101st'
];

/** A token of the text: a quoted string, a word or number, or one other character. */
const TOKEN = /"(?:[^"\\\n]|\\.)*"|[\p{L}\p{N}_.\-]+|\S/gu;

interface Span {
    start: number;
    end: number;
}

function tokens(text: string): Span[] {
    return [...text.matchAll(TOKEN)].map(m => ({ start: m.index, end: m.index + m[0].length }));
}

function lines(text: string): string[] {
    return text.split('\n');
}

type Mutation = (text: string, next: () => number) => string;

const pick = <T>(list: readonly T[], next: () => number): T => list[Math.floor(next() * list.length)]!;

/** An offset at a token boundary (or anywhere, now and then). */
function somewhere(text: string, next: () => number): number {
    const spans = tokens(text);
    if (spans.length === 0 || next() < 0.1) return Math.floor(next() * (text.length + 1));
    const span = pick(spans, next);
    return next() < 0.5 ? span.start : span.end;
}

function insert(text: string, at: number, what: string): string {
    return text.slice(0, at) + what + text.slice(at);
}

const MUTATIONS: ReadonlyArray<[string, Mutation]> = [
    [
        'delete a token',
        (text, next) => {
            const spans = tokens(text);
            if (spans.length === 0) return text;
            const s = pick(spans, next);
            return text.slice(0, s.start) + text.slice(s.end);
        }
    ],
    [
        'duplicate a token',
        (text, next) => {
            const spans = tokens(text);
            if (spans.length === 0) return text;
            const s = pick(spans, next);
            return insert(text, s.end, ' ' + text.slice(s.start, s.end));
        }
    ],
    [
        'swap two tokens',
        (text, next) => {
            const spans = tokens(text);
            if (spans.length < 2) return text;
            let [a, b] = [pick(spans, next), pick(spans, next)];
            if (a.start === b.start) return text;
            if (a.start > b.start) [a, b] = [b, a];
            return text.slice(0, a.start) + text.slice(b.start, b.end) + text.slice(a.end, b.start) + text.slice(a.start, a.end) + text.slice(b.end);
        }
    ],
    [
        'delete a line',
        (text, next) => {
            const all = lines(text);
            all.splice(Math.floor(next() * all.length), 1);
            return all.join('\n');
        }
    ],
    [
        'duplicate a line',
        (text, next) => {
            const all = lines(text);
            const i = Math.floor(next() * all.length);
            all.splice(i, 0, all[i]!);
            return all.join('\n');
        }
    ],
    [
        'swap two lines',
        (text, next) => {
            const all = lines(text);
            const i = Math.floor(next() * all.length);
            const j = Math.floor(next() * all.length);
            [all[i], all[j]] = [all[j]!, all[i]!];
            return all.join('\n');
        }
    ],
    ['insert a keyword', (text, next) => insert(text, somewhere(text, next), ` ${pick(KEYWORDS, next)} `)],
    ['insert punctuation', (text, next) => insert(text, somewhere(text, next), pick(PUNCTUATION, next))],
    ['insert unicode', (text, next) => insert(text, somewhere(text, next), pick(UNICODE, next))],
    [
        'replace a number',
        (text, next) => {
            const numbers = [...text.matchAll(/\b\d[\d_.\-]*\b/g)];
            if (numbers.length === 0) return insert(text, somewhere(text, next), ` ${pick(NUMBERS, next)} `);
            const m = pick(numbers, next);
            return text.slice(0, m.index) + pick(NUMBERS, next) + text.slice(m.index + m[0].length);
        }
    ],
    [
        'nest an expression deep',
        (text, next) => {
            const due = [...text.matchAll(/\bdue\s+/g)];
            const depth = 1 + Math.floor(next() * 80);
            const inner = `earliest of (`.repeat(depth) + 'signed' + ', signed)'.repeat(depth);
            if (due.length === 0) return insert(text, somewhere(text, next), ` due ${inner} `);
            const m = pick(due, next);
            return insert(text, m.index + m[0].length, `${inner} `);
        }
    ],
    ['cut the text', (text, next) => text.slice(0, Math.floor(next() * (text.length + 1)))]
];

export interface Mutant {
    /** The corpus file it was made from. */
    from: string;
    /** The mutations applied, in order. */
    mutations: string[];
    text: string;
}

/** The `index`-th mutant of the run seeded `seed`: a corpus file, one to four mutations. Deterministic. */
export function mutant(corpus: readonly CorpusFile[], seed: number, index: number): Mutant {
    const next = random((seed * 0x9e3779b1 + index) >>> 0);
    const file = pick(corpus, next);
    let text = file.text;
    const applied: string[] = [];
    const count = 1 + Math.floor(next() * 4);
    for (let i = 0; i < count; i++) {
        const [name, mutate] = pick(MUTATIONS, next);
        text = mutate(text, next);
        applied.push(name);
    }
    return { from: file.path, mutations: applied, text };
}
