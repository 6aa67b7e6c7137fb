import { type PactaDocumentUpdateHandler, type PactaServices, chainExcerpt, isBuiltinUri } from '@pacta/language';
import { commitmentStandings, listDeadlines, periodOf, rowUncertaintyText } from '@pacta/sdk/core';
import { compileAst } from '@pacta/sdk/internal';
import { type Cancellation, DocumentState, type LangiumDocument, URI, UriUtils } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { isDay } from './days.js';
import { DEADLINES_METHOD, type DeadlineItem, type DeadlinesParams, type DeadlinesResult } from '../shared/protocol.js';

/** The part of an LSP connection the request needs (`vscode-languageserver`'s `Connection` has it). */
export interface RequestConnection {
    onRequest(method: string, handler: (params: never, token: Cancellation.CancellationToken) => unknown): unknown;
}

/**
 * Serves `pacta/deadlines` (the timeline): the SDK's `listDeadlines` — the rows `pacta deadlines`
 * lists, live ones unless `includeClosed`, one per occurrence, with what is uncertain — over the
 * model the SDK builds from the server's own linked documents (`compileAst`: no second parse),
 * with where each is written, whether it is past today, and each commitment's status today from
 * the status module (`commitmentStandings`: overdue is decided there only). Answers once the workspace
 * is loaded, every open file taken up and linked, so it sees the latest edits.
 */
export function addDeadlinesRequestHandler(connection: RequestConnection, shared: LangiumSharedServices, Pacta: PactaServices): void {
    connection.onRequest(DEADLINES_METHOD, async (params: DeadlinesParams | null | undefined, token: Cancellation.CancellationToken): Promise<DeadlinesResult> => {
        // A day that is not one is refused, not replaced by today: the answer would be for another day than asked.
        if (params?.today !== undefined && (typeof params.today !== 'string' || !isDay(params.today))) {
            throw new ResponseError(ErrorCodes.InvalidParams, `pacta/deadlines: today must be a day written YYYY-MM-DD (got ${JSON.stringify(params.today)})`);
        }
        await shared.workspace.WorkspaceManager.ready;
        // Files opened or edited a moment ago are taken up after a short pause: wait for them, not only for the build under way.
        await (shared.lsp?.DocumentUpdateHandler as Partial<PactaDocumentUpdateHandler> | undefined)?.whenSettled?.(token);
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Linked, token);
        return timelineDeadlines(shared.workspace.LangiumDocuments.all.toArray(), Pacta, params ?? {});
    });
}

/** The timeline's deadlines of `documents` (those under `folderUri`, when given). */
export function timelineDeadlines(documents: readonly LangiumDocument[], Pacta: PactaServices, params: DeadlinesParams): DeadlinesResult {
    const today = params.today && isDay(params.today) ? params.today : localToday();
    const folder = params.folderUri ? URI.parse(params.folderUri) : undefined;
    const inScope = documents.filter(document => !isBuiltinUri(document.uri.toString()) && (!folder || UriUtils.contains(folder, document.uri)));
    // Each document is named by its URI, so every row's location leads back to it.
    const output = compileAst(inScope, Pacta, document => document.uri.toString());
    const standings = commitmentStandings(output, today);
    const deadlines = listDeadlines(output, { includeClosed: params.includeClosed === true, asOf: today }).map((row): DeadlineItem => {
        const last = row.date !== null ? periodOf(row.date)?.last : undefined;
        const past = last !== undefined && last < today;
        const standing = row.subjectKind === 'commitment' ? standings.get(row.subject) : undefined;
        // The row the status was read from (the next or last occurrence of a recurring deadline).
        const deciding = standing !== undefined && standing.decidedBy === row.date;
        const { location } = row;
        return {
            ...row,
            // As short as in hovers and inlay hints (the model keeps up to 32 steps).
            chain: [...chainExcerpt(row.chain)],
            uri: location.file,
            range: {
                start: { line: location.line - 1, character: location.column - 1 },
                end: { line: location.endLine - 1, character: location.endColumn - 1 }
            },
            past,
            ...(standing ? { standing: standing.status } : {}),
            ...(deciding ? { standingReason: standing!.reason } : {}),
            // Overdue on the occurrence the status was read from, so the count matches `pacta status`.
            overdue: deciding && standing!.status === 'overdue',
            uncertaintyText: rowUncertaintyText(row)
        };
    });
    return { today, deadlines };
}

function localToday(): string {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
