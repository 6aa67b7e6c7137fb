// Running the benchmark's parts as child processes: each part is measured in a fresh Node, so one
// part's heap and JIT state do not leak into the next, and one part's crash is a row, not the end.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PEAK_RSS = new URL('./peak-rss.mjs', import.meta.url).href;

/**
 * Runs `node <args>` from the repository root; resolves (never rejects) with its exit status, signal,
 * stdout, stderr and wall time. With `peakRss`, also the child's peak RSS in MB (undefined if it died).
 * With `timeoutMs`, a child still running then is killed (a hung script is a row, not a hung bench).
 */
export function runNode(args, { peakRss = false, cwd = ROOT, env = {}, echoStderr = false, timeoutMs } = {}) {
    const scratch = peakRss ? mkdtempSync(path.join(os.tmpdir(), 'pacta-bench-rss-')) : undefined;
    const rssFile = scratch && path.join(scratch, 'maxrss');
    const nodeArgs = peakRss ? ['--import', PEAK_RSS, ...args] : args;
    return new Promise(resolve => {
        const started = performance.now();
        const child = spawn(process.execPath, nodeArgs, {
            cwd,
            stdio: ['ignore', 'pipe', 'pipe'],
            env: { ...process.env, NO_COLOR: '1', ...env, ...(rssFile ? { PACTA_BENCH_RSS_FILE: rssFile } : {}) }
        });
        const out = [];
        const err = [];
        let errTail = '';
        child.stdout.on('data', chunk => out.push(chunk));
        child.stderr.on('data', chunk => {
            // Keep only the end of stderr: a dying 100k-file run can print a lot.
            errTail = (errTail + chunk.toString('utf8')).slice(-8000);
            if (echoStderr) process.stderr.write(chunk);
        });
        child.on('error', error => {
            errTail += String(error);
        });
        const timer =
            timeoutMs
            && setTimeout(() => {
                errTail += `\nbench: killed after ${timeoutMs} ms`;
                child.kill('SIGKILL');
            }, timeoutMs);
        child.on('close', (status, signal) => {
            if (timer) clearTimeout(timer);
            const ms = performance.now() - started;
            let peakRssMB;
            if (rssFile) {
                try {
                    peakRssMB = Number(readFileSync(rssFile, 'utf8')) / 1024;
                } catch {
                    /* died before exit */
                }
                rmSync(scratch, { recursive: true, force: true });
            }
            err.push(errTail);
            resolve({ status, signal, ms, peakRssMB, stdout: Buffer.concat(out).toString('utf8'), stderr: err.join('') });
        });
    });
}

/** The last line of `text` that parses as a JSON object, or undefined. */
export function lastJson(text) {
    const trimmed = text.trim();
    try {
        return JSON.parse(trimmed);
    } catch {
        // Not one JSON document: try line by line from the end.
    }
    for (const line of trimmed.split('\n').reverse()) {
        if (!line.startsWith('{')) continue;
        try {
            return JSON.parse(line);
        } catch {
            /* keep looking */
        }
    }
    return undefined;
}

/**
 * One line explaining why a child failed: its exit, and the line of its stderr that says why — V8's
 * `FATAL ERROR: … heap out of memory` or an error, else the last line (V8 ends with stack frames) —
 * with paths of this machine cut to their last part (results are committed).
 */
export function failure(run) {
    const how = run.signal ? `killed by ${run.signal}` : `exit ${run.status}`;
    const lines = run.stderr.trim().split('\n').filter(Boolean);
    const why = lines.find(line => /FATAL ERROR|out of memory|Error:/.test(line)) ?? lines.at(-1) ?? '';
    const shown = why.replace(/(?:[A-Za-z]:)?[\\/](?:[^\s\\/\]]+[\\/])+([^\s\\/\]]+)/g, '…/$1').trim();
    return `${how}${shown ? `: ${shown.slice(0, 160)}` : ''}`;
}
