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
 * with paths relative to the folder, sorted: what `compileSources` takes. An open file's text is
 * the editor's even before the document builder has taken it up (it waits out a short pause after
 * each edit): a request that comes right after the files were opened or edited sees all of them
 * as they are, never a folder with some missing or some a keystroke behind.
 */
export function folderSources(shared: LangiumSharedServices, folders: readonly URI[], file: URI): { folder: URI; sources: SourceFile[] } {
    const folder = folders.filter(candidate => UriUtils.contains(candidate, file)).sort((a, b) => b.path.length - a.path.length)[0] ?? UriUtils.dirname(file);
    const texts = new Map<string, { uri: URI; text: string }>();
    const add = (uri: URI, text: string): void => {
        if (isBuiltinUri(uri.toString()) || !UriUtils.contains(folder, uri) || !uri.path.endsWith('.pacta')) return;
        texts.set(uri.toString(), { uri, text });
    };
    for (const document of shared.workspace.LangiumDocuments.all) add(document.uri, document.textDocument.getText());
    // The open documents last, so the editor's text wins.
    for (const open of shared.workspace.TextDocuments.all()) add(URI.parse(open.uri), open.getText());
    const sources: SourceFile[] = [...texts.values()].map(({ uri, text }) => ({ path: UriUtils.relative(folder, uri), text }));
    sources.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { folder, sources };
}
