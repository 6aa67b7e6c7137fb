import { URI } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';

type DocumentEvent = Parameters<DefaultDocumentUpdateHandler['didChangeContent']>[0];

/**
 * When the editor closes a document, its unsaved text is gone ("Don't Save"): check the file as
 * it is on disk again, or forget it when it is not on disk (an untitled or deleted file), so that
 * findings and names of the discarded text do not linger in the workspace.
 */
export class PactaDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly fileSystem;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
    }

    didCloseDocument(event: DocumentEvent): void {
        const uri = URI.parse(event.document.uri);
        this.fileSystem.exists(uri).then(
            onDisk => onDisk ? this.fireDocumentUpdate([uri], []) : this.fireDocumentUpdate([], [uri]),
            () => this.fireDocumentUpdate([], [uri])
        );
    }
}
