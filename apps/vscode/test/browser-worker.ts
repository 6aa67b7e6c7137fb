/**
 * Runs the browser language server bundle (dist/browser/server.js) as a Web Worker would, without a
 * browser: in a `node:vm` context holding only what a worker's global scope offers (no `process`,
 * `require` or `Buffer`), whose `self.postMessage`/`onmessage` are one end of a MessageChannel, and
 * whose `fetch` and `importScripts` serve dist/browser/ at a same-origin URL (and record what they
 * were asked for).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { type MessagePort, MessageChannel } from 'node:worker_threads';
import { AbstractMessageReader, AbstractMessageWriter, type DataCallback, type Disposable, type Message, type ProtocolConnection, createProtocolConnection } from 'vscode-languageserver-protocol/node';
import { APP_DIR } from './lsp-client.js';

export const ORIGIN = 'https://playground.pacta.test';
const SCRIPT_URL = `${ORIGIN}/lsp/server.js`;
/** Where the worker's files are served (dist/browser/). */
export const ASSETS_URL = `${ORIGIN}/lsp/`;
const BROWSER_DIR = join(APP_DIR, 'dist/browser');

export interface BrowserWorker {
    connection: ProtocolConnection;
    /** Every URL the worker fetched, in order. */
    fetched: string[];
    close(): void;
}

/** The client's end of the channel: messages are the JSON-RPC objects themselves, as between a page and its worker. */
class PortReader extends AbstractMessageReader {
    constructor(private readonly port: MessagePort) {
        super();
    }
    listen(callback: DataCallback): Disposable {
        const listener = (message: Message) => callback(message);
        this.port.on('message', listener);
        return { dispose: () => this.port.off('message', listener) };
    }
}

class PortWriter extends AbstractMessageWriter {
    constructor(private readonly port: MessagePort) {
        super();
    }
    async write(message: Message): Promise<void> {
        this.port.postMessage(message);
    }
    end(): void {}
}

/** `location`: the worker's own URL (a blob's in VS Code for the web; server.js's in the playground). */
export function startBrowserWorker(location = SCRIPT_URL): BrowserWorker {
    const { port1: workerSide, port2: clientSide } = new MessageChannel();
    const fetched: string[] = [];
    // Same origin only: the files next to server.js; anything else is a network error, as under a CSP `connect-src 'self'`.
    const fileOf = (input: string | URL): string => {
        const url = new URL(String(input));
        fetched.push(url.href);
        if (url.origin !== ORIGIN || !url.pathname.startsWith('/lsp/')) throw new TypeError(`Failed to fetch ${url.href} (not same-origin)`);
        return join(BROWSER_DIR, url.pathname.slice('/lsp/'.length));
    };
    const fetchInWorker = async (input: string | URL): Promise<Response> => {
        const file = fileOf(input);
        try {
            return new Response(readFileSync(file), { headers: { 'content-type': 'application/json' } });
        } catch {
            return new Response('not found', { status: 404 });
        }
    };
    // A classic worker's importScripts: fetch and run the script in the worker's scope, synchronously.
    const importScripts = (...urls: string[]) => {
        for (const url of urls) vm.runInContext(readFileSync(fileOf(url), 'utf8'), scope, { filename: url });
    };
    // The worker scope's message events: `onmessage` and `addEventListener('message', …)`.
    const listeners = new Map<string, Set<(event: { data: unknown }) => void>>();
    const scope = vm.createContext({
        console,
        setTimeout,
        clearTimeout,
        setInterval,
        clearInterval,
        queueMicrotask,
        structuredClone,
        TextEncoder,
        TextDecoder,
        URL,
        URLSearchParams,
        AbortController,
        AbortSignal,
        performance,
        fetch: fetchInWorker,
        importScripts,
        location: { href: location },
        postMessage: (message: unknown) => workerSide.postMessage(message),
        addEventListener: (type: string, listener: (event: { data: unknown }) => void) => {
            if (!listeners.has(type)) listeners.set(type, new Set());
            listeners.get(type)!.add(listener);
        },
        removeEventListener: (type: string, listener: (event: { data: unknown }) => void) => listeners.get(type)?.delete(listener)
    });
    vm.runInContext('globalThis.self = globalThis;', scope);
    workerSide.on('message', data => {
        const event = { data };
        (scope as { onmessage?: (event: { data: unknown }) => void }).onmessage?.(event);
        for (const listener of listeners.get('message') ?? []) listener(event);
    });
    vm.runInContext(readFileSync(join(BROWSER_DIR, 'server.js'), 'utf8'), scope, { filename: SCRIPT_URL });
    const connection = createProtocolConnection(new PortReader(clientSide), new PortWriter(clientSide));
    // The server registers its file watchers and settings dynamically, as with VS Code.
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    return {
        connection,
        fetched,
        close() {
            connection.dispose();
            workerSide.close();
            clientSide.close();
        }
    };
}
