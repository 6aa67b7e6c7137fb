// Editor latency of the bundled language server over the real protocol (a separate
// `node dist/server.js --stdio` process, as VS Code runs it), the editor rows of issue #11:
// - `edit-5k`, `edit-20k`: an incremental edit of a generated 5,000 / 20,000-line document → the
//   diagnostics published for it (median of RUNS);
// - `completion-20k`: completion at a party, at a deadline anchor, at the start of a top-level line
//   and in an agreement's body of the 20,000-line document (the slowest position's median of RUNS);
// - `dependents-own`, `dependents-all`: a folder of a parties file and 999 files that refer to its
//   parties (~100 lines each); a party added to / removed from the parties file (its names change,
//   so every dependent is checked again) → the parties file's diagnostics, and every dependent's
//   (median of DEPENDENT_RUNS);
// - `first-diagnostics-1k`: the server spawned on that folder, one file opened → its first
//   diagnostics, from the spawn (median of SPAWN_RUNS spawns).
// Prints the numbers (`--json`: one JSON object `{ rows: [{ id, label, value, unit, baseline,
// baselineLabel }] }`, the baselines being the issue's "today"); asserts nothing.
// `pnpm --filter pacta-vscode bench` after `pnpm build`; `--quick` runs fewer runs (CI).
// Environment: PACTA_SERVER=another bundle, PACTA_SERVER_NODE_ARGS=--cpu-prof to profile.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, positionOf, startSession } from './lsp-session.mjs';
import { agreementsFile, partiesText, singleDocument } from './workloads.mjs';

const JSON_OUTPUT = process.argv.includes('--json');
const QUICK = process.argv.includes('--quick');
const RUNS = QUICK ? 5 : 20;
const DEPENDENT_RUNS = QUICK ? 3 : 10;
const SPAWN_RUNS = QUICK ? 1 : 5;
const DEPENDENTS = 999;
const log = (...args) => {
    if (!JSON_OUTPUT) console.log(...args);
};
const rows = [];
const row = (id, label, value, baseline, baselineLabel = 'issue #11, before') => rows.push({ id, label, value: Math.round(value * 10) / 10, unit: 'ms', baseline, baselineLabel });

/** Median of `runs` edits that alternately break and repair a country code in the middle of the document. */
async function editToDiagnostics(session, uri, text, from, runs) {
    const codeLine = positionOf(text, '    parties ', from);
    const times = [];
    for (let i = 0; i < runs + 2; i++) {
        const broken = i % 2 === 0;
        const published = session.waitFor(params => params.uri === uri);
        const t = performance.now();
        await session.edit(uri, { start: codeLine, end: { line: codeLine.line, character: codeLine.character + (broken ? 0 : 1) } }, broken ? 'x' : '');
        const at = await published;
        if (i >= 2) times.push(at - t);
    }
    return median(times);
}

async function completionMedian(session, uri, position, runs) {
    for (let i = 0; i < 3; i++) await session.completion(uri, position); // warm-up
    const times = [];
    let last;
    for (let i = 0; i < runs; i++) {
        last = await session.completion(uri, position);
        times.push(last.ms);
    }
    return { ms: median(times), count: last.count, incomplete: last.incomplete };
}

/** One document of `lines` lines, opened alone in a folder. */
async function singleDocumentRows(lines) {
    const folder = mkdtempSync(join(tmpdir(), 'pacta-bench-'));
    const { text, agreements } = singleDocument(lines);
    const file = join(folder, 'generated.pacta');
    writeFileSync(file, text);
    const uri = pathToFileURL(file).toString();
    const session = await startSession(folder);
    try {
        const t = performance.now();
        const first = session.waitFor(params => params.uri === uri);
        await session.open(uri, text);
        const firstMs = (await first) - t;
        const middle = text.indexOf(`agreement pact_${Math.floor(agreements / 2)} `);
        const positions = {
            'party position': positionOf(text, '        by ', middle),
            'deadline anchor': positionOf(text, 'due within 30 days after ', middle),
            'top-level line': positionOf(text, '\n\n', middle, false),
            'agreement body': positionOf(text, '    nonbinding\n', middle)
        };
        positions['top-level line'] = { line: positions['top-level line'].line + 1, character: 0 };
        const size = `${text.split('\n').length - 1} lines, ${agreements} agreements`;
        log(`Pacta language server — one document of ${size}, Node ${process.version}`);
        log(`  open → first diagnostics:        ${firstMs.toFixed(0)} ms`);
        let slowest = { ms: 0, where: '' };
        for (const [where, position] of Object.entries(positions)) {
            const result = await completionMedian(session, uri, position, RUNS);
            log(`  completion, ${where.padEnd(17)}  median ${result.ms.toFixed(1)} ms of ${RUNS} (${result.count} items${result.incomplete ? ', incomplete' : ''})`);
            if (result.ms > slowest.ms) slowest = { ms: result.ms, where };
        }
        const editMs = await editToDiagnostics(session, uri, text, middle, RUNS);
        log(`  edit → diagnostics:              median ${editMs.toFixed(1)} ms of ${RUNS}`);
        return { editMs, completion: slowest, size };
    } finally {
        await session.close();
        rmSync(folder, { recursive: true, force: true });
    }
}

