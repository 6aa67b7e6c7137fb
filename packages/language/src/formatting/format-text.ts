import { type LangiumCoreServices, type LangiumDocument, URI } from 'langium';
import type { Formatter } from 'langium/lsp';
import { type FormattingOptions, PactaFormatter, type TextEdit } from './pacta-formatter.js';

/** Core services, or the language server's (whose `lsp.Formatter` is then the one used). */
type FormattingServices = LangiumCoreServices & { lsp?: { Formatter?: Formatter } };

/** The formatter made for core services, once per set of services. */
const coreFormatters = new WeakMap<LangiumCoreServices, Formatter>();

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
 * The text of a document in canonical layout, computed by the language server's formatter with no
 * LSP connection: `services.lsp.Formatter` of the server's services (`createPactaLspServices`), or
 * a `PactaFormatter` of core services (`createPactaServices`: what the SDK and `pacta fmt` use, so
 * that they load none of the language server's code). A document with a syntax error comes back
 * unchanged. Throws only when the services' formatter is not synchronous (a wiring error).
 */
export function formatDocumentText(services: FormattingServices, document: LangiumDocument, options: FormatTextOptions = {}): string {
    let formatter = services.lsp?.Formatter ?? coreFormatters.get(services);
    if (!formatter) {
        formatter = new PactaFormatter(services);
        coreFormatters.set(services, formatter);
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
export function formatText(services: FormattingServices, text: string, options: FormatTextOptions = {}, uri = URI.parse('memory:///formatting/document.pacta')): string {
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
