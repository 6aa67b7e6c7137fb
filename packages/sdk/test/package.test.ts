import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const built = existsSync(`${packageDir}dist/index.js`) && existsSync(`${packageDir}dist/core.js`) && existsSync(`${packageDir}dist/internal.js`);

function node(args: string[]): string {
    return execFileSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
}

const SCRIPT = `
const r = await m.compileFolder('examples/critical-minerals-2026');
const ids = ['eu_us_japan.mou.due', 'us_mexico.action_plan.due', 'usmca.joint_review.date', 'usmca.expiry.date'];
const dates = ids.map(id => r.output.deadlines.find(d => d.id === id)?.date).join(',');
console.log(JSON.stringify({ errors: r.errorCount, dates, valid: m.loadCompiledJson(r.json).ok, version: m.FORMAT_VERSION, rules: m.ruleCatalog.length > 20 }));
`;

/** The built package as a consumer sees it. The test task depends on the build (turbo), so dist exists. */
describe('the built package', () => {
    test('is built', () => {
        expect(built, 'packages/sdk/dist is missing: run `pnpm build` first').toBe(true);
    });

    const expected = { errors: 0, dates: '2026-03-06,2026-04-05,2026-07-01,2036-07-01', valid: true, version: '1.5', rules: true };

    test('import("@pacta/sdk") works (ESM)', () => {
        const out = node(['--input-type=module', '-e', `const m = await import('@pacta/sdk');${SCRIPT}`]);
        expect(JSON.parse(out)).toEqual(expected);
    });

    // One ESM build: a CommonJS consumer loads it through Node's require(esm) (22.12+, so every supported Node).
    test('require("@pacta/sdk") works (CommonJS)', () => {
        const out = node(['-e', `(async () => { const m = require('@pacta/sdk');${SCRIPT} })()`]);
        expect(JSON.parse(out)).toEqual(expected);
    });

    test('@pacta/sdk/core has no Node-only import, and the schema is exported', () => {
        const out = node([
            '--input-type=module',
            '-e',
            `
const core = await import('@pacta/sdk/core');
const { createRequire } = await import('node:module');
const schema = createRequire(import.meta.url)('@pacta/sdk/schema/pacta.schema.json');
const r = await core.compileSources({ 'a.pacta': 'state US "United States"' });
console.log(JSON.stringify({ compileFolder: typeof core.compileFolder, id: schema.$id, errors: r.errorCount }));`
        ]);
        expect(JSON.parse(out)).toEqual({ compileFolder: 'undefined', id: 'https://pacta.dev/schema/pacta-1.schema.json', errors: 0 });
    });

    test('ships one ESM build, without source maps or a CommonJS copy', () => {
        const files = readdirSync(`${packageDir}dist`);
        expect(files.filter(file => file.endsWith('.map') || file.endsWith('.cjs') || file.endsWith('.d.cts'))).toEqual([]);
        expect(files).toEqual(expect.arrayContaining(['index.js', 'index.d.ts', 'core.js', 'core.d.ts', 'internal.js', 'internal.d.ts']));
    });

    test('@pacta/sdk/internal has the compiler internals', () => {
        const out = node([
            '--input-type=module',
            '-e',
            `
const internal = await import('@pacta/sdk/internal');
const sdk = await import('@pacta/sdk');
console.log(JSON.stringify({ internal: Object.keys(internal).sort(), leaked: ['compileAst', 'compilePrepared', 'schemaValidator', 'toPactaDiagnostic'].filter(name => name in sdk) }));`
        ]);
        expect(JSON.parse(out)).toEqual({
            internal: ['agreementEnd', 'compileAst', 'compilePrepared', 'indexAgreements', 'occurrenceFrom', 'occurrencesToList', 'schemaValidator', 'toPactaDiagnostic'],
            leaked: []
        });
    });

    // Holiday data (date-holidays, ~2 MB) is loaded only by a workspace that counts business days.
    test("the holiday parser and a country's rules are loaded only when business days are counted", () => {
        const loads = (compile: string) =>
            node([
                '--input-type=module',
                '-e',
                `
const { registerHooks } = await import('node:module');
let parser = false, all = false;
const countries = new Set();
registerHooks({ resolve(specifier, context, next) {
    const found = next(specifier, context);
    if (found.url.includes('/date-holidays-parser/')) parser = true;
    if (found.url.includes('/date-holidays/')) all = true;
    const country = /\\/dist\\/chunks\\/([A-Z]{2})-\\w+\\.js$/.exec(found.url);
    if (country) countries.add(country[1]);
    return found;
} });
const m = await import('@pacta/sdk');
const r = await ${compile};
console.log(JSON.stringify({ errors: r.errorCount, parser, all, countries: [...countries].sort() }));`
            ]);
        expect(JSON.parse(loads(`m.compileFolder('examples/critical-minerals-2026')`))).toEqual({ errors: 0, parser: false, all: false, countries: [] });
        // The rules of the countries the parties name (JP, US), each its own module; never all of date-holidays.
        expect(JSON.parse(loads(`m.compileSources({ 'a.pacta': ${JSON.stringify(BUSINESS_DAYS)} })`))).toEqual({ errors: 0, parser: true, all: false, countries: ['JP', 'US'] });
    });
});

/** A workspace that counts business days in Japan's calendar. */
const BUSINESS_DAYS = `state JP "Japan"
state US "United States"

agreement talks "Talks" {
    parties US, JP
    event signed "Signed" 2020-01-29
    commitment report { by JP will "report" due within 10 business days in JP after signed }
}
`;
