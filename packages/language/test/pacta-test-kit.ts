import { EmptyFileSystem, type LangiumDocument, type LangiumSharedCoreServices, URI } from 'langium';
import { type Document, type PactaValidationOptions, createPactaServices, loadBuiltinDocuments, pactaValidationCategories } from '../src/index.js';

/** An LSP diagnostic, as Langium stores it on a document. */
export type Diagnostic = NonNullable<LangiumDocument['diagnostics']>[number];

export type PactaTestServices = ReturnType<typeof createPactaServices>;

let shared: PactaTestServices | undefined;

/** One set of services per test file is enough: every call clears the workspace first. */
export function testServices(): PactaTestServices {
    shared ??= createPactaServices(EmptyFileSystem);
    return shared;
}

export interface TestWorkspace {
    services: PactaTestServices;
    documents: Map<string, LangiumDocument<Document>>;
    /** Diagnostics per file name, sorted by position. */
    diagnostics: Map<string, Diagnostic[]>;
}

/**
 * Replaces every document of a workspace with `{ 'file.pacta': text }` (plus the built-in library),
 * then links and validates them. Shared by this kit and the LSP kit (`lsp/lsp-test-kit.ts`).
 */
export async function replaceWorkspace(shared: LangiumSharedCoreServices, files: Record<string, string>, options: PactaValidationOptions = {}): Promise<Map<string, LangiumDocument<Document>>> {
    const langiumDocuments = shared.workspace.LangiumDocuments;
    for (const document of langiumDocuments.all.toArray()) {
        langiumDocuments.deleteDocument(document.uri);
        // Without this, the names a previous test exported would still link and count as duplicates.
        shared.workspace.IndexManager.remove(document.uri);
    }
    const builtins = loadBuiltinDocuments(shared);
    const documents = new Map<string, LangiumDocument<Document>>();
    for (const [name, text] of Object.entries(files)) {
        const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.parse(`memory:///ws/${name}`));
        langiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    // The opt-in rules (`strictSources`) run only when asked for, as in the SDK and the CLI.
    await shared.workspace.DocumentBuilder.build([...builtins, ...documents.values()], { validation: options.strictSources ? { categories: pactaValidationCategories(options) } : true });
    return documents;
}

/**
 * Builds a workspace from `{ 'file.pacta': text }` in memory, links and validates it.
 * A test of a rule is one call: `const ws = await buildWorkspace({ 'a.pacta': '...' })`.
 */
export async function buildWorkspace(files: Record<string, string>, options: PactaValidationOptions = {}): Promise<TestWorkspace> {
    const services = testServices();
    const documents = await replaceWorkspace(services.shared, files, options);
    const diagnostics = new Map<string, Diagnostic[]>();
    for (const [name, document] of documents) {
        diagnostics.set(
            name,
            [...(document.diagnostics ?? [])].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
        );
    }
    return { services, documents, diagnostics };
}

/** A diagnostic's text: LSP 3.18 allows Markdown (`MarkupContent`), Pacta's rules write plain strings. */
export function messageOf(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** `line:col code message` (1-based), the form golden files use. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
    const severity = ['', 'error', 'warning', 'info', 'hint'][diagnostic.severity ?? 1];
    const { start, end } = diagnostic.range;
    return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${severity} ${String(diagnostic.code)} ${messageOf(diagnostic)}`;
}

export interface TestDocument extends TestWorkspace {
    document: LangiumDocument<Document>;
    /** The parsed `Document` (the AST root). */
    root: Document;
    /** This file's diagnostics, sorted by position. */
    fileDiagnostics: Diagnostic[];
}

/** `buildWorkspace` for a single text: `const { root, fileDiagnostics } = await buildDocument('...')`. */
export async function buildDocument(text: string, name = 'main.pacta'): Promise<TestDocument> {
    const ws = await buildWorkspace({ [name]: text });
    const document = ws.documents.get(name)!;
    return { ...ws, document, root: document.parseResult.value, fileDiagnostics: ws.diagnostics.get(name) ?? [] };
}

/** The codes of some diagnostics, in order: handy for `expect(codes(d)).toEqual([...])`. */
export function codes(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(d => String(d.code));
}
