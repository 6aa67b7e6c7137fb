import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import * as nodePath from 'node:path';
import { CliError, describeError } from './errors.js';

/** Temp files not yet renamed: removed if the process is interrupted. */
const pending = new Set<string>();
let cleanupInstalled = false;

function installCleanup(): void {
    if (cleanupInstalled) return;
    cleanupInstalled = true;
    const cleanup = () => {
        for (const temp of pending) {
            try { unlinkSync(temp); } catch { /* already gone */ }
        }
        pending.clear();
    };
    process.on('exit', cleanup);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
        process.once(signal, () => {
            cleanup();
            process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
        });
    }
}

/**
 * Writes `text` to `file` atomically: to a temp file beside it (same folder, so the rename does
 * not cross file systems), flushed to disk, then renamed over the target. A reader sees the old
 * file or the new one, never half of one; a killed run leaves at most a `.<name>.<random>.tmp`
 * beside it (removed on Ctrl-C). Creates missing folders. Keeps the mode of an existing file.
 * Throws a `CliError` (exit 2) when it cannot write.
 */
export function writeFileAtomic(file: string, text: string): void {
    installCleanup();
    const target = nodePath.resolve(file);
    const dir = nodePath.dirname(target);
    const temp = nodePath.join(dir, `.${nodePath.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    let mode = 0o666;
    try {
        const stat = statSync(target);
        if (stat.isDirectory()) throw new CliError(`cannot write '${file}': it is a folder`);
        mode = stat.mode & 0o7777;
    } catch (error) {
        if (error instanceof CliError) throw error;
    }
    let fd: number | undefined;
    try {
        mkdirSync(dir, { recursive: true });
        pending.add(temp);
        fd = openSync(temp, 'wx', mode);
        const bytes = Buffer.from(text, 'utf8');
        let written = 0;
        while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
        fsyncSync(fd);
        closeSync(fd);
        fd = undefined;
        renameSync(temp, target);
        pending.delete(temp);
    } catch (error) {
        if (fd !== undefined) {
            try { closeSync(fd); } catch { /* ignore */ }
        }
        try { unlinkSync(temp); } catch { /* never created */ }
        pending.delete(temp);
        throw new CliError(`cannot write '${file}': ${describeError(error)}`);
    }
}
