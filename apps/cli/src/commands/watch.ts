import { statSync } from 'node:fs';
import * as nodePath from 'node:path';
import { type FSWatcher, watch as chokidarWatch } from 'chokidar';
import type { IgnoreFilter } from '@pacta/sdk';
import { styleFor } from '../util/color.js';
import { describeError } from '../util/errors.js';
import { displayPath, globBase, isWithin } from '../util/paths.js';

interface Target {
    /** What is watched: a folder (recursively) or the folder of a file (only that file). */
    readonly folder: string;
    readonly file?: string;
}

/**
 * Runs `run` now and again after every change to the inputs, until the process is stopped.
 * Changes are debounced (`debounceMs` of quiet after the last event), runs never overlap (a change
 * during a run queues one more run), and nothing a run throws stops the loop: a file deleted or
 * half-written while saved just gives findings, and the next save recompiles. Globs and folders
 * are listed again on every run, so new files are picked up. What `ignore` ignores (`.gitignore`,
 * `.pactaignore`, the config's `ignore`) is not watched.
 */
export async function watch(args: readonly string[], run: () => Promise<number>, debounceMs: number, ignore?: IgnoreFilter): Promise<number> {
    const style = styleFor(process.stderr);
    const stamp = () => style.dim(`[${new Date().toTimeString().slice(0, 8)}]`);
    // `watching`: the watchers are ready, so a change made after the message is seen.
    let running = false,
        again = false,
        watching = false,
        timer: NodeJS.Timeout | undefined;
    const changed = new Set<string>();

    const runSafely = async (): Promise<void> => {
        if (running) {
            again = true;
            return;
        }
        running = true;
        try {
            const names = [...changed].map(path => displayPath(path)).sort();
            changed.clear();
            if (names.length > 0) process.stderr.write(`\n${stamp()} ${names.length === 1 ? names[0] : `${names.length} files`} changed; compiling\n`);
            await run();
        } catch (error) {
            process.stderr.write(`${style.red('✖')} ${describeError(error)}\n`);
        } finally {
            running = false;
        }
        if (watching) process.stderr.write(`${stamp()} watching for changes (Ctrl-C to stop)\n`);
        if (again) {
            again = false;
            await runSafely();
        }
    };

    await runSafely();
    const targets = watchTargets(args);
    const watchers: FSWatcher[] = targets.map(target => {
        const watcher = chokidarWatch(target.folder, {
            ignoreInitial: true,
            persistent: true,
            ...(target.file !== undefined ? { depth: 0 } : {}),
            // `.gitignore`d folders (build outputs) are not watched: a change there is never an input.
            ignored: (path: string, stats?: { isDirectory(): boolean }) => ignoredPath(target.folder, path) || (ignore?.ignores(nodePath.resolve(path), stats?.isDirectory() ?? false) ?? false)
        });
        watcher.on('all', (event, path) => {
            const absolute = nodePath.resolve(path);
            const relevant = target.file !== undefined ? absolute === target.file : absolute.endsWith('.pacta') || event === 'addDir' || event === 'unlinkDir';
            if (!relevant) return;
            changed.add(absolute);
            if (timer) clearTimeout(timer);
            timer = setTimeout(() => {
                timer = undefined;
                void runSafely();
            }, debounceMs);
        });
        watcher.on('error', error => process.stderr.write(`${style.yellow('⚠')} watching ${displayPath(target.folder)}: ${describeError(error)}\n`));
        return watcher;
    });
    await Promise.all(watchers.map(watcher => new Promise<void>(resolve => watcher.once('ready', () => resolve()))));
    watching = true;
    if (!running) process.stderr.write(`${stamp()} watching for changes (Ctrl-C to stop)\n`);
    return new Promise<number>(() => {
        /* runs until the process is stopped (Ctrl-C) */
    });
}

/** Folders to watch for the path arguments: a folder itself, a file's folder, a glob's base folder. */
function watchTargets(args: readonly string[]): Target[] {
    const targets: Target[] = [];
    for (const arg of args.length > 0 ? args : ['.']) {
        const absolute = nodePath.resolve(arg);
        let kind: 'file' | 'folder' | 'missing' = 'missing';
        try {
            const stat = statSync(absolute);
            kind = stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'missing';
        } catch {
            /* a glob, or deleted */
        }
        if (kind === 'file') targets.push({ folder: nodePath.dirname(absolute), file: absolute });
        else if (kind === 'folder') targets.push({ folder: absolute });
        else targets.push({ folder: nodePath.resolve(globBase(arg.replace(/\\/g, '/'))) });
    }
    // A folder inside another watched folder adds nothing.
    return targets.filter(
        (target, i) =>
            target.file !== undefined || !targets.some((other, j) => j !== i && other.file === undefined && isWithin(other.folder, target.folder) && (other.folder !== target.folder || j < i))
    );
}

/** node_modules and dot folders are not inputs (the SDK skips them), so they are not watched either. */
function ignoredPath(root: string, path: string): boolean {
    const relative = nodePath.relative(root, nodePath.resolve(path));
    if (relative === '' || relative.startsWith('..')) return false;
    return relative.split(nodePath.sep).some(segment => segment === 'node_modules' || (segment.startsWith('.') && segment.length > 1));
}
