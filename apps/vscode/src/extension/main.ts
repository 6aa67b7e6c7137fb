/**
 * The Pacta extension on the desktop: starts the bundled language server (dist/server.js, over IPC)
 * in the background, logs to the "Pacta" output channel, and adds the commands "Compile to JSON",
 * "Show Timeline", "Restart Language Server" and "Show Output" (activation.ts).
 */
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { SELECT_TEXT_COMMAND } from '../shared/protocol.js';
import { runtimeProblem } from '../shared/runtime.js';
import { activateWith } from './activation.js';

export { deactivate } from './activation.js';

/**
 * Does not wait for the language server: VS Code holds back its other start-up work until
 * activate() returns. The commands wait for the server themselves.
 */
export function activate(context: vscode.ExtensionContext): void {
    activateWith(context, {
        createClient,
        unavailable() {
            // The server runs on this extension host's Node: without what it needs, say so once, start nothing.
            const problem = runtimeProblem();
            if (problem) return { reason: problem, notify: true };
            // A virtual workspace (files that are not on this machine's disk): the server reads the folder from disk.
            if (vscode.workspace.workspaceFolders?.some(folder => folder.uri.scheme !== 'file')) {
                return { reason: 'The Pacta language server does not run in a virtual workspace: its files are not on disk. Pacta files are highlighted only.', notify: false };
            }
            return undefined;
        }
    });
}

function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
    const serverModule = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'pacta' }],
        outputChannel: output,
        initializationOptions: { pacta: { selectTextCommand: SELECT_TEXT_COMMAND } }
    };
    return new LanguageClient('pacta', 'Pacta', serverOptions, clientOptions);
}
