import { realpathSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import { type FileSystemProvider, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { DUPLICATE_INPUT, FILE_TOO_LARGE, IO_ERROR, NOT_PACTA_FILE, OUTSIDE_WORKSPACE, type PactaDiagnostic, fileDiagnostic } from '../diagnostics.js';
import type { IgnoreFilter } from '../config/ignore-filter.js';
import { createIgnoreFilter } from '../config/node-config.js';

/** The default `maxFileSize`: generous for any agreement (the largest real one is ~100 KB), small enough to refuse a mistake. */
export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

/** Options of {@link listWorkspaceFiles} (and of the folder compiles). */
export interface WorkspaceFileOptions {
    /**
     * The folders a `.pacta` file may live in, after resolving symbolic links (relative to the
     * current directory). A file whose real path is not a `.pacta` file inside one of them (or is
     * in a dot folder or `node_modules` under it) is not read: it is reported as
     * `pacta/outside-workspace` (a warning that names the file, never its content), so a link
     * added by a pull request cannot bring a secret (`~/.npmrc`, `.git/config`) into the output
     * or the CI log. Defaults to the folders given and the folders of the files given.
     */
    roots?: readonly string[];
    /** Read files that resolve outside `roots` too (`--follow-symlinks`). */
    followSymlinks?: boolean;
    /** Files larger than this many bytes are reported as `pacta/file-too-large` and not read. Default 20 MiB. */
    maxFileSize?: number;
    /**
     * What a folder scan skips besides `node_modules` and dot folders. Default: the `.pactaignore`
     * files of the workspace (`createIgnoreFilter()`); `false` reads every file. Files and folders
     * given by name are read even when ignored (a folder given that is itself ignored gives none).
     */
    ignore?: IgnoreFilter | false;
}

/** The files to read, and what was found about the others. */
export interface WorkspaceFiles {
    /** Absolute paths, sorted, each file once (by its real path): safe to read. */
    readonly files: string[];
    readonly diagnostics: PactaDiagnostic[];
}

/**
 * The `.pacta` files that path arguments stand for, as `compileFiles` reads them: a file as given
 * (a file that is not `.pacta` is `pacta/not-pacta-file`), a folder's `.pacta` files recursively
 * (skipping `node_modules`, dot folders and links to folders). Then the read rules: each file
 * once (two paths to one file are `pacta/duplicate-input`), none that resolves outside the roots
 * (`pacta/outside-workspace`) or is larger than the limit (`pacta/file-too-large`). Diagnostics
 * name files relative to `root`. For tools that read `.pacta` files themselves (`pacta fmt`).
 */
export async function listWorkspaceFiles(paths: readonly string[], root: string, options: WorkspaceFileOptions = {}): Promise<WorkspaceFiles> {
    const fs = NodeFileSystem.fileSystemProvider();
    const diagnostics: PactaDiagnostic[] = [];
    const absolute = paths.map(path => nodePath.resolve(path));
    const found: string[] = [];
    const ignore = options.ignore === false ? undefined : (options.ignore ?? createIgnoreFilter());
    for (const path of absolute) {
        const kind = await statKind(fs, path);
        if (kind === 'file') {
            if (path.endsWith('.pacta')) found.push(path);
            else {
                const file = relativeTo(root, path);
                diagnostics.push(
                    fileDiagnostic(
                        NOT_PACTA_FILE,
                        'error',
                        file,
                        `'${file}' is not a .pacta file; it was not read.`,
                        'Give .pacta files, folders (their .pacta files are read) or globs such as "**/*.pacta".'
                    )
                );
            }
        } else if (kind === 'directory') found.push(...(await listPactaFiles(fs, path, root, diagnostics, ignore)));
        else {
            diagnostics.push(fileDiagnostic(IO_ERROR, 'error', relativeTo(root, path), `'${relativeTo(root, path)}' does not exist.`, 'Check the path; it is resolved against the current directory.'));
        }
    }
    const maxFileSize = typeof options.maxFileSize === 'number' && options.maxFileSize > 0 ? options.maxFileSize : DEFAULT_MAX_FILE_SIZE;
    const realRoots = options.followSymlinks === true ? undefined : rootsOf(absolute, options.roots).map(realPath);
    // Each file once: a link and the file it leads to are one file, read under the file's own path.
    const candidates = [...new Set(found)].sort().map(path => ({ path, real: realPath(path) }));
    const kept = new Map<string, string>();
    for (const { path, real } of candidates) {
        if (!kept.has(real) || path === real) kept.set(real, path);
    }
    const files: string[] = [];
    for (const { path, real } of candidates) {
        const file = relativeTo(root, path);
        const first = kept.get(real)!;
        if (first !== path) {
            diagnostics.push(
                fileDiagnostic(
                    DUPLICATE_INPUT,
                    'warning',
                    file,
                    `'${file}' is the same file as '${relativeTo(root, first)}'; it is compiled once.`,
                    'Give each file once; a link to a file of the workspace is read as that file.'
                )
            );
            continue;
        }
        if (realRoots && !isWorkspaceFile(real, realRoots)) {
            diagnostics.push(
                fileDiagnostic(
                    OUTSIDE_WORKSPACE,
                    'warning',
                    file,
                    `'${file}' leads to a file that is not a .pacta file of the folders given (a symbolic link out of them); it was not read.`,
                    'Replace the link with the file, or pass --follow-symlinks (SDK: followSymlinks) if you trust where it leads.'
                )
            );
            continue;
        }
        try {
            const bytes = statSync(path).size;
            if (bytes > maxFileSize) {
                diagnostics.push(
                    fileDiagnostic(
                        FILE_TOO_LARGE,
                        'error',
                        file,
                        `'${file}' is ${size(bytes)}, more than the limit of ${size(maxFileSize)}; it was not read.`,
                        'Split the file, or raise the limit with --max-file-size (SDK: maxFileSize) if it is meant to be this large.'
                    )
                );
                continue;
            }
        } catch {
            /* reported when it is read */
        }
        files.push(path);
    }
    return { files, diagnostics };
}

/**
 * Whether `path`, after resolving symbolic links, is not a file the folder walk of `roots` would
 * read (a `.pacta` file inside one of them, not in a dot folder or `node_modules`): such a file
 * is not read unless links are followed.
 */
export function resolvesOutside(path: string, roots: readonly string[]): boolean {
    return !isWorkspaceFile(
        realPath(nodePath.resolve(path)),
        roots.map(root => realPath(nodePath.resolve(root)))
    );
}

function isWorkspaceFile(real: string, realRoots: readonly string[]): boolean {
    if (!real.endsWith('.pacta')) return false;
    return realRoots.some(root => {
        const relative = nodePath.relative(root, real);
        if (relative === '' || relative.startsWith('..') || nodePath.isAbsolute(relative)) return false;
        const folders = relative.split(nodePath.sep).slice(0, -1);
        return !folders.some(name => name.startsWith('.') || name === 'node_modules');
    });
}

/** The roots given, else each folder given and the folder of each file given. */
function rootsOf(paths: readonly string[], roots: readonly string[] | undefined): string[] {
    const given = Array.isArray(roots) ? roots.filter((r): r is string => typeof r === 'string' && r !== '') : [];
    if (given.length > 0) return given.map(root => nodePath.resolve(root));
    return paths.map(path => (isDirectorySync(path) ? path : nodePath.dirname(path)));
}

function realPath(path: string): string {
    try {
        return realpathSync(path);
    } catch {
        return path;
    }
}

/** The `.pacta` files under a folder, sorted; skips `node_modules`, dot folders and what `ignore` ignores. */
async function listPactaFiles(fs: FileSystemProvider, folder: string, root: string, diagnostics: PactaDiagnostic[], ignore: IgnoreFilter | undefined): Promise<string[]> {
    const result: string[] = [];
    const visit = async (dir: string): Promise<void> => {
        let entries;
        try {
            entries = await fs.readDirectory(URI.file(dir));
        } catch (error) {
            diagnostics.push(
                fileDiagnostic(
                    IO_ERROR,
                    'error',
                    relativeTo(root, dir),
                    `The folder '${relativeTo(root, dir)}' could not be read: ${errorMessage(error)}.`,
                    'Check that the folder exists and can be read.'
                )
            );
            return;
        }
        const sorted = entries.map(entry => ({ entry, name: nodePath.basename(entry.uri.fsPath) })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const { entry, name } of sorted) {
            const path = nodePath.join(dir, name);
            if (entry.isDirectory) {
                if (name === 'node_modules' || name.startsWith('.') || ignore?.ignores(path, true)) continue;
                await visit(path);
            } else if (name.endsWith('.pacta') && !ignore?.ignores(path)) {
                // A symbolic link to a file counts as the file; links to folders are not followed (no cycles).
                if (entry.isFile || (await statKind(fs, path)) === 'file') result.push(path);
            }
        }
    };
    await visit(folder);
    return result;
}

async function statKind(fs: FileSystemProvider, path: string): Promise<'file' | 'directory' | 'missing'> {
    try {
        const stat = await fs.stat(URI.file(path));
        return stat.isFile ? 'file' : stat.isDirectory ? 'directory' : 'missing';
    } catch {
        return 'missing';
    }
}

export function isDirectorySync(path: string): boolean {
    try {
        return NodeFileSystem.fileSystemProvider().statSync(URI.file(path)).isDirectory;
    } catch {
        return false;
    }
}

/** A path relative to the root with forward slashes (`..` segments when outside it). */
export function relativeTo(root: string, path: string): string {
    const relative = nodePath.relative(root, path);
    if (relative === '') return nodePath.basename(path) || '.';
    return relative.split(nodePath.sep).join('/');
}

/** `512 bytes`, `2.1 KB`, `20.0 MB` (powers of 1024, as `--max-file-size` reads them). */
function size(bytes: number): string {
    if (bytes < 1024) return `${bytes} bytes`;
    if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
    return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function errorMessage(error: unknown): string {
    const code = (error as { code?: unknown })?.code;
    const message = error instanceof Error ? error.message : String(error);
    return typeof code === 'string' ? code : message;
}
