#!/usr/bin/env node
// The playground in headless Chromium (Debian's /usr/bin/chromium, or PACTA_E2E_CHROMIUM) driven by
// playwright-core (installed into this folder by .ci/e2e.sh): the built page (apps/playground/dist,
// `pnpm build`) served by scripts/serve.mjs on 127.0.0.1, used as a newcomer would — typing, Ctrl+Space,
// hovering, clicking tabs, downloading the JSON, opening a share link. The expected answers come from
// the built CLI (apps/cli/dist) and the example's own JSON, never from the page.
//
//   node apps/playground/e2e/run.mjs
//
// Prints `N passed, N failed` as its last line; exit code 1 if anything failed.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { OURS_LIMIT, measure, report } from '../scripts/budget.mjs';
import { servePlayground } from '../scripts/serve.mjs';
import { createHarness } from '../../../scripts/e2e-harness.mjs';

const app = fileURLToPath(new URL('..', import.meta.url));
const repo = join(app, '../..');
const dist = join(app, 'dist');
const cli = join(repo, 'apps/cli/dist/pacta.js');
const example = join(repo, 'examples/critical-minerals-2026');
const images = join(repo, 'docs/images');
const chromiumPath = process.env.PACTA_E2E_CHROMIUM ?? '/usr/bin/chromium';
const T = Number(process.env.PACTA_E2E_TIMEOUT_MS ?? 90_000); // generous, a hang guard only
const AS_OF = '2026-03-10';

const { results, test, assert, tally } = createHarness();

let chromium;
try {
    ({ chromium } = createRequire(join(app, 'e2e/package.json'))('playwright-core'));
    for (const [what, path] of [
        ['Chromium', chromiumPath],
        ['the built playground (pnpm build)', join(dist, 'index.html')],
        ['the built CLI (pnpm build)', cli]
    ]) {
        if (!existsSync(path)) throw new Error(`${what} not found at ${path}`);
    }
} catch (error) {
    console.error(`playground e2e: ${error.message}; run .ci/e2e.sh (it installs everything)`);
    results.push({ name: 'playground: setup', ok: false });
    tally();
}

const pacta = (...args) => execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
const server = await servePlayground({ dir: dist, port: 0 });
const origin = new URL(server.url).origin;
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
const mod = 'Control';

/** A page of the playground, with every console error and every request it makes recorded. */
async function openPage(url, within = context, beforeLoad = async () => {}) {
    const page = await within.newPage();
    await beforeLoad(page);
    const log = { consoleErrors: [], requests: [], dialogs: [] };
    page.on('console', message => {
        if (message.type() === 'error') log.consoleErrors.push(message.text());
    });
    page.on('pageerror', error => log.consoleErrors.push(`uncaught: ${error.message}`));
    // Every request of the page and of its workers (a worker's request may have no frame of its own).
    within.on('request', request => {
        let owner;
        try {
            owner = request.frame().page();
        } catch {
            owner = undefined;
        }
        if (owner === page || owner === undefined) log.requests.push(request.url());
    });
    page.on('dialog', dialog => {
        log.dialogs.push(dialog.message());
        void (page.nextDialogAnswer !== undefined ? dialog.accept(page.nextDialogAnswer) : dialog.dismiss());
    });
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.state !== 'loading', null, { timeout: T });
    assert((await page.evaluate(() => document.body.dataset.state)) === 'ready', `the page did not start: ${await page.locator('#server-state').textContent()}`);
    return { page, log };
}

/** The files the page holds, from its Monaco models. */
const filesOf = page =>
    page.evaluate(() =>
        globalThis.pactaPlayground.monaco.editor
            .getModels()
            .map(model => ({ path: model.uri.path.split('/').pop(), text: model.getValue() }))
            .sort((a, b) => (a.path < b.path ? -1 : 1))
    );

