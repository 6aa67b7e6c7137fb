/**
 * The document update handler: edits that arrive while a check is under way wait out a pause, and
 * `whenSettled` — what the workspace requests (`pacta/deadlines`) wait for — resolves only once
 * those too have been taken up and checked.
 */
import { Cancellation, DocumentState, EmptyFileSystem, OperationCancelled, TextDocument, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { type PactaDocumentUpdateHandler, createPactaLspServices } from '../../src/index.js';

async function handlerWorkspace() {
    const { shared } = createPactaLspServices(EmptyFileSystem);
    // Through the workspace lock, as the language server does at \`initialized\`.
    await shared.workspace.WorkspaceLock.write(token => shared.workspace.WorkspaceManager.initializeWorkspace([], token));
    const handler = shared.lsp.DocumentUpdateHandler as PactaDocumentUpdateHandler;
    const open = (name: string, text: string): URI => {
        const document = TextDocument.create(`file:///w/${name}`, 'pacta', 1, text);
        shared.workspace.TextDocuments.set(document);
        handler.didChangeContent({ document });
        return URI.parse(document.uri);
    };
    return { shared, handler, open };
}

const PARTIES = `state US "United States"\nstate JP "Japan"\n`;
const DEAL = 'agreement deal "A deal" {\n    parties US, JP\n    signed 2026-02-04\n}\n';

describe('PactaDocumentUpdateHandler.whenSettled', () => {
    test('resolves at once when nothing was received', async () => {
        const { handler } = await handlerWorkspace();
        await expect(handler.whenSettled()).resolves.toBeUndefined();
    });

    test('waits for a file opened while another was being checked (it waits out the pause), then both are checked', async () => {
        const { shared, handler, open } = await handlerWorkspace();
        const parties = open('parties.pacta', PARTIES);
        // The first file's check is under way: the second is held for the pause, not yet in the workspace.
        const deal = open('deal.pacta', DEAL);
        expect(shared.workspace.LangiumDocuments.hasDocument(deal)).toBe(false);
        await handler.whenSettled();
        for (const uri of [parties, deal]) expect(shared.workspace.LangiumDocuments.getDocument(uri)?.state).toBe(DocumentState.Validated);
        // The deal links to the parties of the other file: they were checked together.
        const document = shared.workspace.LangiumDocuments.getDocument(deal)!;
        expect(document.diagnostics?.filter(d => d.severity === 1)).toEqual([]);
    });

    test('a cancelled wait gives up (OperationCancelled) without holding the others', async () => {
        const { handler, open } = await handlerWorkspace();
        open('parties.pacta', PARTIES);
        open('deal.pacta', DEAL);
        const source = new Cancellation.CancellationTokenSource();
        const cancelled = handler.whenSettled(source.token);
        const other = handler.whenSettled();
        source.cancel();
        await expect(cancelled).rejects.toBe(OperationCancelled);
        await expect(other).resolves.toBeUndefined();
    });
});
