import { type CompileOptions, compileSources, statusAsOf } from '@pacta/sdk/core';
import { URI } from 'langium';
import { isDay } from './days.js';
import type { LangiumSharedServices } from 'langium/lsp';
import { type Connection, ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { STATUS_METHOD, type StatusParams, type StatusResponse } from '../shared/protocol.js';
import { folderSources, trackWorkspaceFolders } from './folder-sources.js';

/**
 * Serves `pacta/status`: where every agreement and commitment of the folder stands on a day — the
 * SDK's `statusAsOf` over the folder compiled as `pacta/compile` compiles it, so the answer is the
 * one `pacta status --as-of` gives for the same files.
 */
export function addStatusRequestHandler(connection: Connection, shared: LangiumSharedServices, options: () => CompileOptions = () => ({})): void {
    const folders = trackWorkspaceFolders(connection, shared);
    connection.onRequest(STATUS_METHOD, async (params: StatusParams): Promise<StatusResponse> => {
        const problem = invalidParams(params);
        if (problem) throw new ResponseError(ErrorCodes.InvalidParams, `pacta/status: ${problem}`);
        await shared.workspace.WorkspaceManager.ready;
        const { folder, sources } = folderSources(shared, folders(), URI.parse(params.uri));
        const result = await compileSources(sources, options());
        const status = result.errorCount === 0 && result.output ? statusAsOf(result.output, params.asOf, { dueSoonDays: params.dueSoonDays }) : undefined;
        return { folderUri: folder.toString(), ...(status ? { status } : {}), errorCount: result.errorCount, diagnostics: result.diagnostics };
    });
}

/** What is wrong with the parameters, checked before any work (so `statusAsOf` never throws on them); undefined when nothing is. */
function invalidParams(params: Partial<StatusParams> | null | undefined): string | undefined {
    if (!params || typeof params.uri !== 'string' || params.uri === '') return 'uri must be the URI of a file of the folder';
    if (typeof params.asOf !== 'string' || !isDay(params.asOf)) return `asOf must be a day written YYYY-MM-DD (got ${JSON.stringify(params.asOf)})`;
    const days = params.dueSoonDays;
    if (days !== undefined && !(typeof days === 'number' && Number.isInteger(days) && days >= 0)) return `dueSoonDays must be a whole number of days, 0 or more (got ${JSON.stringify(days)})`;
    return undefined;
}
