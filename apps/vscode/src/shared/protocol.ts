/**
 * The custom requests between the extension and the Pacta language server, besides LSP, both
 * served by the server with the SDK: `pacta/deadlines` (the timeline's data), `pacta/compile` and `pacta/status`.
 */
import type { CommitmentStanding, ListedDeadline, PactaDiagnostic, StatusReport } from '@pacta/sdk/core';

export interface DeadlinesParams {
    /** `YYYY-MM-DD`; the server's local date when left out (a day that is not one is refused: invalid params). Decides `past`, `standing` and `overdue`. */
    today?: string;
    /** Only the documents under this URI (a workspace folder); the whole workspace when left out. */
    folderUri?: string;
    /** Also list commitments recorded fulfilled, superseded, lapsed or breached (as `pacta deadlines --include-closed`). */
    includeClosed?: boolean;
}

/** One occurrence of a deadline: the SDK's `listDeadlines` row, with where it is written and how it stands today. */
export interface DeadlineItem extends ListedDeadline {
    /** The document it is written in. */
    uri: string;
    /** Where the date or deadline is written (0-based, LSP). */
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    /** Its last day (of a month or year: the last day of it) is before today. */
    past: boolean;
    /** A commitment's status today, as `pacta status` decides it (docs/status.md); none for an event. */
    standing?: CommitmentStanding;
    /** Why, in the words of `pacta status`; only on the occurrence the status was read from. */
    standingReason?: string;
    /** The commitment is `overdue` today, and this is the occurrence it is overdue on (an obligation's; a `may` is `window_closed`). */
    overdue: boolean;
    /** What is uncertain, in the words of every list (`uncertain: anchor usmca.in_force (event)`); empty when nothing is. */
    uncertaintyText: string;
}

export interface DeadlinesResult {
    today: string;
    /** As `listDeadlines` orders them: by date then id, the unresolved ones last. */
    deadlines: DeadlineItem[];
}

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

export const STATUS_METHOD = 'pacta/status';

export interface StatusParams {
    /** A file of the folder; the workspace folder that holds it is compiled (as `pacta/compile`). */
    uri: string;
    /** `YYYY-MM-DD`: the day the status is taken on. */
    asOf: string;
    /** A deadline this many days away or closer is `due_soon` (`pacta status --due-soon-days`; default 14). */
    dueSoonDays?: number;
}

export interface StatusResponse {
    folderUri: string;
    /** `pacta status --format json` of the folder; absent when it has errors (as `pacta status` prints nothing then). */
    status?: StatusReport;
    errorCount: number;
    diagnostics: PactaDiagnostic[];
}