/** Waits for a panel to show `text`; on a timeout the error says what the panel showed instead. */
async function panelSays(page, name, text) {
    try {
        await page.locator(`#panel-${name}`, { hasText: text }).waitFor({ timeout: T });
    } catch (error) {
        const shown = await page
            .locator(`#panel-${name}`)
            .textContent()
            .catch(() => '(unreadable)');
        throw new Error(`the ${name} panel should say ${JSON.stringify(text)}; it shows ${JSON.stringify(shown.slice(0, 300))} (${error.message.split('\n')[0]})`);
    }
}

async function showPanel(page, name) {
    await page.click(`#panel-tabs [data-panel="${name}"]`);
    await page.waitForSelector(`#panel-${name}[data-ready="true"]`, { timeout: T });
}

/** Opens a file's tab and puts the cursor on the first occurrence of `text` (1 + `offset` characters in). */
async function placeCursor(page, file, text, offset = 0) {
    await page.click(`#file-tabs [data-path="${file}"]`);
    await page.evaluate(
        ([needle, shift]) => {
            const { editor } = globalThis.pactaPlayground;
            const match = editor.getModel().findMatches(needle, false, false, true, null, false)[0];
            if (!match) throw new Error(`${needle} not found`);
            const position = { lineNumber: match.range.startLineNumber, column: match.range.startColumn + shift };
            editor.setPosition(position);
            editor.revealPositionInCenter(position);
            editor.focus();
        },
        [text, offset]
    );
}

/** `file:line` of the editor's cursor. */
const cursorAt = page =>
    page.evaluate(() => {
        const { editor } = globalThis.pactaPlayground;
        return `${editor.getModel().uri.path.split('/').pop()}:${editor.getPosition().lineNumber}`;
    });

