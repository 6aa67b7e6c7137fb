#!/usr/bin/env node
// The screenshot of the report in the README and docs/report.md (docs/images/report.png):
// `pacta report examples/critical-minerals-2026 --as-of 2026-03-10` opened from file:// in headless
// Chromium (Debian's /usr/bin/chromium, or PACTA_E2E_CHROMIUM), the top of the page at 1200 px.
// Needs the built CLI (pnpm build) and playwright-core from apps/vscode/e2e (bash .ci/e2e.sh
// installs it, or `npm ci` there). A fixed as-of day, so the picture changes only with the report.
//
//   node scripts/report-screenshot.mjs [out.png]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const out = resolve(process.argv[2] ?? join(repo, 'docs/images/report.png'));
const require = createRequire(join(repo, 'apps/vscode/e2e/package.json'));
const { chromium } = require('playwright-core');

const tmp = mkdtempSync(join(tmpdir(), 'pacta-report-shot-'));
try {
    const html = join(tmp, 'report.html');
    execFileSync(
        process.execPath,
        [join(repo, 'apps/cli/dist/pacta.js'), 'report', join(repo, 'examples/critical-minerals-2026'), '--as-of', '2026-03-10', '--title', 'Critical minerals 2026', '-o', html],
        { stdio: 'inherit' }
    );
    const browser = await chromium.launch({ executablePath: process.env.PACTA_E2E_CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    try {
        const page = await browser.newPage({ viewport: { width: 1200, height: 1500 }, deviceScaleFactor: 1 });
        await page.goto(pathToFileURL(html).href);
        // From the status summary down to the end of the timeline chart.
        const top = await page.locator('#timeline').evaluate(el => el.getBoundingClientRect().top + window.scrollY);
        const bottom = await page.locator('#timeline .figure').evaluate(el => el.getBoundingClientRect().bottom + window.scrollY);
        await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: Math.max(0, top - 10), width: 1200, height: Math.min(1500, bottom - top + 30) } });
        console.log(`wrote ${out}`);
    } finally {
        await browser.close();
    }
} finally {
    rmSync(tmp, { recursive: true, force: true });
}
