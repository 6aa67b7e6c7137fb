import { expect, test } from 'vitest';
import { exampleFiles, lspWorkspace } from './lsp-test-kit.js';

/**
 * Every editor feature on half-written text: each example file cut at many points (as while
 * typing), plus a few odd inputs. Nothing may throw; completion must still answer.
 */
test('no editor feature throws on half-written text', async () => {
    const files = exampleFiles();
    const cuts: string[] = ['', '\n', 'agreement', 'agreement a "A" {', 'state', '#suppress "pacta/x"', 'agreement a "A" { commitment c { due within 30 days after', '/** unterminated'];
    for (const text of [files['eu-us-japan.pacta']!, files['usmca.pacta']!, files['parties.pacta']!]) {
        for (let i = 1; i <= 12; i++) cuts.push(text.slice(0, Math.floor((text.length * i) / 13)));
    }
    let completions = 0;
    for (const cut of cuts) {
        const ws = await lspWorkspace({ 'parties.pacta': files['parties.pacta']!, 'draft.pacta': cut });
        const document = ws.doc('draft.pacta');
        const lsp = ws.services.Pacta.lsp;
        const textDocument = { uri: document.textDocument.uri };
        const end = document.textDocument.positionAt(cut.length);
        const whole = { start: { line: 0, character: 0 }, end };
        const list = await lsp.CompletionProvider!.getCompletion(document, { textDocument, position: end });
        if ((list?.items.length ?? 0) > 0) completions++;
        for (let offset = 0; offset < cut.length; offset += Math.max(1, Math.floor(cut.length / 25))) {
            const position = document.textDocument.positionAt(offset);
            await lsp.HoverProvider!.getHoverContent(document, { textDocument, position });
            await lsp.RenameProvider!.prepareRename(document, { textDocument, position });
            await lsp.CompletionProvider!.getCompletion(document, { textDocument, position });
        }
        await lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: whole });
        await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument });
        await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
        await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument });
        await lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range: whole, context: { diagnostics: document.diagnostics ?? [] } });
    }
    expect(completions).toBeGreaterThan(cuts.length / 3);
});
