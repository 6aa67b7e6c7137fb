import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXAMPLES, GOLDEN, REPO_ROOT, VERSION, copyToTemp, pacta, tempRepo, writeFile } from './helpers.js';

type Ajv2020Class = typeof Ajv2020Module.default;
const Ajv2020 = ((Ajv2020Module as unknown as { default?: Ajv2020Class }).default ?? Ajv2020Module) as Ajv2020Class;
type AddFormats = typeof addFormatsModule.default;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as AddFormats;

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validateStatus = ajv.compile(JSON.parse(readFileSync(join(REPO_ROOT, 'packages/sdk/schema/pacta-status.schema.json'), 'utf8')));

const input = join(GOLDEN, 'input');
const clean = ['parties.pacta', 'usmca.pacta', 'plan.pacta'];
const STATUS_GOLDEN = join(GOLDEN, 'status');

/**
 * Compares with `test/golden/status/<name>`; with `UPDATE_GOLDENS=1` writes it instead. Regenerate
 * them all (after `pnpm build`) with: cd apps/cli && UPDATE_GOLDENS=1 npx vitest run test/status.test.ts
 */
function expectStatusGolden(name: string, actual: string): void {
    const file = join(STATUS_GOLDEN, name);
    if (process.env['UPDATE_GOLDENS'] === '1') {
        writeFile(file, actual);
        return;
    }
    expect(existsSync(file), `golden status/${name} is missing: run with UPDATE_GOLDENS=1`).toBe(true);
    expect(actual).toBe(readFileSync(file, 'utf8'));
}

function expectValidStatus(json: string): Record<string, unknown> {
    const value = JSON.parse(json) as Record<string, unknown>;
    const ok = validateStatus(value);
    expect(validateStatus.errors ?? [], 'schema errors').toEqual([]);
    expect(ok).toBe(true);
    return value;
}

interface Entry {
    id: string;
    status: string;
    daysLeft?: number;
    due: string | null;
}

describe('pacta status: the examples (goldens at several days)', () => {
    test.each(['2026-01-01', '2026-03-10', '2026-07-02', '2037-01-01'])('as of %s: text and json', asOf => {
        const text = pacta(['status', 'examples/critical-minerals-2026', '--as-of', asOf]);
        expect(text.stderr).toBe('');
        expectStatusGolden(`critical-minerals-2026.${asOf}.txt`, text.stdout);
        const json = pacta(['status', 'examples/critical-minerals-2026', '--as-of', asOf, '--format', 'json']);
        expect(json.stderr).toBe('');
        expectValidStatus(json.stdout);
        expectStatusGolden(`critical-minerals-2026.${asOf}.json`, json.stdout);
    });

    test('the workspace of the CLI goldens as of 2026-04-30: month precision, an unresolved deadline', () => {
        const run = pacta(['status', ...clean, '--as-of', '2026-04-30'], { cwd: input });
        expect(run.code).toBe(0);
        expectStatusGolden('input.2026-04-30.txt', run.stdout);
    });
});

/**
 * Small cases, each a `.pacta` file in `test/golden/status/cases/` next to its exact status text
 * and JSON as of 2026-03-10 (`<case>.txt`, `<case>.json`): unknown and draft, modality,
 * supersession, uncertainty, nothing overdue under an agreement not yet made. Regenerate with UPDATE_GOLDENS=1 and read the diff.
 */
