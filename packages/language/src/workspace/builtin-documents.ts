import { type LangiumDocument, type LangiumDocumentFactory, type LangiumSharedCoreServices, URI } from 'langium';
import { BUILTIN_MECHANISM_KINDS, BUILTIN_MECHANISM_KINDS_URI } from '../builtins/mechanism-kinds.js';
import { BUILTIN_RESOURCES_URI, builtinResourcesText } from '../builtins/resources.js';

/** The URIs and texts of the built-in library documents (mechanism kinds; resources and stages). */
function builtinSources(): Array<{ uri: string; text: string }> {
    return [
        { uri: BUILTIN_MECHANISM_KINDS_URI, text: BUILTIN_MECHANISM_KINDS },
        { uri: BUILTIN_RESOURCES_URI, text: builtinResourcesText() }
    ];
}

/** Creates the documents of the built-in library (mechanism kinds; resources and stages). */
export function createBuiltinDocuments(factory: LangiumDocumentFactory): LangiumDocument[] {
    return builtinSources().map(source => factory.fromString(source.text, URI.parse(source.uri)));
}

/** Adds the built-in library documents to a workspace unless they are there already; returns them. */
export function loadBuiltinDocuments(shared: LangiumSharedCoreServices): LangiumDocument[] {
    const documents = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;
    return builtinSources().map(source => {
        const uri = URI.parse(source.uri);
        const existing = documents.getDocument(uri);
        if (existing) return existing;
        const created = factory.fromString(source.text, uri);
        documents.addDocument(created);
        return created;
    });
}

// The batch services live next to the workspace setup they belong to; re-exported here so that
// the package index (which re-exports this module) makes them available to the SDK.
export { BatchIndexManager, createPactaBatchServices } from './batch-services.js';
