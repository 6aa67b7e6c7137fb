import { DEFAULT_FORMAT_OPTIONS, type PactaServices, SYNTAX_ERROR, createPactaServices, formatDocumentText, hasSyntaxErrors } from '@pacta/language';
import { EmptyFileSystem, URI } from 'langium';
import { INTERNAL_ERROR, IO_ERROR, type PactaDiagnostic, fileDiagnostic, sortDiagnostics, toPactaDiagnostic } from './diagnostics.js';

/** Options of {@link formatSource}. */
export interface FormatOptions {
    /** The path the diagnostics name (`agreements/usmca.pacta`); `<input>` when absent. */
    path?: string;
    /** Spaces per indentation level: 4 (the canonical layout) unless given; an integer from 1 to 16. */
    tabSize?: number;
    /** Indent with spaces (the default and the canonical layout), or with tabs when false. */
    insertSpaces?: boolean;
}

/** What {@link formatSource} gives back. */
export interface FormatResult {
    /** The text in canonical layout; the input itself when it was not formatted (`diagnostics` says why). */
    text: string;
    /** Whether `text` differs from the input. */
    changed: boolean;
    /**
     * Why the text was left as it is: its syntax errors (`pacta/syntax-error`), or `pacta/io-error`
     * (not text), or `pacta/internal-error`. Empty when it was formatted. Formatting checks only
     * the syntax: names, references and rules are the compiler's business.
     */
    diagnostics: PactaDiagnostic[];
}

const DOCUMENT_URI = URI.from({ scheme: 'memory', path: '/format/document.pacta' });

// Core services, not the language server's: formatting needs only the parser, and the LSP
// services would bring the language server's code (and vscode-languageserver) into every CLI start.
let coreServices: PactaServices | undefined;

/**
 * Formats one Pacta text in the canonical layout of `pacta fmt` (the language server's formatter,
 * see docs/formatting.md): idempotent, comments kept, the tokens never changed. A text with a
 * syntax error comes back unchanged with its syntax diagnostics. A byte-order mark and the line
 * ending style (CRLF or LF, taken from the first line break) are kept. Never throws; no file access.
 */
export async function formatSource(text: string, options: FormatOptions = {}): Promise<FormatResult> {
    const file = typeof options?.path === 'string' && options.path !== '' ? options.path.replace(/\\/g, '/') : '<input>';
    if (typeof text !== 'string') {
        return {
            text: '',
            changed: false,
            diagnostics: [fileDiagnostic(IO_ERROR, 'error', file, `The text of '${file}' is not a string.`, "Pass the file's text as a string.")]
        };
    }
    if (text.includes('\u0000')) {
        return {
            text,
            changed: false,
            diagnostics: [fileDiagnostic(IO_ERROR, 'error', file, `'${file}' is not a text file (it contains NUL bytes); it was not formatted.`, 'Save the file as UTF-8 text.')]
        };
    }
    try {
        const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
        const body = bom ? text.slice(1) : text;
        coreServices ??= createPactaServices(EmptyFileSystem).Pacta;
        const document = coreServices.shared.workspace.LangiumDocumentFactory.fromString(body, DOCUMENT_URI);
        if (hasSyntaxErrors(document)) {
            return { text, changed: false, diagnostics: await syntaxDiagnostics(body, file) };
        }
        const formatted =
            bom
            + formatDocumentText(coreServices, document, {
                tabSize: validTabSize(options?.tabSize),
                insertSpaces: options?.insertSpaces !== false
            });
        return { text: formatted, changed: formatted !== text, diagnostics: [] };
    } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return {
            text,
            changed: false,
            diagnostics: [fileDiagnostic(INTERNAL_ERROR, 'error', file, `The formatter failed: ${detail}`, 'This is a bug in Pacta; please report it with the input that caused it.')]
        };
    }
}

/** The syntax findings of a text, as the compiler reports them (the editor's decorated validator is not used). */
async function syntaxDiagnostics(text: string, file: string): Promise<PactaDiagnostic[]> {
    coreServices ??= createPactaServices(EmptyFileSystem).Pacta;
    const document = coreServices.shared.workspace.LangiumDocumentFactory.fromString(text, DOCUMENT_URI);
    const found = await coreServices.validation.DocumentValidator.validateDocument(document, { categories: ['built-in'], stopAfterParsingErrors: true });
    return sortDiagnostics(found.filter(d => d.code === SYNTAX_ERROR).map(d => toPactaDiagnostic(d, file)));
}

function validTabSize(tabSize: unknown): number {
    return typeof tabSize === 'number' && Number.isInteger(tabSize) && tabSize >= 1 && tabSize <= 16 ? tabSize : DEFAULT_FORMAT_OPTIONS.tabSize;
}
