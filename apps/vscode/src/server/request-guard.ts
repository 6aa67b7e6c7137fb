import { RequestFailure } from '@pacta/language';
import { OperationCancelled, URI, isOperationCancelled } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { COMPILE_METHOD, STATUS_METHOD } from '../shared/protocol.js';
import { type CancellationToken, CancellationTokenSource, type Connection, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';

/** Requests about one document: answered for the version the client had when it asked. */
const DOCUMENT_REQUESTS = [
    'onHover',
    'onCompletion',
    'onDocumentSymbol',
    'onFoldingRanges',
    'onDefinition',
    'onDeclaration',
    'onTypeDefinition',
    'onImplementation',
    'onDocumentHighlight',
    'onCodeAction',
    'onDocumentFormatting',
    'onDocumentRangeFormatting',
    'onDocumentOnTypeFormatting',
    'onPrepareRename',
    'onSignatureHelp',
    'onCodeLens',
    'onDocumentLinks',
    'onSelectionRanges'
] as const;
/** Requests whose answer depends on every open document (edits in several files, lists of the workspace). */
const WORKSPACE_REQUESTS = ['onReferences', 'onRenameRequest', 'onWorkspaceSymbol'] as const;

/** What makes an answer out of date: an edit of its document, of any open document, or nothing (it answers for a copy). */
type Scope = 'document' | 'workspace' | 'snapshot' | 'unguarded';

type Handler = (params: unknown, token: CancellationToken, ...rest: unknown[]) => unknown;
type Registrar = (...args: unknown[]) => unknown;

/**
 * Makes every request of the language server answer for the text it was asked about, and give up
 * when that answer is no use any more:
 * - a request about a document waits until the server has re-read the document's latest text (an
 *   edit is checked after a short pause, see `PactaDocumentUpdateHandler`), so it never mixes
 *   positions of the new text with the tree of the old one;
 * - when the document (for a workspace request: any open document) changes before the answer is
 *   ready, the request stops at its next cancellation check and is answered `ContentModified`
 *   (−32801): the client asks again for the new text;
 * - `$/cancelRequest` stops it likewise, answered `RequestCancelled` (−32800);
 * - a `RequestFailure` (an invalid new name) is answered `RequestFailed` (−32803) with its
 *   message, which the editor shows, instead of an internal error.
 * Installed on the connection before Langium registers its handlers, so no Langium service is replaced.
 */
export function guardRequests(connection: Connection, shared: LangiumSharedServices): void {
    const versions = new DocumentVersions(shared);
    const wrap =
        (registrar: Registrar, scopeOf: (method: unknown) => Scope): Registrar =>
        (...args: unknown[]) => {
            const at = args.findIndex(arg => typeof arg === 'function');
            if (at < 0) return registrar(...args);
            const handler = args[at] as Handler;
            const scope = scopeOf(at > 0 ? args[0] : undefined);
            if (scope === 'unguarded') return registrar(...args);
            const guarded: Handler = (params, token, ...rest) => versions.run(params, token, scope, guardedToken => handler(params, guardedToken, ...rest));
            return registrar(...args.slice(0, at), guarded, ...args.slice(at + 1));
        };
    const patch = (target: object | undefined, names: readonly string[], scopeOf: (method: unknown) => Scope): void => {
        if (!target) return;
        const record = target as Record<string, unknown>;
        for (const name of names) {
            const registrar = record[name];
            if (typeof registrar === 'function') record[name] = wrap((registrar as Registrar).bind(target), scopeOf);
        }
    };
    patch(connection, DOCUMENT_REQUESTS, () => 'document');
    patch(connection, WORKSPACE_REQUESTS, () => 'workspace');
    // `pacta/compile` and `pacta/status` compile a copy of the texts taken when they start: the answer stays true to that copy.
    // (`onRequest(handler)`, a handler of every method, takes the method first: it is left as it is.)
    patch(connection, ['onRequest'], type => {
        if (type === undefined) return 'unguarded';
        const method = typeof type === 'string' ? type : (type as { method?: unknown }).method;
        return method === COMPILE_METHOD || method === STATUS_METHOD ? 'snapshot' : 'workspace';
    });
    patch(connection.languages?.semanticTokens, ['on', 'onDelta', 'onRange'], () => 'document');
    patch(connection.languages?.inlayHint, ['on'], () => 'document');
}

/**
 * Counts the edits of every open document, and the edit each document was last re-read at (when
 * the document builder resets it to be parsed again).
 */
class DocumentVersions {
    private readonly edits = new Map<string, number>();
    private readonly reread = new Map<string, number>();
    private allEdits = 0;
    private readonly listeners = new Set<() => void>();

    constructor(shared: LangiumSharedServices) {
        const documents = shared.workspace.TextDocuments;
        documents.onDidChangeContent(event => {
            const key = keyOf(event.document.uri);
            this.edits.set(key, (this.edits.get(key) ?? 0) + 1);
            this.allEdits++;
            this.notify();
        });
        documents.onDidClose(event => {
            const key = keyOf(event.document.uri);
            this.edits.delete(key);
            this.reread.delete(key);
            this.allEdits++;
            this.notify();
        });
        shared.workspace.DocumentBuilder.onUpdate(changed => {
            for (const uri of changed) {
                const key = uri.toString();
                const edits = this.edits.get(key);
                if (edits !== undefined) this.reread.set(key, edits);
            }
            this.notify();
        });
    }

    async run(params: unknown, clientToken: CancellationToken, scope: Scope, handler: (token: CancellationToken) => unknown): Promise<unknown> {
        const uri = (params as { textDocument?: { uri?: unknown } } | null)?.textDocument?.uri;
        const key = typeof uri === 'string' ? keyOf(uri) : undefined;
        const startEdit = key ? this.edits.get(key) : undefined;
        const startAll = this.allEdits;
        const modified = (): boolean => {
            if (scope === 'snapshot') return false;
            return scope === 'workspace' || !key ? this.allEdits !== startAll : this.edits.get(key) !== startEdit;
        };
        const source = new CancellationTokenSource();
        const onChange = (): void => {
            if (modified()) source.cancel();
        };
        this.listeners.add(onChange);
        const onCancel = clientToken.onCancellationRequested(() => source.cancel());
        try {
            if (key && startEdit !== undefined) await this.untilReread(key, startEdit, source.token);
            const result = await handler(source.token);
            if (modified()) return contentModified();
            return result;
        } catch (error) {
            if (modified()) return contentModified();
            if (isOperationCancelled(error)) return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
            if (error instanceof RequestFailure) return new ResponseError(LSPErrorCodes.RequestFailed, error.message);
            throw error;
        } finally {
            this.listeners.delete(onChange);
            onCancel.dispose();
            source.dispose();
        }
    }

    /** Resolves once the document builder has taken up the document's text of the given edit (or a later one). */
    private untilReread(key: string, edit: number, token: CancellationToken): Promise<void> {
        const ready = (): boolean => !this.edits.has(key) || (this.reread.get(key) ?? -1) >= edit;
        if (ready()) return Promise.resolve();
        return new Promise((resolve, reject) => {
            const check = (): void => {
                if (token.isCancellationRequested) done(() => reject(OperationCancelled));
                else if (ready()) done(resolve);
            };
            const subscription = token.onCancellationRequested(check);
            const done = (settle: () => void): void => {
                this.listeners.delete(check);
                subscription.dispose();
                settle();
            };
            this.listeners.add(check);
        });
    }

    private notify(): void {
        for (const listener of [...this.listeners]) listener();
    }
}

function contentModified(): ResponseError<void> {
    return new ResponseError(LSPErrorCodes.ContentModified, 'The document changed while the request was being answered; ask again.');
}

function keyOf(uri: string): string {
    return URI.parse(uri).toString();
}
