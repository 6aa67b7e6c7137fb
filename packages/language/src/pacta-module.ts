import {
    type DeepPartial,
    type DefaultSharedCoreModuleContext,
    inject,
    type LangiumCoreServices,
    type LangiumSharedCoreServices,
    type Module,
    type PartialLangiumCoreServices,
    createDefaultCoreModule,
    createDefaultSharedCoreModule
} from 'langium';
import { type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices, createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { type DeadlineResolver, DefaultDeadlineResolver } from './deadlines/deadline-resolver.js';
import { DefaultHolidayCalendars, type HolidayCalendars } from './deadlines/holiday-calendars.js';
import { type HolidayDataLoader, defaultHolidayDataLoader } from './deadlines/holiday-data.js';
import { PactaFormatter } from './formatting/pacta-formatter.js';
import { PactaGeneratedModule, PactaGeneratedSharedModule, PactaLanguageMetaData } from './generated/module.js';
import { PactaLspFeaturesModule, PactaLspSharedFeaturesModule } from './lsp/pacta-lsp-module.js';
import { PactaLexer } from './parser/pacta-lexer.js';
import { PactaParserErrorMessageProvider } from './parser/pacta-error-message-provider.js';
import { createPactaParser } from './parser/pacta-parser.js';
import { PactaTokenBuilder } from './parser/pacta-token-builder.js';
import { PactaValueConverter } from './parser/pacta-value-converter.js';
import { PactaNameProvider } from './references/pacta-name-provider.js';
import { PactaScopeComputation } from './references/pacta-scope-computation.js';
import { PactaScopeProvider } from './references/pacta-scope-provider.js';
import { PactaDocumentValidator } from './validation/pacta-document-validator.js';
import { registerValidationRules } from './validation/pacta-validator.js';
import { PactaValidationRegistry } from './validation/validation-categories.js';
import { PactaWorkspaceManager } from './workspace/pacta-workspace-manager.js';

/** Services Pacta adds to Langium's. */
export interface PactaAddedServices {
    deadlines: {
        DeadlineResolver: DeadlineResolver;
        HolidayCalendars: HolidayCalendars;
        /** Where the holiday rules of a country come from (Node: bundled; browser: fetched next to the script). */
        HolidayDataLoader: HolidayDataLoader;
    };
}

export type PactaServices = LangiumCoreServices & PactaAddedServices;
export type PactaLspServices = LangiumServices & PactaAddedServices;

/** Pacta's own services and its overrides of Langium's defaults; used with and without LSP. */
export const PactaModule: Module<PactaServices, PartialLangiumCoreServices & PactaAddedServices> = {
    // 'production': Chevrotain does not check the grammar (ambiguities, left recursion...) every
    // time a parser is made, a fifth of the CLI's start. The grammar is checked by a test
    // (test/parser/grammar-checks.test.ts), which makes the parser in 'development' mode.
    LanguageMetaData: () => ({ ...PactaLanguageMetaData, mode: 'production' }),
    deadlines: {
        DeadlineResolver: services => new DefaultDeadlineResolver(services),
        HolidayCalendars: services => new DefaultHolidayCalendars(services.shared, services.deadlines.HolidayDataLoader),
        HolidayDataLoader: () => defaultHolidayDataLoader()
    },
    parser: {
        ValueConverter: () => new PactaValueConverter(),
        TokenBuilder: () => new PactaTokenBuilder(),
        Lexer: services => new PactaLexer(services),
        LangiumParser: services => createPactaParser(services),
        ParserErrorMessageProvider: () => new PactaParserErrorMessageProvider()
    },
    references: {
        NameProvider: () => new PactaNameProvider(),
        ScopeComputation: services => new PactaScopeComputation(services),
        ScopeProvider: services => new PactaScopeProvider(services)
    },
    validation: {
        DocumentValidator: services => new PactaDocumentValidator(services),
        ValidationRegistry: services => new PactaValidationRegistry(services)
    }
};

export const PactaSharedModule: Module<LangiumSharedCoreServices, DeepPartial<LangiumSharedCoreServices>> = {
    workspace: {
        WorkspaceManager: services => new PactaWorkspaceManager(services)
    }
};

/**
 * Services for batch use (SDK, CLI): parser, linker, validation, deadline resolution, no LSP.
 * `context.fileSystemProvider` decides how files are read (Node, a browser, memory).
 */
export function createPactaServices(context: DefaultSharedCoreModuleContext): {
    shared: LangiumSharedCoreServices;
    Pacta: PactaServices;
} {
    const shared = inject(createDefaultSharedCoreModule(context), PactaGeneratedSharedModule, PactaSharedModule);
    const Pacta = inject(createDefaultCoreModule({ shared }), PactaGeneratedModule, PactaModule);
    shared.ServiceRegistry.register(Pacta);
    startPactaServices(Pacta);
    return { shared, Pacta };
}

/**
 * What every set of Pacta services does once created: registers the validation rules, and creates
 * the holiday calendars now (Langium creates services when first used), so that they load the
 * holiday data at the start of a build that needs it, before validation reads it.
 */
export function startPactaServices(Pacta: PactaServices): void {
    registerValidationRules(Pacta);
    void Pacta.deadlines.HolidayCalendars;
}

/** Pacta's LSP features, on top of Langium's defaults. */
export const PactaLspModule: Module<PactaLspServices, PartialLangiumServices> = {
    lsp: {
        Formatter: services => new PactaFormatter(services)
    }
};

/** Services for the language server: everything above plus Langium's LSP features. */
export function createPactaLspServices(
    context: DefaultSharedModuleContext,
    lspModule?: Module<PactaLspServices, PartialLangiumServices & DeepPartial<PactaAddedServices>>
): {
    shared: LangiumSharedServices;
    Pacta: PactaLspServices;
} {
    const shared = inject(createDefaultSharedModule(context), PactaGeneratedSharedModule, PactaSharedModule, PactaLspSharedFeaturesModule);
    const Pacta = inject(createDefaultModule({ shared }), PactaGeneratedModule, PactaModule, PactaLspModule, PactaLspFeaturesModule, lspModule ?? {});
    shared.ServiceRegistry.register(Pacta);
    startPactaServices(Pacta);
    return { shared, Pacta };
}
