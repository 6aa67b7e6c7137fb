/**
 * JSON-RPC 2.0 with the language server over its worker's messages: the message objects are posted
 * as they are (what `vscode-languageserver/browser` reads and writes on the other side). Requests
 * both ways, notifications, and `$/cancelRequest` when Monaco cancels a request. Written here
 * rather than taken from `vscode-jsonrpc` (some 15 kB gzipped of the little the page may add
 * beside the server): the page needs only this much of it.
 */

/** What Monaco hands a provider: cancelled when the answer is no longer wanted. */
export interface CancellationToken {
    readonly isCancellationRequested: boolean;
    onCancellationRequested(listener: () => void): { dispose(): void };
}

/** An error answer of the server, with its JSON-RPC code (e.g. -32801 ContentModified). */
export class ResponseError extends Error {
    constructor(
        readonly code: number,
        message: string,
        readonly data?: unknown
    ) {
        super(message);
    }
}

interface Message {
    jsonrpc: '2.0';
    id?: number | string | null;
    method?: string;
    params?: unknown;
    result?: unknown;
    error?: { code: number; message: string; data?: unknown };
}

/** LSP's codes for an answer that is out of date (an edit came in) or was cancelled. */
export const CONTENT_MODIFIED = -32801;
export const REQUEST_CANCELLED = -32800;
const METHOD_NOT_FOUND = -32601;
const INTERNAL_ERROR = -32603;

/** The error Monaco recognises as a cancellation: a provider that throws it is not reported. */
export function cancellationError(): Error {
    return Object.assign(new Error('Canceled'), { name: 'Canceled' });
}

export class WorkerConnection {
    private nextId = 1;
    private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
    private readonly notificationHandlers = new Map<string, (params: never) => void>();
    private readonly requestHandlers = new Map<string, (params: never) => unknown>();

    constructor(private readonly worker: Worker) {
        worker.addEventListener('message', event => this.receive(event.data as Message));
    }

    sendRequest<R>(method: string, params: unknown, token?: CancellationToken): Promise<R> {
        const id = this.nextId++;
        return new Promise<R>((resolve, reject) => {
            this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
            this.post({ jsonrpc: '2.0', id, method, params });
            token?.onCancellationRequested(() => {
                if (!this.pending.delete(id)) return;
                this.post({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id } });
                reject(cancellationError());
            });
        });
    }

    /**
     * A request from one of Monaco's providers: an answer the server gave up on because the text
     * changed (ContentModified) or that was cancelled is Monaco's cancellation, not an error; Monaco
     * asks again for the new text.
     */
    async providerRequest<R>(method: string, params: unknown, token: CancellationToken): Promise<R> {
        try {
            return await this.sendRequest<R>(method, params, token);
        } catch (error) {
            if (error instanceof ResponseError && (error.code === CONTENT_MODIFIED || error.code === REQUEST_CANCELLED)) throw cancellationError();
            throw error;
        }
    }

    sendNotification(method: string, params: unknown): void {
        this.post({ jsonrpc: '2.0', method, params });
    }

    onNotification<P>(method: string, handler: (params: P) => void): void {
        this.notificationHandlers.set(method, handler as (params: never) => void);
    }

    onRequest<P>(method: string, handler: (params: P) => unknown): void {
        this.requestHandlers.set(method, handler as (params: never) => unknown);
    }

    private post(message: Message): void {
        this.worker.postMessage(message);
    }

    private receive(message: Message): void {
        if (message?.jsonrpc !== '2.0') return;
        if (message.method === undefined) {
            // An answer to one of our requests (a cancelled one is no longer pending).
            const waiting = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
            if (!waiting) return;
            this.pending.delete(message.id as number);
            if (message.error) waiting.reject(new ResponseError(message.error.code, message.error.message, message.error.data));
            else waiting.resolve(message.result ?? null);
        } else if (message.id === undefined || message.id === null) {
            this.notificationHandlers.get(message.method)?.(message.params as never);
        } else {
            void this.answer(message.id, message.method, message.params);
        }
    }

    private async answer(id: number | string, method: string, params: unknown): Promise<void> {
        const handler = this.requestHandlers.get(method);
        if (!handler) return this.post({ jsonrpc: '2.0', id, error: { code: METHOD_NOT_FOUND, message: `Unhandled method ${method}` } });
        try {
            this.post({ jsonrpc: '2.0', id, result: (await handler(params as never)) ?? null });
        } catch (error) {
            this.post({ jsonrpc: '2.0', id, error: { code: INTERNAL_ERROR, message: String((error as Error).message ?? error) } });
        }
    }
}
