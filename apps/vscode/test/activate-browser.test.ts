/**
 * The web extension's activation (src/extension/browser-main.ts, VS Code for the web) with a fake
 * `vscode`, a fake language client and a fake `Worker`: it starts dist/browser/server.js in a worker,
 * tells it where the holiday rules are, says in the log what it does not do, and offers the same
 * commands as the desktop extension, also in a virtual workspace (where the desktop one does not start).
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { FakeLanguageClient } from './fakes/language-client.js';
import { Uri, recorded, resetFakeVscode, window, workspace } from './fakes/vscode.js';

vi.mock('vscode', () => import('./fakes/vscode.js'));
vi.mock('vscode-languageclient/browser', () => import('./fakes/language-client.js'));

/** The workers the extension created, by URL. */
const workers: string[] = [];
vi.stubGlobal(
    'Worker',
    class {
        constructor(url: string) {
            workers.push(url);
        }
    }
);

const { activate, deactivate, BROWSER_LIMITS, compileScopeNote } = await import('../src/extension/browser-main.js');

const EXTENSION = 'https://extensions.example/pacta/0.1.0';
const context = { subscriptions: [] as Array<{ dispose(): unknown }>, extensionUri: Uri.parse(EXTENSION) };

beforeEach(() => {
    resetFakeVscode();
    FakeLanguageClient.instances.length = 0;
    workers.length = 0;
    context.subscriptions.length = 0;
    workspace.workspaceFolders = [{ uri: Uri.parse('vscode-vfs://github/pacta-lang/pacta'), name: 'pacta' }];
});

afterEach(async () => {
    FakeLanguageClient.instances.forEach(client => client.finishStart());
    await deactivate();
});

describe('the web extension', () => {
    test('starts the worker bundle in a virtual workspace, with the URL of the holiday rules', async () => {
        activate(context as never);
        await new Promise(resolve => setTimeout(resolve, 0));
        expect(workers).toEqual([`${EXTENSION}/dist/browser/server.js`]);
        const client = FakeLanguageClient.instances[0]!;
        expect(client.clientOptions).toMatchObject({
            documentSelector: [{ language: 'pacta' }],
            initializationOptions: { pacta: { assetsUrl: `${EXTENSION}/dist/browser/` } }
        });
        expect(recorded.outputs[0]!.lines.some(line => line.includes(BROWSER_LIMITS))).toBe(true);
        expect([...recorded.commands.keys()]).toEqual(expect.arrayContaining(['pacta.compileToJson', 'pacta.showTimeline', 'pacta.restartServer', 'pacta.showOutput']));
    });

    test('Compile to JSON says, with its result, that only the open files were compiled', async () => {
        window.activeTextEditor = { document: { languageId: 'pacta', uri: Uri.parse('vscode-vfs://github/pacta-lang/pacta/a.pacta') } };
        activate(context as never);
        FakeLanguageClient.instances[0]!.finishStart();
        await recorded.commands.get('pacta.compileToJson')!();
        expect(recorded.opened).toEqual([{ language: 'json', content: '{}' }]);
        expect(recorded.infos).toEqual([compileScopeNote(1)]);
        expect(recorded.infos[0]).toContain('compiled the 1 open .pacta file(s) of this folder');
    });
});
