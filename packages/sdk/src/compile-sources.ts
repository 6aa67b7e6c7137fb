import { URI } from 'langium';
import { type PreparedSource, compilePrepared, internalError } from './compile.js';
import type { CompileOptions, CompileResult, Sources } from './compile-types.js';
import { IO_ERROR, type PactaDiagnostic, fileDiagnostic } from './diagnostics.js';

/**
 * Compiles sources held in memory (no file access at all: usable in a browser). Paths are
 * relative to a workspace root; `\` and `./` are normalised. Never throws.
 */
export async function compileSources(sources: Sources, options: CompileOptions = {}): Promise<CompileResult> {
    const diagnostics: PactaDiagnostic[] = [];
    const prepared: PreparedSource[] = [];
    try {
        for (const [index, entry] of listSources(sources, diagnostics).entries()) {
            const file = normalizeRelativePath(entry.path);
            if (file === undefined) {
                diagnostics.push(
                    fileDiagnostic(
                        IO_ERROR,
                        'error',
                        `(source ${index + 1})`,
                        `Source ${index + 1} has no usable path (${JSON.stringify(String(entry.path))}).`,
                        'Give every source a path relative to the workspace root, e.g. `agreements/usmca.pacta`.'
                    )
                );
                continue;
            }
            if (typeof entry.text !== 'string') {
                diagnostics.push(fileDiagnostic(IO_ERROR, 'error', file, `The text of '${file}' is not a string.`, "Pass the file's text as a string."));
                continue;
            }
            prepared.push({ file, uri: memoryUri(file), text: entry.text });
        }
    } catch (error) {
        diagnostics.push(internalError('.', error));
    }
    return compilePrepared(prepared, diagnostics, options);
}

function listSources(sources: Sources, diagnostics: PactaDiagnostic[]): Array<{ path: unknown; text: unknown }> {
    if (Array.isArray(sources)) {
        return sources.map((entry: unknown) =>
            typeof entry === 'object' && entry !== null ? { path: (entry as { path?: unknown }).path, text: (entry as { text?: unknown }).text } : { path: undefined, text: undefined }
        );
    }
    if (typeof sources === 'object' && sources !== null) {
        return Object.entries(sources).map(([path, text]) => ({ path, text: text as unknown }));
    }
    diagnostics.push(
        fileDiagnostic(
            IO_ERROR,
            'error',
            '.',
            'The sources are neither an object of path → text nor an array of { path, text }.',
            "Call compileSources({ 'file.pacta': text }) or compileSources([{ path, text }])."
        )
    );
    return [];
}

/**
 * `a\b/./c.pacta` → `a/b/c.pacta`; `..` is kept only where it leaves the root. Undefined for an
 * empty path or a value that is not a string.
 */
export function normalizeRelativePath(path: unknown): string | undefined {
    if (typeof path !== 'string') return undefined;
    const parts: string[] = [];
    for (const part of path.replace(/\\/g, '/').split('/')) {
        if (part === '' || part === '.') continue;
        if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
        else parts.push(part);
    }
    return parts.length > 0 ? parts.join('/') : undefined;
}

/** In-memory documents live under `memory:///workspace/`; the language is chosen by the `.pacta` extension. */
function memoryUri(file: string): URI {
    const path = `/workspace/${file}`;
    return URI.from({ scheme: 'memory', path: path.endsWith('.pacta') ? path : `${path}.pacta` });
}
