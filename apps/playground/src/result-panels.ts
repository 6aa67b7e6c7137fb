/**
 * The tabs on the right and what fills them: Problems from the published diagnostics, the others
 * from the server's requests (`pacta/deadlines`, `pacta/status`, `pacta/compile`) for the **As of**
 * day, asked again shortly after each edit while their tab is open. Download JSON saves the last
 * compiled JSON as `<folder>.json`.
 */
import { CONTENT_MODIFIED, type WorkerConnection } from './rpc.js';
import { COMPILE_METHOD, type CompileResponse, DEADLINES_METHOD, type DeadlinesResult, STATUS_METHOD, type StatusResponse } from '../../vscode/src/shared/protocol.js';
import type { Documents } from './documents.js';
import { byId, localDay } from './dom.js';
import { type Jump, type PanelName, renderDeadlines, renderJson, renderProblems, renderStatus } from './panels.js';
import { type Workspace, fileUri, folderUri } from './workspace.js';

const PANELS: readonly PanelName[] = ['problems', 'deadlines', 'status', 'json'];

export class ResultPanels {
    private panel: PanelName = 'problems';
    private refreshTimer: ReturnType<typeof setTimeout> | undefined;
    private lastJson: CompileResponse | undefined;
    private readonly asOf = byId<HTMLInputElement>('as-of');
    private readonly note = byId('panel-note');
    private readonly downloadButton = byId('download-json');

    constructor(
        private readonly connection: WorkerConnection,
        private readonly documents: Documents,
        private readonly workspace: Workspace,
        private readonly jump: Jump
    ) {
        this.asOf.value = localDay();
        for (const tab of byId('panel-tabs').querySelectorAll<HTMLElement>('[role="tab"]')) tab.addEventListener('click', () => this.show(tab.dataset.panel as PanelName));
        this.asOf.addEventListener('change', () => this.scheduleRefresh());
        this.downloadButton.addEventListener('click', () => this.download());
        documents.onEdit(() => this.scheduleRefresh());
    }

    renderProblems(): void {
        byId('problem-count').textContent = String(renderProblems(byId('panel-problems'), this.documents.diagnostics, uri => this.documents.pathOf(uri), this.jump));
    }

    show(name: PanelName): void {
        this.panel = name;
        for (const tab of byId('panel-tabs').querySelectorAll<HTMLElement>('[role="tab"]')) tab.setAttribute('aria-selected', String(tab.dataset.panel === name));
        for (const candidate of PANELS) byId(`panel-${candidate}`).hidden = candidate !== name;
        this.downloadButton.hidden = name !== 'json' || !this.lastJson || this.lastJson.json === '';
        this.note.textContent = '';
        if (name !== 'problems') {
            byId(`panel-${name}`).dataset.ready = 'false';
            void this.refresh();
        }
    }

    private scheduleRefresh(): void {
        if (this.panel === 'problems') return;
        byId(`panel-${this.panel}`).dataset.ready = 'false';
        clearTimeout(this.refreshTimer);
        this.refreshTimer = setTimeout(() => void this.refresh(), 400);
    }

    /** A file of the workspace: the server compiles the folder that holds it. */
    private anyFileUri(): string {
        return this.documents.model(this.documents.paths()[0] ?? '')?.uri.toString() ?? fileUri(this.workspace, 'none.pacta');
    }

    private async refresh(): Promise<void> {
        const panel = this.panel;
        const target = byId(`panel-${panel}`);
        const pathOf = (uri: string) => this.documents.pathOf(uri);
        try {
            if (panel === 'deadlines') {
                const answer = await this.connection.sendRequest<DeadlinesResult>(DEADLINES_METHOD, { today: this.asOf.value || undefined, folderUri: folderUri(this.workspace), includeClosed: true });
                renderDeadlines(target, answer, pathOf, this.jump);
                this.note.textContent = `${answer.deadlines.length} deadlines; grey: before ${answer.today}`;
            } else if (panel === 'status') {
                const answer = await this.connection.sendRequest<StatusResponse>(STATUS_METHOD, { uri: this.anyFileUri(), asOf: this.asOf.value || localDay() });
                renderStatus(target, answer);
                this.note.textContent = '';
            } else if (panel === 'json') {
                const answer = await this.connection.sendRequest<CompileResponse>(COMPILE_METHOD, { uri: this.anyFileUri() });
                this.lastJson = answer;
                renderJson(byId('json-output'), answer);
                this.note.textContent = `${answer.files.length} files, ${answer.errorCount} errors, ${answer.warningCount} warnings`;
                this.downloadButton.hidden = answer.json === '';
            }
            // Another tab may have been chosen meanwhile; this one is still up to date.
            target.dataset.ready = 'true';
        } catch (error) {
            // After ContentModified the refresh scheduled by the edit answers again.
            if ((error as { code?: number }).code !== CONTENT_MODIFIED) {
                target.replaceChildren(Object.assign(document.createElement('p'), { className: 'error', textContent: String((error as Error).message ?? error) }));
            }
        }
    }

    private download(): void {
        if (!this.lastJson || this.lastJson.json === '') return;
        const link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob([this.lastJson.json], { type: 'application/json' }));
        link.download = `${this.workspace.name}.json`;
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    }
}
