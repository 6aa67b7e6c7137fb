// The language server under a large paste, over the real protocol (`node dist/server.js --stdio`):
// open a small document, paste about 1 MB into it (the example's agreements again and again, each
// copy's agreements renamed), then type ten characters 50 ms apart, asking for a hover, the
// semantic tokens and the outline after each keystroke. Prints when the first answer came, when
// every request was answered (with a result, or ContentModified / RequestCancelled when an edit
// made it out of date), and when the last diagnostics were published. Asserts nothing.
// `node bench/paste.mjs` after `pnpm build`; PACTA_SERVER=path measures another server bundle,
// PASTE_FILE=path pastes that file instead.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node';
import { stopServer } from './lsp-session.mjs';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = protocol;
const SERVER = process.env.PACTA_SERVER ?? fileURLToPath(new URL('../dist/server.js', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../../examples/critical-minerals-2026/', import.meta.url));
const KEYSTROKES = 10;

function paste() {
    if (process.env.PASTE_FILE) return readFileSync(process.env.PASTE_FILE, 'utf8');
    const body = readdirSync(EXAMPLE)
        .filter(name => name.endsWith('.pacta') && name !== 'parties.pacta')
        .sort()
        .map(name => readFileSync(join(EXAMPLE, name), 'utf8'))
        .join('\n');
    let text = '';
    for (let copy = 0; text.length < 1_000_000; copy++) {
        text += body.replace(/^(agreement|instrument) (\w+)/gm, (_, form, name) => `${form} ${name}_${copy}`) + '\n';
    }
    return text;
}

const folder = mkdtempSync(join(tmpdir(), 'pacta-paste-'));
writeFileSync(join(folder, 'parties.pacta'), readFileSync(join(EXAMPLE, 'parties.pacta'), 'utf8'));
const start = 'agreement small "Small" {\n    parties US\n    signed 2026-01-01\n}\n';
const uri = pathToFileURL(join(folder, 'pasted.pacta')).toString();
const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
let lastDiagnostics = 0;
let findings = 0;
connection.onNotification('textDocument/publishDiagnostics', params => {
    if (params.uri !== uri) return;
    lastDiagnostics = performance.now();
    findings = params.diagnostics.length;
});
connection.onRequest('client/registerCapability', () => null);
connection.onRequest('workspace/configuration', () => []);
connection.onNotification('window/logMessage', () => undefined);
connection.listen();

try {
    await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(folder).toString(),
        workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'bench' }],
        capabilities: {
            textDocument: {
                publishDiagnostics: {},
                documentSymbol: { hierarchicalDocumentSymbolSupport: true },
                semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] }
            }
        }
    });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'pacta', version: 1, text: start } });
    await new Promise(resolve => setTimeout(resolve, 2000));

    const text = paste();
    const pasted = performance.now();
    let version = 2;
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: start + text }] });
    const answers = [];
    let first;
    const ask = () => {
        for (const [method, params] of [
            ['textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 13 } }],
            ['textDocument/semanticTokens/full', { textDocument: { uri } }],
            ['textDocument/documentSymbol', { textDocument: { uri } }]
        ]) {
            const answered = outcome => {
                first ??= performance.now() - pasted;
                return outcome;
            };
            answers.push(
                connection.sendRequest(method, params).then(
                    () => answered('result'),
                    error => answered(`error ${error.code}`)
                )
            );
        }
    };
    ask();
    for (let key = 0; key < KEYSTROKES; key++) {
        await new Promise(resolve => setTimeout(resolve, 50));
        version++;
        await connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version },
            contentChanges: [{ range: { start: { line: 0, character: 17 }, end: { line: 0, character: 17 } }, text: 'x' }]
        });
        ask();
    }
    const outcomes = await Promise.all(answers);
    const allAnswered = performance.now() - pasted;
    await new Promise(resolve => setTimeout(resolve, 4000));
    const counts = {};
    for (const outcome of outcomes) counts[outcome] = (counts[outcome] ?? 0) + 1;
    console.log(`Pacta language server, a paste of ${(text.length / 1e6).toFixed(2)} MB then ${KEYSTROKES} keystrokes, Node ${process.version}`);
    console.log(`  first answer after the paste:   ${first.toFixed(0)} ms`);
    console.log(
        `  every request answered after:   ${allAnswered.toFixed(0)} ms (${Object.entries(counts)
            .map(([k, n]) => `${n} ${k}`)
            .join(', ')})`
    );
    console.log(`  last diagnostics after:         ${(lastDiagnostics - pasted).toFixed(0)} ms (${findings} findings)`);
} finally {
    await stopServer(connection, child);
    rmSync(folder, { recursive: true, force: true });
}