let main;
await test('the page loads the example with no console error and no request beyond its own origin', async () => {
    main = await openPage(server.url);
    const { page, log } = main;
    const tabs = await page.locator('#file-tabs [role="tab"]').allInnerTexts();
    const expected = execFileSync('ls', [example], { encoding: 'utf8' })
        .split('\n')
        .filter(name => name.endsWith('.pacta'));
    assert(JSON.stringify(tabs.map(tab => tab.replace(/●\d+$/, '').trim())) === JSON.stringify(expected), `file tabs ${tabs} differ from the example's files ${expected}`);
    // Usable: the server has checked every file (diagnostics published); the example has no error.
    await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .view-line').length > 0, null, { timeout: T });
    await showPanel(page, 'deadlines');
    const foreign = log.requests.filter(url => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
    assert(foreign.length === 0, `requests beyond the page's origin: ${foreign.join(', ')}`);
    assert(log.consoleErrors.length === 0, `console errors: ${log.consoleErrors.join(' | ')}`);
    assert((await page.locator('#problem-count').textContent()) === '0', 'the example should have no problem');
});

await test('bundle budget: what the first load fetched, gzipped, ours within 600 kB', async () => {
    const files = [...new Set(main.log.requests.filter(url => url.startsWith(`${origin}/`)).map(url => decodeURIComponent(new URL(url).pathname.slice(1)) || 'index.html'))];
    const result = measure(
        files.map(file => (file.endsWith('/') || file === '' ? `${file}index.html` : file)),
        dist
    );
    console.log(report(result));
    assert(files.includes('server/server.js') && files.includes('monaco/monaco.js'), `the first load should fetch the server and Monaco: ${files}`);
    assert(result.ours <= OURS_LIMIT, `ours is ${result.ours} bytes gzipped, over ${OURS_LIMIT}`);
});

await test('the Deadlines tab lists 2026-03-06 (the EU–U.S. MoU, 30 days after 2026-02-04)', async () => {
    const { page } = main;
    await page.fill('#as-of', AS_OF);
    await showPanel(page, 'deadlines');
    const row = page.locator('#panel-deadlines tr', { hasText: '2026-03-06' }).first();
    await row.waitFor({ timeout: T });
    const expected = JSON.parse(pacta('deadlines', example, '--include-closed', '--format', 'json'));
    const days = await page.locator('#panel-deadlines tbody tr td:first-child').allInnerTexts();
    const expectedDays = expected.map(r => r.day ?? '—');
    assert(JSON.stringify(days) === JSON.stringify(expectedDays), `days shown ${days.join(' ')}\ndiffer from pacta deadlines --include-closed: ${expectedDays.join(' ')}`);
    assert((await row.textContent()).includes('eu-us-japan.pacta:30'), `the row should point at eu-us-japan.pacta:30: ${await row.textContent()}`);
    assert((await row.textContent()).includes('overdue'), `on ${AS_OF} the MoU is overdue: ${await row.textContent()}`);
    // A row leads to where the deadline is written; its inlay hint shows the date there too.
    await row.click();
    assert((await cursorAt(page)) === 'eu-us-japan.pacta:30', `clicking the row should open eu-us-japan.pacta at line 30, not ${await cursorAt(page)}`);
    await page.locator('.monaco-editor .view-line', { hasText: '→ 2026-03-06' }).first().waitFor({ timeout: T });
    // The server's semantic tokens have coloured the file: the agreement's name in bold (the keyword colouring has no bold).
    await page.waitForFunction(
        () => [...document.querySelectorAll('.monaco-editor .view-line span span')].some(span => span.textContent === 'eu_us_japan' && getComputedStyle(span).fontWeight === '700'),
        null,
        { timeout: T }
    );
    await page.screenshot({ path: join(images, 'playground.png') });
});

await test('the Status tab answers for the chosen date as pacta status does (2026-03-01, then 2026-03-10)', async () => {
    const { page } = main;
    await showPanel(page, 'status');
    for (const day of ['2026-03-01', AS_OF]) {
        await page.fill('#as-of', day);
        await panelSays(page, 'status', `As of ${day}`);
        await page.waitForSelector('#panel-status[data-ready="true"]', { timeout: T });
        const status = JSON.parse(pacta('status', example, '--as-of', day, '--format', 'json'));
        const rows = await page.locator('#panel-status tbody tr').evaluateAll(trs => trs.map(tr => [...tr.cells].map(td => td.textContent)));
        const expected = status.commitments.map(entry => [entry.id, entry.status, entry.due ?? '—']);
        assert(JSON.stringify(rows) === JSON.stringify(expected), `status rows on ${day} differ from pacta status:\n${JSON.stringify(rows).slice(0, 400)}\n${JSON.stringify(expected).slice(0, 400)}`);
        const mou = rows.find(row => row[0] === 'eu_us_japan.mou');
        console.log(`  ${day}: eu_us_japan.mou ${mou?.[1]}`);
    }
});

await test('Download JSON gives the bytes of examples/critical-minerals-2026/critical-minerals-2026.json', async () => {
    const { page } = main;
    await showPanel(page, 'json');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: T }), page.click('#download-json')]);
    assert(download.suggestedFilename() === 'critical-minerals-2026.json', `downloaded as ${download.suggestedFilename()}`);
    const bytes = readFileSync(await download.path());
    const golden = readFileSync(join(example, 'critical-minerals-2026.json'));
    assert(bytes.equals(golden), `the download (${bytes.length} bytes) differs from the example's JSON (${golden.length} bytes)`);
});

await test('a hover on a deadline shows its resolved date', async () => {
    const { page } = main;
    await placeCursor(page, 'eu-us-japan.pacta', 'due within 30 days after announced', 'due within'.length - 2);
    await page.evaluate(() => globalThis.pactaPlayground.editor.trigger('e2e', 'editor.action.showHover', {}));
    const hover = page.locator('.monaco-hover:visible', { hasText: '2026-03-06' }).first();
    await hover.waitFor({ timeout: T });
    console.log(`  hover: ${(await hover.textContent()).replace(/\s+/g, ' ').slice(0, 160)}`);
    await page.keyboard.press('Escape');
});

