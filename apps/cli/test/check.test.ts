import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleCatalog } from '@pacta/sdk';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { EXAMPLES, GOLDEN, REPO_ROOT, VERSION, copyToTemp, expectGolden, pacta, tempRepo } from './helpers.js';

const input = join(GOLDEN, 'input');

// ajv and ajv-formats are CommonJS: depending on the loader a default import is the module or its `default`.
type AjvClass = typeof AjvModule.default;
const Ajv = ((AjvModule as unknown as { default?: AjvClass }).default ?? AjvModule) as AjvClass;
type AddFormats = typeof addFormatsModule.default;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as AddFormats;

describe('pacta check: the four formats (goldens)', () => {
    // The golden workspace: one error, one warning and one info, in two of four files.
    const repo = copyToTemp(input);

    test.each([
        ['text', 'check.txt'],
        ['json', 'check.json'],
        ['sarif', 'check.sarif.json'],
        ['github', 'check.github.txt']
    ])('--format %s', (format, golden) => {
        const run = pacta(['check', '--format', format], { cwd: repo });
        expect(run.stderr).toBe('');
        expect(run.code).toBe(1);
        expectGolden(golden, run.stdout);
    });

    test('a clean workspace prints one line', () => {
        const run = pacta(['check'], { cwd: copyToTemp(EXAMPLES) });
        const files = readdirSync(EXAMPLES).filter(name => name.endsWith('.pacta')).length;
        expect(run).toEqual({ code: 0, stdout: `✔ ${files} files checked, no problems\n`, stderr: '' });
    });

    test('the text format: file:line:col  severity  code  message, then an indented hint', () => {
        const run = pacta(['check', 'broken', 'parties.pacta'], { cwd: repo });
        expect(run.stdout.split('\n').slice(0, 2)).toEqual([
            "broken/us-mexico.pacta:3:17  error  pacta/unresolved-reference  Unknown party 'MEX'.",
            '    hint: Did you mean \'MX\'? Otherwise declare it, e.g. `state XX "Name"` or `agency NAME "Name" of XX`.'
        ]);
    });
});

