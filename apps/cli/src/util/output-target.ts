import { type Stats, existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import { CliError } from './errors.js';

/**
 * Where an output really goes. Pacta writes through symbolic links to the file they name (so a
 * linked output or a linked `.pacta` file is updated, not replaced by a copy), and only ever
 * replaces regular files: a device, a pipe, a socket or a folder at the target is refused, and so
 * is a link that leads nowhere (writing would create a file at a place the user never named).
 * `/dev/null` is the one special file accepted: the output is discarded.
 */
export interface OutputTarget {
    /** The path as given, for messages. */
    readonly given: string;
    /** The file to replace (links resolved), absolute. */
    readonly real: string;
    /** Whether a regular file is there now (its mode and owner are kept). */
    readonly exists: boolean;
    /** `-o /dev/null`: nothing is written. */
    readonly discard: boolean;
}

export interface TargetPolicy {
    /**
     * Write through links wherever they lead. Without it, a link inside the current folder (where a
     * pull request could have committed it) must lead to a place inside the current folder too:
     * `out/pacta.json → ~/.bashrc` is refused.
     */
    followSymlinks?: boolean;
    cwd?: string;
}

export function resolveOutputTarget(file: string, policy: TargetPolicy = {}): OutputTarget {
    const cwd = nodePath.resolve(policy.cwd ?? process.cwd());
    const absolute = nodePath.resolve(cwd, file);
    let link: Stats | undefined;
    try {
        link = lstatSync(absolute);
    } catch {
        /* nothing there yet */
    }
    let real: string;
    if (link?.isSymbolicLink()) {
        try {
            real = realpathSync(absolute);
        } catch {
            throw new CliError(`cannot write '${file}': it is a symbolic link to a file that does not exist (or a loop of links); write to the real path instead`);
        }
    } else {
        real = realOfNew(absolute);
    }
    if (real === '/dev/null') return { given: file, real, exists: true, discard: true };
    if (real !== absolute && !policy.followSymlinks && isWithin(cwd, absolute) && !isWithin(realOrSelf(cwd), real)) {
        throw new CliError(`cannot write '${file}': it leads through a symbolic link to a place outside the current folder; write to the real path, or pass --follow-symlinks if you trust the link`);
    }
    if (!link) return { given: file, real, exists: false, discard: false };
    const stat = link.isSymbolicLink() ? statSync(real) : link;
    if (stat.isDirectory()) throw new CliError(`cannot write '${file}': it is a folder`);
    if (!stat.isFile()) {
        throw new CliError(`cannot write '${file}': it is ${specialKind(stat)}, not a regular file; Pacta only replaces regular files (print to stdout and redirect instead)`);
    }
    return { given: file, real, exists: true, discard: false };
}

/**
 * Refuses an output that is one of the inputs (the same file, however it is reached: compared by
 * device and inode, so neither links nor a case-insensitive disk hide it).
 */
export function refuseInputAsOutput(target: OutputTarget, inputs: readonly string[]): void {
    if (!target.exists || target.discard) return;
    const own = statSync(target.real);
    for (const input of inputs) {
        let stat: Stats;
        try {
            stat = statSync(input);
        } catch {
            continue;
        }
        if (stat.dev === own.dev && stat.ino === own.ino) {
            throw new CliError(`refusing to write to '${target.given}': it is one of the inputs; choose another file`);
        }
    }
}

/** Refuses a `.pacta` file as the output of a command whose output is not Pacta: the next run would read it. */
export function refusePactaName(target: OutputTarget): void {
    if (/\.pacta$/i.test(target.real) || /\.pacta$/i.test(target.given)) {
        throw new CliError(`refusing to write to '${target.given}': it is a .pacta file, a source (perhaps one of the inputs), and this output is not Pacta; choose another file name (e.g. .json)`);
    }
}

/** The real path a new file would get: the real path of its nearest existing folder, and the rest as given. */
function realOfNew(absolute: string): string {
    let dir = absolute;
    const rest: string[] = [];
    while (!existsSync(dir)) {
        const parent = nodePath.dirname(dir);
        if (parent === dir) return absolute;
        rest.unshift(nodePath.basename(dir));
        dir = parent;
    }
    return nodePath.join(realOrSelf(dir), ...rest);
}

function realOrSelf(path: string): string {
    try {
        return realpathSync(path);
    } catch {
        return path;
    }
}

function isWithin(parent: string, child: string): boolean {
    const relative = nodePath.relative(parent, child);
    return relative === '' || (!relative.startsWith('..') && !nodePath.isAbsolute(relative));
}

function specialKind(stat: Stats): string {
    if (stat.isCharacterDevice()) return 'a character device';
    if (stat.isBlockDevice()) return 'a block device';
    if (stat.isFIFO()) return 'a named pipe';
    if (stat.isSocket()) return 'a socket';
    return 'a special file';
}
