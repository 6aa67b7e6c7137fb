import type { DeepPartial, Module } from 'langium';
import type { LangiumSharedServices, PartialLangiumServices } from 'langium/lsp';
import type { PactaLspServices } from '../pacta-module.js';
import { PactaCodeActionProvider } from './pacta-code-action-provider.js';
import { PactaCompletionProvider } from './pacta-completion-provider.js';
import { DefaultDiagnosticDecorator, type DiagnosticDecorator } from './pacta-diagnostic-decorator.js';
import { PactaDocumentSymbolProvider } from './pacta-document-symbol-provider.js';
import { PactaDocumentUpdateHandler } from './pacta-document-update-handler.js';
import { PactaFuzzyMatcher } from './pacta-fuzzy-matcher.js';
import { PactaIncrementalDocumentBuilder } from './pacta-incremental-document-builder.js';
import { PactaHoverProvider } from './pacta-hover-provider.js';
import { PactaInlayHintProvider } from './pacta-inlay-hint-provider.js';
import { PactaLspDocumentValidator } from './pacta-lsp-document-validator.js';
import { PactaNodeKindProvider } from './pacta-node-kind-provider.js';
import { PactaRenameProvider } from './pacta-rename-provider.js';
import { DefaultRuleDocumentation, type RuleDocumentation } from './pacta-rule-documentation.js';
import { PactaSemanticTokenProvider } from './pacta-semantic-token-provider.js';
import { DefaultValidationSettings, type ValidationSettings } from './pacta-validation-settings.js';

/** Services of the editor features that Langium has no slot for. */
export interface PactaLspAddedServices {
    lspFeatures: {
        /** The documentation address of each diagnostic code. */
        RuleDocumentation: RuleDocumentation;
        /** Documentation link and hint on every diagnostic the server publishes. */
        DiagnosticDecorator: DiagnosticDecorator;
        /** The opt-in rules switched on by the editor's settings (`pacta.strictSources`). */
        ValidationSettings: ValidationSettings;
    };
}

export type PactaLspFeatureServices = PactaLspServices & PactaLspAddedServices;

/**
 * Pacta's editor features, one service per file of `lsp/`: completion, hover, inlay hints,
 * code actions, semantic tokens, document symbols, rename and diagnostics for editors. (The
 * timeline's deadline list is the SDK's `listDeadlines`, served by the VS Code server.) Injected
 * by `createPactaLspServices`.
 */
export const PactaLspFeaturesModule: Module<PactaLspFeatureServices, PartialLangiumServices & PactaLspAddedServices> = {
    lsp: {
        CompletionProvider: services => new PactaCompletionProvider(services),
        HoverProvider: services => new PactaHoverProvider(services),
        InlayHintProvider: services => new PactaInlayHintProvider(services),
        CodeActionProvider: services => new PactaCodeActionProvider(services),
        SemanticTokenProvider: services => new PactaSemanticTokenProvider(services),
        DocumentSymbolProvider: services => new PactaDocumentSymbolProvider(services),
        RenameProvider: services => new PactaRenameProvider(services)
    },
    validation: {
        DocumentValidator: services => new PactaLspDocumentValidator(services)
    },
    lspFeatures: {
        RuleDocumentation: () => new DefaultRuleDocumentation(),
        DiagnosticDecorator: services => new DefaultDiagnosticDecorator(services),
        ValidationSettings: services => new DefaultValidationSettings(services)
    }
};

/**
 * Shared (language-independent) editor services: symbol and completion kinds, fuzzy matching of
 * qualified names, edits checked incrementally (the edited file first, its dependents only when its
 * export signature changed).
 */
export const PactaLspSharedFeaturesModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    workspace: {
        DocumentBuilder: services => new PactaIncrementalDocumentBuilder(services)
    },
    lsp: {
        NodeKindProvider: () => new PactaNodeKindProvider(),
        FuzzyMatcher: () => new PactaFuzzyMatcher(),
        DocumentUpdateHandler: services => new PactaDocumentUpdateHandler(services)
    }
};

/** The services of `createPactaLspServices`, with the added editor services typed. */
export function pactaLspFeatures(services: PactaLspServices): PactaLspFeatureServices {
    return services as PactaLspFeatureServices;
}
