import { realpathSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import { type FileSystemProvider, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { type CompileOptions, type CompileResult, type PreparedSource, compilePrepared } from '../compile.js';
import {
    FILE_TOO_LARGE, INTERNAL_ERROR, IO_ERROR, NOT_PACTA_FILE, OUTSIDE_WORKSPACE, type PactaDiagnostic, fileDiagnostic
} from '../diagnostics.js';

/** The default `maxFileSize`: generous for any agreement (the largest real one is ~100 KB), small enough to refuse a mistake. */
export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

export interface FileCompileOptions extends CompileOptions {
    /**
     * The workspace root: files are reported relative to it. Defaults to the folder for
     * `compileFolder`, and to the deepest folder that holds every given path for `compileFiles`
     * (the current directory when no path is given). Relative to the current directory.
     */
    root?: string;
    /**
     * The folders a `.pacta` file may live in, after resolving symbolic links (relative to the
     * current directory). A file that is a link to a place outside all of them is not read: it is
     * reported as `pacta/outside-workspace` (a warning that names the link, never the content), so
     * a link added by a pull request cannot bring a secret into the output or the CI log.
     * Defaults to the folders given and the folders of the files given.
     */
    roots?: readonly string[];
    /** Read `.pacta` files that are links to places outside `roots` too (`--follow-symlinks`). */
    followSymlinks?: boolean;
    /** Files larger than this many bytes are reported as `pacta/file-too-large` and not read. Default 20 MiB. */
    maxFileSize?: number;
}

/**
 * Compiles `.pacta` files as one workspace. A path that is a folder stands for the `.pacta`
 * files under it (see `compileFolder`). Files are read through Langium's Node file-system
 * provider. Never throws: a path that is missing or unreadable is reported as `pacta/io-error`.
 */
export async function compileFiles(paths: readonly string[], options: FileCompileOptions = {}): Promise<CompileResult> {
    const diagnostics: PactaDiagnostic[] = [];
    let sources: PreparedSource[] = [];
    try {
        const absolute = (Array.isArray(paths) ? paths : []).filter((p): p is string => typeof p === 'string' && p !== '').map(p => nodePath.resolve(p));
        if (!Array.isArray(paths) || absolute.length !== paths.length) {
            diagnostics.push(fileDiagnostic(IO_ERROR, 'error', '.', 'Some of the paths given are not non-empty strings; they were ignored.',
                'Pass an array of file or folder paths.'));
        }
        const root = typeof options.root === 'string' && options.root !== '' ? nodePath.resolve(options.root) : commonFolder(absolute);
        const policy = readPolicy(absolute, options);
        sources = await readSources(absolute, root, NodeFileSystem.fileSystemProvider(), diagnostics, policy);
    } catch (error) {
        diagnostics.push(fileDiagnostic(INTERNAL_ERROR, 'error', '.', `Reading the input failed: ${error instanceof Error ? error.message : String(error)}`,
            'This is a bug in Pacta; please report it with the paths given.'));
    }
    return compilePrepared(sources, diagnostics, options);
}

/**
 * Compiles every `.pacta` file under a folder, recursively, as one workspace; folders named
 * `node_modules` or starting with `.` are skipped, and so are symbolic links to folders.
 * Files are reported relative to the folder (or `options.root`). Never throws.
 */
export async function compileFolder(folder: string, options: FileCompileOptions = {}): Promise<CompileResult> {
    const root = typeof options.root === 'string' && options.root !== '' ? options.root
        : typeof folder === 'string' && folder !== '' ? folder : '.';
    return compileFiles(typeof folder === 'string' && folder !== '' ? [folder] : [], { ...options, root });
}

/** What may be read: links inside which folders, and how large a file. */
interface ReadPolicy {
    /** Real paths of the roots; undefined when links are followed anywhere. */
    readonly realRoots: readonly string[] | undefined;
    readonly maxFileSize: number;
}

function readPolicy(paths: readonly string[], options: FileCompileOptions): ReadPolicy {
    const maxFileSize = typeof options.maxFileSize === 'number' && options.maxFileSize > 0 ? options.maxFileSize : DEFAULT_MAX_FILE_SIZE;
    if (options.followSymlinks === true) return { realRoots: undefined, maxFileSize };
    const given = Array.isArray(options.roots) && options.roots.length > 0
        ? options.roots.filter((r): r is string => typeof r === 'string' && r !== '').map(r => nodePath.resolve(r))
        : paths.map(path => (isDirectorySync(path) ? path : nodePath.dirname(path)));
    return { realRoots: [...new Set(given.map(realPath))], maxFileSize };
}

/**
 * Whether `path`, after resolving symbolic links, lies outside every one of `roots` (also
 * resolved): such a file is not read unless links are followed. For tools that read `.pacta`
 * files themselves (the CLI's `fmt`), with the same rule as `compileFiles`.
 */
export function resolvesOutside(path: string, roots: readonly string[]): boolean {
    return !insideRealRoots(nodePath.resolve(path), roots.map(root => realPath(nodePath.resolve(root))));
}

function insideRealRoots(path: string, realRoots: readonly string[]): boolean {
    const real = realPath(path);
    return realRoots.some(root => isWithin(root, real));
}

function realPath(path: string): string {
    try {
        return realpathSync(path);
    } catch {
        return path;
    }
}

async function readSources(paths: readonly string[], root: string, fs: FileSystemProvider, diagnostics: PactaDiagnostic[], policy: ReadPolicy): Promise<PreparedSource[]> {
    const files: string[] = [];
    for (const path of paths) {
        const kind = await statKind(fs, path);
        if (kind === 'file') {
            if (path.endsWith('.pacta')) files.push(path);
            else {
                const file = relativeTo(root, path);
                diagnostics.push(fileDiagnostic(NOT_PACTA_FILE, 'error', file, `'${file}' is not a .pacta file; it was not read.`,
                    'Give .pacta files, folders (their .pacta files are read) or globs such as "**/*.pacta".'));
            }
        } else if (kind === 'directory') files.push(...await listPactaFiles(fs, path, root, diagnostics));
        else {
            diagnostics.push(fileDiagnostic(IO_ERROR, 'error', relativeTo(root, path), `'${relativeTo(root, path)}' does not exist.`,
                'Check the path; it is resolved against the current directory.'));
        }
    }
    const unique = [...new Set(files)].sort();
    const sources: PreparedSource[] = [];
    for (const path of unique) {
        const file = relativeTo(root, path);
        const uri = URI.file(path);
        if (policy.realRoots && !insideRealRoots(path, policy.realRoots)) {
            diagnostics.push(fileDiagnostic(OUTSIDE_WORKSPACE, 'warning', file,
                `'${file}' is a symbolic link to a file outside the folders given; it was not read.`,
                'Replace the link with the file, or pass --follow-symlinks (SDK: followSymlinks) if you trust where it leads.'));
            continue;
        }
        try {
            const fileBytes = statSync(path).size;
            if (fileBytes > policy.maxFileSize) {
                diagnostics.push(fileDiagnostic(FILE_TOO_LARGE, 'error', file,
                    `'${file}' is ${size(fileBytes)}, more than the limit of ${size(policy.maxFileSize)}; it was not read.`,
                    'Split the file, or raise the limit with --max-file-size (SDK: maxFileSize) if it is meant to be this large.'));
                continue;
            }
            // The synchronous read when the provider has one: a batch compile keeps the thread busy
            // anyway, and a thousand awaited reads cost more than the reading (Node's provider: ~25×).
            const bytes = fs.readBinarySync ? fs.readBinarySync(uri) : await fs.readBinary(uri);
            const text = decodeUtf8(bytes);
            if (text === undefined) {
                diagnostics.push(fileDiagnostic(IO_ERROR, 'error', file, `'${file}' is not UTF-8 text; it was not compiled.`,
                    'Save the file as UTF-8, or remove it from the workspace.'));
                continue;
            }
            sources.push({ file, uri, text });
        } catch (error) {
            diagnostics.push(fileDiagnostic(IO_ERROR, 'error', file, `'${file}' could not be read: ${errorMessage(error)}.`,
                'Check that the file exists and can be read.'));
        }
    }
    return sources;
}

/** The `.pacta` files under a folder, sorted; skips `node_modules` and dot folders. */
async function listPactaFiles(fs: FileSystemProvider, folder: string, root: string, diagnostics: PactaDiagnostic[]): Promise<string[]> {
    const result: string[] = [];
    const visit = async (dir: string): Promise<void> => {
        let entries;
        try {
            entries = await fs.readDirectory(URI.file(dir));
        } catch (error) {
            diagnostics.push(fileDiagnostic(IO_ERROR, 'error', relativeTo(root, dir), `The folder '${relativeTo(root, dir)}' could not be read: ${errorMessage(error)}.`,
                'Check that the folder exists and can be read.'));
            return;
        }
        const sorted = entries.map(entry => ({ entry, name: nodePath.basename(entry.uri.fsPath) })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const { entry, name } of sorted) {
            const path = nodePath.join(dir, name);
            if (entry.isDirectory) {
                if (name === 'node_modules' || name.startsWith('.')) continue;
                await visit(path);
            } else if (name.endsWith('.pacta')) {
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

/** The deepest folder that holds every path (a folder holds itself); the current directory when there is none. */
export function commonFolder(paths: readonly string[]): string {
    if (paths.length === 0) return process.cwd();
    const folders = paths.map(path => (isDirectorySync(path) ? path : nodePath.dirname(path)));
    let common = folders[0]!;
    for (const folder of folders.slice(1)) {
        while (!isWithin(common, folder)) {
            const parent = nodePath.dirname(common);
            if (parent === common) return common;
            common = parent;
        }
    }
    return common;
}

function isWithin(parent: string, child: string): boolean {
    const relative = nodePath.relative(parent, child);
    return relative === '' || (!relative.startsWith('..') && !nodePath.isAbsolute(relative));
}

function isDirectorySync(path: string): boolean {
    try {
        return NodeFileSystem.fileSystemProvider().statSync(URI.file(path)).isDirectory;
    } catch {
        return false;
    }
}

/** A path relative to the root with forward slashes (`..` segments when outside it). */
function relativeTo(root: string, path: string): string {
    const relative = nodePath.relative(root, path);
    if (relative === '') return nodePath.basename(path) || '.';
    return relative.split(nodePath.sep).join('/');
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array): string | undefined {
    try {
        return decoder.decode(bytes);
    } catch {
        return undefined;
    }
}

/** `512 bytes`, `2.1 KB`, `20.0 MB` (powers of 1024, as `--max-file-size` reads them). */
function size(bytes: number): string {
    if (bytes < 1024) return `${bytes} bytes`;
    if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
    return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function errorMessage(error: unknown): string {
    const code = (error as { code?: unknown })?.code;
    const message = error instanceof Error ? error.message : String(error);
    return typeof code === 'string' ? code : message;
}
