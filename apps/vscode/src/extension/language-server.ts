import type * as vscode from 'vscode';

/** What the extension needs of a language client (vscode-languageclient's `LanguageClient` has it). */
export interface ServerClient {
    start(): Promise<void>;
    stop(): Promise<void>;
    isRunning(): boolean;
    sendRequest<R>(method: string, params: unknown): Promise<R>;
}

/** Where the lifecycle reports: the "Pacta" output and a notification. */
export interface ServerReporter {
    output: Pick<vscode.LogOutputChannel, 'info' | 'error' | 'show'>;
    showError(message: string, ...actions: string[]): Thenable<string | undefined>;
}

export const SHOW_OUTPUT_ACTION = 'Show Output';

/**
 * The Pacta language server as the extension's commands see it. `start()` does not wait for the
 * server (activate() must not hold back VS Code's start-up); commands that need the server call
 * `sendRequest`, which waits for the start under way. A start that fails is logged with its reason
 * and shown once as a notification; `restart()` then tries again with a fresh client, as it also
 * replaces a running one (a client whose start failed cannot be started again).
 */
export class PactaLanguageServer {
    private client: ServerClient | undefined;
    private starting: Promise<ServerClient | undefined> = Promise.resolve(undefined);
    /** Why commands cannot run at all (a runtime without what the server needs); nothing starts then. */
    private unavailable: string | undefined;

    constructor(
        private readonly createClient: () => ServerClient,
        private readonly report: ServerReporter
    ) {}

    /** Starts the server in the background; the promise it returns is for tests and restart, not for activate(). */
    start(): Promise<ServerClient | undefined> {
        if (this.unavailable) return Promise.resolve(undefined);
        // Async so that a client that cannot even be created fails the start, not activate().
        this.starting = (async () => {
            const client = this.createClient();
            this.client = client;
            await client.start();
            this.report.output.info('Pacta language server started.');
            return client;
        })().catch((error: unknown) => {
            this.report.output.error(`The Pacta language server did not start: ${error instanceof Error ? error.message : String(error)}`);
            void this.report.showError('The Pacta language server did not start; see the "Pacta" output.', SHOW_OUTPUT_ACTION).then(choice => {
                if (choice === SHOW_OUTPUT_ACTION) this.report.output.show(true);
            });
            return undefined;
        });
        return this.starting;
    }

    /** No server will start: every command that needs it answers with this reason. */
    markUnavailable(reason: string): void {
        this.unavailable = reason;
    }

    /** Waits for the start under way; stops the current client (if it runs) and starts a fresh one. */
    restart(): Promise<ServerClient | undefined> {
        if (this.unavailable) {
            void this.report.showError(this.unavailable);
            return Promise.resolve(undefined);
        }
        const previous = this.starting;
        // Requests sent meanwhile wait for the fresh client, not the one being stopped.
        this.starting = (async () => {
            await previous;
            this.report.output.info('Restarting the Pacta language server.');
            await this.stopClient();
            return this.start();
        })();
        return this.starting;
    }

    /** The running client, once the start under way has finished; undefined if it failed. */
    async ready(): Promise<ServerClient | undefined> {
        return this.unavailable ? undefined : this.starting;
    }

    /** Sends a request once the server runs; rejects with a sentence for the user if it does not. */
    async sendRequest<R>(method: string, params: unknown): Promise<R> {
        const client = await this.ready();
        if (!client) throw new Error(this.unavailable ?? 'the Pacta language server is not running (see the "Pacta" output; "Pacta: Restart Language Server" tries again)');
        return client.sendRequest<R>(method, params);
    }

    async stop(): Promise<void> {
        await this.starting;
        await this.stopClient();
        this.starting = Promise.resolve(undefined);
    }

    private async stopClient(): Promise<void> {
        const client = this.client;
        this.client = undefined;
        if (!client?.isRunning()) return;
        try {
            await client.stop();
        } catch (error) {
            this.report.output.error(`The Pacta language server did not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
}
