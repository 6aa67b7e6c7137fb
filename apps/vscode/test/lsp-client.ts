import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    type ClientCapabilities,
    type Diagnostic,
    DidChangeTextDocumentNotification,
    DidOpenTextDocumentNotification,
    type InitializeResult,
    InitializeRequest,
    InitializedNotification,
    type ProtocolConnection,
    PublishDiagnosticsNotification,
    StreamMessageReader,
    StreamMessageWriter,
    createProtocolConnection,
    type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';

export const APP_DIR = fileURLToPath(new URL('..', import.meta.url));
export const SERVER = join(APP_DIR, 'dist/server.js');
export const EXAMPLE_DIR = fileURLToPath(new URL('../../../examples/critical-minerals-2026/', import.meta.url));
/**
 * The seed case as first written (six files): a fixed workspace for the protocol tests, so they
 * do not change every time the example grows. The example itself is checked by the tests that
 * compile it and compare it with its golden JSON.
 */
export const SEED_DIR = fileURLToPath(new URL('./fixtures/seed/', import.meta.url));

/** What the tests (and VS Code) announce: enough for every feature the server offers. */
export const CLIENT_CAPABILITIES: ClientCapabilities = {
    workspace: { workspaceFolders: true, applyEdit: true, workspaceEdit: { documentChanges: false } },
    textDocument: {
        synchronization: { didSave: true },
        publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
        completion: { completionItem: { snippetSupport: true, labelDetailsSupport: true }, contextSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, dataSupport: true, isPreferredSupport: true },
        rename: { prepareSupport: true },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        inlayHint: {},
        foldingRange: {},
        semanticTokens: {
            requests: { full: true, range: true },
            tokenTypes: [],
            tokenModifiers: [],
            formats: ['relative']
        },
        formatting: {},
        rangeFormatting: {}
    }
};

export interface ServerSession {
    connection: ProtocolConnection;
    initializeResult: InitializeResult;
    process: ChildProcess;
    folder: string;
    uriOf(file: string): string;
    textOf(file: string): string;
    /** Opens a file of the workspace (as the editor does) with its text on disk or the given text. */
    open(file: string, text?: string): Promise<void>;
    /** Replaces the whole text of an open file. */
    change(file: string, text: string): Promise<void>;
    /** Inserts text at an offset of an open file (an incremental change, as typing sends); returns the new version. */
    insert(file: string, offset: number, text: string): Promise<number>;
    /** The version of an open file the client last sent. */
    versionOf(file: string): number;
    /**
     * The diagnostics last published for a file; with `until`, the first published (the last one
     * already received, or a later one) that satisfies it — edits are checked asynchronously, and a
     * publication for an earlier text may still arrive after an edit.
     */
    diagnostics(file: string, options?: { until?: (diagnostics: Diagnostic[]) => boolean; timeoutMs?: number }): Promise<Diagnostic[]>;
    /** How many times diagnostics were published for a file so far. */
    publicationCount(file: string): number;
    /** The files diagnostics were published for, in the order of the publications (a URI each). */
    publicationOrder(): string[];
    close(): Promise<void>;
}

export interface ServerOptions {
    /**
     * The client's settings by section (`{ pacta: { strictSources: true } }`): the client then
     * announces `workspace.configuration` and answers `workspace/configuration` with them, as VS Code does.
     */
    settings?: Record<string, unknown>;
    /** The Node.js binary that runs the server; the test runner's by default. */
    node?: string;
}

/**
 * Starts the bundled server (`node dist/server.js --stdio`) on a temporary copy of a folder and
 * initializes it with that folder as the workspace folder.
 */
