import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { type Document, createPactaLspServices, pactaLspFeatures } from '../../src/index.js';
import { replaceWorkspace } from '../pacta-test-kit.js';

export const EXAMPLE_DIR = fileURLToPath(new URL('../../../../examples/critical-minerals-2026/', import.meta.url));

/** The `.pacta` files of the critical-minerals example, by file name. */
export function exampleFiles(): Record<string, string> {
    return Object.fromEntries(
        readdirSync(EXAMPLE_DIR)
            .filter(name => name.endsWith('.pacta'))
            .sort()
            .map(name => [name, readFileSync(join(EXAMPLE_DIR, name), 'utf8')])
    );
}

export type LspServices = ReturnType<typeof createLspServices>;

export function createLspServices() {
    const { shared, Pacta } = createPactaLspServices(EmptyFileSystem);
    return { shared, Pacta: pactaLspFeatures(Pacta) };
}

let services: LspServices | undefined;

export function lspServices(): LspServices {
    services ??= createLspServices();
    return services;
}

export interface LspWorkspace {
    services: LspServices;
    documents: Map<string, LangiumDocument<Document>>;
    doc(name: string): LangiumDocument<Document>;
}

/** Builds `{ 'file.pacta': text }` as one workspace with the LSP services (fresh per call). */
export async function lspWorkspace(files: Record<string, string>): Promise<LspWorkspace> {
    const ws = lspServices();
    const documents = await replaceWorkspace(ws.shared, files);
    return {
        services: ws,
        documents,
        doc(name: string) {
            const document = documents.get(name);
            if (!document) throw new Error(`no document ${name}`);
            return document;
        }
    };
}

/** The position of the first `marker` in a document's text (at its start, or `after` it). */
export function positionOf(document: LangiumDocument, marker: string, options: { after?: boolean; occurrence?: number } = {}): { line: number; character: number } {
    const text = document.textDocument.getText();
    let index = -1;
    for (let i = 0; i <= (options.occurrence ?? 0); i++) {
        index = text.indexOf(marker, index + 1);
        if (index < 0) throw new Error(`'${marker}' not found`);
    }
    return document.textDocument.positionAt(index + (options.after ? marker.length : 0));
}

/** Completion labels at a position. */
export async function completionLabels(ws: LspWorkspace, name: string, position: { line: number; character: number }): Promise<string[]> {
    const document = ws.doc(name);
    const list = await ws.services.Pacta.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.textDocument.uri }, position });
    return (list?.items ?? []).map(item => item.label);
}

/** Applies non-overlapping LSP text edits to a text. */
export function applyEdits(text: string, edits: ReadonlyArray<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>): string {
    const offsetOf = (p: { line: number; character: number }): number => {
        let offset = 0;
        for (let line = 0; line < p.line; line++) offset = text.indexOf('\n', offset) + 1;
        return offset + p.character;
    };
    return [...edits]
        .map(edit => ({ start: offsetOf(edit.range.start), end: offsetOf(edit.range.end), text: edit.newText }))
        .sort((a, b) => b.start - a.start)
        .reduce((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), text);
}
