import { type LangiumDocument, URI } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import type { FormattingOptions, TextEdit } from './pacta-formatter.js';

/** How to indent: `tabSize` spaces per level (4 by default), or tabs when `insertSpaces` is false. */
export interface FormatTextOptions {
    tabSize?: number;
    insertSpaces?: boolean;
}

/** The canonical layout: four spaces per level. */
export const DEFAULT_FORMAT_OPTIONS: Readonly<Required<FormatTextOptions>> = { tabSize: 4, insertSpaces: true };

/** Whether the lexer or the parser reported an error on the document: such a document is never formatted. */
export function hasSyntaxErrors(document: LangiumDocument): boolean {
    const { lexerErrors, parserErrors } = document.parseResult;
    return lexerErrors.length > 0 || parserErrors.length > 0;
}

/**
 * The text of a document in canonical layout, computed by the language server's formatter
 * (`services.lsp.Formatter`, from `createPactaLspServices`) with no LSP connection. A document
 * with a syntax error comes back unchanged. Throws only when the services have no synchronous
 * formatter (a wiring error).
 */
export function formatDocumentText(services: LangiumServices, document: LangiumDocument, options: FormatTextOptions = {}): string {
    const formatter = services.lsp.Formatter;
    if (!formatter) {
        throw new Error('These services have no formatter: create them with createPactaLspServices.');
    }
    const formattingOptions: FormattingOptions = {
        tabSize: options.tabSize ?? DEFAULT_FORMAT_OPTIONS.tabSize,
        insertSpaces: options.insertSpaces ?? DEFAULT_FORMAT_OPTIONS.insertSpaces
    };
    const edits = formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: formattingOptions });
    if (!Array.isArray(edits)) {
        throw new Error('The formatter of these services is asynchronous; formatDocumentText needs the Pacta formatter.');
    }
    return applyTextEdits(document.textDocument.getText(), document.textDocument, edits);
}

/**
 * `formatDocumentText` on a text: parses it as a document of its own (not added to any workspace)
 * and formats it. `uri` only names the document (it must end in `.pacta`).
 */
export function formatText(services: LangiumServices, text: string, options: FormatTextOptions = {}, uri = URI.parse('memory:///formatting/document.pacta')): string {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    return formatDocumentText(services, document, options);
}

/** Applies LSP text edits (not overlapping) to the text of a document. */
export function applyTextEdits(text: string, positions: { offsetAt(position: TextEdit['range']['start']): number }, edits: readonly TextEdit[]): string {
    const sorted = edits.map(edit => ({ start: positions.offsetAt(edit.range.start), end: positions.offsetAt(edit.range.end), text: edit.newText })).sort((a, b) => a.start - b.start || a.end - b.end);
    let result = '';
    let at = 0;
    for (const edit of sorted) {
        if (edit.start < at) throw new Error('Overlapping formatting edits.');
        result += text.slice(at, edit.start) + edit.text;
        at = edit.end;
    }
    return result + text.slice(at);
}
