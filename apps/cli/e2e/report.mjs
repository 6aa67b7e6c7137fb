#!/usr/bin/env node
// `pacta report` in a real browser: the report of examples/critical-minerals-2026, written by the
// built CLI (apps/cli/dist), opened from file:// in headless Chromium (Debian's /usr/bin/chromium,
// or PACTA_E2E_CHROMIUM) driven by playwright-core, with axe-core injected for the accessibility
// check. Both come from apps/vscode/e2e/node_modules, which .ci/e2e.sh installs; .ci/e2e.sh runs
// this after the extension's tests and adds its tally to the e2e total.
//
//   node apps/cli/e2e/report.mjs
//
// Prints `N passed, N failed` as its last line; exit code 1 if anything failed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHarness } from '../../../scripts/e2e-harness.mjs';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const e2eModules = createRequire(join(repo, 'apps/vscode/e2e/package.json'));
const cli = join(repo, 'apps/cli/dist/pacta.js');
const example = join(repo, 'examples/critical-minerals-2026');
const chromiumPath = process.env.PACTA_E2E_CHROMIUM ?? '/usr/bin/chromium';
const AS_OF = '2026-03-10';
const T = Number(process.env.PACTA_E2E_TIMEOUT_MS ?? 60_000); // generous, a hang guard only

const { results, test, assert, tally } = createHarness();

let chromium;
let axeSource;
try {
    ({ chromium } = e2eModules('playwright-core'));
    axeSource = readFileSync(e2eModules.resolve('axe-core/axe.min.js'), 'utf8');
    for (const [what, path] of [
        ['Chromium', chromiumPath],
        ['the built CLI (pnpm build)', cli]
    ]) {
        if (!existsSync(path)) throw new Error(`${what} not found at ${path}`);
    }
} catch (error) {
    console.error(`report e2e: ${error.message}; run .ci/e2e.sh (it installs everything)`);
    results.push({ name: 'report: setup', ok: false });
    tally();
}

const tmp = mkdtempSync(join(tmpdir(), 'pacta-report-e2e-'));
const html = join(tmp, 'report.html');
const fileUrl = pathToFileURL(html).href;
let browser;
let page;
const consoleErrors = [];
const requests = [];

