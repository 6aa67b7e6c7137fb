/**
 * Keeps the docs and the examples from rotting.
 *
 * 1. Every ```pacta block in docs/**\/*.md is parsed, linked and validated, one test per block
 *    (named `docs/<file>.md:<line>`). The info string after `pacta` takes space-separated flags:
 *      - `expect=pacta/a,pacta/b`  exactly these codes must be reported (errors and warnings);
 *                                  without it, the block must report no error and no warning.
 *      - `strict-sources`          validate with the opt-in rules of `--strict-sources` on.
 *      - `standalone`              compile the block on its own. By default a block is compiled
 *                                  together with the prelude: examples/critical-minerals-2026/parties.pacta
 *                                  (US, EU, JP, MX, CA, AU, USTR, greer, trump, news_report).
 *      - `with=usmca,frameworks-2025`  also compile these files of examples/critical-minerals-2026
 *                                  (without `.pacta`), e.g. to anchor on `usmca.in_force`.
 *      - `file=name.pacta` and `workspace=ID`: blocks of one Markdown file with the same
 *                                  workspace ID are compiled together as several files (to show
 *                                  how names resolve across files); each block's test checks the
 *                                  findings in its own file.
 *    Only findings in the block's own file count; the prelude must stay free of errors.
 *    A quote right after a failing example, `> MESSAGE — *hint:* HINT`, must be the message (and
 *    hint) of one of its findings; `…` stands for any text, a trailing `*(...)*` is a remark.
 *    A line comment `// → 2026-03-06` (or `// resolves to 2026-03-06`) after an event's date or a
 *    commitment's `due` is checked too: that date must be what the deadline resolver gives
 *    (`// → unresolved`, `// → cycle`, `// → invalid` for a deadline without a date).
 * 2. docs/validation.md documents every code of PACTA_RULES and PIPELINE_CODES under a heading
 *    `### \`pacta/code\``, followed by `**severity** — description` as the rule declares them, with
 *    a failing example that expects the code, and the summary table lists each code once.
 * 3. Every ```json block of docs/output-format.md is valid JSON, and once the compiled example is
 *    checked in (examples/critical-minerals-2026/*.json), each element in it (an object with an `id`,
 *    or an array of them) equals the element of that id in the golden file; the string "…" stands
 *    for any value.
 * 4. Every `.pacta` file under examples/ builds, with the rest of its folder, with no error and
 *    no warning, and the documented deadlines of the critical-minerals example resolve.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import { type Dated, PACTA_RULES, PIPELINE_CODES, isCommitment, isEvent } from '../../src/index.js';
import { type Diagnostic, buildWorkspace, formatDiagnostic, messageOf } from '../pacta-test-kit.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const DOCS = join(ROOT, 'docs');
const EXAMPLES = join(ROOT, 'examples');
const SEED_EXAMPLE = join(EXAMPLES, 'critical-minerals-2026');
const PRELUDE_FILE = 'parties.pacta';

const ERROR = 1;
const WARNING = 2;

interface DocBlock {
    /** `docs/language.md:42`, the line of the opening fence. */
    readonly id: string;
    readonly doc: string;
    readonly line: number;
    readonly text: string;
    readonly expected: readonly string[];
    readonly standalone: boolean;
    readonly strictSources: boolean;
    readonly withFiles: readonly string[];
    readonly fileName: string;
    readonly workspace: string | undefined;
    /** The quoted finding after a failing example: `> MESSAGE — *hint:* HINT`. */
    readonly quote: string | undefined;
}

