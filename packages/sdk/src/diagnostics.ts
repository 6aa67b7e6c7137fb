import { SYNTAX_ERROR } from '@pacta/language';

/** How serious a diagnostic is; `error` makes `pacta check` fail. */
export type DiagnosticSeverity = 'error' | 'warning' | 'info' | 'hint';

/** A finding about the input, with a stable code and a position in a file of the workspace. */
export interface PactaDiagnostic {
    /** Stable code: `pacta/unknown-country`, `pacta/io-error`... (see `ruleCatalog`). */
    code: string;
    severity: DiagnosticSeverity;
    message: string;
    /** How to fix it, in one sentence. */
    hint?: string;
    /** Path relative to the workspace root, with forward slashes. */
    file: string;
    /** 1-based; columns count UTF-16 code units; the end is exclusive. */
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    /** Machine-readable extras of the finding (e.g. `suggestion`), as the checker gives them. */
    data?: Record<string, unknown>;
}

/** Codes the SDK itself reports, besides the language's rules and pipeline codes. */
export const IO_ERROR = 'pacta/io-error';
/** Diagnostic code: there were no `.pacta` files to compile (warning). */
export const NO_INPUT = 'pacta/no-input';
/** Diagnostic code: a file was given more than once; it is compiled once (warning). */
export const DUPLICATE_INPUT = 'pacta/duplicate-input';
/** Diagnostic code: the compiler failed on this input (a bug in Pacta; error). */
export const INTERNAL_ERROR = 'pacta/internal-error';
/** Diagnostic code: a symbolic link points outside the folders given; not read (warning). */
export const OUTSIDE_WORKSPACE = 'pacta/outside-workspace';
/** Diagnostic code: a file is over the size limit and was not read (error). */
export const FILE_TOO_LARGE = 'pacta/file-too-large';
/** Diagnostic code: a file given to compile is not a `.pacta` file (error). */
export const NOT_PACTA_FILE = 'pacta/not-pacta-file';

/** The diagnostic codes the SDK itself reports (about files and input, not the language's rules; those are in {@link ruleCatalog}). */
export const SDK_CODES = [
    { code: IO_ERROR, severity: 'error', description: 'A file or folder could not be read, or is not text.' },
    { code: DUPLICATE_INPUT, severity: 'warning', description: 'The same file was given twice; it is compiled once.' },
    { code: NO_INPUT, severity: 'warning', description: 'There were no .pacta files to compile.' },
    { code: NOT_PACTA_FILE, severity: 'error', description: 'A file given to compile is not a .pacta file; it was not read.' },
    { code: OUTSIDE_WORKSPACE, severity: 'warning', description: 'A .pacta file is a symbolic link to a file outside the folders given; it was not read.' },
    { code: FILE_TOO_LARGE, severity: 'error', description: 'A .pacta file is larger than the size limit (20 MB by default); it was not read.' },
    { code: INTERNAL_ERROR, severity: 'error', description: 'The compiler failed on this input; please report it with the input.' }
] as const;

const SEVERITIES: readonly DiagnosticSeverity[] = ['error', 'error', 'warning', 'info', 'hint'];

/**
 * The parts of an LSP diagnostic (as Langium stores it on a document) a Pacta diagnostic is made
 * of; written out so that these declarations do not load Langium's.
 */
interface LspDiagnostic {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    /** LSP 3.18 allows Markdown here; Langium's validators write strings. */
    message: string | { kind: string; value: string };
    severity?: number;
    code?: number | string;
    data?: unknown;
}

/** A diagnostic at the start of a file (for problems with the file as a whole). */
export function fileDiagnostic(code: string, severity: DiagnosticSeverity, file: string, message: string, hint?: string): PactaDiagnostic {
    return { code, severity, message, ...(hint ? { hint } : {}), file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** Converts the LSP diagnostics Langium stores on a document. */
export function toPactaDiagnostic(diagnostic: LspDiagnostic, file: string): PactaDiagnostic {
    const data = isRecord(diagnostic.data) ? diagnostic.data : {};
    const code =
        typeof diagnostic.code === 'string' || typeof diagnostic.code === 'number'
            ? String(diagnostic.code)
            : typeof data['code'] === 'string'
              ? data['code'] === 'lexing-error' || data['code'] === 'parsing-error'
                  ? SYNTAX_ERROR
                  : String(data['code'])
              : INTERNAL_ERROR;
    const hint = typeof data['hint'] === 'string' && data['hint'] !== '' ? data['hint'] : undefined;
    const extras = jsonSafe(Object.fromEntries(Object.entries(data).filter(([key, value]) => key !== 'hint' && key !== 'code' && value !== undefined)));
    const { start, end } = diagnostic.range;
    return {
        code,
        severity: SEVERITIES[diagnostic.severity ?? 1] ?? 'error',
        message: truncate(String(diagnostic.message)),
        ...(hint ? { hint: truncate(hint) } : {}),
        file,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        ...(extras && Object.keys(extras).length > 0 ? { data: extras } : {})
    };
}

/** Sorts by file, line, column, code, then the rest, so the order never depends on the build. */
export function sortDiagnostics(diagnostics: PactaDiagnostic[]): PactaDiagnostic[] {
    return diagnostics.sort(
        (a, b) =>
            compareStrings(a.file, b.file)
            || a.line - b.line
            || a.column - b.column
            || compareStrings(a.code, b.code)
            || a.endLine - b.endLine
            || a.endColumn - b.endColumn
            || compareStrings(a.message, b.message)
    );
}

export function countSeverity(diagnostics: readonly PactaDiagnostic[], severity: DiagnosticSeverity): number {
    return diagnostics.reduce((count, d) => count + (d.severity === severity ? 1 : 0), 0);
}

/** Code-unit order: the same in every locale. */
export function compareStrings(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Longest message or data string kept: a parser message may quote a 5 MB token. */
export const MAX_TEXT = 1000;

function truncate(text: string): string {
    return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

/** A plain-JSON copy (no prototypes, no cycles, no functions, long strings cut); undefined if it cannot be made. */
function jsonSafe(value: Record<string, unknown>): Record<string, unknown> | undefined {
    try {
        const copy: unknown = JSON.parse(JSON.stringify(value, (_key, item: unknown) => (typeof item === 'string' ? truncate(item) : item)));
        return isRecord(copy) ? copy : undefined;
    } catch {
        return undefined;
    }
}
