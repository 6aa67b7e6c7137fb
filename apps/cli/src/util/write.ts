import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import * as nodePath from 'node:path';
import { CliError, describeError } from './errors.js';
import { refuseInputAsOutput, refusePactaName, resolveOutputTarget } from './output-target.js';

/** Temp files not yet renamed: removed if the process is interrupted. */
const pending = new Set<string>();
let cleanupInstalled = false;

function installCleanup(): void {
    if (cleanupInstalled) return;
    cleanupInstalled = true;
    const cleanup = () => {
        for (const temp of pending) {
            try {
                unlinkSync(temp);
            } catch {
                /* already gone */
            }
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

export interface WriteOptions {
    /** Files the output must not be (the inputs of the run): such a target is refused (exit 2). */
    inputs?: readonly string[];
    /** The text is Pacta source (`fmt`, `init`): a `.pacta` target is fine. Otherwise it is refused. */
    source?: boolean;
    /** `--follow-symlinks`: write through a link of the current folder even when it leads out of it. */
    followSymlinks?: boolean;
    /** How the file is named in messages, when not as `file` (e.g. relative to the current folder). */
    shown?: string;
}

/** A temp file of ours for `target`: `.<name>.<12 hex>.tmp` beside it. */
function tempName(target: string): string {
    return nodePath.join(nodePath.dirname(target), `.${nodePath.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** A temp file left by a killed write is removed by the next write of the same target, once it is a minute old. */
const STALE_TEMP_MS = 60_000;

function removeStaleTemps(target: string): void {
    const dir = nodePath.dirname(target);
    const prefix = `.${nodePath.basename(target)}.`;
    let names: string[];
    try {
        names = readdirSync(dir);
    } catch {
        return;
    }
    const now = Date.now();
    for (const name of names) {
        if (!name.startsWith(prefix) || !/^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length))) continue;
        const path = nodePath.join(dir, name);
        try {
            const stat = statSync(path);
            if (stat.isFile() && now - stat.mtimeMs > STALE_TEMP_MS) unlinkSync(path);
        } catch {
            /* gone, or not ours to remove */
        }
    }
}

/**
 * A read-only file is not replaced: renaming a temp file over it would succeed (the rename needs
 * only the folder to be writable), so `fmt`, `--fix` or `-o` would silently undo a protection the
 * user set. Read-only means no write permission for us — or, for root, who may write anything, no
 * write bit at all (`chmod a-w`).
 */
function refuseReadOnly(file: string, real: string, mode: number): void {
    let writable = (mode & 0o222) !== 0;
    if (writable) {
        try {
            accessSync(real, constants.W_OK);
        } catch {
            writable = false;
        }
    }
    if (!writable) throw new CliError(`cannot write '${file}': the file is read-only; make it writable (chmod u+w) to let pacta replace it`);
}

/**
 * Writes `text` to `file` atomically: to a temp file beside the real target (same folder, so the
 * rename does not cross file systems), flushed to disk, then renamed over it. A reader sees the
 * old file or the new one, never half of one. Symbolic links are written through (the file they
 * name is replaced, the link stays) unless a link of the current folder leads out of it; anything
 * but a regular file at the target is refused (`/dev/null` discards), and so is a target that is
 * one of `options.inputs` or, unless `options.source`, any `.pacta` file (see `output-target.ts`). Keeps the mode (and,
 * when it can, the owner) of an existing file and refuses a read-only one. Creates missing folders. A killed run leaves at
 * most a `.<name>.<random>.tmp` (removed on Ctrl-C, and by the next write of the same target).
 * Throws a `CliError` (exit 2) when it cannot or must not write.
 */
export function writeFileAtomic(file: string, text: string, options: WriteOptions = {}): void {
    installCleanup();
    const target = resolveOutputTarget(file, { followSymlinks: options.followSymlinks === true });
    if (!options.source) refusePactaName(target);
    if (options.inputs) refuseInputAsOutput(target, options.inputs);
    if (target.discard) return;
    const dir = nodePath.dirname(target.real);
    let mode = 0o666;
    let owner: { uid: number; gid: number } | undefined;
    if (target.exists) {
        const stat = statSync(target.real);
        mode = stat.mode & 0o7777;
        owner = { uid: stat.uid, gid: stat.gid };
        refuseReadOnly(options.shown ?? file, target.real, mode);
    }
    const temp = tempName(target.real);
    let fd: number | undefined;
    try {
        mkdirSync(dir, { recursive: true });
        removeStaleTemps(target.real);
        pending.add(temp);
        fd = openSync(temp, 'wx', mode);
        // The umask applies at creation: set the existing file's mode exactly.
        if (target.exists) fchmodSync(fd, mode);
        if (owner && typeof process.getuid === 'function' && process.getuid() === 0) {
            try {
                fchownSync(fd, owner.uid, owner.gid);
            } catch {
                /* e.g. a file system without owners */
            }
        }
        const bytes = Buffer.from(text, 'utf8');
        let written = 0;
        while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
        fsyncSync(fd);
        closeSync(fd);
        fd = undefined;
        renameSync(temp, target.real);
        pending.delete(temp);
    } catch (error) {
        if (fd !== undefined) {
            try {
                closeSync(fd);
            } catch {
                /* ignore */
            }
        }
        try {
            unlinkSync(temp);
        } catch {
            /* never created */
        }
        pending.delete(temp);
        throw new CliError(`cannot write '${options.shown ?? file}': ${describeError(error)}`);
    }
}