await test('typing `parties ` in a new file offers the parties (Ctrl+Space)', async () => {
    const { page } = main;
    page.nextDialogAnswer = 'trial.pacta';
    await page.click('#new-file');
    await page.locator('#file-tabs [data-path="trial.pacta"][aria-selected="true"]').waitFor({ timeout: T });
    await page.click('#editor .view-lines');
    await page.keyboard.type('agreement trial "Trial" {');
    await page.keyboard.press('Enter');
    await page.keyboard.type('parties ');
    await page.keyboard.press(`${mod}+Space`);
    const widget = page.locator('.suggest-widget:visible');
    const label = name => widget.locator('.monaco-list-row .label-name').getByText(name, { exact: true });
    const offered = async name => {
        try {
            await label(name).waitFor({ timeout: T });
        } catch {
            throw new Error(`${name} is not offered; the suggestions show: ${await page.locator('.suggest-widget').textContent()}`);
        }
    };
    await widget.locator('.monaco-list-row').first().waitFor({ timeout: T });
    const labels = await widget.locator('.monaco-list-row .label-name').allInnerTexts();
    console.log(`  completion after 'parties ' (first rows): ${labels.join(', ')}`);
    await page.screenshot({ path: join(images, 'playground-completion.png') });
    // The list shows its first rows only; narrowing it as a user would brings up the others.
    for (const party of ['EU', 'JP']) {
        await page.keyboard.type(party[0]);
        await offered(party);
        await page.keyboard.press('Escape');
        await page.keyboard.press('Backspace');
        await page.keyboard.press(`${mod}+Space`);
        await widget.locator('.monaco-list-row').first().waitFor({ timeout: T });
    }
    await page.keyboard.press('Escape');
});

await test('a broken line shows a squiggle and a Problems row that jumps to it', async () => {
    const { page } = main;
    await page.keyboard.type('Atlantis');
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: T });
    await page.click('#panel-tabs [data-panel="problems"]');
    const row = page.locator('#panel-problems tr.problem', { hasText: 'Atlantis' }).first();
    await row.waitFor({ timeout: T });
    const text = await row.textContent();
    assert(text.includes('trial.pacta:2:'), `the Problems row should say trial.pacta:2: ${text}`);
    await placeCursor(page, 'eu-us-japan.pacta', 'commitment mou');
    await row.click();
    assert((await cursorAt(page)) === 'trial.pacta:2', `clicking the row should open trial.pacta at line 2, not ${await cursorAt(page)}`);
});

await test('a quick fix declares the unknown party (Ctrl+. on the squiggle)', async () => {
    const { page } = main;
    await page.keyboard.press('Escape');
    await placeCursor(page, 'trial.pacta', 'Atlantis', 2);
    await page.keyboard.press(`${mod}+Period`);
    const wanted = "Declare party 'Atlantis'";
    await page.locator('.action-widget .monaco-list-row', { hasText: wanted }).first().waitFor({ timeout: T });
    // Chosen with the keyboard, as the list is built for (arrows, Enter).
    const focused = () => page.locator('.action-widget .monaco-list-row.focused').textContent();
    for (let i = 0; i < 20 && !(await focused())?.includes(wanted); i++) await page.keyboard.press('ArrowDown');
    assert((await focused())?.includes(wanted), `could not select “${wanted}” in the quick fix list`);
    await page.keyboard.press('Enter');
    await page.locator('#panel-problems tr.problem', { hasText: 'Atlantis' }).first().waitFor({ state: 'detached', timeout: T });
    // The fix declares it where the other parties are (another file): any file of the workspace.
    const declared = (await filesOf(page)).filter(file => /^\s*(?!parties\b)[a-z_]+\s+Atlantis\b/m.test(file.text)).map(file => file.path);
    assert(declared.length === 1, `Atlantis should be declared in one file, not in ${declared.join(', ') || 'none'}`);
    console.log(`  declared in ${declared[0]}`);
});