function walk(dir: string, suffix: string): string[] {
    let entries: string[];
    try {
        entries = readdirSync(dir).sort();
    } catch {
        return [];
    }
    return entries.flatMap(entry => {
        const path = join(dir, entry);
        return statSync(path).isDirectory() ? walk(path, suffix) : path.endsWith(suffix) ? [path] : [];
    });
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^`\s]*)(.*)$/;

/** The ```pacta blocks of one Markdown file, with the flags of their info strings. */
function extractPactaBlocks(markdown: string, doc: string): DocBlock[] {
    const lines = markdown.split(/\r?\n/);
    const blocks: DocBlock[] = [];
    for (let i = 0; i < lines.length; i++) {
        const open = FENCE.exec(lines[i]!);
        if (!open) continue;
        const [, indent, fence, language, rest] = open;
        const body: string[] = [];
        let j = i + 1;
        for (; j < lines.length; j++) {
            const close = lines[j]!;
            if (close.trim().startsWith(fence!) && close.trim().replace(/[`~]/g, '') === '') break;
            body.push(close.startsWith(indent!) ? close.slice(indent!.length) : close);
        }
        if (language === 'pacta') {
            let k = j + 1;
            while (k < lines.length && lines[k]!.trim() === '') k++;
            const quote = k < lines.length && lines[k]!.startsWith('> ') ? lines[k]!.slice(2).trim() : undefined;
            const flags = rest!.trim().split(/\s+/).filter(Boolean);
            const value = (key: string) => flags.find(f => f.startsWith(key + '='))?.slice(key.length + 1);
            const line = i + 1;
            blocks.push({
                id: `${doc}:${line}`,
                doc,
                line,
                text: body.join('\n') + '\n',
                expected: (value('expect') ?? '').split(',').filter(Boolean).sort(),
                standalone: flags.includes('standalone'),
                strictSources: flags.includes('strict-sources'),
                withFiles: (value('with') ?? '').split(',').filter(Boolean),
                fileName: value('file') ?? `block-${line}.pacta`,
                workspace: value('workspace'),
                quote
            });
            const unknown = flags.filter(f => f !== 'standalone' && f !== 'strict-sources' && !/^(expect|with|file|workspace)=/.test(f));
            if (unknown.length > 0) throw new Error(`${doc}:${line}: unknown flag(s) in the info string: ${unknown.join(' ')}`);
        }
        i = j;
    }
    return blocks;
}

function readExample(name: string): string {
    return readFileSync(join(SEED_EXAMPLE, name.endsWith('.pacta') ? name : `${name}.pacta`), 'utf8');
}

const DOCUMENTED_DATE = /\/\/\s*(?:→|->|resolves to)\s*([\w-]+)/;

/** Checks every `// → DATE` comment of a block against the resolved date of the event or deadline on its line. */
function checkDocumentedDates(ws: Awaited<ReturnType<typeof buildWorkspace>>, block: DocBlock): void {
    const document = ws.documents.get(block.fileName);
    if (!document) return;
    const resolver = ws.services.Pacta.deadlines.DeadlineResolver;
    const lines = block.text.split('\n');
    const claims = new Map<number, string>();
    lines.forEach((line, index) => {
        const match = DOCUMENTED_DATE.exec(line);
        if (match) claims.set(index, match[1]!);
    });
    const checked = new Set<number>();
    for (const node of AstUtils.streamAllContents(document.parseResult.value)) {
        if (!isEvent(node) && !isCommitment(node)) continue;
        // An event dated by claims: the claim its date is taken from.
        const expr = resolver.dateOf(node as Dated);
        const line = expr?.$cstNode?.range.end.line;
        if (line === undefined || !claims.has(line)) continue;
        const resolution = resolver.resolveDated(node as Dated);
        const actual = resolution.status === 'resolved' ? resolution.date : resolution.status;
        expect(actual, `${block.doc}:${block.line + 1 + line} documents ${claims.get(line)}`).toBe(claims.get(line));
        checked.add(line);
    }
    const orphans = [...claims.keys()].filter(line => !checked.has(line)).map(line => `${block.doc}:${block.line + 1 + line}`);
    expect(orphans, 'a `// → DATE` comment on a line without a date or deadline').toEqual([]);
}

function pattern(text: string): RegExp {
    const escaped = text
        .trim()
        .split('…')
        .map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
    return new RegExp(`^${escaped}$`, 's');
}

/** The quoted message (and hint) of a failing example must be what one of its findings says. */
function checkQuote(block: DocBlock, diagnostics: readonly Diagnostic[]): void {
    const text = block.quote!.replace(/\s*\*\([^)]*\)\*\s*$/, '');
    const [message, hint] = text.split(/\s+—\s+\*hint:\*\s+/);
    const messageRe = pattern(message!);
    const hintRe = hint === undefined ? undefined : pattern(hint);
    const found = diagnostics.some(d => messageRe.test(messageOf(d)) && (hintRe === undefined || hintRe.test(String((d.data as { hint?: unknown } | undefined)?.hint ?? ''))));
    const actual = diagnostics.map(d => `${d.message} — *hint:* ${String((d.data as { hint?: unknown } | undefined)?.hint ?? '')}`).join('\n');
    expect(found, `${block.id}: the quoted finding\n  ${block.quote}\nis not reported; reported:\n${actual}`).toBe(true);
}

const docFiles = walk(DOCS, '.md');
const blocks = docFiles.flatMap(path => extractPactaBlocks(readFileSync(path, 'utf8'), relative(ROOT, path).split('\\').join('/')));

describe('pacta blocks in docs/', () => {
    test('docs/ has pacta examples', () => {
        expect(docFiles.length).toBeGreaterThan(0);
        expect(blocks.length).toBeGreaterThan(0);
    });

    for (const block of blocks) {
        test(block.id, async () => {
            const group = block.workspace === undefined ? [block] : blocks.filter(b => b.doc === block.doc && b.workspace === block.workspace);
            const files: Record<string, string> = {};
            const preludeNames: string[] = [];
            if (!group.some(b => b.standalone)) {
                files[PRELUDE_FILE] = readExample(PRELUDE_FILE);
                preludeNames.push(PRELUDE_FILE);
            }
            for (const extra of new Set(group.flatMap(b => b.withFiles))) {
                const name = `${extra.replace(/\.pacta$/, '')}.pacta`;
                files[name] = readExample(name);
                preludeNames.push(name);
            }
            for (const member of group) {
                files[member.fileName] = member.text;
            }
            const ws = await buildWorkspace(files, { strictSources: group.some(b => b.strictSources) });

            const own = ws.diagnostics.get(block.fileName) ?? [];
            const relevant = own.filter(d => (d.severity ?? ERROR) <= WARNING || block.expected.includes(String(d.code)));
            const actual = [...new Set(relevant.map(d => String(d.code)))].sort();
            const report = relevant.map(formatDiagnostic).join('\n');
            expect(actual, `${block.id} (${block.fileName}) reported:\n${report}`).toEqual([...block.expected]);

            checkDocumentedDates(ws, block);
            if (block.expected.length > 0 && block.quote) checkQuote(block, own);

            for (const name of preludeNames) {
                const errors = (ws.diagnostics.get(name) ?? []).filter(d => d.severity === ERROR);
                expect(errors.map(formatDiagnostic), `${block.id} breaks the prelude ${name}`).toEqual([]);
            }
        });
    }
});

describe('docs/validation.md', () => {
    const path = join(DOCS, 'validation.md');
    const text = readFileSync(path, 'utf8');
    const lines = text.split(/\r?\n/);
    const documented = lines.filter(line => line.startsWith('### `pacta/')).map(line => line.slice(5, line.indexOf('`', 5)));
    const codes = [
        ...PACTA_RULES.map(rule => ({ code: rule.code, severity: rule.severity, description: rule.description })),
        ...PIPELINE_CODES.map(c => ({ code: c.code, severity: c.severity, description: c.description }))
    ];

    test('documents exactly the codes the validator reports', () => {
        expect([...documented].sort()).toEqual(codes.map(c => c.code).sort());
    });

    test('lists the codes the SDK reports', () => {
        // The SDK is not a dependency of this package: read its codes from the source.
        const sdk = readFileSync(join(ROOT, 'packages/sdk/src/diagnostics.ts'), 'utf8');
        const sdkCodes = [...sdk.matchAll(/export const \w+ = '(pacta\/[\w-]+)'/g)].map(m => m[1]!);
        expect(sdkCodes.length).toBeGreaterThan(0);
        for (const code of sdkCodes) {
            expect(
                lines.some(line => line.startsWith(`| \`${code}\` |`)),
                `${code} is not in the table of SDK codes`
            ).toBe(true);
        }
    });

    for (const { code, severity, description } of codes) {
        test(`${code}: severity, description, failing example, table row`, () => {
            const at = lines.indexOf(`### \`${code}\``);
            expect(at, `no heading for ${code}`).toBeGreaterThanOrEqual(0);
            const next = lines.slice(at + 1).find(line => line.trim() !== '');
            expect(next).toBe(`**${severity}** — ${description}`);
            const own = blocks.filter(b => b.doc === 'docs/validation.md' && b.expected.includes(code));
            expect(own.length, `no failing example expects ${code}`).toBeGreaterThan(0);
            const rows = lines.filter(line => line.startsWith(`| [\`${code}\`]`));
            expect(rows).toEqual([`| [\`${code}\`](#${code.replace(/[^a-z0-9-]/g, '')}) | ${severity} | ${description} |`]);
        });
    }
});

/** The ```json blocks of a Markdown file, with their line. */
function jsonBlocks(markdown: string): Array<{ line: number; text: string }> {
    const lines = markdown.split(/\r?\n/);
    const found: Array<{ line: number; text: string }> = [];
    for (let i = 0; i < lines.length; i++) {
        if (lines[i]!.trim() !== '```json') continue;
        let j = i + 1;
        while (j < lines.length && lines[j]!.trim() !== '```') j++;
        found.push({ line: i + 1, text: lines.slice(i + 1, j).join('\n') });
        i = j;
    }
    return found;
}

/** Deep equality where the documented value "…" matches anything. */
function matches(documented: unknown, actual: unknown): boolean {
    if (documented === '…') return true;
    if (Array.isArray(documented)) {
        return Array.isArray(actual) && actual.length === documented.length && documented.every((d, i) => matches(d, actual[i]));
    }
    if (documented !== null && typeof documented === 'object') {
        if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
        const a = actual as Record<string, unknown>;
        const d = documented as Record<string, unknown>;
        const keys = new Set([...Object.keys(d), ...Object.keys(a)]);
        return [...keys].every(key => Object.hasOwn(d, key) && Object.hasOwn(a, key) && matches(d[key], a[key]));
    }
    return documented === actual;
}

function goldenDocument(): Record<string, unknown> | undefined {
    for (const name of readdirSync(SEED_EXAMPLE)
        .filter(n => n.endsWith('.json'))
        .sort()) {
        try {
            const value = JSON.parse(readFileSync(join(SEED_EXAMPLE, name), 'utf8')) as unknown;
            if (value !== null && typeof value === 'object' && 'formatVersion' in value) return value as Record<string, unknown>;
        } catch {
            // not the compiled document
        }
    }
    return undefined;
}

describe('docs/output-format.md', () => {
    const markdown = readFileSync(join(DOCS, 'output-format.md'), 'utf8');
    const golden = goldenDocument();
    const elements = new Map<string, unknown>();
    for (const value of Object.values(golden ?? {})) {
        if (!Array.isArray(value)) continue;
        for (const element of value) {
            const id = (element as { id?: unknown } | null)?.id;
            if (typeof id === 'string' && !elements.has(id)) elements.set(id, element);
        }
    }
    test('the field tables list exactly the fields of the schema', () => {
        const schema = JSON.parse(readFileSync(join(ROOT, 'packages/sdk/schema/pacta.schema.json'), 'utf8')) as {
            properties: Record<string, unknown>;
            $defs: Record<string, { properties?: Record<string, unknown> }>;
        };
        const sections: Record<string, string> = {
            'The document': '',
            location: 'location',
            citation: 'citation',
            'date value': 'dateValue',
            money: 'money',
            parties: 'party',
            agreements: 'agreement',
            events: 'event',
            commitments: 'commitment',
            mechanisms: 'mechanism',
            mechanismKinds: 'mechanismKind',
            relations: 'relation',
            sources: 'source',
            deadlines: 'deadline',
            occurrences: 'occurrences',
            membership: 'membership',
            'date claim': 'dateClaim',
            resources: 'resource',
            stages: 'stage',
            referenceLists: 'referenceList',
            figure: 'figure',
            quantity: 'quantity',
            'field claim': 'fieldClaim'
        };
        const lines = markdown.split(/\r?\n/);
        for (const [heading, def] of Object.entries(sections)) {
            const start = lines.findIndex(line => /^#{2,3} /.test(line) && line.replace(/^#+ /, '') === heading);
            expect(start, `no section '${heading}'`).toBeGreaterThanOrEqual(0);
            const end = lines.findIndex((line, i) => i > start && /^#{2,3} /.test(line));
            const fields = new Set<string>();
            for (const line of lines.slice(start + 1, end < 0 ? undefined : end)) {
                const cell = /^\| ([^|]+) \|/.exec(line)?.[1];
                if (!cell || cell.trim() === 'field') continue;
                for (const m of cell.matchAll(/`([\w$]+)`/g)) fields.add(m[1]!);
            }
            const expected = Object.keys(def === '' ? schema.properties : (schema.$defs[def]?.properties ?? {}));
            expect([...fields].sort(), `fields documented under '${heading}'`).toEqual(expected.sort());
        }
    });

    for (const block of jsonBlocks(markdown)) {
        test(`docs/output-format.md:${block.line} matches the compiled example`, () => {
            const documented = JSON.parse(block.text) as unknown;
            if (!golden) return; // the golden file is not checked in yet: only the JSON syntax is checked
            const items = Array.isArray(documented) ? documented : [documented];
            for (const item of items) {
                const id = (item as { id?: unknown }).id;
                expect(typeof id, 'every documented element has an id').toBe('string');
                const actual = elements.get(id as string);
                expect(actual, `'${String(id)}' is not in the golden file`).toBeDefined();
                expect(matches(item, actual), `'${String(id)}' differs from the golden file:\n${JSON.stringify(actual, null, 2)}`).toBe(true);
            }
        });
    }
});

const exampleFolders = [...new Set(walk(EXAMPLES, '.pacta').map(path => join(path, '..')))].sort();

describe('examples/', () => {
    test('examples/ has .pacta files', () => {
        expect(exampleFolders.length).toBeGreaterThan(0);
    });

    for (const folder of exampleFolders) {
        const names = readdirSync(folder)
            .filter(name => name.endsWith('.pacta'))
            .sort();
        for (const name of names) {
            test(`${relative(ROOT, join(folder, name)).split('\\').join('/')} builds with no error and no warning`, async () => {
                const files = Object.fromEntries(names.map(n => [n, readFileSync(join(folder, n), 'utf8')]));
                const ws = await buildWorkspace(files);
                const findings = (ws.diagnostics.get(name) ?? []).filter(d => (d.severity ?? ERROR) <= WARNING);
                expect(findings.map(formatDiagnostic)).toEqual([]);
            });
        }
    }

    test('the deadlines of examples/critical-minerals-2026 resolve to the documented dates', async () => {
        const names = readdirSync(SEED_EXAMPLE).filter(name => name.endsWith('.pacta'));
        const ws = await buildWorkspace(Object.fromEntries(names.map(n => [n, readExample(n)])));
        const resolver = ws.services.Pacta.deadlines.DeadlineResolver;
        const dates = new Map<string, string>();
        for (const document of ws.documents.values()) {
            for (const node of AstUtils.streamAllContents(document.parseResult.value)) {
                if (isEvent(node) || isCommitment(node)) {
                    const resolution = resolver.resolveDated(node as Dated);
                    if (resolution.status === 'resolved') dates.set(resolver.describeAnchor(node as Dated), resolution.date);
                }
            }
        }
        expect(Object.fromEntries(['eu_us_japan.mou', 'us_mexico.action_plan', 'usmca.joint_review', 'usmca.expiry'].map(name => [name, dates.get(name)]))).toEqual({
            'eu_us_japan.mou': '2026-03-06',
            'us_mexico.action_plan': '2026-04-05',
            'usmca.joint_review': '2026-07-01',
            'usmca.expiry': '2036-07-01'
        });
    });
});
