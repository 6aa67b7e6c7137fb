import {
    type DefaultSharedCoreModuleContext,
    DefaultIndexManager,
    type LangiumDocument,
    type LangiumSharedCoreServices,
    type Module,
    createDefaultCoreModule,
    createDefaultSharedCoreModule,
    inject
} from 'langium';
import { PactaGeneratedModule, PactaGeneratedSharedModule } from '../generated/module.js';
import { type PactaServices, PactaModule, PactaSharedModule, startPactaServices } from '../pacta-module.js';

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

/**
 * Services for one-shot batch builds (the SDK's compile functions): exactly the parser, linker,
 * scopes and rules of `createPactaServices` and of the language server — one pipeline —, without
 * what only an editor needs (the reference index). For a workspace built once and not edited.
 */
export function createPactaBatchServices(context: DefaultSharedCoreModuleContext): {
    shared: LangiumSharedCoreServices;
    Pacta: PactaServices;
} {
    const shared = inject(createDefaultSharedCoreModule(context), PactaGeneratedSharedModule, PactaSharedModule, PactaBatchSharedModule);
    const Pacta = inject(createDefaultCoreModule({ shared }), PactaGeneratedModule, PactaModule);
    shared.ServiceRegistry.register(Pacta);
    startPactaServices(Pacta);
    return { shared, Pacta };
}
