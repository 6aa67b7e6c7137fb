import { type HolidayDataLoader, type PactaLspServices, type ValidationSettings, addValidationSettingsHandler, createPactaLspServices, pactaLspFeatures } from '@pacta/language';
import { type DefaultSharedModuleContext, type LangiumSharedServices, startLanguageServer } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { addCompileRequestHandler } from './compile-request.js';
import { addDeadlinesRequestHandler } from './deadlines-request.js';
import { guardRequests } from './request-guard.js';
import { addStatusRequestHandler } from './status-request.js';

export interface PactaServerHost extends DefaultSharedModuleContext {
    // `fileSystemProvider`: Node's file system on the desktop; none in a browser (only open documents).
    connection: Connection;
    /** Reads the workspace's `pacta.config.json` and `.pactaignore` where there is a file system (Node). */
    workspaceConfig?: (shared: LangiumSharedServices, settings: ValidationSettings) => void;
    /** Where holiday rules come from, when not the build's default (the browser worker: fetched from a URL the client may give). */
    holidayData?: HolidayDataLoader;
}

/**
 * The Pacta language server on a connection: Langium's LSP with Pacta's editor features and the
 * custom requests `pacta/deadlines`, `pacta/compile` and `pacta/status`. The same for the Node
 * server (desktop VS Code, other editors) and the Web Worker one (vscode.dev, the playground).
 */
export function startPactaServer(host: PactaServerHost): { shared: LangiumSharedServices; Pacta: PactaLspServices } {
    const { connection } = host;
    const { holidayData } = host;
    const { shared, Pacta } = createPactaLspServices({ connection, fileSystemProvider: host.fileSystemProvider }, holidayData ? { deadlines: { HolidayDataLoader: () => holidayData } } : undefined);
    // Before any handler is registered: every request answers for the text it was asked about, honours
    // `$/cancelRequest`, and is answered ContentModified when an edit makes its answer out of date.
    guardRequests(connection, shared);
    // Validate every file of the workspace when it loads, not only the open ones: the Problems panel
    // then lists every finding of the folder, as `pacta` in CI would.
    shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
    addDeadlinesRequestHandler(connection, shared, Pacta);
    const settings = pactaLspFeatures(Pacta).lspFeatures.ValidationSettings;
    // pacta.config.json's `strictSources`, when it sets it, wins over the `pacta.strictSources` setting.
    host.workspaceConfig?.(shared, settings);
    // `pacta.strictSources`: report facts without a source, as `pacta check --strict-sources`.
    addValidationSettingsHandler(shared, Pacta);
    const compileOptions = () => ({ strictSources: settings.options.strictSources === true });
    addCompileRequestHandler(connection, shared, compileOptions);
    addStatusRequestHandler(connection, shared, compileOptions);
    startLanguageServer(shared);
    return { shared, Pacta };
}
