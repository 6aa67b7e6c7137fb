// The editor rows: the bundled language server over LSP, measured by the scripts in
// apps/vscode/bench (owned with the server). Contract: `node apps/vscode/bench/<script>.mjs --json`
// prints one JSON object `{rows: [{id, label, value, unit, baseline?, baselineLabel?}]}` on stdout.
// Every script there that names the option '--json' is run so (and with '--quick' in quick mode if it
// names that too); rows are picked by id. A row no script gives is "not measured". Until
// latency.mjs speaks JSON, its text output gives the 5k-line edit row.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, failure, lastJson, runNode } from './child.mjs';
import { missing, ms, status, times } from './row.mjs';

const DIR = path.join(ROOT, 'apps/vscode/bench');
export const EDITOR_ROWS = [
    { id: 'edit-5k', what: 'edit → diagnostics, 5k-line document', goalMs: 25 },
    { id: 'edit-20k', what: 'edit → diagnostics, 20k-line document', goalMs: 80 },
    { id: 'completion-20k', what: 'completion anywhere in a 20k-line document', goalMs: 10 },
    { id: 'dependents-own', what: 'edit a file with 999 dependents → its own diagnostics', goalMs: 100 },
    { id: 'dependents-all', what: 'edit a file with 999 dependents → all diagnostics', goalMs: 1000 },
    { id: 'first-diagnostics-1k', what: "opened file's first diagnostics, server spawned on a 1k-file folder", goalMs: 1500 }
];

export async function editorRows({ quick, log }) {
    const found = new Map();
    const problems = [];
    if (!existsSync(path.join(ROOT, 'apps/vscode/dist/server.js'))) problems.push('apps/vscode/dist/server.js is missing (pnpm build)');
    for (const script of problems.length ? [] : scripts()) {
        const source = readFileSync(path.join(DIR, script), 'utf8');
        // Scripts name their options as strings ('--json'); modules of shared helpers do not.
        const speaksJson = /['"`]--json['"`]/.test(source);
        if (!speaksJson && script !== 'latency.mjs') continue;
        const args = [...(speaksJson ? ['--json'] : []), ...(quick && /['"`]--quick['"`]/.test(source) ? ['--quick'] : [])];
        log(`editor: node apps/vscode/bench/${script} ${args.join(' ')} …`);
        const run = await runNode([path.join('apps/vscode/bench', script), ...args], {
            env: quick ? { PACTA_BENCH_QUICK: '1' } : {},
            timeoutMs: 15 * 60_000
        });
        if (run.status !== 0) {
            problems.push(`${script}: ${failure(run)}`);
            continue;
        }
        const rows = speaksJson ? lastJson(run.stdout)?.rows : fromLatencyText(run.stdout);
        if (!Array.isArray(rows)) problems.push(`${script}: no {rows: […]} on stdout`);
        for (const r of rows ?? []) if (r && typeof r.id === 'string' && typeof r.value === 'number') found.set(r.id, { ...r, script });
    }
    return EDITOR_ROWS.map(spec => {
        const goal = `≤ ${spec.goalMs} ms`;
        const r = found.get(spec.id);
        if (!r) return missing(spec.id, spec.what, goal, problems.length ? problems.join('; ') : 'no script in apps/vscode/bench gives this row yet');
        const hasBaseline = typeof r.baseline === 'number';
        return {
            id: spec.id,
            what: spec.what,
            input: r.label ?? spec.what,
            measured: r.unit === 'ms' || !r.unit ? ms(r.value) : `${r.value} ${r.unit}`,
            baseline: hasBaseline ? `${ms(r.baseline)} ${r.baselineLabel ?? ''}`.trim() : '—',
            ratio: hasBaseline && r.baseline > 0 ? times(r.value / r.baseline) : '—',
            goal,
            status: status(r.value <= spec.goalMs),
            note: `apps/vscode/bench/${r.script}`,
            data: r
        };
    });
}

function scripts() {
    try {
        return readdirSync(DIR)
            .filter(name => name.endsWith('.mjs'))
            .sort();
    } catch {
        return [];
    }
}

/** latency.mjs before it printed JSON: "— 5000 lines …" and "edit → diagnostics: median 150.0 ms". */
function fromLatencyText(text) {
    const lines = Number(/— (\d+) lines/.exec(text)?.[1]);
    const edit = Number(/edit → diagnostics:\s+median ([\d.]+) ms/.exec(text)?.[1]);
    if (!Number.isFinite(edit) || !(lines >= 4500 && lines <= 5500)) return [];
    return [{ id: 'edit-5k', label: `${lines}-line document, median of 20 (latency.mjs text output)`, value: edit, unit: 'ms' }];
}
