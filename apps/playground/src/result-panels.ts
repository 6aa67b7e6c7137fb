/**
 * The tabs on the right and what fills them: Problems from the published diagnostics, the others
 * from the server's requests (`pacta/deadlines`, `pacta/status`, `pacta/compile`) for the **As of**
 * day, asked again shortly after each edit while their tab is open. Download JSON saves the compiled
 * JSON as `<folder>.json`, and only while it is the JSON of the text as it is (disabled from an edit
 * until the refresh after it has landed). An answer that comes late (its tab closed, or an edit or
 * another day since) never overwrites what a later one shows.
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
    /** Bumped by every edit and every change of the As-of day: an answer is current when asked at the current version. */
    private version = 0;
    private lastJsonVersion = -1;
    /** Whether the user chose the As-of day; until then it is today, taken afresh at each refresh (the page may stay open past midnight). */
    private dayChosen = false;
    private readonly asOf = byId<HTMLInputElement>('as-of');
    private readonly note = byId('panel-note');
    private readonly downloadButton = byId<HTMLButtonElement>('download-json');

    constructor(
        private readonly connection: WorkerConnection,
        private readonly documents: Documents,
        private readonly workspace: Workspace,
        private readonly jump: Jump
    ) {
        this.asOf.value = localDay();
        for (const tab of byId('panel-tabs').querySelectorAll<HTMLElement>('[role="tab"]')) tab.addEventListener('click', () => this.show(tab.dataset.panel as PanelName));
        this.asOf.addEventListener('change', () => {
            // An emptied field is today again.
            this.dayChosen = this.asOf.value !== '';
            this.changed();
        });
        this.downloadButton.addEventListener('click', () => this.download());
        documents.onEdit(() => this.changed());
    }

    private changed(): void {
        this.version++;
        this.updateDownload();
        this.scheduleRefresh();
    }

    /** Download JSON: shown on the JSON tab once something compiled, enabled only when that is the current text's JSON. */
    private updateDownload(): void {
        this.downloadButton.hidden = this.panel !== 'json' || !this.lastJson || this.lastJson.json === '';
        this.downloadButton.disabled = this.lastJsonVersion !== this.version;
    }

    /** The As-of day for a refresh starting now: the chosen one, else today. */
    private day(): string {
        if (!this.dayChosen) this.asOf.value = localDay();
        return this.asOf.value;
    }

    renderProblems(): void {
        byId('problem-count').textContent = String(renderProblems(byId('panel-problems'), this.documents.diagnostics, uri => this.documents.pathOf(uri), this.jump));
    }

    show(name: PanelName): void {
        this.panel = name;
        for (const tab of byId('panel-tabs').querySelectorAll<HTMLElement>('[role="tab"]')) tab.setAttribute('aria-selected', String(tab.dataset.panel === name));
        for (const candidate of PANELS) byId(`panel-${candidate}`).hidden = candidate !== name;
        this.updateDownload();
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
        const version = this.version;
        const target = byId(`panel-${panel}`);
        const pathOf = (uri: string) => this.documents.pathOf(uri);
        // Only while its tab is open and nothing changed since it was asked does an answer touch the note and the button.
        const current = () => this.panel === panel && this.version === version;
        try {
            if (panel === 'deadlines') {
                const day = this.day();
                const answer = await this.connection.sendRequest<DeadlinesResult>(DEADLINES_METHOD, { today: day, folderUri: folderUri(this.workspace), includeClosed: true });
                if (this.version !== version) return;
                // A server that does not take the day answers for its own today: say so rather than show another day's deadlines.
                if (answer.today !== day) throw new Error(`pacta/deadlines answered for ${answer.today}, not for ${JSON.stringify(day)}: not a day it takes`);
                renderDeadlines(target, answer, pathOf, this.jump);
                if (current()) this.note.textContent = `${answer.deadlines.length} deadlines; grey: before ${answer.today}`;
            } else if (panel === 'status') {
                const answer = await this.connection.sendRequest<StatusResponse>(STATUS_METHOD, { uri: this.anyFileUri(), asOf: this.day() });
                if (this.version !== version) return;
                renderStatus(target, answer);
                if (current()) this.note.textContent = '';
            } else if (panel === 'json') {
                const answer = await this.connection.sendRequest<CompileResponse>(COMPILE_METHOD, { uri: this.anyFileUri() });
                if (this.version !== version) return;
                this.lastJson = answer;
                this.lastJsonVersion = version;
                renderJson(byId('json-output'), answer);
                if (current()) {
                    this.note.textContent = `${answer.files.length} files, ${answer.errorCount} errors, ${answer.warningCount} warnings`;
                    this.updateDownload();
                }
            }
            // Another tab may have been chosen meanwhile; this one is still up to date.
            target.dataset.ready = 'true';
        } catch (error) {
            // After ContentModified the refresh scheduled by the edit answers again.
            if ((error as { code?: number }).code === CONTENT_MODIFIED || this.version !== version) return;
            // An error answer (a day the server does not take: -32602 with its reason) is shown as the server gave it.
            const text = String((error as Error).message ?? error);
            target.replaceChildren(Object.assign(document.createElement('p'), { className: 'error', textContent: text }));
            if (current()) this.note.textContent = '';
            target.dataset.ready = 'true';
        }
    }

    private download(): void {
        if (!this.lastJson || this.lastJson.json === '' || this.lastJsonVersion !== this.version) return;
        const link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob([this.lastJson.json], { type: 'application/json' }));
        link.download = `${this.workspace.name}.json`;
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    }
}
