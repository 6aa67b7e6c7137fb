import { isBuiltinUri } from '@pacta/language';
import { type CompileOptions, type SourceFile, compileSources } from '@pacta/sdk/core';
import { URI, UriUtils } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { COMPILE_METHOD, type CompileParams, type CompileResponse } from '../shared/protocol.js';

/**
 * Serves `pacta/compile`: compiles the workspace folder that holds the given file with the SDK,
 * from the texts the server has (so unsaved edits are compiled as they are in the editor), with
 * the options of the editor's settings (`pacta.strictSources`).
 */
export function addCompileRequestHandler(connection: Connection, shared: LangiumSharedServices, options: () => CompileOptions = () => ({})): void {
    let folders: URI[] = [];
    shared.lsp.LanguageServer.onInitialize(params => {
        folders = (params.workspaceFolders ?? []).map(folder => URI.parse(folder.uri));
        if (folders.length === 0 && params.rootUri) folders = [URI.parse(params.rootUri)];
    });
    shared.lsp.LanguageServer.onInitialized(() => {
        connection.workspace.onDidChangeWorkspaceFolders?.(event => {
            const removed = new Set(event.removed.map(folder => folder.uri));
            folders = [...folders.filter(folder => !removed.has(folder.toString())), ...event.added.map(folder => URI.parse(folder.uri))];
        });
    });

    connection.onRequest(COMPILE_METHOD, async (params: CompileParams): Promise<CompileResponse> => {
        await shared.workspace.WorkspaceManager.ready;
        const file = URI.parse(params.uri);
        const folder = folders.filter(candidate => UriUtils.contains(candidate, file)).sort((a, b) => b.path.length - a.path.length)[0] ?? UriUtils.dirname(file);
        const sources: SourceFile[] = [];
        for (const document of shared.workspace.LangiumDocuments.all) {
            const uri = document.uri;
            if (isBuiltinUri(uri.toString()) || !UriUtils.contains(folder, uri) || !uri.path.endsWith('.pacta')) continue;
            sources.push({ path: UriUtils.relative(folder, uri), text: document.textDocument.getText() });
        }
        sources.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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
