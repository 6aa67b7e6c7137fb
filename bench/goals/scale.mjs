// Rows "100k files, pacta check / pacta compile --out-dir": the built CLI on a generated workspace of
// 100,000 files (bench/generate.mjs, .pacta only), each command in its own process with its peak RSS,
// against the same command on the 1,000-file workspace in the same run (time per file, ratio).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateWorkspace } from '../generate.mjs';
import { failure, runNode } from './child.mjs';
import { int, mb, missing, ms, status, times } from './row.mjs';

const GOAL = 'completes, peak RSS ≤ 2 GB, time/file ≤ 1.3× the small run';
const COMMANDS = [
    { id: 'scale-check', what: 'pacta check of a large folder', argv: dir => ['check', dir] },
    { id: 'scale-compile', what: 'pacta compile --out-dir of a large folder', argv: (dir, out) => ['compile', dir, '--out-dir', out] }
];
const CLI = 'apps/cli/dist/pacta.js';

export async function scaleRows({ files, baseFiles, log }) {
    const work = mkdtempSync(path.join(os.tmpdir(), 'pacta-bench-scale-'));
    try {
        const sizes = {};
        for (const n of [baseFiles, files]) {
            log(`scale: generating ${int(n)} files …`);
            sizes[n] = generateWorkspace(path.join(work, String(n)), { files: n, forms: ['pacta'] }).pacta;
        }
        const rows = [];
        for (const command of COMMANDS) {
            const result = {};
            for (const n of [baseFiles, files]) {
                log(`scale: ${command.argv('<' + n + ' files>', '<out>').join(' ')} …`);
                const out = path.join(work, `out-${command.id}-${n}`);
                const run = await runNode([CLI, ...command.argv(path.join(work, String(n), 'pacta'), out)], { peakRss: true });
                rmSync(out, { recursive: true, force: true });
                result[n] = { ...run, completed: run.status === 0 && run.peakRssMB !== undefined, msPerFile: run.ms / n };
                log(`scale: ${n} files: ${result[n].completed ? `${ms(run.ms)}, peak RSS ${mb(run.peakRssMB)}` : `did not complete after ${ms(run.ms)} (${failure(run)})`}`);
            }
            const r = row(command, result[baseFiles], result[files], sizes, baseFiles, files);
            // The issue's row is 100,000 files: a smaller run says so beside its status.
            if (files < 100_000) r.note = `measured on ${int(files)} files; the issue's row is 100,000 files: \`pnpm bench --huge\``;
            rows.push(r);
        }
        return rows;
    } finally {
        rmSync(work, { recursive: true, force: true });
    }
}

function row(command, base, large, sizes, baseFiles, files) {
    const input = `${int(files)} files (${int(sizes[files].lines)} lines) vs ${int(baseFiles)}`;
    const data = {
        files,
        baseFiles,
        completed: large.completed,
        ms: large.ms,
        peakRssMB: large.peakRssMB,
        baseMs: base.ms,
        basePeakRssMB: base.peakRssMB,
        status: large.status,
        signal: large.signal
    };
    if (!base.completed) {
        return { ...missing(command.id, command.what, GOAL, `the ${int(baseFiles)}-file run failed (${failure(base)})`, 'failed'), input, data };
    }
    const baseline = `${ms(base.msPerFile)}/file (${ms(base.ms)}, ${mb(base.peakRssMB)}) at ${int(baseFiles)} files`;
    if (!large.completed) {
        return {
            id: command.id,
            what: command.what,
            input,
            measured: `did not complete after ${ms(large.ms)} (${failure(large)})`,
            baseline,
            ratio: '—',
            goal: GOAL,
            status: 'NOT met',
            data
        };
    }
    const ratio = large.msPerFile / base.msPerFile;
    return {
        id: command.id,
        what: command.what,
        input,
        measured: `${ms(large.msPerFile)}/file (${ms(large.ms)}), peak RSS ${mb(large.peakRssMB)}`,
        baseline,
        ratio: `${times(ratio)} time/file`,
        goal: GOAL,
        status: status(ratio <= 1.3 && large.peakRssMB <= 2048),
        data: { ...data, ratio }
    };
}
