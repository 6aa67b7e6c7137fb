/**
 * A stand-in for vscode-languageclient's `LanguageClient` (which needs VS Code's extension host):
 * each instance records its calls, and the test decides when and how its start ends.
 */
export class FakeLanguageClient {
    static instances: FakeLanguageClient[] = [];

    readonly requests: Array<{ method: string; params: unknown }> = [];
    stopped = 0;
    private running = false;
    private settle: { resolve(): void; reject(error: Error): void } | undefined;
    private started: Promise<void> | undefined;

    constructor(
        readonly id: string,
        readonly name: string,
        readonly serverOptions: unknown,
        readonly clientOptions: unknown
    ) {
        FakeLanguageClient.instances.push(this);
    }

    start(): Promise<void> {
        this.started ??= new Promise<void>((resolve, reject) => {
            this.settle = { resolve, reject };
        }).then(() => {
            this.running = true;
        });
        return this.started;
    }

    /** The server answered `initialize`. */
    finishStart(): void {
        this.settle?.resolve();
    }
    /** The server process could not be started or died before answering. */
    failStart(message: string): void {
        this.settle?.reject(new Error(message));
    }

    get startCalled(): boolean {
        return this.started !== undefined;
    }
    isRunning(): boolean {
        return this.running;
    }

    async stop(): Promise<void> {
        this.stopped++;
        this.running = false;
    }

    async sendRequest<R>(method: string, params: unknown): Promise<R> {
        this.requests.push({ method, params });
        return { folderUri: 'file:///ws', files: ['a.pacta'], errorCount: 0, warningCount: 0, diagnostics: [], json: '{}' } as R;
    }
}

export const TransportKind = { stdio: 0, ipc: 1 };
export { FakeLanguageClient as LanguageClient };
