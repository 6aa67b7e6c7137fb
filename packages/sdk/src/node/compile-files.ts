import * as nodePath from 'node:path';
import { type FileSystemProvider, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { type CompileOptions, type CompileResult, type PreparedSource, compilePrepared } from '../compile.js';
import { INTERNAL_ERROR, IO_ERROR, type PactaDiagnostic, fileDiagnostic } from '../diagnostics.js';
import { type WorkspaceFileOptions, errorMessage, isDirectorySync, listWorkspaceFiles, relativeTo } from './workspace-files.js';

export interface FileCompileOptions extends CompileOptions, WorkspaceFileOptions {
    /**
     * The workspace root: files are reported relative to it. Defaults to the folder for
     * `compileFolder`, and to the deepest folder that holds every given path for `compileFiles`
     * (the current directory when no path is given). Relative to the current directory.
     */
    root?: string;
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
            diagnostics.push(fileDiagnostic(IO_ERROR, 'error', '.', 'Some of the paths given are not non-empty strings; they were ignored.', 'Pass an array of file or folder paths.'));
        }
        const root = typeof options.root === 'string' && options.root !== '' ? nodePath.resolve(options.root) : commonFolder(absolute);
        const listed = await listWorkspaceFiles(absolute, root, options);
        diagnostics.push(...listed.diagnostics);
        sources = await readSources(listed.files, root, NodeFileSystem.fileSystemProvider(), diagnostics);
    } catch (error) {
        diagnostics.push(
            fileDiagnostic(
                INTERNAL_ERROR,
                'error',
                '.',
                `Reading the input failed: ${error instanceof Error ? error.message : String(error)}`,
                'This is a bug in Pacta; please report it with the paths given.'
            )
        );
    }
    return compilePrepared(sources, diagnostics, options);
}

/**
 * Compiles every `.pacta` file under a folder, recursively, as one workspace; folders named
 * `node_modules` or starting with `.` are skipped, and so are symbolic links to folders.
 * Files are reported relative to the folder (or `options.root`). Never throws.
 */
export async function compileFolder(folder: string, options: FileCompileOptions = {}): Promise<CompileResult> {
    const root = typeof options.root === 'string' && options.root !== '' ? options.root : typeof folder === 'string' && folder !== '' ? folder : '.';
    return compileFiles(typeof folder === 'string' && folder !== '' ? [folder] : [], { ...options, root });
}

/** Reads the files `listWorkspaceFiles` allows, as UTF-8. */
async function readSources(paths: readonly string[], root: string, fs: FileSystemProvider, diagnostics: PactaDiagnostic[]): Promise<PreparedSource[]> {
    const sources: PreparedSource[] = [];
    for (const path of paths) {
        const file = relativeTo(root, path);
        const uri = URI.file(path);
        try {
            // The synchronous read when the provider has one: a batch compile keeps the thread busy
            // anyway, and a thousand awaited reads cost more than the reading (Node's provider: ~25×).
            const bytes = fs.readBinarySync ? fs.readBinarySync(uri) : await fs.readBinary(uri);
            const text = decodeUtf8(bytes);
            if (text === undefined) {
                diagnostics.push(fileDiagnostic(IO_ERROR, 'error', file, `'${file}' is not UTF-8 text; it was not compiled.`, 'Save the file as UTF-8, or remove it from the workspace.'));
                continue;
            }
            sources.push({ file, uri, text });
        } catch (error) {
            diagnostics.push(fileDiagnostic(IO_ERROR, 'error', file, `'${file}' could not be read: ${errorMessage(error)}.`, 'Check that the file exists and can be read.'));
        }
    }
    return sources;
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

const decoder = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array): string | undefined {
    try {
        return decoder.decode(bytes);
    } catch {
        return undefined;
    }
}
