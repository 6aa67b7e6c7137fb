/**
 * The Pacta language server over Node (stdio, IPC or a socket, as the process is started:
 * `--stdio`, `--node-ipc`, `--socket=N`), reading the workspace from disk with its
 * `pacta.config.json` and `.pactaignore`. `browser-main.ts` is the same server in a Web Worker.
 */
import './runtime-check.js'; // first: refuse a runtime without the features Langium needs, in one line
import { NodeFileSystem } from 'langium/node';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startPactaServer } from './start-server.js';
import { addWorkspaceConfig } from './workspace-config.js';

startPactaServer({ connection: createConnection(ProposedFeatures.all), ...NodeFileSystem, workspaceConfig: addWorkspaceConfig });
