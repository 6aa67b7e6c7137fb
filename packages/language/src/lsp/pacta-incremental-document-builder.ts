import { Cancellation, DocumentState, type IndexManager, type LangiumDocument, type Reference, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { exportSignature } from './export-signature.js';
import { OpenFirstDocumentBuilder } from './open-first-document-builder.js';

/** More documents changed at once than this (a settings change, a checkout) are rebuilt as Langium does. */
const INCREMENTAL_LIMIT = 10;

/**
 * The language server's document builder: an edit checks the edited documents first — their
 * diagnostics are published before any other file is looked at — and the files that refer to
 * them (their dependents) only when what they can see changed: the export signature (exported
 * names, their types and paths, dates, kinds, party lists; `exportSignature`). When it did not
 * change, the dependents keep their findings, and their references to the edited documents are
 * resolved again when next read (they pointed into the old syntax tree). Dependents are marked
 * as soon as the edited documents are indexed, so a request that needs them waits for their check.
 * The SDK and the CLI build once and do not use it.
 */
export class PactaIncrementalDocumentBuilder extends OpenFirstDocumentBuilder {
    /**
     * Per edited document, the signature its dependents were last built against; kept until it is
     * compared with the new one, so that an update cancelled half-way does not lose it.
     */
    private readonly builtAgainst = new Map<string, string>();
    /** The documents of the edit being built; nothing else is relinked while they are. */
    private edited: Set<string> | undefined;
    /** Dependents marked for a new check, built once the edited documents are. */
    private dependents: LangiumDocument[] = [];
    private readonly indexes: IndexManager;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.indexes = services.workspace.IndexManager;
        // As soon as the edited documents' names are indexed, before they are checked and published.
        this.onBuildPhase(DocumentState.IndexedContent, () => this.compareSignatures());
    }

    override async update(changed: URI[], deleted: URI[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (deleted.length > 0 || changed.length > INCREMENTAL_LIMIT) {
            for (const uri of [...changed, ...deleted]) this.builtAgainst.delete(uri.toString());
            return super.update(changed, deleted, cancelToken);
        }
        for (const uri of changed) {
            const key = uri.toString();
            const document = this.langiumDocuments.getDocument(uri);
            if (!this.builtAgainst.has(key) && document && document.state >= DocumentState.IndexedContent && this.hasDependents(key)) {
                this.builtAgainst.set(key, this.signatureOf(document));
            }
        }
        this.edited = new Set(changed.map(uri => uri.toString()));
        this.dependents = [];
        try {
            await super.update(changed, [], cancelToken);
        } finally {
            this.edited = undefined;
        }
        // The edited documents are checked and published; now their dependents, if marked. (When
        // this is cancelled, they stay marked, and the next update builds them.)
        const dependents = this.dependents.filter(document => document.state < DocumentState.Validated);
        this.dependents = [];
        if (dependents.length > 0) await this.buildDocuments(this.sortDocuments(dependents), this.updateBuildOptions, cancelToken);
    }

    /**
     * The edited documents are parsed and their names indexed: the dependents of those whose
     * signature changed are marked for a new check (Langium's rule: the documents that refer to
     * them, and those with unresolved names); the references into the others are renewed.
     */
    protected compareSignatures(): void {
        const edited = this.edited;
        if (!edited) return;
        const changedSignature = new Set<string>();
        const sameSignature = new Set<string>();
        for (const key of edited) {
            const document = this.langiumDocuments.getDocument(URI.parse(key));
            if (!document || document.state < DocumentState.IndexedContent) continue;
            const before = this.builtAgainst.get(key);
            this.builtAgainst.delete(key);
            if (before !== undefined && before === this.signatureOf(document)) sameSignature.add(key);
            else changedSignature.add(key);
        }
        if (sameSignature.size > 0) this.forgetTargetsIn(sameSignature, edited);
        if (changedSignature.size === 0) return;
        this.dependents = this.langiumDocuments.all
            .filter(document => !edited.has(document.uri.toString()) && document.state === DocumentState.Validated && super.shouldRelink(document, changedSignature))
            .toArray();
        this.dependents.forEach(document => this.resetToState(document, DocumentState.ComputedScopes));
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        return this.edited === undefined && super.shouldRelink(document, changedUris);
    }

    /** Dependents marked and not checked yet: the workspace is not linked yet, requests that need it wait. */
    protected override holdsWorkspaceState(): boolean {
        return this.dependents.length > 0 || super.holdsWorkspaceState();
    }

    protected hasDependents(key: string): boolean {
        const keys = new Set([key]);
        return this.langiumDocuments.all.some(document => document.uri.toString() !== key && this.indexes.isAffected(document, keys));
    }

    protected signatureOf(document: LangiumDocument): string {
        return exportSignature(document, this.indexes.allElements(undefined, new Set([document.uri.toString()])));
    }

    /**
     * The references of other documents into `targets` point into their old syntax trees: unset
     * them so that they are resolved again, to the same names, when next read (Langium resolves an
     * unset reference on access). Their findings and reference index stay: the signature is the same.
     */
    protected forgetTargetsIn(targets: Set<string>, edited: Set<string>): void {
        for (const document of this.langiumDocuments.all) {
            if (edited.has(document.uri.toString()) || !this.indexes.isAffected(document, targets)) continue;
            document.references = document.references.filter(reference => {
                const target = (reference as Reference).$nodeDescription?.documentUri.toString();
                if (target === undefined || !targets.has(target) || !('_ref' in reference)) return true;
                const resolved = reference as unknown as { _ref: unknown; _nodeDescription?: unknown };
                resolved._ref = undefined;
                delete resolved._nodeDescription;
                return false;
            });
        }
    }
}
