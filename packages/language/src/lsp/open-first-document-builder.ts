import { type BuildOptions, type Cancellation, DefaultDocumentBuilder, DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

/** Fewer documents than this are built in one go, as Langium does. */
const OPEN_FIRST_MINIMUM = 20;
/** The other documents are linked and checked this many at a time, with a progress report after each. */
const CHUNK = 50;

/**
 * Builds the documents open in the editor before the others: every document is parsed and its
 * names indexed (the open ones need them to link), then the open ones are linked, checked and
 * published, then the rest of the folder, in chunks, reporting its progress to the client
 * (`$/progress`, when it announces `window.workDoneProgress`). Until the rest is linked, the
 * workspace counts as not linked: requests that need every file wait for it.
 */
export class OpenFirstDocumentBuilder extends DefaultDocumentBuilder {
    /** Documents still to link and check after those being built now. */
    private waiting = 0;
    private readonly services: LangiumSharedServices;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.services = services;
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const open = documents.filter(document => this.isOpen(document));
        if (documents.length < OPEN_FIRST_MINIMUM || open.length === 0 || open.length === documents.length) {
            return super.buildDocuments(documents, options, cancelToken);
        }
        const rest = documents.filter(document => !this.isOpen(document));
        // Every document's names (without linking or checking anything): the open ones refer to them.
        await super.buildDocuments(documents, { ...options, eagerLinking: false, validation: false }, cancelToken);
        this.waiting += rest.length;
        try {
            await super.buildDocuments(open, options, cancelToken);
        } finally {
            this.waiting -= rest.length;
        }
        await this.buildInChunks(rest, options, cancelToken);
    }

    protected isOpen(document: LangiumDocument): boolean {
        return this.services.workspace.TextDocuments.get(document.uri.toString()) !== undefined;
    }

    private async buildInChunks(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const progress = await this.services.lsp.Connection?.window.createWorkDoneProgress().catch(() => undefined);
        progress?.begin('Pacta: checking the workspace', 0, `0/${documents.length} files`, false);
        try {
            for (let start = 0; start < documents.length; start += CHUNK) {
                const chunk = documents.slice(start, start + CHUNK);
                const after = documents.length - start - chunk.length;
                this.waiting += after;
                try {
                    await super.buildDocuments(chunk, options, cancelToken);
                } finally {
                    this.waiting -= after;
                }
                const done = start + chunk.length;
                progress?.report(Math.round((done / documents.length) * 100), `${done}/${documents.length} files`);
            }
        } finally {
            progress?.done();
        }
    }

    /** While documents wait for their turn, the workspace is not linked yet. */
    protected override async runCancelable(
        documents: LangiumDocument[],
        targetState: DocumentState,
        cancelToken: Cancellation.CancellationToken,
        callback: Parameters<DefaultDocumentBuilder['runCancelable']>[3]
    ): Promise<void> {
        await super.runCancelable(documents, targetState, cancelToken, callback);
        if (this.holdsWorkspaceState() && this.currentState > DocumentState.ComputedScopes) this.currentState = DocumentState.ComputedScopes;
    }

    /** True while some documents wait to be linked and checked after the current ones. */
    protected holdsWorkspaceState(): boolean {
        return this.waiting > 0;
    }
}