export async function startServer(source = EXAMPLE_DIR, extraFiles: Record<string, string> = {}, options: ServerOptions = {}): Promise<ServerSession> {
    const folder = mkdtempSync(join(tmpdir(), 'pacta-lsp-'));
    cpSync(source, folder, { recursive: true, filter: path => !path.endsWith('.json') });
    for (const [name, text] of Object.entries(extraFiles)) {
        writeFileSync(join(folder, name), text);
    }
    const child = spawn(options.node ?? process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', chunk => {
        stderr += String(chunk);
    });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const published = new Map<string, PublishDiagnosticsParams[]>();
    const order: string[] = [];
    const waiters: Array<{ uri: string; accept: (d: Diagnostic[]) => boolean }> = [];
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        const list = published.get(params.uri) ?? [];
        list.push(params);
        order.push(params.uri);
        published.set(params.uri, list);
        for (const waiter of [...waiters]) {
            if (waiter.uri === params.uri && waiter.accept(params.diagnostics)) waiters.splice(waiters.indexOf(waiter), 1);
        }
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/configuration', (params: { items?: Array<{ section?: string }> }) =>
        options.settings ? (params.items ?? []).map(item => options.settings![item.section ?? ''] ?? null) : []
    );
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();

    const uriOf = (file: string): string => pathToFileURL(join(folder, file)).toString();
    const initializeResult = await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: pathToFileURL(folder).toString(),
        workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'workspace' }],
        capabilities: options.settings
            ? { ...CLIENT_CAPABILITIES, workspace: { ...CLIENT_CAPABILITIES.workspace, configuration: true, didChangeConfiguration: { dynamicRegistration: true } } }
            : CLIENT_CAPABILITIES,
        initializationOptions: { pacta: { selectTextCommand: 'pacta.selectText' } }
    });
    await connection.sendNotification(InitializedNotification.type, {});
    const versions = new Map<string, number>();
    const texts = new Map<string, string>();

    return {
        connection,
        initializeResult,
        process: child,
        folder,
        uriOf,
        textOf: file => texts.get(file) ?? readFileSync(join(folder, file), 'utf8'),
        async open(file, text) {
            const content = text ?? readFileSync(join(folder, file), 'utf8');
            versions.set(file, 1);
            texts.set(file, content);
            await connection.sendNotification(DidOpenTextDocumentNotification.type, {
                textDocument: { uri: uriOf(file), languageId: 'pacta', version: 1, text: content }
            });
        },
        async change(file, text) {
            const version = (versions.get(file) ?? 1) + 1;
            versions.set(file, version);
            texts.set(file, text);
            await connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri: uriOf(file), version },
                contentChanges: [{ text }]
            });
        },
        async insert(file, offset, text) {
            const current = texts.get(file) ?? readFileSync(join(folder, file), 'utf8');
            const before = current.slice(0, offset);
            const line = before.split('\n').length - 1;
            const position = { line, character: offset - (before.lastIndexOf('\n') + 1) };
            const version = (versions.get(file) ?? 1) + 1;
            versions.set(file, version);
            texts.set(file, before + text + current.slice(offset));
            await connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri: uriOf(file), version },
                contentChanges: [{ range: { start: position, end: position }, text }]
            });
            return version;
        },
        versionOf: file => versions.get(file) ?? 0,
        publicationCount: file => published.get(uriOf(file))?.length ?? 0,
        publicationOrder: () => [...order],
        diagnostics(file, options = {}) {
            const uri = uriOf(file);
            const until = options.until ?? (() => true);
            const list = published.get(uri) ?? [];
            const latest = list[list.length - 1]?.diagnostics;
            if (latest && until(latest)) return Promise.resolve(latest);
            return new Promise((resolve, reject) => {
                const timer = setTimeout(
                    () =>
                        reject(
                            new Error(
                                `no matching diagnostics for ${file} within ${options.timeoutMs ?? 20_000} ms; last: ${JSON.stringify(
                                    published
                                        .get(uri)
                                        ?.at(-1)
                                        ?.diagnostics.map(d => d.code)
                                )}; server stderr: ${stderr}`
                            )
                        ),
                    options.timeoutMs ?? 20_000
                );
                const waiter = {
                    uri,
                    accept: (diagnostics: Diagnostic[]) => {
                        if (!until(diagnostics)) return false;
                        clearTimeout(timer);
                        resolve(diagnostics);
                        return true;
                    }
                };
                waiters.push(waiter);
            });
        },
        async close() {
            try {
                await connection.sendRequest('shutdown');
                await connection.sendNotification('exit');
            } catch {
                // already gone
            }
            connection.dispose();
            child.kill();
            rmSync(folder, { recursive: true, force: true });
        }
    };
}
