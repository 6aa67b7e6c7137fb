import type { Cancellation, LangiumDocument, ValidationOptions } from 'langium';
import { PactaDocumentValidator } from '../validation/pacta-document-validator.js';
import type { DiagnosticDecorator } from './pacta-diagnostic-decorator.js';
import type { PactaLspFeatureServices } from './pacta-lsp-module.js';

type Diagnostics = Awaited<ReturnType<PactaDocumentValidator['validateDocument']>>;

/**
 * The language server's validator: Pacta's own (codes, hints, suppressions), with every finding
 * decorated for an editor (documentation link, hint in the message). The SDK and the CLI use
 * the undecorated one.
 */
export class PactaLspDocumentValidator extends PactaDocumentValidator {
    protected readonly decorator: DiagnosticDecorator;

    constructor(services: PactaLspFeatureServices) {
        super(services);
        this.decorator = services.lspFeatures.DiagnosticDecorator;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostics> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        return diagnostics.map(diagnostic => this.decorator.decorate(diagnostic));
    }
}
