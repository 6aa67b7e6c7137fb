/**
 * The workspace's files as Monaco models, kept in step with the language server: each model is
 * opened, changed and closed on the server (full text on each change), and the diagnostics the
 * server publishes become the models' markers. Paths are the file names in the virtual folder.
 */
import type { WorkerConnection } from './rpc.js';
import type * as lsp from 'vscode-languageserver-protocol';
import { toMarker } from './convert.js';
import { LANGUAGE_ID } from './language.js';
import * as monaco from './monaco.js';
import { type Workspace, fileUri } from './workspace.js';

export class Documents {
    private readonly models = new Map<string, monaco.editor.ITextModel>();
    /** The server's diagnostics by document URI, as last published (the quick fixes send them back). */
    readonly diagnostics = new Map<string, lsp.Diagnostic[]>();
    private readonly editListeners: (() => void)[] = [];
    private readonly diagnosticsListeners: (() => void)[] = [];
    private diagnosticsQueued = false;

    constructor(
        private readonly connection: WorkerConnection,
        private readonly workspace: Workspace
    ) {
        connection.onNotification('textDocument/publishDiagnostics', (params: lsp.PublishDiagnosticsParams) => {
            const model = monaco.editor.getModel(monaco.Uri.parse(params.uri));
            if (!model || model.isDisposed()) return;
            this.diagnostics.set(params.uri, params.diagnostics);
            monaco.editor.setModelMarkers(model, 'pacta', params.diagnostics.map(toMarker));
            this.diagnosticsChanged();
        });
    }

    /** Called after every edit of any file, and when a file comes or goes. */
    onEdit(listener: () => void): void {
        this.editListeners.push(listener);
    }

    /** Called (once per frame at most) when diagnostics arrive or a file goes. */
    onDiagnostics(listener: () => void): void {
        this.diagnosticsListeners.push(listener);
    }

    paths(): string[] {
        return [...this.models.keys()].sort();
    }

    model(path: string): monaco.editor.ITextModel | undefined {
        return this.models.get(path);
    }

    pathOf(uri: string): string | undefined {
        return [...this.models.entries()].find(([, model]) => model.uri.toString() === uri)?.[0];
    }

    errorCount(path: string): number {
        return (this.diagnostics.get(this.models.get(path)?.uri.toString() ?? '') ?? []).filter(d => (d.severity ?? 1) === 1).length;
    }

    /** The files as they are in the editor now. */
    files(): Workspace['files'] {
        return this.paths().map(path => ({ path, text: this.models.get(path)?.getValue() ?? '' }));
    }

    open(path: string, text: string): void {
        const model = monaco.editor.createModel(text, LANGUAGE_ID, monaco.Uri.parse(fileUri(this.workspace, path)));
        this.models.set(path, model);
        void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: model.uri.toString(), languageId: LANGUAGE_ID, version: model.getVersionId(), text } });
        model.onDidChangeContent(() => {
            void this.connection.sendNotification('textDocument/didChange', {
                textDocument: { uri: model.uri.toString(), version: model.getVersionId() },
                contentChanges: [{ text: model.getValue() }]
            });
            for (const listener of this.editListeners) listener();
        });
        for (const listener of this.editListeners) listener();
    }

    close(path: string): void {
        const model = this.models.get(path);
        if (!model) return;
        const uri = model.uri.toString();
        void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        this.diagnostics.delete(uri);
        this.models.delete(path);
        model.dispose();
        this.diagnosticsChanged();
        for (const listener of this.editListeners) listener();
    }

    private diagnosticsChanged(): void {
        if (this.diagnosticsQueued) return;
        this.diagnosticsQueued = true;
        requestAnimationFrame(() => {
            this.diagnosticsQueued = false;
            for (const listener of this.diagnosticsListeners) listener();
        });
    }
}