await test('Format lays the file out as pacta fmt does', async () => {
    const { page } = main;
    await placeCursor(page, 'trial.pacta', 'parties');
    await page.keyboard.press('Home');
    await page.keyboard.type('        ');
    const before = await page.evaluate(() => globalThis.pactaPlayground.editor.getModel().getValue());
    const expected = execFileSync(process.execPath, [cli, 'fmt', '-'], { input: before, encoding: 'utf8' });
    assert(expected !== before, 'the text should need formatting');
    await page.click('#format');
    await page.waitForFunction(text => globalThis.pactaPlayground.editor.getModel().getValue() === text, expected, { timeout: T });
});

await test('a share URL reopens the same files (the new file included)', async () => {
    const { page } = main;
    await page.click('#share');
    const field = page.locator('#share-url:visible');
    await field.waitFor({ timeout: T });
    const url = await field.inputValue();
    assert(url.startsWith(`${server.url}#w=`), `share URL ${url.slice(0, 80)}`);
    const before = await filesOf(page);
    const reopened = await openPage(url);
    const after = await filesOf(reopened.page);
    assert(
        before.some(file => file.path === 'trial.pacta'),
        'the shared workspace should hold trial.pacta'
    );
    assert(JSON.stringify(after) === JSON.stringify(before), `the reopened files differ: ${after.map(f => f.path)} vs ${before.map(f => f.path)}`);
    console.log(`  share URL: ${url.length} characters for ${before.length} files`);
    await reopened.page.close();
    // A damaged link: the example, and a note saying so.
    const damaged = await openPage(`${server.url}#w=${url.split('#w=')[1].slice(0, 200)}`);
    await damaged.page.locator('#page-note', { hasText: 'could not be opened' }).waitFor({ timeout: T });
    assert((await damaged.page.locator('#file-tabs [role="tab"]').count()) === 10, 'a damaged link should open the example');
    assert(damaged.log.consoleErrors.length === 0, `console errors: ${damaged.log.consoleErrors.join(' | ')}`);
    await damaged.page.close();
    // A zip bomb: a short link that inflates to 20 MB of text, past the 5 MB a link may hold.
    const bomb = deflateRawSync(JSON.stringify({ v: 1, name: 'x', files: [['a.pacta', 'a'.repeat(20_000_000)]] })).toString('base64url');
    const bombed = await openPage(`${server.url}#w=${bomb}`);
    await bombed.page.locator('#page-note', { hasText: 'more than 5 MB of text' }).waitFor({ timeout: T });
    assert((await bombed.page.locator('#file-tabs [role="tab"]').count()) === 10, 'a link past the limit should open the example');
    await bombed.page.close();
});

/** The hash of a share link holding `files` (as the page's Share makes it), for the folder of the example. */
const shareHash = files => `#w=${deflateRawSync(JSON.stringify({ v: 1, name: 'critical-minerals-2026', files })).toString('base64url')}`;
const tabsOf = async page => (await page.locator('#file-tabs [role="tab"]').allInnerTexts()).map(tab => tab.replace(/●\d+$/, '').trim());

