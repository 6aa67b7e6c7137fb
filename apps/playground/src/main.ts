/**
 * The Pacta playground: Monaco on the left with the workspace's files, the result panels on the
 * right, and the Pacta language server (the VS Code extension's browser build) in a Web Worker.
 * Everything stays in the page: the worker, Monaco and the example come from the page's own origin.
 */
import example from 'virtual:example';
import type * as lsp from 'vscode-languageserver-protocol';
import { toRange } from './convert.js';
import { Documents } from './documents.js';
import { Draft } from './draft.js';
import { byId } from './dom.js';
import { FileTabs } from './file-tabs.js';
import { registerLanguageFeatures, registerPactaLanguage } from './language.js';
import { startLanguageServer } from './lsp-client.js';
import * as monaco from './monaco.js';
import { PageNote } from './page-note.js';
import { ResultPanels } from './result-panels.js';
import { type Workspace, decodeShare, encodeShare, folderUri } from './workspace.js';

// Monaco's own worker (link detection, diffs), from the page's origin.
(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
    getWorker: () => new Worker(new URL('./monaco/editor.worker.js', import.meta.url), { name: 'monaco-editor' })
};

async function main(): Promise<void> {
    registerPactaLanguage();
    const note = new PageNote();
    const draft = new Draft();
    draft.onProblem = message => note.show(message);
    // A share link first; without one, the draft of the last visit; else the example.
    const shared = await decodeShare(location.hash);
    const restored = shared === undefined ? draft.load() : undefined;
    const workspace: Workspace = shared instanceof Error || shared === undefined ? (restored ?? structuredClone(example)) : shared;
    if (shared instanceof Error) note.show(shared.message);

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

    // Edited: the files differ from the example or link they were loaded from (a restored draft counts as edited).
    let edited = restored !== undefined;
    let loading = false;
    const load = (files: Workspace['files']) => {
        loading = true;
        for (const path of documents.paths()) documents.close(path);
        for (const file of files) documents.open(file.path, file.text);
        loading = false;
        edited = false;
        tabs.selectFirst(files.find(file => file.path !== 'parties.pacta')?.path);
    };
    const shareField = byId<HTMLInputElement>('share-url');
    documents.onEdit(() => {
        if (loading) return;
        edited = true;
        draft.schedule(() => ({ name: workspace.name, files: documents.files() }));
        // The address keeps a share link only while the files are the link's: the first edit drops it.
        if (location.hash.startsWith('#w=')) history.replaceState(null, '', location.pathname + location.search);
        shareField.hidden = true;
    });

    // A share link opened in this tab (pasted into the address, or Back to one).
    addEventListener('hashchange', async () => {
        const next = await decodeShare(location.hash, 'the files are unchanged');
        if (next === undefined) return;
        if (next instanceof Error) {
            note.show(next.message);
            history.replaceState(null, '', location.pathname + location.search);
            return;
        }
        if (edited && !confirm('Open the shared link? It replaces the files you edited here.')) {
            history.replaceState(null, '', location.pathname + location.search);
            return;
        }
        // Another folder name is another workspace for the server: the page starts again on the link.
        if (next.name !== workspace.name) return location.reload();
        note.hide();
        load(next.files);
    });

    byId('format').addEventListener('click', () => void editor.getAction('editor.action.formatDocument')?.run());
    byId('reset').addEventListener('click', () => {
        if (!confirm('Replace every file with the example?')) return;
        draft.clear();
        // Without the share hash, a reload shows the example too.
        if (workspace.name !== example.name) return location.assign(location.pathname);
        history.replaceState(null, '', location.pathname);
        load(example.files);
    });
    byId('share').addEventListener('click', async () => {
        const hash = await encodeShare({ name: workspace.name, files: documents.files() });
        if (hash instanceof Error) return alert(hash.message);
        history.replaceState(null, '', hash);
        edited = false;
        shareField.value = location.href;
        shareField.hidden = false;
        shareField.select();
        await navigator.clipboard?.writeText(location.href).catch(() => undefined);
    });

    load(workspace.files);
    edited = restored !== undefined;
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
