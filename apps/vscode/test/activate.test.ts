/**
 * activate() and the commands, with the `vscode` API and the language client replaced by recording
 * fakes (they exist only inside VS Code): activate() returns while the server is still starting, the
 * commands wait for it, a failed start is told in the "Pacta" output and a notification, and
 * "Restart Language Server" / "Show Output" do what they say.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { COMPILE_METHOD } from '../src/shared/protocol.js';
import { FakeLanguageClient } from './fakes/language-client.js';
import { type FakeOutput, Uri, recorded, resetFakeVscode, window, workspace } from './fakes/vscode.js';

vi.mock('vscode', () => import('./fakes/vscode.js'));
vi.mock('vscode-languageclient/node', () => import('./fakes/language-client.js'));

const { activate, deactivate } = await import('../src/extension/main.js');

const context = {
    subscriptions: [] as Array<{ dispose(): unknown }>,
    asAbsolutePath: (path: string) => `/extension/${path}`
};

/** Lets every promise callback already queued run (the extension's reactions to a start that ended). */
const settle = () => new Promise(resolve => setTimeout(resolve, 0));
const output = (): FakeOutput => recorded.outputs[0]!;
const run = (command: string) => recorded.commands.get(command)!();

beforeEach(() => {
    resetFakeVscode();
    FakeLanguageClient.instances.length = 0;
    context.subscriptions.length = 0;
    workspace.workspaceFolders = [{ uri: Uri.parse('file:///ws'), name: 'ws' }];
    window.activeTextEditor = { document: { languageId: 'pacta', uri: Uri.parse('file:///ws/a.pacta') } };
});

afterEach(async () => {
    // A start still under way ends (as a real one does) so that deactivate() can stop the client.
    FakeLanguageClient.instances.forEach(client => client.finishStart());
    await deactivate();
});

describe('activate()', () => {
    test('returns while the server is still starting, with every command registered', () => {
        const returned = activate(context as never);
        expect(returned).toBeUndefined(); // not a promise VS Code would wait for
        expect(FakeLanguageClient.instances).toHaveLength(1);
        expect(FakeLanguageClient.instances[0]!.startCalled).toBe(true);
        expect(FakeLanguageClient.instances[0]!.isRunning()).toBe(false);
        expect([...recorded.commands.keys()].sort()).toEqual(['pacta.compileToJson', 'pacta.restartServer', 'pacta.selectText', 'pacta.showOutput', 'pacta.showTimeline']);
        expect(output().lines).toEqual([]);
    });

    test('a command run during the start waits for the server, then sends its request', async () => {
        activate(context as never);
        const client = FakeLanguageClient.instances[0]!;
        const compiling = run('pacta.compileToJson') as Promise<void>;
        await settle();
        expect(client.requests).toEqual([]);
        client.finishStart();
        await compiling;
        expect(client.requests).toEqual([{ method: COMPILE_METHOD, params: { uri: 'file:///ws/a.pacta' } }]);
        expect(recorded.opened).toEqual([{ language: 'json', content: '{}' }]);
        // The desktop server compiles the whole folder: nothing to add to the result.
        expect(recorded.infos).toEqual([]);
        expect(output().lines[0]).toBe('info Pacta language server started.');
    });

    test('a failed start is told in the output with its reason and in a notification that can show the output', async () => {
        recorded.errorChoice = 'Show Output';
        activate(context as never);
        FakeLanguageClient.instances[0]!.failStart('spawn ENOENT');
        await settle();
        expect(output().lines).toEqual(['error The Pacta language server did not start: spawn ENOENT']);
        expect(recorded.errors).toEqual([{ message: 'The Pacta language server did not start; see the "Pacta" output.', actions: ['Show Output'] }]);
        expect(output().shown).toBe(1);
    });

    test('a command after a failed start says why instead of waiting forever', async () => {
        activate(context as never);
        FakeLanguageClient.instances[0]!.failStart('spawn ENOENT');
        await run('pacta.compileToJson');
        expect(recorded.errors.at(-1)!.message).toMatch(/^Pacta: could not compile: the Pacta language server is not running/);
    });

    test('in a virtual workspace no server starts, and the commands say why', async () => {
        workspace.workspaceFolders = [{ uri: Uri.parse('vscode-vfs://github/pacta-lang/pacta'), name: 'pacta' }];
        activate(context as never);
        expect(FakeLanguageClient.instances).toHaveLength(0);
        expect(output().lines).toEqual([expect.stringMatching(/^info The Pacta language server does not run in a virtual workspace/)]);
        await run('pacta.restartServer');
        expect(recorded.errors.at(-1)!.message).toMatch(/does not run in a virtual workspace/);
    });
});

describe('Pacta: Restart Language Server', () => {
    test('after a failed start: starts a fresh client', async () => {
        activate(context as never);
        FakeLanguageClient.instances[0]!.failStart('server crashed');
        const restarting = run('pacta.restartServer') as Promise<unknown>;
        await settle();
        expect(FakeLanguageClient.instances).toHaveLength(2);
        FakeLanguageClient.instances[1]!.finishStart();
        await restarting;
        expect(FakeLanguageClient.instances[1]!.isRunning()).toBe(true);
        expect(output().lines.slice(1)).toEqual(['info Restarting the Pacta language server.', 'info Pacta language server started.']);
    });

    test('while running: stops the client, starts a fresh one; requests meanwhile go to the fresh one', async () => {
        activate(context as never);
        const first = FakeLanguageClient.instances[0]!;
        first.finishStart();
        await settle();
        const restarting = run('pacta.restartServer') as Promise<unknown>;
        const compiling = run('pacta.compileToJson') as Promise<void>;
        await settle();
        expect(first.stopped).toBe(1);
        const second = FakeLanguageClient.instances[1]!;
        second.finishStart();
        await Promise.all([restarting, compiling]);
        expect(first.requests).toEqual([]);
        expect(second.requests.map(r => r.method)).toEqual([COMPILE_METHOD]);
    });

    test('deactivate() stops the running client', async () => {
        activate(context as never);
        FakeLanguageClient.instances[0]!.finishStart();
        await settle();
        await deactivate();
        expect(FakeLanguageClient.instances[0]!.stopped).toBe(1);
    });
});

test('Pacta: Show Output opens the "Pacta" output channel', async () => {
    activate(context as never);
    await run('pacta.showOutput');
    expect(output().shown).toBe(1);
});

test('a client that cannot even be created fails the start, not activate()', async () => {
    const { PactaLanguageServer } = await import('../src/extension/language-server.js');
    const lines: string[] = [];
    const shown: string[] = [];
    const server = new PactaLanguageServer(
        () => {
            throw new Error('no server module');
        },
        {
            output: { info: line => lines.push(line), error: line => lines.push(String(line)), show: () => undefined },
            showError: message => {
                shown.push(message);
                return Promise.resolve(undefined);
            }
        }
    );
    expect(await server.start()).toBeUndefined();
    expect(lines).toEqual(['The Pacta language server did not start: no server module']);
    expect(shown).toEqual(['The Pacta language server did not start; see the "Pacta" output.']);
});
