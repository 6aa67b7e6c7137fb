// A bundled Pacta server spoken to over the real protocol (`node dist/server.js --stdio`, as VS
// Code runs it), for the benchmarks: start, open, edit, wait for diagnostics. Asserts nothing.
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = protocol;
// PACTA_SERVER: another server bundle to measure (default: the built one).
export const SERVER = process.env.PACTA_SERVER ?? fileURLToPath(new URL('../dist/server.js', import.meta.url));

export function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The line and character just after (or at) the first `marker` from `from`. */
export function positionOf(text, marker, from = 0, after = true) {
    const index = text.indexOf(marker, from);
    if (index < 0) throw new Error(`no '${marker}'`);
    const upTo = text.slice(0, index + (after ? marker.length : 0));
    const line = upTo.split('\n').length - 1;
    return { line, character: upTo.length - upTo.lastIndexOf('\n') - 1 };
}

/**
 * Spawns the server on `folder` and initializes it. `startedAt` is the time of the spawn; every
 * publication is kept by URI with the time it arrived (`published`), and `waitFor` resolves when
 * a publication satisfies a condition.
 */
/** Shuts the server down over the protocol, lets it exit by itself (a --cpu-prof profile is written on exit), then makes sure. */
export async function stopServer(connection, child) {
    try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
    } catch {
        // gone already
    }
    await new Promise(resolve => {
        const timer = setTimeout(resolve, 3000);
        child.once('exit', () => {
            clearTimeout(timer);
            resolve();
        });
    });
    connection.dispose();
    child.kill();
}

export async function startSession(folder) {
    // PACTA_SERVER_NODE_ARGS: extra Node options for the server, e.g. `--cpu-prof` to profile it.
    const nodeArgs = (process.env.PACTA_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const startedAt = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const published = new Map();
    let waiters = [];
    connection.onNotification('textDocument/publishDiagnostics', params => {
        published.set(params.uri, { diagnostics: params.diagnostics, at: performance.now() });
        waiters = waiters.filter(waiter => !waiter.check(params));
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/configuration', () => []);
    connection.listen();
    const folderUri = pathToFileURL(folder).toString();
    await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: folderUri,
        workspaceFolders: [{ uri: folderUri, name: 'bench' }],
        capabilities: {
            window: { workDoneProgress: true },
            textDocument: { publishDiagnostics: {}, completion: { completionItem: { snippetSupport: true } } }
        }
    });
    await connection.sendNotification('initialized', {});
    const versions = new Map();
    return {
        connection,
        startedAt,
        published,
        /** Resolves with the time of the first publication (from now on) for which `check(params)` is true. */
        waitFor(check) {
            return new Promise(resolve =>
                waiters.push({
                    check: params => {
                        if (!check(params)) return false;
                        resolve(performance.now());
                        return true;
                    }
                })
            );
        },
        async open(uri, text) {
            versions.set(uri, 1);
            await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'pacta', version: 1, text } });
        },
        async edit(uri, range, text) {
            const version = (versions.get(uri) ?? 1) + 1;
            versions.set(uri, version);
            await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
        },
        async completion(uri, position) {
            const t = performance.now();
            const result = await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
            const items = Array.isArray(result) ? result : (result?.items ?? []);
            return { ms: performance.now() - t, count: items.length, incomplete: !Array.isArray(result) && result?.isIncomplete === true };
        },
        close: () => stopServer(connection, child)
    };
}
