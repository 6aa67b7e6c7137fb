import { type Cancellation, OperationCancelled, URI } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';

type DocumentEvent = Parameters<DefaultDocumentUpdateHandler['didChangeContent']>[0];

/**
 * How long the text must rest before a document changed while a check was under way is checked
 * again: a burst of keystrokes in a large document then costs one check, not one per keystroke.
 */
export const EDIT_PAUSE_MS = 120;

/**
 * - An edit is checked at once when nothing is being checked (a small document answers as fast
 *   as before); one that arrives while a check is under way stops that check (its text is out of
 *   date) and is checked once the edits pause for `EDIT_PAUSE_MS`, together with those that follow.
 * - When the editor closes a document, its unsaved text is gone ("Don't Save"): check the file as
 *   it is on disk again, or forget it when it is not on disk (an untitled or deleted file), so
 *   that findings and names of the discarded text do not linger in the workspace.
 */
export class PactaDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly fileSystem;
    private readonly pending = new Map<string, URI>();
    private timer: ReturnType<typeof setTimeout> | undefined;
    /** Updates handed to the workspace lock (or waiting for the file system) and not finished yet. */
    private running = 0;
    private readonly settleWaiters: Array<() => void> = [];

    constructor(services: LangiumSharedServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
    }

    override didChangeContent(event: DocumentEvent): void {
        const uri = URI.parse(event.document.uri);
        this.pending.set(uri.toString(), uri);
        if (this.running === 0 && this.timer === undefined) {
            this.flush();
            return;
        }
        // The check under way is for an older text: stop it now rather than when the pause ends.
        this.workspaceLock.cancelWrite();
        if (this.timer !== undefined) clearTimeout(this.timer);
        this.timer = setTimeout(() => this.flush(), EDIT_PAUSE_MS);
    }

    didCloseDocument(event: DocumentEvent): void {
        const uri = URI.parse(event.document.uri);
        // A file the workspace does not load (`.pactaignore`, the config's `ignore`) was checked only
        // while open: once closed it leaves the workspace, as if deleted.
        if (!this.inWorkspace(uri)) {
            this.fireDocumentUpdate([], [uri]);
            return;
        }
        this.running++;
        this.fileSystem
            .exists(uri)
            .then(
                onDisk => (onDisk ? this.fireDocumentUpdate([uri], []) : this.fireDocumentUpdate([], [uri])),
                () => this.fireDocumentUpdate([], [uri])
            )
            .finally(() => this.finished());
    }

    /**
     * Resolves once every edit, open and close received so far has been checked (its update applied
     * and built): what a request about the whole workspace waits for, so that a file opened or
     * edited a moment ago — still in the pause, see `EDIT_PAUSE_MS` — is not missing from its answer.
     */
    whenSettled(token?: Cancellation.CancellationToken): Promise<void> {
        if (this.settled()) return Promise.resolve();
        return new Promise((resolve, reject) => {
            const subscription = token?.onCancellationRequested(() => {
                const at = this.settleWaiters.indexOf(done);
                if (at >= 0) this.settleWaiters.splice(at, 1);
                reject(OperationCancelled);
            });
            const done = (): void => {
                subscription?.dispose();
                resolve();
            };
            this.settleWaiters.push(done);
        });
    }

    private settled(): boolean {
        return this.running === 0 && this.timer === undefined && this.pending.size === 0;
    }

    private finished(): void {
        this.running--;
        if (this.settled()) for (const waiter of this.settleWaiters.splice(0)) waiter();
    }

    /** Whether the workspace's scan would load this file (the workspace manager's own test). */
    private inWorkspace(uri: URI): boolean {
        const manager = this.workspaceManager as unknown as { shouldIncludeEntry?(entry: { uri: URI; isFile: boolean; isDirectory: boolean }): boolean };
        return manager.shouldIncludeEntry?.({ uri, isFile: true, isDirectory: false }) ?? true;
    }

    protected override fireDocumentUpdate(changed: URI[], deleted: URI[]): void {
        // Langium's, counting the updates under way.
        this.running++;
        this.workspaceManager.ready
            .then(() => this.workspaceLock.write(token => this.documentBuilder.update(changed, deleted, token)))
            .catch(error => console.error('Could not update the documents.', error))
            .finally(() => this.finished());
    }

    private flush(): void {
        this.timer = undefined;
        const changed = [...this.pending.values()];
        this.pending.clear();
        if (changed.length > 0) this.fireDocumentUpdate(changed, []);
        else if (this.settled()) for (const waiter of this.settleWaiters.splice(0)) waiter();
    }
}
