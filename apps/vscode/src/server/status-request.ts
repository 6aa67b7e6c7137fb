import { type CompileOptions, compileSources, statusAsOf } from '@pacta/sdk/core';
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { type Connection, ResponseError } from 'vscode-languageserver/node';
import { STATUS_METHOD, type StatusParams, type StatusResponse } from '../shared/protocol.js';
import { folderSources, trackWorkspaceFolders } from './folder-sources.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Serves `pacta/status`: where every agreement and commitment of the folder stands on a day — the
 * SDK's `statusAsOf` over the folder compiled as `pacta/compile` compiles it, so the answer is the
 * one `pacta status --as-of` gives for the same files.
 */
export function addStatusRequestHandler(connection: Connection, shared: LangiumSharedServices, options: () => CompileOptions = () => ({})): void {
    const folders = trackWorkspaceFolders(connection, shared);
    connection.onRequest(STATUS_METHOD, async (params: StatusParams): Promise<StatusResponse> => {
        if (!params || typeof params.asOf !== 'string' || !DAY.test(params.asOf) || Number.isNaN(Date.parse(params.asOf))) {
            throw new ResponseError(-32602, `pacta/status: asOf must be a day written YYYY-MM-DD (got ${JSON.stringify(params?.asOf)})`);
        }
        await shared.workspace.WorkspaceManager.ready;
        const { folder, sources } = folderSources(shared, folders(), URI.parse(params.uri));
        const result = await compileSources(sources, options());
        const status = result.errorCount === 0 && result.output ? statusAsOf(result.output, params.asOf, { dueSoonDays: params.dueSoonDays }) : undefined;
        return { folderUri: folder.toString(), ...(status ? { status } : {}), errorCount: result.errorCount, diagnostics: result.diagnostics };
    });
}
