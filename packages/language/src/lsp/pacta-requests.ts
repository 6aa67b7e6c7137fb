import { type Cancellation, DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { PactaLspServices } from '../pacta-module.js';
import { DEADLINES_REQUEST, type DeadlinesParams, type DeadlinesResult } from './pacta-deadline-list-provider.js';
import { pactaLspFeatures } from './pacta-lsp-module.js';

/** The part of an LSP connection the custom requests need (`vscode-languageserver`'s `Connection` has it). */
export interface RequestConnection {
    onRequest(method: string, handler: (params: never, token: Cancellation.CancellationToken) => unknown): unknown;
}

/**
 * Serves `pacta/deadlines` (the timeline): every deadline of the workspace, resolved, with its
 * location. Answers once the workspace is loaded and linked, so it sees the latest edits; gives way
 * to other messages as it goes and stops when cancelled (by the client, or by an edit: see the server's request guard).
 */
export function addDeadlinesRequestHandler(connection: RequestConnection, shared: LangiumSharedServices, Pacta: PactaLspServices): void {
    const provider = pactaLspFeatures(Pacta).lspFeatures.DeadlineListProvider;
    connection.onRequest(DEADLINES_REQUEST, async (params: DeadlinesParams | null | undefined, token: Cancellation.CancellationToken): Promise<DeadlinesResult> => {
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Linked, token);
        return provider.collectDeadlines(params ?? {}, token);
    });
}
