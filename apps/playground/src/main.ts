/**
 * The Pacta playground: Monaco on the left with the workspace's files, the result panels on the
 * right, and the Pacta language server (the VS Code extension's browser build) in a Web Worker.
 * Everything stays in the page: the worker, Monaco and the example come from the page's own origin.
 */
import example from 'virtual:example';
import type * as lsp from 'vscode-languageserver-protocol';
import { toRange } from './convert.js';
import { Documents } from './documents.js';
import { byId } from './dom.js';
import { FileTabs } from './file-tabs.js';
import { registerLanguageFeatures, registerPactaLanguage } from './language.js';
import { startLanguageServer } from './lsp-client.js';
import * as monaco from './monaco.js';
import { ResultPanels } from './result-panels.js';
import { type Workspace, decodeShare, encodeShare, folderUri } from './workspace.js';

// Monaco's own worker (link detection, diffs), from the page's origin.
(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
    getWorker: () => new Worker(new URL('./monaco/editor.worker.js', import.meta.url), { name: 'monaco-editor' })
};

async function main(): Promise<void> {
    registerPactaLanguage();
    const shared = await decodeShare(location.hash);
    const workspace: Workspace = shared instanceof Error || shared === undefined ? structuredClone(example) : shared;
    if (shared instanceof Error) byId('panel-note').textContent = shared.message;

    const editor = monaco.editor.create(byId('editor'), {
        automaticLayout: true,
        minimap: { enabled: false },
        fontSize: 13,
        model: null,
        'semanticHighlighting.enabled': true,
        // Completion is the server's; words of the file would only crowd it.
        wordBasedSuggestions: 'off',
        // Agreements quote titles with dashes and curly quotes: not suspicious here.
        unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: true }
    });

    const { connection, result } = await startLanguageServer(new URL('./server/server.js', import.meta.url), folderUri(workspace), workspace.name, message => {
        document.body.dataset.state = 'failed';
        byId('server-state').textContent = `Reload the page: ${message}.`;
    });
    const documents = new Documents(connection, workspace);
    registerLanguageFeatures(connection, result.capabilities, documents.diagnostics);
    const tabs = new FileTabs(editor, documents);

    const jump = (uri: string, range: lsp.Range) => {
        const path = documents.pathOf(uri);
        if (!path) return;
        tabs.select(path);
        const target = toRange(range);
        editor.setSelection({ startLineNumber: target.startLineNumber, startColumn: target.startColumn, endLineNumber: target.startLineNumber, endColumn: target.startColumn });
        editor.revealRangeInCenter(target);
        editor.focus();
    };
    const panels = new ResultPanels(connection, documents, workspace, jump);
    documents.onDiagnostics(() => {
        panels.renderProblems();
        tabs.render();
    });

    const load = (files: Workspace['files']) => {
        for (const path of documents.paths()) documents.close(path);
        for (const file of files) documents.open(file.path, file.text);
        tabs.selectFirst(files.find(file => file.path !== 'parties.pacta')?.path);
    };

    byId('format').addEventListener('click', () => void editor.getAction('editor.action.formatDocument')?.run());
    byId('reset').addEventListener('click', () => {
        if (!confirm('Replace every file with the example?')) return;
        // Without the share hash, a reload shows the example too.
        if (workspace.name !== example.name) return location.assign(location.pathname);
        history.replaceState(null, '', location.pathname);
        load(example.files);
    });
    byId('share').addEventListener('click', async () => {
        const hash = await encodeShare({ name: workspace.name, files: documents.files() });
        if (hash instanceof Error) return alert(hash.message);
        history.replaceState(null, '', hash);
        const field = byId<HTMLInputElement>('share-url');
        field.value = location.href;
        field.hidden = false;
        field.select();
        await navigator.clipboard?.writeText(location.href).catch(() => undefined);
    });

    load(workspace.files);
    byId('server-state').textContent = 'Language server ready';
    document.body.dataset.state = 'ready';
    // Read by the browser tests only: the editor, to place the cursor as a user would.
    (globalThis as { pactaPlayground?: unknown }).pactaPlayground = { editor, monaco };
}

main().catch(error => {
    document.body.dataset.state = 'failed';
    byId('server-state').textContent = `The playground could not start: ${(error as Error).message}`;
    console.error(error);
});
