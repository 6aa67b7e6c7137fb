/**
 * The Pacta extension in VS Code for the web (vscode.dev, github.dev): the same commands as on the
 * desktop (activation.ts), with the language server in a Web Worker (dist/browser/server.js) instead
 * of a Node process. The worker reads no disk: it checks the Pacta files that are open (not the whole
 * folder) and reads no `pacta.config.json` or `.pactaignore`; the activation log says so.
 */
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { SELECT_TEXT_COMMAND } from '../shared/protocol.js';
import { activateWith } from './activation.js';

export { deactivate } from './activation.js';

/** What the web extension does not do, logged once at activation. */
export const BROWSER_LIMITS =
    'Pacta in the browser: the language server runs in a Web Worker and checks the .pacta files you open, not the whole folder; pacta.config.json and .pactaignore are not read. Use desktop VS Code or the pacta CLI for a whole folder.';

/** What "Compile to JSON" says in a browser: the JSON is of the open files only. */
export function compileScopeNote(files: number): string {
    return `Pacta: compiled the ${files} open .pacta file(s) of this folder. In a browser the files you have not opened are not read; the pacta CLI or desktop VS Code compiles the whole folder.`;
}

export function activate(context: vscode.ExtensionContext): void {
    activateWith(context, {
        createClient(context, output) {
            output.info(BROWSER_LIMITS);
            const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist/browser/server.js').toString(true));
            const clientOptions: LanguageClientOptions = {
                documentSelector: [{ language: 'pacta' }],
                outputChannel: output,
                initializationOptions: {
                    pacta: {
                        selectTextCommand: SELECT_TEXT_COMMAND,
                        // The worker's folder: it loads the holiday parser and rules from here when a file counts business days.
                        assetsUrl: vscode.Uri.joinPath(context.extensionUri, 'dist/browser/').toString(true)
                    }
                }
            };
            return new LanguageClient('pacta', 'Pacta', worker, clientOptions);
        },
        unavailable: () => undefined,
        compileScope: files => compileScopeNote(files)
    });
}
