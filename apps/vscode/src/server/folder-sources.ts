import { isBuiltinUri } from '@pacta/language';
import type { SourceFile } from '@pacta/sdk/core';
import { URI, UriUtils } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';

/** The workspace folders of a server, kept up to date as folders are added and removed. */
export function trackWorkspaceFolders(connection: Connection, shared: LangiumSharedServices): () => readonly URI[] {
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
    return () => folders;
}

/**
 * The `.pacta` files of the workspace folder that holds `file` (the innermost one; its own folder
 * when none does), from the texts the server has — unsaved edits as they are in the editor —
 * with paths relative to the folder, sorted: what `compileSources` takes.
 */
export function folderSources(shared: LangiumSharedServices, folders: readonly URI[], file: URI): { folder: URI; sources: SourceFile[] } {
    const folder = folders.filter(candidate => UriUtils.contains(candidate, file)).sort((a, b) => b.path.length - a.path.length)[0] ?? UriUtils.dirname(file);
    const sources: SourceFile[] = [];
    for (const document of shared.workspace.LangiumDocuments.all) {
        const uri = document.uri;
        if (isBuiltinUri(uri.toString()) || !UriUtils.contains(folder, uri) || !uri.path.endsWith('.pacta')) continue;
        sources.push({ path: UriUtils.relative(folder, uri), text: document.textDocument.getText() });
    }
    sources.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { folder, sources };
}