try {
    execFileSync(process.execPath, [cli, 'report', example, '--as-of', AS_OF, '-o', html], { stdio: 'inherit' });
    // What the timeline must show, from another command: every listed occurrence that has a day.
    const rows = JSON.parse(execFileSync(process.execPath, [cli, 'deadlines', example, '--include-closed', '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
    const dated = rows.filter(row => row.day !== null);

    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.setDefaultTimeout(T);
    page.on('console', message => {
        if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', error => consoleErrors.push(String(error)));
    page.on('request', request => requests.push(request.url()));
    await page.goto(fileUrl, { waitUntil: 'load' });

    await test('report: opens from file:// with no console error and no request but the file itself', async () => {
        await page.locator('h1').waitFor();
        assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
        assert(requests.length === 1 && requests[0] === fileUrl, `requests: ${requests.join(', ')}`);
        assert((await page.title()) === 'Agreements report', `title: ${await page.title()}`);
        // Headings in order, the script ran (the year buttons show).
        const headings = await page.locator('h2').allTextContents();
        assert(headings.join('|') === `Status as of ${AS_OF}|Timeline of deadlines|How the agreements relate|Agreements`, `h2: ${headings.join('|')}`);
        assert(await page.locator('#timeline-zoom').isVisible(), 'the year buttons are hidden');
    });

    await test('report: the timeline has one mark per deadline occurrence, overdue ones as the status says', async () => {
        const marks = page.locator('#timeline-svg a.mark');
        assert((await marks.count()) === dated.length, `${await marks.count()} marks, ${dated.length} dated occurrences (pacta deadlines --include-closed)`);
        const status = JSON.parse(execFileSync(process.execPath, [cli, 'status', example, '--as-of', AS_OF, '--format', 'json'], { encoding: 'utf8' }));
        const overdue = status.commitments.filter(c => c.status === 'overdue').length;
        assert((await page.locator('#timeline-svg a.mark.overdue').count()) === overdue, `overdue marks ≠ ${overdue}`);
        assert((await page.locator('#timeline-svg a.mark.recurring').count()) === dated.filter(r => r.occurrence).length, 'recurring marks');
        // Each mark is a link to its row, with a name for screen readers.
        for (const mark of await marks.all()) {
            const href = await mark.getAttribute('href');
            assert(href && (await page.locator(`[id="${href.slice(1)}"]`).count()) === 1, `mark ${href} leads nowhere`);
            assert(((await mark.getAttribute('aria-label')) ?? '').length > 10, `mark ${href} has no label`);
        }
        const today = await page.locator('#timeline-svg .today-label').textContent();
        assert(today === `as of ${AS_OF}`, `today: ${today}`);
    });

    await test('report: zoom by year with the keyboard, and back to all years', async () => {
        const year = '2026';
        const inYear = dated.filter(r => r.day.startsWith(`${year}-`)).length;
        const button = page.locator(`#timeline-zoom button[data-year="${year}"]`);
        await button.focus();
        await page.keyboard.press('Enter');
        assert((await button.getAttribute('aria-pressed')) === 'true', 'the year button is not pressed');
        const visible = await page.locator('#timeline-svg a.mark').evaluateAll(els => els.filter(el => el.style.display !== 'none').length);
        assert(visible >= inYear && visible <= inYear + dated.filter(r => r.day === '2027-01-01').length, `${visible} marks shown for ${year}, ${inYear} in it`);
        assert((await page.locator('#timeline-svg g.months g.month').count()) === 12, 'no month ticks');
        await page.locator('#timeline-zoom button', { hasText: 'All years' }).click();
        const all = await page.locator('#timeline-svg a.mark').evaluateAll(els => els.filter(el => el.style.display !== 'none').length);
        assert(all === dated.length, `${all} marks shown for all years`);
        assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
    });

    await test('report: source links have http(s) addresses, in-page links lead to their target', async () => {
        const hrefs = await page.locator('a[href]').evaluateAll(els => els.map(el => el.getAttribute('href')));
        const external = hrefs.filter(h => !h.startsWith('#'));
        assert(external.length > 20, `only ${external.length} source links`);
        for (const href of external) assert(/^https?:\/\//.test(href), `a link that is not http(s): ${href}`);
        for (const href of new Set(hrefs.filter(h => h.startsWith('#')))) {
            assert((await page.locator(`[id="${href.slice(1)}"]`).count()) === 1, `${href} leads nowhere`);
        }
    });

    await test('report: axe-core finds no serious or critical accessibility violation', async () => {
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help })));
        const bad = violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
        if (violations.length > 0) console.log(`     axe: ${violations.map(v => `${v.id} (${v.impact}, ${v.nodes})`).join(', ')}`);
        assert(bad.length === 0, `axe: ${bad.map(v => `${v.id}: ${v.help} (${v.nodes} nodes)`).join('; ')}`);
    });

    await test('report: prints to PDF without the controls', async () => {
        await page.emulateMedia({ media: 'print' });
        const zoom = await page.locator('#timeline-zoom').evaluate(el => getComputedStyle(el).display);
        assert(zoom === 'none', `the year buttons print (display ${zoom})`);
        const pdf = join(tmp, 'report.pdf');
        await page.pdf({ path: pdf, format: 'A4', printBackground: true });
        assert(statSync(pdf).size > 20_000 && readFileSync(pdf).subarray(0, 5).toString() === '%PDF-', 'no PDF');
        assert(requests.length === 1, `requests while printing: ${requests.slice(1).join(', ')}`);
    });
} catch (error) {
    results.push({ name: 'report: harness', ok: false });
    console.log(`FAIL report: harness: ${error?.stack ?? error}`);
} finally {
    await browser?.close().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
}
tally();
