import { existsSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { workspaceIgnore } from '../config/workspace-config.js';
import { CliError } from './errors.js';
import { terminalSafe } from './terminal-safe.js';

/** One path argument as given, and what it stands for. */
export interface InputArgument {
    /** As typed. */
    readonly arg: string;
    readonly kind: 'file' | 'folder' | 'glob';
    /** Absolute paths: the file, the folder, or the `.pacta` files the glob matched (sorted). */
    readonly paths: readonly string[];
    /** For a glob: the folder before its first pattern segment; else the file's folder or the folder. */
    readonly base: string;
}

/**
 * Resolves path arguments against `cwd`: a path that exists is a file or a folder (the SDK lists
 * the `.pacta` files of a folder); anything else with glob characters (`*`, `?`, `[`, `{`) is a
 * glob matched against `.pacta` files (skipping `node_modules`, dot folders and ignored files, as folders do).
 * Throws a `CliError` (exit 2) for a path that does not exist or a glob that matches nothing.
 */
export async function resolveInputs(args: readonly string[], cwd = process.cwd()): Promise<InputArgument[]> {
    const list = args.length > 0 ? args : ['.'];
    const result: InputArgument[] = [];
    for (const arg of list) {
        if (arg === '') throw new CliError('an empty path was given');
        const absolute = nodePath.resolve(cwd, arg);
        const kind = statKind(absolute);
        if (kind === 'file') {
            result.push({ arg, kind: 'file', paths: [absolute], base: nodePath.dirname(absolute) });
        } else if (kind === 'folder') {
            result.push({ arg, kind: 'folder', paths: [absolute], base: absolute });
        } else if (kind === 'other') {
            throw new CliError(`'${arg}' is neither a file nor a folder`);
        } else if (isGlob(arg)) {
            const pattern = toPosix(arg);
            const matches = await glob(pattern, {
                cwd,
                absolute: true,
                onlyFiles: true,
                dot: false,
                expandDirectories: false,
                ignore: ['**/node_modules/**']
            });
            // A glob is a folder scan too: .pactaignore and the config's `ignore` apply.
            const ignore = workspaceIgnore();
            const files = matches
                .filter(file => file.endsWith('.pacta'))
                .map(file => nodePath.resolve(file))
                .filter(file => !ignore.ignores(file))
                .sort();
            if (files.length === 0) throw new CliError(`no .pacta file matches '${arg}'`);
            result.push({ arg, kind: 'glob', paths: files, base: nodePath.resolve(cwd, globBase(pattern)) });
        } else {
            throw new CliError(`'${arg}' does not exist`);
        }
    }
    return result;
}

/** Every absolute path the arguments stand for, each once, in argument order. */
export function allPaths(inputs: readonly InputArgument[]): string[] {
    return [...new Set(inputs.flatMap(input => input.paths))];
}

function isGlob(arg: string): boolean {
    return isDynamicPattern(toPosix(arg));
}

function toPosix(path: string): string {
    return nodePath.sep === '\\' ? path.replace(/\\/g, '/') : path;
}

/** The static folder a glob starts from: `agreements/**\/*.pacta` → `agreements`. */
export function globBase(pattern: string): string {
    const segments = pattern.split('/');
    const fixed: string[] = [];
    for (const segment of segments.slice(0, -1)) {
        if (isDynamicPattern(segment)) break;
        fixed.push(segment);
    }
    return fixed.length === 0 ? '.' : fixed.join('/') || '/';
}

function statKind(path: string): 'file' | 'folder' | 'other' | 'missing' {
    try {
        const stat = statSync(path);
        return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
    } catch {
        return 'missing';
    }
}

export function isDirectory(path: string): boolean {
    return statKind(path) === 'folder';
}

/**
 * A path for people: relative to `cwd` when inside it or near it, with `/`; `.` for `cwd` itself;
 * control characters in a file name shown as escapes, and `./` before a name that starts with
 * `::` (at the start of a line, a CI log would read it as a GitHub workflow command).
 */
export function displayPath(absolute: string, cwd = process.cwd()): string {
    const shown = terminalSafe(relativePath(absolute, cwd));
    return shown.startsWith('::') ? `./${shown}` : shown;
}

/** `displayPath` as it is, for machine-readable outputs (JSON): no escapes. */
export function relativePath(absolute: string, cwd = process.cwd()): string {
    const relative = nodePath.relative(cwd, absolute);
    if (relative === '') return '.';
    if (nodePath.isAbsolute(relative)) return absolute;
    return relative.split(nodePath.sep).join('/');
}

/**
 * The repository root, for SARIF and GitHub annotations: `GITHUB_WORKSPACE` when it holds `cwd`,
 * else the nearest folder at or above `cwd` with a `.git` (a folder, or a file in a worktree), else `cwd`.
 */
export function repositoryRoot(cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
    const workspace = env['GITHUB_WORKSPACE'];
    if (workspace && isWithin(nodePath.resolve(workspace), cwd)) return nodePath.resolve(workspace);
    let dir = nodePath.resolve(cwd);
    for (;;) {
        if (existsSync(nodePath.join(dir, '.git'))) return dir;
        const parent = nodePath.dirname(dir);
        if (parent === dir) return nodePath.resolve(cwd);
        dir = parent;
    }
}

export function isWithin(parent: string, child: string): boolean {
    const relative = nodePath.relative(parent, child);
    return relative === '' || (!relative.startsWith('..') && !nodePath.isAbsolute(relative));
}

/** `absolute` relative to `root` with `/`, or undefined when it is not inside `root`. */
export function relativeInside(root: string, absolute: string): string | undefined {
    if (!isWithin(root, absolute)) return undefined;
    return nodePath.relative(root, absolute).split(nodePath.sep).join('/');
}