describe('pacta status: golden cases (as of 2026-03-10)', () => {
    const cases = join(STATUS_GOLDEN, 'cases');
    // Every case in the folder: a new `.pacta` there is a new test (its goldens written on UPDATE_GOLDENS=1).
    const names = readdirSync(cases)
        .filter(file => file.endsWith('.pacta'))
        .map(file => file.slice(0, -'.pacta'.length))
        .sort();
    test('the cases are there', () =>
        expect(names).toEqual(expect.arrayContaining(['known-end', 'modality', 'not-yet-made', 'prohibition', 'supersession', 'uncertainty', 'unknown-and-draft', 'waits-on-condition'])));
    test.each(names)('%s', name => {
        const text = pacta(['status', `${name}.pacta`, '--as-of', '2026-03-10'], { cwd: cases });
        expect(text.code).toBe(0);
        expectStatusGolden(`cases/${name}.txt`, text.stdout);
        const json = pacta(['status', `${name}.pacta`, '--as-of', '2026-03-10', '--format', 'json'], { cwd: cases });
        expectValidStatus(json.stdout);
        expectStatusGolden(`cases/${name}.json`, json.stdout);
    });

    // A case may also have its deadline list on the same day (`<case>.deadlines.txt`, `.csv`, `.ics`,
    // with --include-closed so closed rows show how they closed): both views of one input, side by side.
    const listed = names.flatMap(name => (['txt', 'csv', 'ics'] as const).filter(format => existsSync(join(cases, `${name}.deadlines.${format}`))).map(format => [name, format] as const));
    test.each(listed)('%s: pacta deadlines as %s', (name, format) => {
        const run = pacta(['deadlines', `${name}.pacta`, '--as-of', '2026-03-10', '--include-closed', '--format', format === 'txt' ? 'table' : format], { cwd: cases });
        expect(run.code).toBe(0);
        expectStatusGolden(`cases/${name}.deadlines.${format}`, run.stdout.split(VERSION).join('<version>'));
    });

    test('the summary counts unknown apart, in words and in the JSON', () => {
        const text = pacta(['status', 'unknown-and-draft.pacta', '--as-of', '2026-03-10'], { cwd: join(STATUS_GOLDEN, 'cases') });
        expect(text.stdout.trimEnd().split('\n').at(-1)).toBe('0 commitments · 5 agreements: 1 signed, 1 draft, 3 unknown (no date recorded)');
        const json = JSON.parse(pacta(['status', 'unknown-and-draft.pacta', '--as-of', '2026-03-10', '--format', 'json'], { cwd: join(STATUS_GOLDEN, 'cases') }).stdout) as {
            summary: { agreements: Record<string, number> };
        };
        expect(json.summary.agreements).toMatchObject({ unknown: 3, draft: 1, signed: 1 });
    });
});

