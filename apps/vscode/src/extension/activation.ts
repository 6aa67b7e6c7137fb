/**
 * What the desktop extension (main.ts) and the web extension (browser-main.ts) share: the commands
 * "Compile to JSON", "Show Timeline", "Restart Language Server" and "Show Output", the "Pacta" output,
 * and the language server's lifecycle. Each entry gives how its client starts the server.
 */
import * as vscode from 'vscode';
import { COMPILE_METHOD, type CompileParams, type CompileResponse, SELECT_TEXT_COMMAND } from '../shared/protocol.js';
import { PactaLanguageServer, type ServerClient } from './language-server.js';
import { TimelinePanel } from './timeline.js';

export interface ExtensionHost {
    /** A client for a new server (the Node process or the Web Worker). */
    createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): ServerClient;
    /** Why the server cannot start here, if it cannot (commands then say so); checked once. */
    unavailable(): { reason: string; notify: boolean } | undefined;
    /** What "Compile to JSON" says with its result when it compiled less than the whole folder (the web extension: only the open files). */
    compileScope?(files: number): string;
}

let server: PactaLanguageServer | undefined;

/**
 * Does not wait for the language server: VS Code holds back its other start-up work until
 * activate() returns. The commands wait for the server themselves.
 */
export function activateWith(context: vscode.ExtensionContext, host: ExtensionHost): void {
    const output = vscode.window.createOutputChannel('Pacta', { log: true });
    context.subscriptions.push(output);
    const language = new PactaLanguageServer(() => host.createClient(context, output), {
        output,
        showError: (message, ...actions) => vscode.window.showErrorMessage(message, ...actions)
    });
    server = language;

    context.subscriptions.push(
        vscode.commands.registerCommand('pacta.compileToJson', () => compileToJson(language, output, host.compileScope)),
        vscode.commands.registerCommand('pacta.showTimeline', () => TimelinePanel.show(context, language)),
        vscode.commands.registerCommand('pacta.restartServer', () => language.restart()),
        vscode.commands.registerCommand('pacta.showOutput', () => output.show(true)),
        vscode.commands.registerCommand(SELECT_TEXT_COMMAND, selectText)
    );

    const unavailable = host.unavailable();
    if (unavailable) {
        if (unavailable.notify) {
            output.error(unavailable.reason);
            void vscode.window.showErrorMessage(unavailable.reason);
        } else {
            output.info(unavailable.reason);
        }
        language.markUnavailable(unavailable.reason);
        return;
    }
    void language.start();
}

export async function deactivate(): Promise<void> {
    await server?.stop();
    server = undefined;
}

/** Compiles the folder of the active `.pacta` file and opens the JSON beside it. */
async function compileToJson(language: PactaLanguageServer, output: vscode.LogOutputChannel, scope?: (files: number) => string): Promise<void> {
    const uri = activePactaUri();
    if (!uri) {
        void vscode.window.showWarningMessage('Open a .pacta file to compile its folder.');
        return;
    }
    const params: CompileParams = { uri: uri.toString() };
    let result: CompileResponse;
    try {
        result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Pacta: compiling' }, () => language.sendRequest<CompileResponse>(COMPILE_METHOD, params));
    } catch (error) {
        void vscode.window.showErrorMessage(`Pacta: could not compile: ${error instanceof Error ? error.message : String(error)}`);
        return;
    }
    const folder = vscode.Uri.parse(result.folderUri);
    output.info(`Compiled ${result.files.length} file(s) of ${folder.fsPath}: ${result.errorCount} error(s), ${result.warningCount} warning(s).`);
    // Said with the result, not only in the log: JSON of part of a folder must not pass for the whole.
    const partial = scope?.(result.files.length);
    if (partial) {
        output.info(partial);
        void vscode.window.showInformationMessage(partial);
    }
    for (const d of result.diagnostics) {
        output.info(`  ${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}${d.hint ? ` (${d.hint})` : ''}`);
    }
    if (!result.json) {
        void vscode.window.showErrorMessage('Pacta: nothing could be compiled; see the "Pacta" output.');
        return;
    }
    const document = await vscode.workspace.openTextDocument({ language: 'json', content: result.json });
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    if (result.errorCount > 0) {
        const choice = await vscode.window.showWarningMessage(`Pacta: compiled with ${result.errorCount} error(s) and ${result.warningCount} warning(s).`, 'Show Problems');
        if (choice) await vscode.commands.executeCommand('workbench.actions.view.problems');
    }
}

function activePactaUri(): vscode.Uri | undefined {
    const active = vscode.window.activeTextEditor?.document;
    if (active?.languageId === 'pacta') return active.uri;
    const visible = vscode.window.visibleTextEditors.find(editor => editor.document.languageId === 'pacta');
    return visible?.document.uri;
}

/** Selects a range in the editor of a document (the reason of a new `#suppress`, so that typing replaces it). */
async function selectText(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<void> {
    const target = vscode.Uri.parse(uri);
    const editor = vscode.window.visibleTextEditors.find(candidate => candidate.document.uri.toString() === target.toString()) ?? (await vscode.window.showTextDocument(target));
    const selection = new vscode.Selection(range.start.line, range.start.character, range.end.line, range.end.character);
    editor.selection = selection;
    editor.revealRange(selection);
}
