#!/usr/bin/env node
// The language server in an independent LSP client: Neovim (nvim on PATH, 0.7 or later), set up as
// docs/editor.md tells users of other editors (`node apps/vscode/dist/server.js --stdio`). Copies
// examples/critical-minerals-2026 to a temporary folder, adds broken.pacta (one unknown party),
// spaces us-mexico.pacta messily, and runs check.lua in headless nvim, which drives the server over
// the real protocol and prints `PASS name` / `FAIL name: why`. Needs `pnpm build` (the server and the CLI).
//
//   node apps/vscode/e2e/neovim/run.mjs
//
// Prints `N passed, N failed` last (.ci/e2e.sh adds it to the e2e total); exit code 1 on a failure.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHarness } from '../../../../scripts/e2e-harness.mjs';

const repo = fileURLToPath(new URL('../../../..', import.meta.url));
const server = join(repo, 'apps/vscode/dist/server.js');
const cli = join(repo, 'apps/cli/dist/pacta.js');
const checkLua = fileURLToPath(new URL('check.lua', import.meta.url));
const HANG_GUARD_MS = Number(process.env.PACTA_E2E_NVIM_TIMEOUT_MS ?? 180_000); // a guard, not an assertion

const { results, tally } = createHarness();
const work = mkdtempSync(join(tmpdir(), 'pacta-nvim-'));
const folder = join(work, 'critical-minerals-2026');
const expected = join(work, 'expected', 'us-mexico.pacta'); // the `pacta fmt` layout of us-mexico.pacta

/** The one mistake check.lua looks for: `ZZ` is no party (pacta/unresolved-reference at 3:17). */
const BROKEN = `agreement broken_pact "A pact with one mistake" {
    kind joint_statement
    parties US, ZZ
    announced 2026-02-04
}
`;

/** Same tokens, messy spacing: odd indents, trailing blanks, spaces before commas and braces. */
function messUp(text) {
    return text
        .split('\n')
        .map((line, i) => {
            if (line.trim() === '' || line.trimStart().startsWith('*') || line.trimStart().startsWith('/')) return line;
            const body = line
                .trimStart()
                .replace(/, (?=[A-Z][A-Z]\b)/g, ' ,   ')
                .replace(/ \{$/, '{');
            return `${' '.repeat((i * 3) % 7)}${body}${i % 2 ? '   ' : ''}`;
        })
        .join('\n');
}

async function main() {
    for (const [what, path] of [
        ['the server (pnpm build)', server],
        ['the built CLI (pnpm build)', cli]
    ]) {
        if (!existsSync(path)) throw new Error(`${what} not found at ${path}`);
    }
    console.log(execFileSync('nvim', ['--version'], { encoding: 'utf8' }).split('\n')[0]);
    cpSync(join(repo, 'examples/critical-minerals-2026'), folder, { recursive: true });
    writeFileSync(join(folder, 'broken.pacta'), BROKEN);

    // The expected layout is the example as committed, which `pacta fmt --check` accepts.
    mkdirSync(join(work, 'expected'));
    const original = readFileSync(join(folder, 'us-mexico.pacta'), 'utf8');
    writeFileSync(expected, original);
    execFileSync(process.execPath, [cli, 'fmt', '--check', expected], { stdio: 'pipe' });
    writeFileSync(join(folder, 'us-mexico.pacta'), messUp(original));

    const { code, signal, stdout, stderr } = await runNvim();
    const lines = stdout.split('\n').filter(line => /^(PASS|FAIL) /.test(line));
    for (const line of lines) {
        console.log(line);
        results.push({ name: line.replace(/^(PASS|FAIL) /, ''), ok: line.startsWith('PASS ') });
    }
    const why = signal ? `killed (${signal}) by the ${HANG_GUARD_MS / 1000} s hang guard` : `exit code ${code}`;
    if (lines.length === 0) {
        results.push({ name: 'nvim printed results', ok: false });
        console.log(`FAIL nvim printed no result: ${why}\n${stdout}\n${stderr}`);
    } else if (code !== 0 && results.every(r => r.ok)) {
        results.push({ name: 'nvim ran check.lua to the end', ok: false });
        console.log(`FAIL nvim ran check.lua to the end: ${why} although every check passed\n${stderr}`);
    }
}

/** Headless nvim with no user config, shada or swap files; a hang guard kills it. */
function runNvim() {
    return new Promise(resolve => {
        const child = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${checkLua.replaceAll(' ', '\\ ')}`], {
            cwd: folder,
            env: {
                ...process.env,
                PACTA_NODE: process.execPath,
                PACTA_SERVER: server,
                PACTA_FOLDER: folder,
                PACTA_FMT_EXPECTED: expected,
                // nvim's lsp.log and other state go to the temporary folder, not the user's home.
                XDG_CACHE_HOME: join(work, 'cache'),
                XDG_STATE_HOME: join(work, 'state'),
                XDG_DATA_HOME: join(work, 'data')
            },
            stdio: ['ignore', 'pipe', 'pipe']
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', chunk => (stdout += chunk));
        child.stderr.on('data', chunk => (stderr += chunk));
        const guard = setTimeout(() => child.kill('SIGKILL'), HANG_GUARD_MS);
        child.on('close', (code, signal) => {
            clearTimeout(guard);
            resolve({ code, signal, stdout, stderr });
        });
    });
}

try {
    await main();
} catch (error) {
    results.push({ name: 'setup', ok: false });
    console.log(`FAIL setup: ${error?.stack ?? error}`);
} finally {
    if (!results.some(r => !r.ok)) rmSync(work, { recursive: true, force: true });
    else console.log(`kept ${work} to look at`);
}
tally();
