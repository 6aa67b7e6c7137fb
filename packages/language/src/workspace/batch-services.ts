import {
    type DefaultSharedCoreModuleContext, DefaultIndexManager, type LangiumDocument, type LangiumSharedCoreServices, type Module,
    type PartialLangiumCoreServices, createDefaultCoreModule, createDefaultSharedCoreModule, inject
} from 'langium';
import { PactaGeneratedModule, PactaGeneratedSharedModule } from '../generated/module.js';
import { createPactaParser } from '../parser/pacta-parser.js';
import { PactaLinker } from '../references/pacta-linker.js';
import { PactaAstNodeDescriptionProvider, PactaScopeProvider } from '../references/pacta-scope-provider.js';
import { type PactaServices, PactaModule, PactaSharedModule } from '../pacta-module.js';
import { registerValidationRules } from '../validation/pacta-validator.js';

/**
 * The index of a batch build: exported names only. The reference index (which document refers
 * to what) serves the editor's find-references, rename and incremental relinking; a batch
 * compile builds its workspace once and asks none of these, so it is not built.
 */
export class BatchIndexManager extends DefaultIndexManager {
    override async updateReferences(_document: LangiumDocument): Promise<void> {
        // Nothing to index: see the class comment.
    }
}

const PactaBatchSharedModule: Module<LangiumSharedCoreServices, Partial<Record<string, unknown>>> = {
    workspace: {
        IndexManager: (services: LangiumSharedCoreServices) => new BatchIndexManager(services)
    }
} as never;

const PactaBatchModule: Module<PactaServices, PartialLangiumCoreServices> = {
    parser: {
        LangiumParser: services => createPactaParser(services)
    },
    references: {
        Linker: services => new PactaLinker(services),
        ScopeProvider: services => new PactaScopeProvider(services)
    },
    workspace: {
        AstNodeDescriptionProvider: services => new PactaAstNodeDescriptionProvider(services)
    }
};

/**
 * Services for one-shot batch builds (the SDK's compile functions): the same language, the same
 * findings and the same model as `createPactaServices`, with a faster parser for well-formed
 * text (`PactaLangiumParser`), lighter references and a faster linker (`PactaLinker`,
 * `PactaScopeProvider`), descriptions that work out their source ranges only when asked
 * (`PactaAstNodeDescriptionProvider`), and without what only an editor needs (the reference
 * index). For a workspace built once and not edited: not for the language server.
 */
export function createPactaBatchServices(context: DefaultSharedCoreModuleContext): {
    shared: LangiumSharedCoreServices;
    Pacta: PactaServices;
} {
    const shared = inject(createDefaultSharedCoreModule(context), PactaGeneratedSharedModule, PactaSharedModule, PactaBatchSharedModule);
    const Pacta = inject(createDefaultCoreModule({ shared }), PactaGeneratedModule, PactaModule, PactaBatchModule);
    shared.ServiceRegistry.register(Pacta);
    registerValidationRules(Pacta);
    return { shared, Pacta };
}
