import { type Stats, lstatSync, realpathSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import { CliError } from './errors.js';

/**
 * Where an output really goes. Pacta writes through symbolic links to the file they name (so a
 * linked output or a linked `.pacta` file is updated, not replaced by a copy), and only ever
 * replaces regular files: a device, a pipe, a socket or a folder at the target is refused, and so
 * is a link that leads nowhere (writing would create a file at a place the user never named).
 */
export interface OutputTarget {
    /** The path as given, for messages. */
    readonly given: string;
    /** The file to replace (links resolved), absolute. */
    readonly real: string;
    /** Whether a regular file is there now (its mode and owner are kept). */
    readonly exists: boolean;
}

export function resolveOutputTarget(file: string): OutputTarget {
    const absolute = nodePath.resolve(file);
    let link;
    try {
        link = lstatSync(absolute);
    } catch {
        // Nothing there: the folder may be a link, which is fine; the file is created in it.
        return { given: file, real: absolute, exists: false };
    }
    let real = absolute;
    if (link.isSymbolicLink()) {
        try {
            real = realpathSync(absolute);
        } catch {
            throw new CliError(`cannot write '${file}': it is a symbolic link to a file that does not exist (or a loop of links); write to the real path instead`);
        }
    }
    const stat = link.isSymbolicLink() ? statSync(real) : link;
    if (stat.isDirectory()) throw new CliError(`cannot write '${file}': it is a folder`);
    if (!stat.isFile()) {
        throw new CliError(`cannot write '${file}': it is ${specialKind(stat)}, not a regular file; Pacta only replaces regular files (print to stdout and redirect instead)`);
    }
    return { given: file, real, exists: true };
}

/**
 * Refuses an output that is one of the inputs (compared after resolving links), and any output
 * named `*.pacta`: what Pacta writes there is never Pacta source, and the next run would read it.
 */
export function refuseInputAsOutput(target: OutputTarget, inputs: readonly string[]): void {
    const real = (path: string) => {
        try {
            return realpathSync(path);
        } catch {
            return nodePath.resolve(path);
        }
    };
    for (const input of inputs) {
        if (real(input) === target.real) {
            throw new CliError(`refusing to write to '${target.given}': it is one of the inputs; choose another file`);
        }
    }
    if (target.real.endsWith('.pacta') || target.given.endsWith('.pacta')) {
        throw new CliError(`refusing to write to '${target.given}': it is a .pacta file, a source (perhaps one of the inputs), and this output is not Pacta; choose another file name (e.g. .json)`);
    }
}

function specialKind(stat: Stats): string {
    if (stat.isCharacterDevice()) return 'a character device';
    if (stat.isBlockDevice()) return 'a block device';
    if (stat.isFIFO()) return 'a named pipe';
    if (stat.isSocket()) return 'a socket';
    return 'a special file';
}
