import { type SpawnOptions, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';

export const CLI_DIR = fileURLToPath(new URL('..', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const CLI = join(CLI_DIR, 'dist', 'pacta.js');
export const EXAMPLES = join(REPO_ROOT, 'examples', 'critical-minerals-2026');
export const GOLDEN = join(CLI_DIR, 'test', 'golden');
export const VERSION: string = JSON.parse(readFileSync(join(CLI_DIR, 'package.json'), 'utf8')).version;

if (!existsSync(CLI)) {
    throw new Error(`${CLI} is missing: the tests run the built CLI; run 'pnpm build' (or 'pnpm --filter @pacta/cli build') first.`);
}

export interface Run {
    code: number | null;
    stdout: string;
    stderr: string;
}

/** The environment of a run: no colour settings, no CI or GitHub variables inherited from the test runner. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const key of ['NO_COLOR', 'FORCE_COLOR', 'GITHUB_WORKSPACE', 'SOURCE_DATE_EPOCH', 'PACTA_DEBUG', 'TERM']) delete env[key];
    for (const [key, value] of Object.entries(extra)) {
        if (value === undefined) delete env[key];
        else env[key] = value;
    }
    return env;
}

/** Runs `node dist/pacta.js ...args` and waits for it. */
export function pacta(args: readonly string[], options: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {}): Run {
    const result = spawnSync(process.execPath, [CLI, ...args], {
        cwd: options.cwd ?? REPO_ROOT,
        env: cleanEnv(options.env),
        encoding: 'utf8',
        timeout: 120_000,
        ...(options.input !== undefined ? { input: options.input } : {})
    });
    if (result.error) throw result.error;
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `node dist/pacta.js ...args` in the background (for --watch). */
export function pactaSpawn(args: readonly string[], options: SpawnOptions & { env?: Record<string, string | undefined> } = {}) {
    const child = spawn(process.execPath, [CLI, ...args], { ...options, env: cleanEnv(options.env as Record<string, string | undefined>), stdio: ['ignore', 'pipe', 'pipe'] });
    const output = { stdout: '', stderr: '' };
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
        output.stdout += chunk;
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
        output.stderr += chunk;
    });
    return { child, output };
}

const temps: string[] = [];
afterAll(() => {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/**
 * A fresh folder under the OS temp folder, removed after the test file. It is made the root of a
 * repository (an empty `.git` folder), so SARIF and GitHub paths are relative to it.
 */
export function tempRepo(files: Record<string, string> = {}): string {
    const dir = mkdtempSync(join(tmpdir(), 'pacta-cli-'));
    temps.push(dir);
    mkdirSync(join(dir, '.git'));
    for (const [name, text] of Object.entries(files)) writeFile(join(dir, name), text);
    return dir;
}

/** A temp repository holding a copy of `folder` (as `into`, or at its root). */
export function copyToTemp(folder: string, into = ''): string {
    const dir = tempRepo();
    cpSync(folder, join(dir, into), { recursive: true });
    return dir;
}

export function writeFile(path: string, text: string): void {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
}

/**
 * Compares `actual` with the golden file `test/golden/expected/<name>`; with `UPDATE_GOLDENS=1`
 * writes it instead. The CLI's version is stored as `<version>`.
 */
export function expectGolden(name: string, actual: string): void {
    const file = join(GOLDEN, 'expected', name);
    const normalised = actual.split(VERSION).join('<version>');
    if (process.env['UPDATE_GOLDENS'] === '1') {
        writeFile(file, normalised);
        return;
    }
    expect(existsSync(file), `golden ${name} is missing: run with UPDATE_GOLDENS=1`).toBe(true);
    expect(normalised).toBe(readFileSync(file, 'utf8'));
}

export function sleep(ms: number): Promise<void> {
    return new Promise(resolve => setTimeout(resolve, ms));
}

/** Polls `condition` until it holds (or throws after `timeoutMs`). */
export async function waitFor(condition: () => boolean, timeoutMs: number, what: string, detail: () => string = () => ''): Promise<void> {
    const start = Date.now();
    while (!condition()) {
        if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}\n${detail()}`);
        await sleep(50);
    }
}