await test('no work is lost: a draft survives a reload, an edit drops a stale share link, a new link asks first, Reset clears the draft', async () => {
    // A browser of its own, so the other tests' drafts do not meet this one.
    const own = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
        const { page, log } = await openPage(server.url, own);
        const draftText = () => page.evaluate(() => localStorage.getItem('pacta-playground-draft') ?? '');
        await placeCursor(page, 'eu-us-japan.pacta', 'agreement');
        await page.keyboard.type('// kept in a draft\n');
        await page.waitForFunction(() => (localStorage.getItem('pacta-playground-draft') ?? '').includes('kept in a draft'), null, { timeout: T });
        await page.reload();
        await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: T });
        const reloaded = (await filesOf(page)).find(file => file.path === 'eu-us-japan.pacta');
        assert(reloaded?.text.includes('// kept in a draft'), 'after a reload the edit should be restored from the draft');

        // Share puts the files in the address; the next edit takes the now stale link out of it.
        await page.click('#share');
        await page.waitForFunction(() => location.hash.startsWith('#w='), null, { timeout: T });
        await placeCursor(page, 'eu-us-japan.pacta', 'agreement');
        await page.keyboard.type('// after sharing\n');
        await page.waitForFunction(() => location.hash === '', null, { timeout: T });
        assert(await page.locator('#share-url').isHidden(), 'the share field should hide with the stale link');

        // A new link in this tab over edited files: asked first; refused, nothing changes.
        const link = shareHash([['only.pacta', 'party EU "European Union"\n']]);
        page.nextDialogAnswer = undefined;
        await page.evaluate(hash => {
            location.hash = hash;
        }, link);
        await page.waitForFunction(() => location.hash === '', null, { timeout: T });
        assert(
            log.dialogs.some(text => text.includes('replaces the files you edited')),
            `no question before replacing edited files: ${log.dialogs}`
        );
        assert((await tabsOf(page)).length === 10, 'refusing should keep the files');
        // Accepted: the link's files.
        page.nextDialogAnswer = '';
        await page.evaluate(hash => {
            location.hash = hash;
        }, link);
        await page.waitForFunction(() => [...document.querySelectorAll('#file-tabs [role="tab"]')].map(tab => tab.dataset.path).join() === 'only.pacta', null, { timeout: T });

        // A damaged link in an open tab: the files stay, and the note stays (other tabs chosen) until dismissed.
        await page.evaluate(() => {
            location.hash = '#w=AAAA';
        });
        await page.locator('#page-note', { hasText: 'the files are unchanged' }).waitFor({ timeout: T });
        await showPanel(page, 'status');
        await showPanel(page, 'deadlines');
        assert(await page.locator('#page-note').isVisible(), 'the note should stay until dismissed');
        await page.click('#page-note-dismiss');
        await page.locator('#page-note').waitFor({ state: 'hidden', timeout: T });
        assert(JSON.stringify(await tabsOf(page)) === '["only.pacta"]', 'a damaged link should leave the files alone');

        // Reset to example clears the draft: a reload shows the example.
        await page.keyboard.type(' ');
        page.nextDialogAnswer = '';
        await page.click('#reset');
        await page.waitForFunction(() => document.querySelectorAll('#file-tabs [role="tab"]').length === 10, null, { timeout: T });
        assert((await draftText()) === '', 'Reset to example should clear the draft');
        await page.reload();
        await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: T });
        const files = await filesOf(page);
        assert(files.length === 10 && !files.some(file => file.text.includes('kept in a draft')), 'after Reset and a reload the example should show');
        assert(log.consoleErrors.length === 0, `console errors: ${log.consoleErrors.join(' | ')}`);
    } finally {
        await own.close();
    }
});

await test('works offline once loaded: the status for another day comes from the worker', async () => {
    const { page } = main;
    await context.setOffline(true);
    try {
        await showPanel(page, 'status');
        await page.fill('#as-of', '2026-07-02');
        await panelSays(page, 'status', 'As of 2026-07-02');
    } finally {
        await context.setOffline(false);
    }
});