/** A folder of a parties file and `DEPENDENTS` files of 4 agreements each that refer to its parties. */
function writeDependentsFolder() {
    const folder = mkdtempSync(join(tmpdir(), 'pacta-bench-folder-'));
    writeFileSync(join(folder, 'parties.pacta'), partiesText());
    const dependents = [];
    for (let i = 0; i < DEPENDENTS; i++) {
        const file = join(folder, `agreements-${String(i).padStart(3, '0')}.pacta`);
        writeFileSync(file, agreementsFile(`f${i}_`, 4));
        dependents.push(pathToFileURL(file).toString());
    }
    return { folder, partiesUri: pathToFileURL(join(folder, 'parties.pacta')).toString(), dependents };
}

/** Spawned on the folder, one file opened: from the spawn to that file's first diagnostics. */
async function firstDiagnostics(folder, uri, text) {
    const session = await startSession(folder);
    try {
        const first = session.waitFor(params => params.uri === uri);
        await session.open(uri, text);
        return (await first) - session.startedAt;
    } finally {
        await session.close();
    }
}

async function dependentsRows() {
    const { folder, partiesUri, dependents } = writeDependentsFolder();
    try {
        const opened = dependents[Math.floor(DEPENDENTS / 2)];
        const openedText = agreementsFile(`f${Math.floor(DEPENDENTS / 2)}_`, 4);
        const spawns = [];
        for (let i = 0; i < SPAWN_RUNS; i++) spawns.push(await firstDiagnostics(folder, opened, openedText));
        const firstMs = median(spawns);
        log(`Pacta language server — a folder of ${DEPENDENTS + 1} files (~${((DEPENDENTS * 100) / 1000).toFixed(0)}k lines)`);
        log(`  spawn → opened file's first diagnostics: median ${firstMs.toFixed(0)} ms of ${SPAWN_RUNS} spawns (${spawns.map(ms => ms.toFixed(0)).join(', ')})`);

        const session = await startSession(folder);
        try {
            const pending = new Set(dependents);
            const everyFile = session.waitFor(params => {
                pending.delete(params.uri);
                return pending.size === 0;
            });
            const text = partiesText();
            await session.open(partiesUri, text);
            await everyFile;
            const end = positionOf(text, '\n', text.length - 1, false);
            const added = 'state ZZ "State ZZ"\n';
            const own = [];
            const all = [];
            for (let i = 0; i < DEPENDENT_RUNS + 1; i++) {
                const adding = i % 2 === 0;
                const line = end.line + 1;
                const range = adding ? { start: { line, character: 0 }, end: { line, character: 0 } } : { start: { line, character: 0 }, end: { line: line + 1, character: 0 } };
                const waiting = new Set(dependents);
                const ownPublished = session.waitFor(params => params.uri === partiesUri);
                const allPublished = session.waitFor(params => {
                    waiting.delete(params.uri);
                    return waiting.size === 0;
                });
                const t = performance.now();
                await session.edit(partiesUri, range, adding ? added : '');
                const ownAt = await ownPublished;
                const allAt = await allPublished;
                if (i >= 1) {
                    own.push(ownAt - t);
                    all.push(allAt - t);
                }
            }
            log(`  edit of the parties file (a party added or removed) → its diagnostics: median ${median(own).toFixed(1)} ms of ${DEPENDENT_RUNS}`);
            log(`                                                      → every dependent's: median ${median(all).toFixed(1)} ms of ${DEPENDENT_RUNS}`);
            return { firstMs, ownMs: median(own), allMs: median(all) };
        } finally {
            await session.close();
        }
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}

// `--only=documents` or `--only=folder`: one half (while working on it).
const only = process.argv.find(arg => arg.startsWith('--only='))?.slice('--only='.length);
if (only !== 'folder') {
    const five = await singleDocumentRows(5000);
    const twenty = await singleDocumentRows(20000);
    row('edit-5k', `edit → diagnostics, 5k-line document (median of ${RUNS})`, five.editMs, 150);
    row('edit-20k', `edit → diagnostics, 20k-line document (median of ${RUNS})`, twenty.editMs, 1300);
    row('completion-20k', `completion anywhere in a 20k-line document (slowest: ${twenty.completion.where}, median of ${RUNS})`, twenty.completion.ms, 42);
}
const folder = only === 'documents' ? undefined : await dependentsRows();
if (folder) row('dependents-own', `edit a parties file with ${DEPENDENTS} dependents → its own diagnostics (median of ${DEPENDENT_RUNS})`, folder.ownMs, 750);
if (folder) row('dependents-all', `edit a parties file with ${DEPENDENTS} dependents → every dependent's diagnostics (median of ${DEPENDENT_RUNS})`, folder.allMs, 1300);
if (folder) row('first-diagnostics-1k', `server spawned on a ${DEPENDENTS + 1}-file folder → the opened file's first diagnostics (median of ${SPAWN_RUNS})`, folder.firstMs, 6800);
if (JSON_OUTPUT) console.log(JSON.stringify({ rows }));
else log('  goals: edit 25 ms (5k) / 80 ms (20k), completion 10 ms, dependents 100 ms own / 1 s all, first diagnostics 1.5 s');
