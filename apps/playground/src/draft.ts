/**
 * A draft of the workspace in the browser's `localStorage` (this origin only; never sent anywhere):
 * saved shortly after each edit, restored on a reload without a share link, cleared by Reset to
 * example. One draft per browser: the last edited tab's.
 */
import { type Workspace, workspaceFromJson, workspaceJson } from './workspace.js';

const KEY = 'pacta-playground-draft';
const DELAY_MS = 300;

export class Draft {
    private timer: ReturnType<typeof setTimeout> | undefined;
    private pending: (() => Workspace) | undefined;

    /** Why the last save failed (storage full or disabled), or undefined. */
    onProblem: (message: string) => void = () => undefined;

    constructor() {
        // Leaving the page (reload, close) saves what is still waiting.
        addEventListener('pagehide', () => this.flush());
    }

    /** The saved draft, or undefined (none, unreadable, or storage disabled). */
    load(): Workspace | undefined {
        try {
            const text = localStorage.getItem(KEY);
            return text === null ? undefined : workspaceFromJson(text);
        } catch {
            return undefined;
        }
    }

    /** Saves `current()` shortly (edits in a burst save once). */
    schedule(current: () => Workspace): void {
        this.pending = current;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.flush(), DELAY_MS);
    }

    flush(): void {
        clearTimeout(this.timer);
        const current = this.pending;
        this.pending = undefined;
        if (!current) return;
        try {
            localStorage.setItem(KEY, workspaceJson(current()));
        } catch (error) {
            this.onProblem(`The draft could not be kept in this browser (${(error as Error).name}): Share keeps the files in a link.`);
        }
    }

    clear(): void {
        clearTimeout(this.timer);
        this.pending = undefined;
        try {
            localStorage.removeItem(KEY);
        } catch {
            // Storage disabled: there is no draft to clear.
        }
    }
}
