import type { BuildOptions, ValidationCategory } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { isBuiltinUri } from '../builtins/mechanism-kinds.js';
import type { PactaLspServices } from '../pacta-module.js';
import { OPT_IN_CATEGORIES, type PactaValidationOptions, STRICT_SOURCES_CATEGORY, pactaValidationCategories } from '../validation/validation-categories.js';
import { pactaLspFeatures } from './pacta-lsp-module.js';

/** The editor setting (`pacta.strictSources`) that switches `pacta/missing-source` on. */
export const STRICT_SOURCES_SETTING = 'strictSources';

/**
 * The opt-in rules of the language server, as the editor's settings switch them: the same
 * validation categories the SDK and the CLI build with (`strict-sources`), added to every build
 * of the server while the option is on.
 */
export interface ValidationSettings {
    /** The options in effect. */
    readonly options: Readonly<PactaValidationOptions>;
    /**
     * Switches the options; when they change, every document of the workspace is built again
     * with them and its findings published.
     */
    update(options: PactaValidationOptions): Promise<void>;
}

export class DefaultValidationSettings implements ValidationSettings {
    protected current: PactaValidationOptions = {};
    protected readonly shared: LangiumSharedServices;

    constructor(services: PactaLspServices) {
        this.shared = services.shared;
    }

    get options(): Readonly<PactaValidationOptions> {
        return this.current;
    }

    async update(options: PactaValidationOptions): Promise<void> {
        const strictSources = options.strictSources === true;
        if (strictSources === (this.current.strictSources === true)) return;
        this.current = { ...this.current, strictSources };
        const extra: ValidationCategory[] = strictSources ? [STRICT_SOURCES_CATEGORY] : [];
        const builder = this.shared.workspace.DocumentBuilder;
        const workspace = this.shared.workspace.WorkspaceManager;
        // Edits: Langium's `built-in` and `fast` (or what the server was set up with), plus the opt-in categories.
        builder.updateBuildOptions = { ...builder.updateBuildOptions, validation: { categories: withCategories(builder.updateBuildOptions, ['built-in', 'fast'], extra) } };
        // The first build of the workspace, if it has not started yet.
        if (workspace.initialBuildOptions?.validation) {
            workspace.initialBuildOptions = { ...workspace.initialBuildOptions, validation: { categories: withCategories(workspace.initialBuildOptions, pactaValidationCategories(), extra) } };
        }
        await workspace.ready;
        // Every file of the workspace is rebuilt with the new options, as after an edit of each:
        // `update` marks them all changed before it can be cancelled, so an edit that cancels this
        // build rebuilds them too (the built-in documents have no text to read again).
        const uris = this.shared.workspace.LangiumDocuments.all
            .map(document => document.uri)
            .filter(uri => !isBuiltinUri(uri.toString()))
            .toArray();
        await this.shared.workspace.WorkspaceLock.write(token => builder.update(uris, [], token));
    }
}

/** The categories of build options (`fallback` for `validation: true`), opt-in ones replaced by `extra`. */
function withCategories(options: BuildOptions | undefined, fallback: readonly ValidationCategory[], extra: readonly ValidationCategory[]): ValidationCategory[] {
    const validation = options?.validation;
    const base = typeof validation === 'object' && validation.categories ? validation.categories : fallback;
    return [...base.filter(category => !OPT_IN_CATEGORIES.includes(category)), ...extra];
}

/**
 * Reads `pacta.strictSources` when the client is initialized and whenever the `pacta` settings
 * change (`workspace/didChangeConfiguration`), and applies it through `ValidationSettings`.
 */
export function addValidationSettingsHandler(shared: LangiumSharedServices, Pacta: PactaLspServices): void {
    const settings = pactaLspFeatures(Pacta).lspFeatures.ValidationSettings;
    const languageId = Pacta.LanguageMetaData.languageId;
    const apply = (section: unknown) => {
        const value = typeof section === 'object' && section !== null ? (section as Record<string, unknown>)[STRICT_SOURCES_SETTING] : undefined;
        settings.update({ strictSources: value === true }).catch(error => console.error('Pacta: applying the settings failed:', error));
    };
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section === languageId) apply(update.configuration);
    });
    shared.lsp.LanguageServer.onInitialized(() => {
        shared.workspace.ConfigurationProvider.getConfiguration(languageId, STRICT_SOURCES_SETTING)
            .then(value => apply({ [STRICT_SOURCES_SETTING]: value }))
            .catch(error => console.error('Pacta: reading the settings failed:', error));
    });
}
