import type { PactaDiagnostic } from './diagnostics.js';
import type { PactaOutput } from './model.js';

/** Options of every compile function. */
export interface CompileOptions {
    /**
     * Also report facts that cite no source (`pacta/missing-source`, a warning), as
     * `pacta compile --strict-sources` does. Off by default.
     */
    strictSources?: boolean;
    /**
     * Only the findings, as `pacta check` reports them: every rule runs (deadline resolution
     * included), but no output model and no JSON are built — `output` is absent and `json` empty.
     * Off by default.
     */
    diagnosticsOnly?: boolean;
}

/** What every compile function gives back. Never thrown: problems with the input are in `diagnostics`. */
export interface CompileResult {
    /** The compiled document; absent when nothing could be compiled (no readable input, or a compiler failure) or with `diagnosticsOnly`. */
    output?: PactaOutput;
    /** `serializeOutput(output)`: the canonical bytes; empty when there is no output. */
    json: string;
    /** Every finding, sorted by file, line, column and code. */
    diagnostics: PactaDiagnostic[];
    errorCount: number;
    warningCount: number;
    /** The files compiled, relative to the root, sorted. */
    files: string[];
}

/** One in-memory source for {@link compileSources}. */
export interface SourceFile {
    /** Path relative to the workspace root (`agreements/usmca.pacta`). */
    path: string;
    text: string;
}

/** In-memory sources: `{ 'parties.pacta': '...' }` or `[{ path, text }]`. */
export type Sources = Readonly<Record<string, string>> | ReadonlyArray<SourceFile>;
