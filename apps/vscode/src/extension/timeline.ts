import * as vscode from 'vscode';
import type { PactaLanguageServer } from './language-server.js';
import { DEADLINES_METHOD, type DeadlineItem, type DeadlinesParams, type DeadlinesResult } from '../shared/protocol.js';
import { renderTimelineHtml } from './timeline-html.js';

/** LSP error codes (vscode-languageserver-protocol's `LSPErrorCodes`). */
const CONTENT_MODIFIED = -32801;
const REQUEST_CANCELLED = -32800;

interface OpenMessage {
    type: 'open';
    uri: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/**
 * "Pacta: Show Timeline": a webview beside the editor with every deadline of the workspace on a
 * time axis (today marked, overdue flagged); clicking an item opens its source. The data comes
 * from the language server (`pacta/deadlines`) and is refreshed as `.pacta` files change.
 */
export class TimelinePanel {
    static readonly viewType = 'pacta.timeline';
    private static current: TimelinePanel | undefined;

    private readonly disposables: vscode.Disposable[] = [];
    private refreshTimer: ReturnType<typeof setTimeout> | undefined;

    static show(context: vscode.ExtensionContext, server: Pick<PactaLanguageServer, 'sendRequest'>): void {
        if (TimelinePanel.current) {
            TimelinePanel.current.panel.reveal(vscode.ViewColumn.Beside);
            void TimelinePanel.current.refresh();
            return;
        }
        const panel = vscode.window.createWebviewPanel(TimelinePanel.viewType, 'Pacta Timeline', vscode.ViewColumn.Beside, {
            enableScripts: true,
            retainContextWhenHidden: false,
            localResourceRoots: []
        });
        TimelinePanel.current = new TimelinePanel(panel, server);
        context.subscriptions.push(panel);
    }

    private constructor(
        private readonly panel: vscode.WebviewPanel,
        private readonly server: Pick<PactaLanguageServer, 'sendRequest'>
    ) {
        panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
        panel.webview.onDidReceiveMessage((message: OpenMessage) => this.open(message), undefined, this.disposables);
        panel.onDidChangeViewState(
            () => {
                if (panel.visible) void this.refresh();
            },
            undefined,
            this.disposables
        );
        vscode.workspace.onDidChangeTextDocument(
            event => {
                if (event.document.languageId === 'pacta') this.scheduleRefresh();
            },
            undefined,
            this.disposables
        );
        vscode.workspace.onDidSaveTextDocument(() => this.scheduleRefresh(), undefined, this.disposables);
        void this.refresh();
    }

    private scheduleRefresh(): void {
        if (this.refreshTimer) clearTimeout(this.refreshTimer);
        this.refreshTimer = setTimeout(() => void this.refresh(), 400);
    }

    async refresh(): Promise<void> {
        if (!this.panel.visible) return;
        let result: DeadlinesResult;
        try {
            const params: DeadlinesParams = {};
            result = await this.server.sendRequest<DeadlinesResult>(DEADLINES_METHOD, params);
        } catch (error) {
            // An edit made the answer out of date (ContentModified) or it was cancelled: the edit's own refresh follows.
            const code = (error as { code?: unknown } | undefined)?.code;
            if (code === CONTENT_MODIFIED || code === REQUEST_CANCELLED) return;
            result = { today: '', deadlines: [] };
            void vscode.window.showErrorMessage(`Pacta: the timeline could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
        }
        const folders = vscode.workspace.workspaceFolders ?? [];
        const relative = (item: DeadlineItem): string => {
            const uri = vscode.Uri.parse(item.uri);
            return folders.length > 0 ? vscode.workspace.asRelativePath(uri, folders.length > 1) : (uri.path.split('/').pop() ?? uri.path);
        };
        this.panel.webview.html = renderTimelineHtml(result, {
            cspSource: this.panel.webview.cspSource,
            nonce: nonce(),
            fileOf: relative
        });
    }

    private async open(message: OpenMessage): Promise<void> {
        if (message?.type !== 'open') return;
        const { start, end } = message.range;
        const selection = new vscode.Range(start.line, start.character, end.line, end.character);
        await vscode.window.showTextDocument(vscode.Uri.parse(message.uri), { viewColumn: vscode.ViewColumn.One, selection, preserveFocus: false });
    }

    private dispose(): void {
        TimelinePanel.current = undefined;
        if (this.refreshTimer) clearTimeout(this.refreshTimer);
        this.disposables.forEach(disposable => disposable.dispose());
    }
}

function nonce(): string {
    const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    let text = '';
    for (let i = 0; i < 32; i++) text += chars.charAt(Math.floor(Math.random() * chars.length));
    return text;
}
