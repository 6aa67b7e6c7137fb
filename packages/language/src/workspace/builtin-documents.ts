import { type LangiumDocument, type LangiumDocumentFactory, type LangiumSharedCoreServices, URI } from 'langium';
import { BUILTIN_MECHANISM_KINDS, BUILTIN_MECHANISM_KINDS_URI } from '../builtins/mechanism-kinds.js';

/** Creates the documents of the built-in library (mechanism kinds). */
export function createBuiltinDocuments(factory: LangiumDocumentFactory): LangiumDocument[] {
    return [factory.fromString(BUILTIN_MECHANISM_KINDS, URI.parse(BUILTIN_MECHANISM_KINDS_URI))];
}

/** Adds the built-in library documents to a workspace unless they are there already; returns them. */
export function loadBuiltinDocuments(shared: LangiumSharedCoreServices): LangiumDocument[] {
    const documents = shared.workspace.LangiumDocuments;
    const existing = documents.getDocument(URI.parse(BUILTIN_MECHANISM_KINDS_URI));
    if (existing) {
        return [existing];
    }
    const created = createBuiltinDocuments(shared.workspace.LangiumDocumentFactory);
    created.forEach(document => documents.addDocument(document));
    return created;
}

// The batch services live next to the workspace setup they belong to; re-exported here so that
// the package index (which re-exports this module) makes them available to the SDK.
export { BatchIndexManager, createPactaBatchServices } from './batch-services.js';
