/**
 * The Pacta playground: Monaco on the left with the workspace's files, the result panels on the
 * right, and the Pacta language server (the VS Code extension's browser build) in a Web Worker.
 * Everything stays in the page: the worker, Monaco and the example come from the page's own origin.
 */
import example from 'virtual:example';
import type * as lsp from 'vscode-languageserver-protocol';
import { COMPILE_METHOD, type CompileResponse, DEADLINES_METHOD, type DeadlinesResult, STATUS_METHOD, type StatusResponse } from '../../vscode/src/shared/protocol.js';
import { toMarker, toRange } from './convert.js';
import { LANGUAGE_ID, registerLanguageFeatures, registerPactaLanguage } from './language.js';
import { startLanguageServer } from './lsp-client.js';
import * as monaco from './monaco.js';
import { type PanelName, renderDeadlines, renderJson, renderProblems, renderStatus } from './panels.js';
import { FILE_NAME, type Workspace, decodeShare, encodeShare, fileUri, folderUri } from './workspace.js';

// Monaco's own worker (word-based features, link detection), from the page's origin.
(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
    getWorker: () => new Worker(new URL('./monaco/editor.worker.js', import.meta.url), { name: 'monaco-editor' })
};

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

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
        // Completion is the server's; words of the file would only crowd it.
        wordBasedSuggestions: 'off',
        // Agreements quote titles with dashes and curly quotes: not suspicious here.
        unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: true }
    });
    const models = new Map<string, monaco.editor.ITextModel>(); // by path
    const diagnostics = new Map<string, lsp.Diagnostic[]>(); // by URI
    let current = '';

    const fileName = (uri: string) => [...models.entries()].find(([, model]) => model.uri.toString() === uri)?.[0];
    const syncFiles = () => {
        workspace.files = [...models.entries()].map(([path, model]) => ({ path, text: model.getValue() }));
    };

    const { connection, result } = await startLanguageServer(new URL('./server/server.js', import.meta.url), folderUri(workspace), workspace.name, message => {
        document.body.dataset.state = 'failed';
        byId('server-state').textContent = `Reload the page: ${message}.`;
    });
    registerLanguageFeatures(connection, result.capabilities, diagnostics);

    function openModel(path: string, text: string): void {
        const model = monaco.editor.createModel(text, LANGUAGE_ID, monaco.Uri.parse(fileUri(workspace, path)));
        models.set(path, model);
        void connection.sendNotification('textDocument/didOpen', { textDocument: { uri: model.uri.toString(), languageId: LANGUAGE_ID, version: model.getVersionId(), text } });
        model.onDidChangeContent(() => {
            void connection.sendNotification('textDocument/didChange', {
                textDocument: { uri: model.uri.toString(), version: model.getVersionId() },
                contentChanges: [{ text: model.getValue() }]
            });
            schedulePanelRefresh();
        });
    }

    function closeModel(path: string): void {
        const model = models.get(path);
        if (!model) return;
        const uri = model.uri.toString();
        void connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        diagnostics.delete(uri);
        models.delete(path);
        model.dispose();
    }

    // ---------------------------------------------------------------- file tabs
    const fileTabs = byId('file-tabs');
    function renderFileTabs(): void {
        fileTabs.replaceChildren(
            ...[...models.keys()].sort().map(path => {
                const tab = document.createElement('button');
                tab.type = 'button';
                tab.role = 'tab';
                tab.dataset.path = path;
                tab.setAttribute('aria-selected', String(path === current));
                tab.textContent = path;
                const errors = (diagnostics.get(models.get(path)?.uri.toString() ?? '') ?? []).filter(d => (d.severity ?? 1) === 1).length;
                if (errors > 0) tab.append(Object.assign(document.createElement('span'), { className: 'tab-errors', textContent: `●${errors}`, title: `${errors} error(s)` }));
                tab.addEventListener('click', () => selectFile(path));
                return tab;
            })
        );
    }
    function selectFile(path: string): void {
        const model = models.get(path);
        if (!model) return;
        current = path;
        editor.setModel(model);
        renderFileTabs();
    }
    function askFileName(question: string, proposal: string): string | undefined {
        const answer = prompt(question, proposal)?.trim();
        if (!answer) return undefined;
        const name = answer.endsWith('.pacta') ? answer : `${answer}.pacta`;
        if (!FILE_NAME.test(name)) alert(`“${name}” is not a file name the playground takes: letters, digits, “.”, “_” and “-”, ending in .pacta.`);
        else if (models.has(name)) alert(`There is already a file named ${name}.`);
        else return name;
        return undefined;
    }
    byId('new-file').addEventListener('click', () => {
        let n = 1;
        while (models.has(`untitled-${n}.pacta`)) n++;
        const name = askFileName('Name of the new file', `untitled-${n}.pacta`);
        if (!name) return;
        openModel(name, '');
        selectFile(name);
        editor.focus();
    });
    byId('rename-file').addEventListener('click', () => {
        const model = models.get(current);
        const name = model && askFileName(`New name of ${current}`, current);
        if (!model || !name) return;
        const text = model.getValue();
        closeModel(current);
        openModel(name, text);
        selectFile(name);
        refreshProblems();
    });
    byId('delete-file').addEventListener('click', () => {
        if (!current || !confirm(`Delete ${current}? (Reset to example brings the example back.)`)) return;
        closeModel(current);
        current = [...models.keys()].sort()[0] ?? '';
        if (current) selectFile(current);
        else {
            editor.setModel(null);
            renderFileTabs();
        }
        refreshProblems();
        schedulePanelRefresh();
    });

    function loadWorkspace(files: Workspace['files']): void {
        for (const path of [...models.keys()]) closeModel(path);
        for (const file of files) openModel(file.path, file.text);
        const first = files.find(file => file.path !== 'parties.pacta') ?? files[0];
        current = '';
        if (first) selectFile(first.path);
        refreshProblems();
    }

    // ---------------------------------------------------------------- diagnostics and panels
    const problemsPanel = byId('panel-problems');
    function jump(uri: string, range: lsp.Range): void {
        const path = fileName(uri);
        if (!path) return;
        selectFile(path);
        const target = toRange(range);
        editor.setSelection({ startLineNumber: target.startLineNumber, startColumn: target.startColumn, endLineNumber: target.startLineNumber, endColumn: target.startColumn });
        editor.revealRangeInCenter(target);
        editor.focus();
    }
    function refreshProblems(): void {
        byId('problem-count').textContent = String(renderProblems(problemsPanel, diagnostics, fileName, jump));
        renderFileTabs();
    }
    let problemsQueued = false;
    connection.onNotification('textDocument/publishDiagnostics', (params: lsp.PublishDiagnosticsParams) => {
        const model = monaco.editor.getModel(monaco.Uri.parse(params.uri));
        if (!model) return;
        diagnostics.set(params.uri, params.diagnostics);
        monaco.editor.setModelMarkers(model, 'pacta', params.diagnostics.map(toMarker));
        if (!problemsQueued) {
            problemsQueued = true;
            requestAnimationFrame(() => {
                problemsQueued = false;
                refreshProblems();
            });
        }
    });

    const asOf = byId<HTMLInputElement>('as-of');
    asOf.value = localDay();
    let panel: PanelName = 'problems';
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;
    let lastJson: CompileResponse | undefined;
    const downloadButton = byId('download-json');
    const anyFileUri = () => [...models.values()][0]?.uri.toString() ?? fileUri(workspace, 'none.pacta');

    async function refreshPanel(): Promise<void> {
        const target = byId(`panel-${panel}`);
        try {
            if (panel === 'deadlines') {
                const answer = await connection.sendRequest<DeadlinesResult>(DEADLINES_METHOD, { today: asOf.value || undefined, folderUri: folderUri(workspace), includeClosed: true });
                renderDeadlines(target, answer, fileName, jump);
                byId('panel-note').textContent = `${answer.deadlines.length} deadlines; grey: before ${answer.today}`;
            } else if (panel === 'status') {
                const answer = await connection.sendRequest<StatusResponse>(STATUS_METHOD, { uri: anyFileUri(), asOf: asOf.value || localDay() });
                renderStatus(target, answer);
                byId('panel-note').textContent = '';
            } else if (panel === 'json') {
                const answer = await connection.sendRequest<CompileResponse>(COMPILE_METHOD, { uri: anyFileUri() });
                lastJson = answer;
                renderJson(byId('json-output'), answer);
                byId('panel-note').textContent = `${answer.files.length} files, ${answer.errorCount} errors, ${answer.warningCount} warnings`;
                downloadButton.hidden = answer.json === '';
            }
            target.dataset.ready = 'true';
        } catch (error) {
            // ContentModified: an edit came in while it was answering; the refresh after the edit answers again.
            if ((error as { code?: number }).code !== -32801)
                target.replaceChildren(Object.assign(document.createElement('p'), { className: 'error', textContent: String((error as Error).message ?? error) }));
        }
    }
    function schedulePanelRefresh(): void {
        if (panel === 'problems') return;
        byId(`panel-${panel}`).dataset.ready = 'false';
        clearTimeout(refreshTimer);
        refreshTimer = setTimeout(() => void refreshPanel(), 400);
    }
    function showPanel(name: PanelName): void {
        panel = name;
        for (const tab of byId('panel-tabs').querySelectorAll<HTMLElement>('[role="tab"]')) tab.setAttribute('aria-selected', String(tab.dataset.panel === name));
        for (const candidate of ['problems', 'deadlines', 'status', 'json'] as const) byId(`panel-${candidate}`).hidden = candidate !== name;
        downloadButton.hidden = name !== 'json' || !lastJson || lastJson.json === '';
        byId('panel-note').textContent = '';
        if (name !== 'problems') {
            byId(`panel-${name}`).dataset.ready = 'false';
            void refreshPanel();
        }
    }
    for (const tab of byId('panel-tabs').querySelectorAll<HTMLElement>('[role="tab"]')) tab.addEventListener('click', () => showPanel(tab.dataset.panel as PanelName));
    asOf.addEventListener('change', () => schedulePanelRefresh());
    downloadButton.addEventListener('click', () => {
        if (!lastJson || lastJson.json === '') return;
        const link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob([lastJson.json], { type: 'application/json' }));
        link.download = `${workspace.name}.json`;
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    });

    // ---------------------------------------------------------------- bar: format, reset, share
    byId('format').addEventListener('click', () => void editor.getAction('editor.action.formatDocument')?.run());
    byId('reset').addEventListener('click', () => {
        if (!confirm('Replace every file with the example?')) return;
        workspace.name === example.name ? loadWorkspace(example.files) : location.assign(location.pathname);
    });
    byId('share').addEventListener('click', async () => {
        syncFiles();
        const hash = await encodeShare(workspace);
        history.replaceState(null, '', hash);
        const field = byId<HTMLInputElement>('share-url');
        field.value = location.href;
        field.hidden = false;
        field.select();
        await navigator.clipboard?.writeText(location.href).catch(() => undefined);
    });

    loadWorkspace(workspace.files);
    byId('server-state').textContent = 'Language server ready';
    document.body.dataset.state = 'ready';
    // Read by the browser tests only: the editor, to place the cursor as a user would.
    (globalThis as { pactaPlayground?: unknown }).pactaPlayground = { editor, monaco };
}

function localDay(): string {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

main().catch(error => {
    document.body.dataset.state = 'failed';
    byId('server-state').textContent = `The playground could not start: ${(error as Error).message}`;
    console.error(error);
});
