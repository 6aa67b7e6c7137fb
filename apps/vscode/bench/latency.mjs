// Editor latency of the bundled language server on a generated 5,000-line document, over the
// real protocol (a separate `node dist/server.js --stdio` process, as VS Code runs it):
// - time from opening the document to its first diagnostics;
// - completion at a party position and at a deadline anchor (median of 20);
// - edit → diagnostics: an incremental edit, then the diagnostics published for it (median of 20).
// Prints the numbers; asserts nothing. Run `pnpm --filter pacta-vscode bench` after `pnpm build`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = protocol;
// PACTA_SERVER: another server bundle to measure (default: the built one).
const SERVER = process.env.PACTA_SERVER ?? fileURLToPath(new URL('../dist/server.js', import.meta.url));
const LINES = 5000;
const RUNS = 20;

/** A document of about `lines` lines: parties, then agreements with events, commitments, deadlines and mechanisms. */
function generate(lines) {
    const out = ['// Generated for the latency benchmark.', ''];
    const parties = ['US', 'MX', 'CA', 'JP', 'AU', 'DE', 'FR', 'GB', 'IN', 'BR'];
    for (const code of parties) out.push(`state ${code} "State ${code}"`);
    out.push('bloc EU "European Union"', 'agency USTR "Office of the U.S. Trade Representative" of US', '');
    let n = 0;
    while (out.length < lines - 30) {
        const a = parties[n % parties.length];
        const b = parties[(n + 3) % parties.length];
        out.push(
            `/** Agreement number ${n}. */`,
            `agreement pact_${n} "Pact ${n}" {`,
            '    kind framework',
            '    nonbinding',
            `    parties ${a}, ${b}, EU`,
            `    signed 2026-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')} by USTR`,
            '    in_force within 60 days after signed',
            '',
            '    commitment plan {',
            `        by ${a}, ${b}`,
            '        will "adopt an action plan on critical minerals"',
            '        due within 30 days after signed',
            '    }',
            '    commitment review_plan {',
            `        by ${a}`,
            '        intends to "review the plan with the other parties"',
            '        due no later than 6 months after in_force',
            '    }',
            `    mechanism reserve: strategic_reserve {`,
            `        parties ${a}, ${b}`,
            '        amount up to 2 billion USD in total',
            '    }',
            n > 0 ? `    builds_on pact_${n - 1}` : '    sectors "mining"',
            '}',
            ''
        );
        n++;
    }
    return { text: out.join('\n') + '\n', agreements: n };
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function positionOf(text, marker, from = 0, after = true) {
    const index = text.indexOf(marker, from);
    if (index < 0) throw new Error(`no '${marker}'`);
    const upTo = text.slice(0, index + (after ? marker.length : 0));
    const line = upTo.split('\n').length - 1;
    return { line, character: upTo.length - upTo.lastIndexOf('\n') - 1 };
}

const folder = mkdtempSync(join(tmpdir(), 'pacta-bench-'));
const { text, agreements } = generate(LINES);
const file = join(folder, 'generated.pacta');
writeFileSync(file, text);
const uri = pathToFileURL(file).toString();

// PACTA_SERVER_NODE_ARGS: extra Node options for the server, e.g. `--cpu-prof` to profile it.
const nodeArgs = (process.env.PACTA_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
const child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
let onDiagnostics;
connection.onNotification('textDocument/publishDiagnostics', params => {
    if (params.uri === uri && onDiagnostics) onDiagnostics(params.diagnostics);
});
connection.onRequest('client/registerCapability', () => null);
connection.onRequest('workspace/configuration', () => []);
connection.listen();
const nextDiagnostics = () => new Promise(resolve => { onDiagnostics = diagnostics => { onDiagnostics = undefined; resolve(diagnostics); }; });

try {
    const started = performance.now();
    const initialDiagnostics = nextDiagnostics();
    await connection.sendRequest('initialize', {
        processId: process.pid, rootUri: pathToFileURL(folder).toString(),
        workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'bench' }],
        capabilities: { textDocument: { publishDiagnostics: {}, completion: { completionItem: { snippetSupport: true } } } }
    });
    await connection.sendNotification('initialized', {});
    const initialized = performance.now();
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'pacta', version: 1, text } });
    const first = await initialDiagnostics;
    const firstDiagnosticsMs = performance.now() - initialized;
    const workspaceReadyMs = performance.now() - started;

    const middle = text.indexOf(`agreement pact_${Math.floor(agreements / 2)} `);
    const partyPosition = positionOf(text, '        by ', middle);
    const anchorPosition = positionOf(text, 'due within 30 days after ', middle);
    const completion = async position => {
        const t = performance.now();
        const result = await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
        return { ms: performance.now() - t, count: (Array.isArray(result) ? result : result?.items ?? []).length };
    };
    for (let i = 0; i < 3; i++) await completion(partyPosition); // warm-up
    const partyRuns = [];
    const anchorRuns = [];
    let partyItems = 0;
    let anchorItems = 0;
    for (let i = 0; i < RUNS; i++) {
        const party = await completion(partyPosition);
        partyRuns.push(party.ms);
        partyItems = party.count;
        const anchor = await completion(anchorPosition);
        anchorRuns.push(anchor.ms);
        anchorItems = anchor.count;
    }

    // Edit → diagnostics: alternately break and repair a country code in the middle of the document.
    const codeLine = positionOf(text, '    parties ', middle);
    const editRuns = [];
    let version = 1;
    let lastCount = first.length;
    for (let i = 0; i < RUNS + 2; i++) {
        const broken = i % 2 === 0;
        const diagnostics = nextDiagnostics();
        const t = performance.now();
        await connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: ++version },
            contentChanges: [{
                range: { start: codeLine, end: { line: codeLine.line, character: codeLine.character + (broken ? 0 : 1) } },
                text: broken ? 'x' : ''
            }]
        });
        lastCount = (await diagnostics).length;
        if (i >= 2) editRuns.push(performance.now() - t);
    }

    console.log(`Pacta language server latency — ${text.split('\n').length - 1} lines, ${agreements} agreements, Node ${process.version}`);
    console.log(`  open → first diagnostics:       ${firstDiagnosticsMs.toFixed(0)} ms (start of server → first diagnostics ${workspaceReadyMs.toFixed(0)} ms; ${first.length} findings)`);
    console.log(`  completion, party position:     median ${median(partyRuns).toFixed(1)} ms of ${RUNS} (${partyItems} items)`);
    console.log(`  completion, deadline anchor:    median ${median(anchorRuns).toFixed(1)} ms of ${RUNS} (${anchorItems} items)`);
    console.log(`  edit → diagnostics:             median ${median(editRuns).toFixed(1)} ms of ${RUNS} (last run: ${lastCount} findings)`);
    console.log('  goals: completion 10 ms, re-validation 25 ms');
} finally {
    try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
    } catch {
        // gone already
    }
    // Let the server exit by itself (a --cpu-prof profile is written on exit), then make sure.
    await new Promise(resolve => { const timer = setTimeout(resolve, 3000); child.once('exit', () => { clearTimeout(timer); resolve(); }); });
    connection.dispose();
    child.kill();
    rmSync(folder, { recursive: true, force: true });
}