await test('rename and delete a file: the server follows (Problems, compiled files)', async () => {
    const { page } = main;
    await page.click('#panel-tabs [data-panel="problems"]');
    await page.click('#file-tabs [data-path="trial.pacta"]');
    await page.evaluate(() => {
        const { editor } = globalThis.pactaPlayground;
        const end = editor.getModel().getFullModelRange().getEndPosition();
        editor.setPosition(end);
        editor.focus();
    });
    await page.keyboard.type('\nagreement broken "Broken" { parties Narnia }\n');
    await page.locator('#panel-problems tr.problem', { hasText: 'trial.pacta' }).first().waitFor({ timeout: T });
    page.nextDialogAnswer = 'renamed';
    await page.click('#rename-file');
    await page.locator('#file-tabs [data-path="renamed.pacta"][aria-selected="true"]').waitFor({ timeout: T });
    await page.locator('#panel-problems tr.problem', { hasText: 'renamed.pacta' }).first().waitFor({ timeout: T });
    assert((await page.locator('#panel-problems tr.problem', { hasText: 'trial.pacta' }).count()) === 0, 'Problems still lists trial.pacta');
    // Its own name again: nothing happens, no complaint.
    const dialogs = main.log.dialogs.length;
    page.nextDialogAnswer = 'renamed.pacta';
    await page.click('#rename-file');
    await page.locator('#file-tabs [data-path="renamed.pacta"][aria-selected="true"]').waitFor({ timeout: T });
    assert(main.log.dialogs.length === dialogs + 1, `renaming to its own name should ask once and say nothing more: ${main.log.dialogs.slice(dialogs)}`);
    // A name differing from another only in case is refused, with the reason.
    page.nextDialogAnswer = 'EU-US-JAPAN.PACTA';
    await Promise.all([page.waitForEvent('dialog', { predicate: dialog => dialog.type() === 'alert', timeout: T }), page.click('#rename-file')]);
    assert(main.log.dialogs.at(-1)?.startsWith('There is already a file named eu-us-japan.pacta'), `a case-only clash should be refused: ${main.log.dialogs.at(-1)}`);
    assert((await page.locator('#file-tabs [data-path="renamed.pacta"][aria-selected="true"]').count()) === 1, 'the refused rename should keep the file as it was');
    page.nextDialogAnswer = '';
    await page.click('#delete-file');
    await page.locator('#file-tabs [data-path="renamed.pacta"]').waitFor({ state: 'detached', timeout: T });
    await page.locator('#problem-count', { hasText: /^0$/ }).waitFor({ timeout: T });
    await showPanel(page, 'json');
    const note = await page.locator('#panel-note').textContent();
    assert(note.startsWith('10 files, 0 errors'), `after the delete the compile should see the example's 10 files: ${note}`);
});

await test('Download JSON waits for the JSON of the text as it is; a late answer leaves the open tab alone', async () => {
    const { page } = main;
    await showPanel(page, 'json');
    await placeCursor(page, 'eu-us-japan.pacta', 'agreement');
    // An edit disables the button at once, until the JSON of the edited text has landed (one edit, as
    // typing would bring up suggestions and closing braces).
    await page.evaluate(() => {
        const { editor, monaco } = globalThis.pactaPlayground;
        const { lineNumber } = editor.getPosition();
        editor.executeEdits('e2e', [{ range: new monaco.Range(lineNumber, 1, lineNumber, 1), text: 'agreement stale_check "Stale check" {\n    parties EU\n}\n\n' }]);
    });
    assert(await page.locator('#download-json').isDisabled(), 'Download JSON should be disabled right after an edit');
    await page.waitForSelector('#panel-json[data-ready="true"]', { timeout: T });
    await page.locator('#download-json:enabled').waitFor({ timeout: T });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: T }), page.click('#download-json')]);
    const json = readFileSync(await download.path(), 'utf8');
    assert(json.includes('"Stale check"'), `the download should hold the JSON of the edited text (${await page.locator('#panel-note').textContent()}): ${json.slice(0, 200)}`);
    // JSON asked, then Deadlines chosen before it answers: the compile's late answer must not show its note or button.
    await page.click('#panel-tabs [data-panel="problems"]');
    await page.evaluate(() => {
        document.querySelector('#panel-tabs [data-panel="json"]').click();
        document.querySelector('#panel-tabs [data-panel="deadlines"]').click();
    });
    await page.waitForSelector('#panel-deadlines[data-ready="true"]', { timeout: T });
    await page.waitForSelector('#panel-json[data-ready="true"]', { state: 'attached', timeout: T });
    assert(await page.locator('#download-json').isHidden(), 'the JSON tab is closed: no Download JSON');
    const note = await page.locator('#panel-note').textContent();
    assert(/^\d+ deadlines; grey: before /.test(note), `the note should be the Deadlines tab's: ${note}`);
});

