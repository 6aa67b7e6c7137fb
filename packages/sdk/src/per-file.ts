import type { CompileResult } from './compile-types.js';
import { compareStrings, countSeverity, type PactaDiagnostic } from './diagnostics.js';
import type { Agreement } from './model.js';

/** One file of a compile, as {@link perFile} shows it. */
export interface FileView {
    /** Path relative to the workspace root, as in {@link CompileResult.files} and every diagnostic. */
    file: string;
    /** The diagnostics in this file, in the result's order. */
    diagnostics: PactaDiagnostic[];
    errorCount: number;
    warningCount: number;
    /** The agreements (and instruments) declared in this file, by id order. */
    agreements: Agreement[];
}

/**
 * The result of a folder (or any) compile, file by file: each file's diagnostics and the
 * agreements it declares. One entry per compiled file ({@link CompileResult.files}), plus one
 * for any other path a diagnostic names (a file that could not be read, or `.` for the input as
 * a whole), sorted by path. A view of the result: nothing is compiled again. Never throws for a
 * result of a compile function.
 */
export function perFile(result: CompileResult): FileView[] {
    const paths = new Set<string>([...result.files, ...result.diagnostics.map(d => d.file)]);
    return [...paths].sort(compareStrings).map(file => {
        const diagnostics = result.diagnostics.filter(d => d.file === file);
        return {
            file,
            diagnostics,
            errorCount: countSeverity(diagnostics, 'error'),
            warningCount: countSeverity(diagnostics, 'warning'),
            agreements: (result.output?.agreements ?? []).filter(agreement => agreement.location.file === file)
        };
    });
}