describe('pacta check: exit codes', () => {
    const warningOnly = {
        'parties.pacta': 'state US "United States"\nstate MX "Mexico"\n',
        'plan.pacta': 'agreement plan "Plan" {\n    parties US, MX\n    commitment talks {\n        by US, MX\n    }\n}\n'
    };

    test('clean: 0', () => {
        expect(pacta(['check', EXAMPLES]).code).toBe(0);
    });

    test('warning only: 0, with a warning summary', () => {
        const run = pacta(['check'], { cwd: tempRepo(warningOnly) });
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('  warning  pacta/commitment-incomplete  ');
        expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('⚠ 1 warning in 1 file');
    });

    test('--max-warnings: over the limit is 1, at the limit 0', () => {
        const repo = tempRepo(warningOnly);
        const over = pacta(['check', '--max-warnings', '0'], { cwd: repo });
        expect(over.code).toBe(1);
        expect(over.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1 warning in 1 file (more than --max-warnings 0)');
        expect(pacta(['check', '--max-warnings', '1'], { cwd: repo }).code).toBe(0);
        const json = JSON.parse(pacta(['check', '--max-warnings', '0', '--format', 'json'], { cwd: repo }).stdout);
        expect(json.summary).toEqual({ files: 2, errors: 0, warnings: 1, info: 0, maxWarnings: 0, exitCode: 1 });
    });

    test('--warnings-as-errors: 1, and the warning is reported as an error in every format', () => {
        const repo = tempRepo(warningOnly);
        const text = pacta(['check', '--warnings-as-errors'], { cwd: repo });
        expect(text.code).toBe(1);
        expect(text.stdout).toContain('  error  pacta/commitment-incomplete  ');
        expect(text.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1 error in 1 file');
        expect(pacta(['check', '--warnings-as-errors', '--format', 'github'], { cwd: repo }).stdout).toMatch(/^::error file=plan\.pacta,/);
        const sarif = JSON.parse(pacta(['check', '--warnings-as-errors', '--format', 'sarif'], { cwd: repo }).stdout);
        expect(sarif.runs[0].results[0].level).toBe('error');
    });

    test('an error: 1', () => {
        expect(pacta(['check', join(input, 'broken'), join(input, 'parties.pacta')]).code).toBe(1);
    });

    test('a folder with one broken file: file:line:col, the code and a fix hint, exit 1', () => {
        const repo = copyToTemp(EXAMPLES);
        const file = join(repo, 'us-mexico.pacta');
        writeFileSync(file, readFileSync(file, 'utf8').replace('parties US, MX', 'parties US, MEX'));
        const run = pacta(['check', '.'], { cwd: repo });
        expect(run.code).toBe(1);
        expect(run.stdout).toMatch(/^us-mexico\.pacta:\d+:\d+ {2}error {2}pacta\/unresolved-reference {2}Unknown party 'MEX'\.\n {4}hint: Did you mean 'MX'\?/m);
    });

    test.each([
        [['check', 'no/such/folder'], "✖ pacta check: 'no/such/folder' does not exist\n"],
        [['check', 'nothing-*.pacta'], "✖ pacta check: no .pacta file matches 'nothing-*.pacta'\n"],
        [['check', '--bogus'], "✖ pacta check: unknown option '--bogus' (see 'pacta check --help')\n"],
        [['check', '--format', 'xml'], "✖ pacta check: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, json, sarif, github. (see 'pacta check --help')\n"],
        [
            ['check', '--max-warnings', 'many'],
            "✖ pacta check: option '--max-warnings <n>' argument 'many' is invalid. --max-warnings takes a whole number (0 or more), not 'many'. (see 'pacta check --help')\n"
        ],
        [['chek'], "✖ pacta: unknown command 'chek' (did you mean check?) (see 'pacta --help')\n"]
    ])('usage and I/O errors: 2, one line, no stack trace: %j', (args, message) => {
        const run = pacta(args, { cwd: tempRepo() });
        expect(run).toEqual({ code: 2, stdout: '', stderr: message });
    });

    test('a file that is not UTF-8 text: the finding, and 2', () => {
        const repo = tempRepo({ 'ok.pacta': 'state US "United States"\n' });
        writeFileSync(join(repo, 'bad.pacta'), Buffer.from([0x73, 0x74, 0xff, 0xfe, 0x0a]));
        const run = pacta(['check'], { cwd: repo });
        expect(run.code).toBe(2);
        expect(run.stdout).toContain("bad.pacta:1:1  error  pacta/io-error  'bad.pacta' is not UTF-8 text; it was not compiled.");
    });

    test('globs, files and folders together; each file once', () => {
        const repo = copyToTemp(input);
        const run = pacta(['check', '*.pacta', 'broken/us-mexico.pacta', 'broken', '--format', 'json'], { cwd: repo });
        const json = JSON.parse(run.stdout);
        expect(json.files).toEqual(['broken/us-mexico.pacta', 'parties.pacta', 'plan.pacta', 'usmca.pacta']);
        expect(json.summary.errors).toBe(1);
    });

    test("an empty folder: the SDK's pacta/no-input warning, exit 0", () => {
        const run = pacta(['check'], { cwd: tempRepo() });
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('.:1:1  warning  pacta/no-input  There are no .pacta files to compile.');
    });

    test('--output writes the report to a file and the summary to stderr', () => {
        const repo = copyToTemp(input);
        const run = pacta(['check', '--format', 'sarif', '--output', 'reports/pacta.sarif'], { cwd: repo });
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe('✖ 1 error, 1 warning, 1 info in 2 files\n');
        expect(JSON.parse(readFileSync(join(repo, 'reports/pacta.sarif'), 'utf8')).version).toBe('2.1.0');
        expect(readdirSync(join(repo, 'reports'))).toEqual(['pacta.sarif']);
    });
});

describe('pacta check --format sarif', () => {
    const schema = JSON.parse(readFileSync(join(GOLDEN, '..', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);

    test('is valid against the official SARIF 2.1.0 JSON Schema', () => {
        for (const cwd of [copyToTemp(input), copyToTemp(EXAMPLES)]) {
            const log = JSON.parse(pacta(['check', '--format', 'sarif'], { cwd }).stdout);
            const valid = validate(log);
            expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
            expect(valid).toBe(true);
        }
    });

    test('the schema file is the official one', () => {
        expect(schema.$id).toBe('https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json');
        expect(schema.title).toBe('Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema');
    });

    test('tool.driver: name, version, informationUri, and every code of the rule catalog as a rule', () => {
        const log = JSON.parse(pacta(['check', '--format', 'sarif'], { cwd: copyToTemp(EXAMPLES) }).stdout);
        const driver = log.runs[0].tool.driver;
        expect(driver.name).toBe('pacta');
        expect(driver.version).toBe(VERSION);
        expect(driver.informationUri).toMatch(/^https:\/\//);
        expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual(ruleCatalog.map(rule => rule.code));
        for (const [i, rule] of driver.rules.entries()) {
            const entry = ruleCatalog[i]!;
            expect(rule.shortDescription.text).toBe(entry.description);
            expect(rule.defaultConfiguration.level).toBe(entry.severity === 'error' ? 'error' : entry.severity === 'warning' ? 'warning' : 'note');
        }
        expect(log.runs[0].results).toEqual([]);
    });

    test('every helpUri points at docs/validation.md, at a heading that exists there', () => {
        const page = readFileSync(join(REPO_ROOT, 'docs', 'validation.md'), 'utf8');
        // GitHub's heading anchors: lower case, punctuation other than - and _ dropped, spaces to -.
        const anchors = new Set(
            [...page.matchAll(/^#{1,6} (.+)$/gm)].map(m =>
                m[1]!
                    .toLowerCase()
                    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
                    .replace(/\s/g, '-')
            )
        );
        const log = JSON.parse(pacta(['check', '--format', 'sarif'], { cwd: copyToTemp(EXAMPLES) }).stdout);
        for (const rule of log.runs[0].tool.driver.rules as Array<{ id: string; helpUri: string }>) {
            const [page, anchor] = rule.helpUri.split('#');
            expect(page).toBe('https://github.com/pacta-lang/pacta/blob/main/docs/validation.md');
            const origin = ruleCatalog.find(entry => entry.code === rule.id)!.origin;
            if (origin === 'sdk') {
                expect(anchor, rule.id).toBeUndefined();
                expect(page).toContain('validation.md');
                expect(readFileSync(join(REPO_ROOT, 'docs', 'validation.md'), 'utf8')).toContain(`\`${rule.id}\``);
            } else {
                expect(anchors.has(anchor!), `${rule.id}: #${anchor} is not a heading of docs/validation.md`).toBe(true);
            }
        }
    });

    test('locations are relative to the repository root (found by walking up to .git), with %SRCROOT%', () => {
        const repo = copyToTemp(input, 'agreements/2026');
        const log = JSON.parse(pacta(['check', '--format', 'sarif', '.'], { cwd: join(repo, 'agreements') }).stdout);
        const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'pacta/unresolved-reference');
        expect(result.locations[0].physicalLocation).toEqual({
            artifactLocation: { uri: 'agreements/2026/broken/us-mexico.pacta', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 17, endLine: 3, endColumn: 20 }
        });
        expect(result.ruleIndex).toBe(ruleCatalog.findIndex(rule => rule.code === 'pacta/unresolved-reference'));
    });

    test('GITHUB_WORKSPACE, when it holds the current folder, is the root', () => {
        const repo = copyToTemp(input, 'sub');
        const log = JSON.parse(pacta(['check', '--format', 'sarif'], { cwd: join(repo, 'sub'), env: { GITHUB_WORKSPACE: join(repo, 'sub') } }).stdout);
        expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('broken/us-mexico.pacta');
    });

    test('a file name that needs escaping in a URI is percent-encoded', () => {
        const repo = tempRepo({ 'my agreements/a#1.pacta': 'state XX "Nowhere"\n' });
        const log = JSON.parse(pacta(['check', '--format', 'sarif'], { cwd: repo }).stdout);
        expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('my%20agreements/a%231.pacta');
        expect(validate(log)).toBe(true);
    });
});

describe('pacta check --format github', () => {
    test('escapes %, CR and LF in messages, and also , and : in properties', () => {
        const repo = tempRepo({ 'odd,name:1.pacta': 'state US "United States"\nstate XX "x"\nstate YY "y" { office % }\n' });
        const run = pacta(['check', '--format', 'github'], { cwd: repo });
        expect(run.code).toBe(1);
        const lines = run.stdout.split('\n');
        expect(lines[0]).toBe(
            "::error file=odd%2Cname%3A1.pacta,line=2,col=7,endLine=2,endColumn=9,title=pacta/unknown-country::'XX' is not an ISO 3166-1 country code.%0Ahint: Use 'AX' (or keep the name and add `code AX`); a bloc or organisation is declared with `bloc` or `organisation`."
        );
        // `%` is a word of the language since 1.4 (`figure share 10 %`): out of place, it is a syntax error that names it.
        expect(lines[1]).toMatch(
            /^::error file=odd%2Cname%3A1\.pacta,line=3,col=23,endLine=3,endColumn=24,title=pacta\/syntax-error::In party `YY`: expected a text in double quotes, but found `%25`\.%0Ahint: /
        );
    });

    test('paths are relative to the repository root, not the current folder', () => {
        const repo = copyToTemp(input, 'data');
        const run = pacta(['check', '--format', 'github', 'broken', 'parties.pacta'], { cwd: join(repo, 'data') });
        expect(run.stdout).toMatch(/^::error file=data\/broken\/us-mexico\.pacta,line=3,col=17,endLine=3,endColumn=20,title=pacta\/unresolved-reference::/);
    });
});

describe('colour', () => {
    const repo = copyToTemp(input);
    const hasAnsi = (text: string) => text.includes('\u001b[');

    test('none when the output is not a terminal', () => {
        expect(hasAnsi(pacta(['check'], { cwd: repo }).stdout)).toBe(false);
    });
    test('FORCE_COLOR=1 or --color turns it on', () => {
        expect(hasAnsi(pacta(['check'], { cwd: repo, env: { FORCE_COLOR: '1' } }).stdout)).toBe(true);
        expect(hasAnsi(pacta(['check', '--color'], { cwd: repo }).stdout)).toBe(true);
    });
    test('never with NO_COLOR, FORCE_COLOR=0 or --no-color', () => {
        expect(hasAnsi(pacta(['check', '--color'], { cwd: repo, env: { NO_COLOR: '1' } }).stdout)).toBe(false);
        expect(hasAnsi(pacta(['check'], { cwd: repo, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout)).toBe(false);
        expect(hasAnsi(pacta(['check'], { cwd: repo, env: { FORCE_COLOR: '0' } }).stdout)).toBe(false);
        expect(hasAnsi(pacta(['check', '--no-color'], { cwd: repo, env: { FORCE_COLOR: '1' } }).stdout)).toBe(false);
    });
    test('machine formats are never coloured', () => {
        for (const format of ['json', 'sarif', 'github']) {
            const run = pacta(['check', '--format', format], { cwd: repo, env: { FORCE_COLOR: '1' } });
            // (the summary line after GitHub's workflow commands is for people: it may be coloured)
            const report =
                format === 'github'
                    ? run.stdout
                          .split('\n')
                          .filter(line => line.startsWith('::'))
                          .join('\n')
                    : run.stdout;
            expect(hasAnsi(report), format).toBe(false);
        }
    });
});