describe('pacta status', () => {
    test('as of 2026-03-10: the MoU is overdue, the action plan pending', () => {
        const run = pacta(['status', '--as-of', '2026-03-10', EXAMPLES]);
        expect(run.code).toBe(0);
        expect(run.stderr).toBe('');
        const lines = run.stdout.split('\n');
        expect(lines[0]).toBe('Status as of 2026-03-10 (due soon: within 14 days)');
        expect(lines[2]).toMatch(/^AGREEMENT \/ COMMITMENT +STATUS +DATE +LEFT +ACTORS +WHAT$/);
        expect(lines).toContainEqual(expect.stringMatching(/^eu_us_japan +announced +2026-02-04 +EU, US, JP +Combined EU–U\.S\.–Japan/));
        expect(lines).toContainEqual(
            expect.stringMatching(
                /^ {2}mou +overdue +2026-03-06 +-4 +EU, US +due by 2026-03-06: 4 days overdue — due date passed, no fulfilment recorded \(nonbinding: eu_us_japan is a political commitment\)$/
            )
        );
        expect(lines).toContainEqual(expect.stringMatching(/^ {2}action_plan +pending +2026-04-05 +26 +US, MX +due by 2026-04-05: 26 days left$/));
        expect(lines.at(-2)).toMatch(/^\d+ commitments: 1 overdue, .* · \d+ agreements: /);
    });

    test("--format json: the SDK's report, valid against the status schema", () => {
        const run = pacta(['status', EXAMPLES, '--as-of', '2026-03-10', '--format', 'json']);
        expect(run.code).toBe(0);
        const report = expectValidStatus(run.stdout) as { statusVersion: string; asOf: string; dueSoonDays: number; commitments: Entry[] };
        expect([report.statusVersion, report.asOf, report.dueSoonDays]).toEqual(['2.5', '2026-03-10', 14]);
        const byId = new Map(report.commitments.map(c => [c.id, c]));
        expect(byId.get('eu_us_japan.mou')).toMatchObject({ status: 'overdue', due: '2026-03-06', daysLeft: -4 });
        expect(byId.get('us_mexico.action_plan')).toMatchObject({ status: 'pending', due: '2026-04-05', daysLeft: 26 });
    });

    test('--due-soon-days widens the window', () => {
        const run = pacta(['status', EXAMPLES, '--as-of', '2026-03-10', '--format', 'json', '--due-soon-days', '30']);
        const report = JSON.parse(run.stdout) as { dueSoonDays: number; commitments: Entry[] };
        expect(report.dueSoonDays).toBe(30);
        expect(report.commitments.find(c => c.id === 'us_mexico.action_plan')!.status).toBe('due_soon');
    });

    test('--fail-on overdue: exit 1 when a commitment is overdue, after printing the report', () => {
        const failing = pacta(['status', EXAMPLES, '--as-of', '2026-03-10', '--fail-on', 'overdue']);
        expect(failing.code).toBe(1);
        expect(failing.stdout).toContain('overdue');
        expect(failing.stderr).toMatch(/^✖ \d+ commitments? overdue on 2026-03-10: eu_us_japan\.mou(, [\w.]+)* \(--fail-on overdue\)\n$/);
        expect(pacta(['status', EXAMPLES, '--as-of', '2026-01-01', '--fail-on', 'overdue']).code).toBe(0);
        // due_soon: overdue or due soon (the MoU, due 2026-03-06, is 9 days away on 2026-02-25).
        expect(pacta(['status', EXAMPLES, '--as-of', '2026-02-25', '--fail-on', 'overdue']).code).toBe(0);
        const soon = pacta(['status', EXAMPLES, '--as-of', '2026-02-25', '--fail-on', 'due_soon']);
        expect(soon.code).toBe(1);
        expect(soon.stderr).toContain('overdue or due soon on 2026-02-25: eu_us_japan.mou');
    });

    test('without --as-of: today, the local date', () => {
        const today = () => {
            const now = new Date();
            return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
        };
        const before = today();
        const run = pacta(['status', EXAMPLES, '--format', 'json']);
        const after = today();
        expect(run.code).toBe(0);
        expect([before, after]).toContain((JSON.parse(run.stdout) as { asOf: string }).asOf);
    });

    test.each([
        [['--as-of', '2026-02-30'], "✖ pacta status: --as-of '2026-02-30' is not a date: write YYYY-MM-DD (or 'today')\n"],
        [['--as-of', '10/03/2026'], "✖ pacta status: --as-of '10/03/2026' is not a date: write YYYY-MM-DD (or 'today')\n"],
        [
            ['--due-soon-days', 'soon'],
            "✖ pacta status: option '--due-soon-days <n>' argument 'soon' is invalid. --due-soon-days takes a whole number (0 or more), not 'soon'. (see 'pacta status --help')\n"
        ],
        [['--format', 'table'], "✖ pacta status: option '-f, --format <format>' argument 'table' is invalid. Allowed choices are text, json. (see 'pacta status --help')\n"],
        [['--fail-on', 'pending'], "✖ pacta status: option '--fail-on <status>' argument 'pending' is invalid. Allowed choices are overdue, due_soon. (see 'pacta status --help')\n"]
    ])('bad options: exit 2 with one line: %j', (args, message) => {
        expect(pacta(['status', EXAMPLES, ...args])).toEqual({ code: 2, stdout: '', stderr: message });
    });

    test('errors in the workspace: the findings with file:line:col, nothing listed, exit 1', () => {
        const run = pacta(['status', '--as-of', '2026-03-10'], { cwd: copyToTemp(input) });
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/broken\/us-mexico\.pacta:\d+:\d+ +error +pacta\//);
        expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('✖ no status: fix the errors first');
    });

    test('a missing path: exit 2', () => {
        const run = pacta(['status', 'no-such-folder', '--as-of', '2026-03-10']);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
    });

    test('-o writes the report atomically; colour only when asked', () => {
        const repo = tempRepo();
        const run = pacta(['status', EXAMPLES, '--as-of', '2026-03-10', '--format', 'json', '-o', 'out/status.json'], { cwd: repo });
        expect(run.code).toBe(0);
        expect(run.stdout).toBe('');
        expectValidStatus(readFileSync(join(repo, 'out/status.json'), 'utf8'));
        const plain = pacta(['status', EXAMPLES, '--as-of', '2026-03-10']).stdout;
        expect(plain).not.toContain('\u001b[');
        const coloured = pacta(['status', EXAMPLES, '--as-of', '2026-03-10', '--color']).stdout;
        expect(coloured).toContain('\u001b[31moverdue');
        expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
    });

    test('--help names the rules and the schema', () => {
        const help = pacta(['status', '--help']).stdout;
        expect(help).toContain('--as-of <date>');
        expect(help).toContain('docs/status.md');
        expect(help).toContain('pacta-status.schema.json');
    });
});
