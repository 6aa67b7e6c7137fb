/**
 * A side of `pacta diff` that is a git revision: its `.pacta` files read with git itself
 * (`git ls-tree`, `git cat-file`), no checkout, and compiled in memory. git runs through
 * `execFile` with an argument list: nothing the user typed passes through a shell.
 */
import { execFile } from 'node:child_process';
import * as nodePath from 'node:path';
import { type SourceFile, nodeConfigHost } from '@pacta/sdk';
import { type ConfigHost, type IgnoreFilter, type IgnoreFilterOptions, createIgnoreFilterWith } from '@pacta/sdk/core';
import { CliError } from '../util/errors.js';

/** A file of the revision larger than this is not read (as the SDK's default `--max-file-size`). */
const MAX_BLOB = 20 * 1024 * 1024;

function git(args: readonly string[], cwd: string, maxBuffer = 64 * 1024 * 1024): Promise<string> {
    return new Promise((resolve, reject) => {
        execFile('git', [...args], { cwd, encoding: 'utf8', maxBuffer, windowsHide: true }, (error, stdout, stderr) => {
            if (error) reject(Object.assign(error, { stderr: String(stderr) }));
            else resolve(stdout);
        });
    });
}

/** The commit `rev` names in the repository at `cwd`; undefined when it names none (or there is no repository, or no git). */
export async function resolveRevision(rev: string, cwd: string): Promise<string | undefined> {
    // A revision never starts with '-': refusing it keeps it from being read as an option of git.
    if (rev === '' || rev.startsWith('-')) return undefined;
    try {
        return (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], cwd)).trim() || undefined;
    } catch {
        return undefined;
    }
}

/** Skipped as in a folder: `node_modules` and dot folders. */
const skipped = (path: string) =>
    path
        .split('/')
        .slice(0, -1)
        .some(part => part === 'node_modules' || part.startsWith('.'));

/**
 * What the revision's own `.pactaignore` files ignore (read with git), with `patterns` (the config's
 * `ignore` of this checkout): a revision side reads the files a folder side would read.
 */
export async function revisionIgnore(commit: string, root: string, cwd: string, patterns?: IgnoreFilterOptions['patterns']): Promise<IgnoreFilter> {
    const listing = await git(['ls-tree', '-r', '-z', '--full-tree', '--full-name', commit], cwd);
    const texts = new Map<string, string>();
    for (const entry of listing.split('\0')) {
        const match = /^10(?:0644|0755) blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
        if (match && nodePath.posix.basename(match[2]!) === '.pactaignore') texts.set(match[2]!, await git(['cat-file', 'blob', match[1]!], cwd, MAX_BLOB));
    }
    const inTree = (path: string) => nodePath.relative(root, path).split(nodePath.sep).join('/');
    const host: ConfigHost = {
        readFile: path => texts.get(inTree(path)),
        // The repository's top folder is where ignore files stop applying, as in a checkout.
        exists: path => path === nodePath.join(root, '.git') || texts.has(inTree(path)),
        path: nodeConfigHost.path
    };
    return createIgnoreFilterWith(host, patterns ? { patterns } : {});
}

/**
 * The `.pacta` files of `commit` under `pathspecs` (relative to `cwd`, as `git ls-tree` takes
 * them; the current folder when none), with paths relative to the repository root `root`, less what
 * `ignore` ignores. Links committed to git (mode 120000) are not read: the file a link inside the
 * tree leads to is read on its own, as a folder side reads it once.
 */
export async function revisionSources(commit: string, pathspecs: readonly string[], cwd: string, root: string, ignore?: IgnoreFilter): Promise<SourceFile[]> {
    const listing = await git(['ls-tree', '-r', '-z', '--full-name', '-l', commit, '--', ...(pathspecs.length > 0 ? pathspecs : ['.'])], cwd);
    const sources: SourceFile[] = [];
    for (const entry of listing.split('\0')) {
        // `<mode> blob <sha> <size>\t<path>`: regular files only.
        const match = /^10(?:0644|0755) blob ([0-9a-f]+)\s+(\d+|-)\t(.*)$/s.exec(entry);
        if (!match || !match[3]!.endsWith('.pacta') || skipped(match[3]!)) continue;
        if (ignore?.ignores(nodePath.join(root, ...match[3]!.split('/')))) continue;
        if (Number(match[2]) > MAX_BLOB) throw new CliError(`'${match[3]}' in ${commit.slice(0, 12)} is larger than 20MB; it was not read`);
        sources.push({ path: match[3]!, text: await git(['cat-file', 'blob', match[1]!], cwd, MAX_BLOB + 1024) });
    }
    return sources;
}

/** The top folder of the repository at `cwd`: the paths of a revision's files are relative to it. */
export async function repositoryRoot(cwd: string): Promise<string> {
    return (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
}
