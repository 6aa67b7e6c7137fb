/**
 * The connection to the Pacta language server in its Web Worker (dist/server/server.js, built by
 * pacta-vscode): LSP over the worker's messages, initialized with one workspace folder — the virtual
 * folder every file of the playground lives in (JSON-RPC: rpc.ts).
 */
import type { ClientCapabilities, InitializeResult } from 'vscode-languageserver-protocol';
import { WorkerConnection } from './rpc.js';

const capabilities: ClientCapabilities = {
    textDocument: {
        synchronization: { dynamicRegistration: false },
        completion: {
            completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], insertReplaceSupport: false, labelDetailsSupport: true },
            contextSupport: true
        },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'refactor.rewrite', 'source'] } },
            isPreferredSupport: true
        },
        formatting: {},
        publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true }
    },
    // No `workspace.configuration`: the server then asks for no settings and uses its defaults.
    workspace: { workspaceFolders: true }
};

const ACKNOWLEDGED = [
    'client/registerCapability',
    'client/unregisterCapability',
    'window/workDoneProgress/create',
    'workspace/semanticTokens/refresh',
    'workspace/inlayHint/refresh',
    'workspace/codeLens/refresh',
    'workspace/diagnostic/refresh'
];

export interface ServerConnection {
    connection: WorkerConnection;
    result: InitializeResult;
}

export async function startLanguageServer(serverUrl: URL, folderUri: string, folderName: string, onFailure: (message: string) => void): Promise<ServerConnection> {
    const worker = new Worker(serverUrl, { name: 'pacta-language-server' });
    worker.addEventListener('error', event => onFailure(`the language server stopped: ${event.message || 'it could not be loaded'}`));
    const connection = new WorkerConnection(worker);
    // Server-to-client requests the playground does not act on (dynamic registration, refreshes) are acknowledged.
    for (const method of ACKNOWLEDGED) connection.onRequest(method, () => null);
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onNotification('window/logMessage', (params: { message: string }) => console.debug(`[pacta server] ${params.message}`));
    const result = await connection.sendRequest<InitializeResult>('initialize', {
        processId: null,
        clientInfo: { name: 'Pacta playground' },
        rootUri: folderUri,
        workspaceFolders: [{ uri: folderUri, name: folderName }],
        capabilities
    });
    connection.sendNotification('initialized', {});
    return { connection, result };
}
