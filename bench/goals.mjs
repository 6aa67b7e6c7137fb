#!/usr/bin/env node
// `pnpm bench`: every row of issue 11's goals table, each beside its baseline measured in the same
// run, with the goal and met / NOT met. Prints the table (Markdown) and writes it to
// bench/results/latest.md and latest.json. Never fails on time; exits 1 only if a part crashed.
//
//   node bench/goals.mjs [--quick] [--huge] [--only compile,scale,sweep,editor,startup] [--out DIR] [--no-write]
//
// --quick    small sizes, one run each (CI): prints the table, writes nothing unless --out is given
// --huge     the scale rows on the 100,000 files (≈10M lines; opt-in: 6 to 20 minutes here);
//            without it a full run measures them on 10,000 files (≈1M lines, a few minutes)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './goals/child.mjs';
import { compileRows } from './goals/compile.mjs';
import { editorRows } from './goals/editor.mjs';
import { scaleRows } from './goals/scale.mjs';
import { startupRow } from './goals/startup.mjs';
import { sweepRows } from './goals/sweep.mjs';
import { environment, loadAverage, renderMarkdown } from './goals/table.mjs';

const GROUPS = ['compile', 'scale', 'sweep', 'editor', 'startup'];
const { values: opts } = parseArgs({
    options: {
        quick: { type: 'boolean', default: false },
        huge: { type: 'boolean', default: false },
        only: { type: 'string', default: GROUPS.join(',') },
        out: { type: 'string' },
        'no-write': { type: 'boolean', default: false }
    }
});

/** Sizes per mode. Full: the sizes (the scale rows: 10,000 files, 100,000 with --huge). Quick: the same rows on inputs small enough for CI. */
const SIZES = opts.quick
    ? { compile: { files: 200, runs: 1 }, scale: { files: 400, baseFiles: 100 }, sweep: { lines: [1000, 4000], links: [500, 2000] }, startup: { runs: 3 } }
    : { compile: { files: 1000, runs: 5 }, scale: { files: 10_000, baseFiles: 1000 }, sweep: { lines: [1000, 10_000, 100_000], links: [1000, 10_000] }, startup: { runs: 10 } };
if (opts.huge) SIZES.scale = { files: 100_000, baseFiles: 1000 };

const only = new Set(opts.only.split(','));
const started = performance.now();
const log = message => process.stderr.write(`bench: [${Math.round((performance.now() - started) / 1000)} s, load ${loadAverage()}] ${message}\n`);
const env = environment();
const loadBefore = loadAverage();
const rows = [];

if (only.has('compile')) {
    log(`compileFolder vs js-yaml + ajv, ${SIZES.compile.files} files, ${SIZES.compile.runs} run(s) …`);
    rows.push(...(await compileRows(SIZES.compile)));
}
if (only.has('scale')) rows.push(...(await scaleRows({ ...SIZES.scale, log })));
if (only.has('sweep')) {
    log(`size sweep: one file of ${SIZES.sweep.lines.join(' / ')} lines, chains of ${SIZES.sweep.links.join(' / ')} links …`);
    rows.push(...(await sweepRows(SIZES.sweep)));
}
if (only.has('editor')) rows.push(...(await editorRows({ quick: opts.quick, log })));
if (only.has('startup')) {
    log('CLI start …');
    rows.push(await startupRow(SIZES.startup));
}

const report = { env, mode: opts.quick ? 'quick' : 'full', huge: opts.huge, loadBefore, loadAfter: loadAverage(), seconds: (performance.now() - started) / 1000, rows };
const markdown = renderMarkdown(report);
process.stdout.write(markdown);

const outDir = opts.out ?? (opts.quick || opts['no-write'] ? undefined : path.join(ROOT, 'bench/results'));
if (outDir) {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'latest.md'), markdown);
    writeFileSync(path.join(outDir, 'latest.json'), JSON.stringify(report, null, 2) + '\n');
    log(`written: ${path.relative(process.cwd(), path.join(outDir, 'latest.md'))} and latest.json`);
}
process.exitCode = rows.some(r => r.status === 'failed') ? 1 : 0;