await test('the As-of day: within what the server takes, a day it refuses is said in Deadlines and Status, and today follows the clock past midnight', async () => {
    const min = await main.page.locator('#as-of').getAttribute('min');
    const max = await main.page.locator('#as-of').getAttribute('max');
    assert(min === '0100-01-01' && max === '9999-12-31', `As of should take 0100-01-01 to 9999-12-31: ${min} ${max}`);
    const own = await browser.newContext({ viewport: { width: 1400, height: 900 }, timezoneId: 'UTC' });
    try {
        // The page's clock, from noon on 2026-03-10 (it runs on by itself); then moved past midnight.
        const { page, log } = await openPage(server.url, own, p => p.clock.install({ time: new Date('2026-03-10T12:00:00Z') }));
        await showPanel(page, 'status');
        await panelSays(page, 'status', 'As of 2026-03-10');
        await page.clock.setSystemTime(new Date('2026-03-11T00:00:05Z'));
        await showPanel(page, 'deadlines');
        await showPanel(page, 'status');
        await panelSays(page, 'status', 'As of 2026-03-11');
        assert((await page.inputValue('#as-of')) === '2026-03-11', 'the As-of field should show the new day');
        // A day the user chose stays chosen.
        await page.fill('#as-of', '2026-03-01');
        await panelSays(page, 'status', 'As of 2026-03-01');
        await page.clock.setSystemTime(new Date('2026-03-12T00:00:05Z'));
        await showPanel(page, 'deadlines');
        await showPanel(page, 'status');
        await panelSays(page, 'status', 'As of 2026-03-01');
        // Year 99: a day the date field lets one type, outside what the server takes.
        const refuse = async panel => {
            await showPanel(page, panel);
            await page.evaluate(() => {
                const field = document.querySelector('#as-of');
                field.value = '0099-12-31';
                field.dispatchEvent(new Event('change'));
            });
            const said = page.locator(`#panel-${panel} p.error`, { hasText: '0099-12-31' });
            await said.waitFor({ timeout: T });
            console.log(`  ${panel}: ${await said.textContent()}`);
        };
        await refuse('status');
        await refuse('deadlines');
        assert(log.consoleErrors.length === 0, `console errors: ${log.consoleErrors.join(' | ')}`);
    } finally {
        await own.close();
    }
});

await test('the Content-Security-Policy blocks an injected inline script', async () => {
    const { page } = main;
    const outcome = await page.evaluate(
        () =>
            new Promise(resolve => {
                document.addEventListener('securitypolicyviolation', event => resolve({ directive: event.violatedDirective, ran: globalThis.inlineScriptRan === true }), { once: true });
                const script = document.createElement('script');
                script.textContent = 'globalThis.inlineScriptRan = true;';
                document.body.append(script);
            })
    );
    assert(outcome.directive.startsWith('script-src'), `violated ${outcome.directive}`);
    assert(!outcome.ran, 'the inline script ran');
});

await test('no request left the page and nothing went to the console as an error during the whole session', async () => {
    // The one expected: the CSP test's refused inline script.
    const errors = main.log.consoleErrors.filter(text => !text.includes('Content Security Policy'));
    assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
    const foreign = main.log.requests.filter(url => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
    assert(foreign.length === 0, `requests beyond the page's origin: ${foreign.join(', ')}`);
    assert(main.log.requests.length > 5, "the session should have recorded the page's own requests");
});

await browser.close();
await server.close();
tally();
