/**
 * The Pacta extension: starts the bundled language server (over IPC), logs to the "Pacta"
 * output channel, and adds the commands "Pacta: Compile to JSON" and "Pacta: Show Timeline".
 */
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { COMPILE_METHOD, type CompileParams, type CompileResponse, SELECT_TEXT_COMMAND } from '../shared/protocol.js';
import { runtimeProblem } from '../shared/runtime.js';
import { TimelinePanel } from './timeline.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const output = vscode.window.createOutputChannel('Pacta', { log: true });
    context.subscriptions.push(output);

    // The server runs on this extension host's Node: without what it needs, say so once, start nothing.
    const problem = runtimeProblem();
    if (problem) {
        output.error(problem);
        void vscode.window.showErrorMessage(problem);
        return;
    }

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
    client = new LanguageClient('pacta', 'Pacta', serverOptions, clientOptions);
    const started = client.start();

    context.subscriptions.push(
        vscode.commands.registerCommand('pacta.compileToJson', () => compileToJson(output)),
        vscode.commands.registerCommand('pacta.showTimeline', async () => {
            await started;
            if (client) TimelinePanel.show(context, client);
        }),
        vscode.commands.registerCommand(SELECT_TEXT_COMMAND, selectText)
    );
    try {
        await started;
        output.info('Pacta language server started.');
    } catch (error) {
        output.error(`The Pacta language server did not start: ${error instanceof Error ? error.message : String(error)}`);
        void vscode.window.showErrorMessage('The Pacta language server did not start; see the "Pacta" output.');
    }
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}

/** Compiles the folder of the active `.pacta` file and opens the JSON beside it. */
async function compileToJson(output: vscode.LogOutputChannel): Promise<void> {
    if (!client) return;
    const uri = activePactaUri();
    if (!uri) {
        void vscode.window.showWarningMessage('Open a .pacta file to compile its folder.');
        return;
    }
    const params: CompileParams = { uri: uri.toString() };
    const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'Pacta: compiling' },
        () => client!.sendRequest<CompileResponse>(COMPILE_METHOD, params)
    );
    const folder = vscode.Uri.parse(result.folderUri);
    output.info(`Compiled ${result.files.length} file(s) of ${folder.fsPath}: ${result.errorCount} error(s), ${result.warningCount} warning(s).`);
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
        const choice = await vscode.window.showWarningMessage(
            `Pacta: compiled with ${result.errorCount} error(s) and ${result.warningCount} warning(s).`, 'Show Problems');
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
    const editor = vscode.window.visibleTextEditors.find(candidate => candidate.document.uri.toString() === target.toString())
        ?? await vscode.window.showTextDocument(target);
    const selection = new vscode.Selection(range.start.line, range.start.character, range.end.line, range.end.character);
    editor.selection = selection;
    editor.revealRange(selection);
}
