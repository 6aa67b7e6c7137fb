/**
 * The custom requests between the extension and the Pacta language server, besides LSP.
 * `pacta/deadlines` is served by `@pacta/language` (the timeline's data); `pacta/compile`
 * by the server entry (it uses the SDK).
 */
import type { PactaDiagnostic } from '@pacta/sdk/core';
export type { DeadlineItem, DeadlinesParams, DeadlinesResult } from '@pacta/language';

export const DEADLINES_METHOD = 'pacta/deadlines';
export const COMPILE_METHOD = 'pacta/compile';

export interface CompileParams {
    /** A file of the folder to compile; the workspace folder that holds it is compiled (or its own folder). */
    uri: string;
}

export interface CompileResponse {
    /** The folder compiled, as a URI. */
    folderUri: string;
    /** Files compiled, relative to the folder. */
    files: string[];
    /** The compiled JSON (empty when nothing could be compiled). */
    json: string;
    errorCount: number;
    warningCount: number;
    diagnostics: PactaDiagnostic[];
}

/** The client command that selects a range (used after "Suppress with a reason"). */
export const SELECT_TEXT_COMMAND = 'pacta.selectText';
