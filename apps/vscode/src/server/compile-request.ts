import { type CompileOptions, compileSources } from '@pacta/sdk/core';
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { COMPILE_METHOD, type CompileParams, type CompileResponse } from '../shared/protocol.js';
import { folderSources, trackWorkspaceFolders } from './folder-sources.js';

/**
 * Serves `pacta/compile`: compiles the workspace folder that holds the given file with the SDK,
 * from the texts the server has (so unsaved edits are compiled as they are in the editor), with
 * the options of the editor's settings (`pacta.strictSources`).
 */
export function addCompileRequestHandler(connection: Connection, shared: LangiumSharedServices, options: () => CompileOptions = () => ({})): void {
    const folders = trackWorkspaceFolders(connection, shared);
    connection.onRequest(COMPILE_METHOD, async (params: CompileParams): Promise<CompileResponse> => {
        await shared.workspace.WorkspaceManager.ready;
        const { folder, sources } = folderSources(shared, folders(), URI.parse(params.uri));
        const result = await compileSources(sources, options());
        return {
            folderUri: folder.toString(),
            files: result.files,
            json: result.json,
            errorCount: result.errorCount,
            warningCount: result.warningCount,
            diagnostics: result.diagnostics
        };
    });
}
