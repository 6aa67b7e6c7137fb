/**
 * The Pacta language server: Langium's LSP over Node (stdio, IPC or a socket, as the process is
 * started: `--stdio`, `--node-ipc`, `--socket=N`), with Pacta's editor features and two custom
 * requests, `pacta/deadlines` (the timeline) and `pacta/compile` (Compile to JSON).
 */
import './runtime-check.js'; // first: refuse a runtime without the features Langium needs, in one line
import { addValidationSettingsHandler, createPactaLspServices, pactaLspFeatures } from '@pacta/language';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { addCompileRequestHandler } from './compile-request.js';
import { addDeadlinesRequestHandler } from './deadlines-request.js';
import { guardRequests } from './request-guard.js';
import { addWorkspaceConfig } from './workspace-config.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Pacta } = createPactaLspServices({ connection, ...NodeFileSystem });
// Before any handler is registered: every request answers for the text it was asked about, honours
// `$/cancelRequest`, and is answered ContentModified when an edit makes its answer out of date.
guardRequests(connection, shared);
// Validate every file of the workspace when it loads, not only the open ones: the Problems panel
// then lists every finding of the folder, as `pacta` in CI would.
shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
addDeadlinesRequestHandler(connection, shared, Pacta);
const settings = pactaLspFeatures(Pacta).lspFeatures.ValidationSettings;
// pacta.config.json's `strictSources`, when it sets it, wins over the setting below.
addWorkspaceConfig(shared, settings);
// `pacta.strictSources`: report facts without a source, as `pacta check --strict-sources`.
addValidationSettingsHandler(shared, Pacta);
addCompileRequestHandler(connection, shared, () => ({ strictSources: settings.options.strictSources === true }));
startLanguageServer(shared);
