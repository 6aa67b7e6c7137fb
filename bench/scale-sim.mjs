#!/usr/bin/env node
// "Beyond one machine" (issue 11, docs/scale.md), simulated on one machine with turbo's local cache.
// A generated corpus (bench/generate.mjs) is split into shard packages of a throw-away npm workspace
// in the temp folder: `parties` (the parties file) and shard-00…shard-NN (consecutive agreement
// files). Two turbo tasks per shard run the existing engine (the SDK): `index` (pass 1: the names and
// dates other shards may refer to, bench/scale-sim/index-shard.mjs) and `compile` (pass 2: the
// shard linked against the index of the shards it refers to, bench/scale-sim/compile-shard.mjs).
// Each pass is one `turbo run`, so pass 2's inputs (other shards' index.pacta) are hashed after
// pass 1 wrote them: an edit that leaves a shard's exports alone re-runs that shard only.
//
//   node bench/scale-sim.mjs [--files 10000] [--shards 10] [--concurrency N] [--verify] [--keep]
//
// Scenarios: cold cache; warm (nothing changed); another machine (outputs deleted, cache kept: what
// a CI runner with turbo's remote cache sees); one file edited inside an agreement (exports
// unchanged); one agreement's date changed (an export: its dependents compile again).
// --verify: also compile the whole corpus in one process and check that every shard's document is
// that document's part for the shard's files (the same elements, byte for byte, paths aside).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateWorkspace } from './generate.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TURBO = path.join(ROOT, 'node_modules/.bin/turbo');
const { values: opts } = parseArgs({
    options: {
        files: { type: 'string', default: '10000' },
        shards: { type: 'string', default: '10' },
        concurrency: { type: 'string', default: String(os.availableParallelism()) },
        verify: { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false }
    }
});
const FILES = Number(opts.files);
const SHARDS = Number(opts.shards);
// The generator's references reach at most this many agreements back (bench/generate.mjs).
const REACH = 200;

const work = mkdtempSync(path.join(os.tmpdir(), 'pacta-scale-sim-'));
const shardName = k => `shard-${String(k).padStart(2, '0')}`;
const script = name => JSON.stringify(path.join(ROOT, 'bench/scale-sim', name)).slice(1, -1);
const log = message => process.stderr.write(`scale-sim: ${message}\n`);

function layOut() {
    log(`generating ${FILES.toLocaleString('en')} files in ${work} …`);
    const corpus = path.join(work, 'corpus');
    const size = generateWorkspace(corpus, { files: FILES, forms: ['pacta'] }).pacta;
    const files = readdirSync(path.join(corpus, 'pacta'))
        .filter(f => f.startsWith('ag'))
        .sort((a, b) => Number(a.slice(2, -6)) - Number(b.slice(2, -6)));
    const per = Math.ceil(files.length / SHARDS);
    const sim = path.join(work, 'sim');
    const pkg = (dir, name, scripts) => {
        mkdirSync(path.join(dir, 'src'), { recursive: true });
        writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version: '0.0.0', private: true, scripts }, null, 2));
    };
    writeFileSync(path.join(work, 'package.json'), '{}'); // keeps npm from looking above the temp folder
    mkdirSync(sim);
    writeFileSync(path.join(sim, 'package.json'), JSON.stringify({ name: 'scale-sim', private: true, packageManager: 'npm@10.9.0', workspaces: ['shards/*'] }, null, 2));
    writeFileSync(
        path.join(sim, 'turbo.json'),
        JSON.stringify(
            { globalPassThroughEnv: ['PACTA_SIM_RSS_DIR'], tasks: { index: { inputs: ['src/**'], outputs: ['index.pacta'] }, compile: { inputs: ['src/**'], outputs: ['dist/**'] } } },
            null,
            2
        )
    );
    const parties = path.join(sim, 'shards/parties');
    pkg(parties, 'parties', { compile: `node ${script('compile-shard.mjs')}` });
    cpSync(path.join(corpus, 'pacta/parties.pacta'), path.join(parties, 'src/parties.pacta'));
    const shards = [];
    for (let k = 0; k * per < files.length; k++) {
        const mine = files.slice(k * per, (k + 1) * per);
        // The shards this one refers to: those holding the REACH agreements before its first.
        const deps = [];
        for (let j = Math.max(0, Math.floor((k * per - REACH) / per)); j < k; j++) deps.push(shardName(j));
        const dir = path.join(sim, 'shards', shardName(k));
        const context = ['../parties/src/parties.pacta', ...deps.map(d => `../${d}/index.pacta`)];
        pkg(dir, shardName(k), {
            index: `node ${script('index-shard.mjs')} ../parties/src/parties.pacta`,
            compile: `node ${script('compile-shard.mjs')} ${context.join(' ')}`
        });
        // Pass 2's inputs: its own files, the parties file and the index of every shard it refers to.
        const inputs = ['src/**', '$TURBO_ROOT$/shards/parties/src/parties.pacta', ...deps.map(d => `$TURBO_ROOT$/shards/${d}/index.pacta`)];
        writeFileSync(path.join(dir, 'turbo.json'), JSON.stringify({ extends: ['//'], tasks: { compile: { inputs } } }, null, 2));
        for (const f of mine) renameSync(path.join(corpus, 'pacta', f), path.join(dir, 'src', f));
        shards.push({ name: shardName(k), dir, files: mine, deps });
    }
    return { sim, size, shards };
}

/** One `turbo run <task>`: wall time, tasks run and tasks from the cache. */
function turbo(sim, task, rssDir) {
    const t = performance.now();
    const run = spawnSync(TURBO, ['run', task, '--cache-dir', '.turbo-cache', `--concurrency=${opts.concurrency}`, '--output-logs=errors-only'], {
        cwd: sim,
        encoding: 'utf8',
        env: { ...process.env, PACTA_SIM_RSS_DIR: rssDir, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1', DO_NOT_TRACK: '1', NO_COLOR: '1' }
    });
    const ms = performance.now() - t;
    const out = run.stdout + run.stderr;
    const m = /Cached:\s+(\d+) cached, (\d+) total/.exec(out);
    if (run.status !== 0 || !m) throw new Error(`turbo run ${task} failed (${run.status}):\n${out.slice(-4000)}`);
    return { ms, cached: Number(m[1]), total: Number(m[2]) };
}

function scenario(sim, name, change) {
    change?.();
    const rssDir = mkdtempSync(path.join(work, 'rss-'));
    const index = turbo(sim, 'index', rssDir);
    const compile = turbo(sim, 'compile', rssDir);
    // The largest peak RSS of the tasks that ran (cache hits run nothing).
    const peaks = readdirSync(rssDir).map(f => Number(readFileSync(path.join(rssDir, f), 'utf8')));
    const row = { name, index, compile, ms: index.ms + compile.ms, peakMB: peaks.length ? Math.max(...peaks) : undefined };
    log(`${name}: ${(row.ms / 1000).toFixed(1)} s (index ${index.total - index.cached} run / ${index.cached} cached, compile ${compile.total - compile.cached} run / ${compile.cached} cached)`);
    return row;
}

const { sim, size, shards } = layOut();
// The shard edited: one in the middle that another shard refers to.
const mid = shards[Math.floor((shards.length - 1) / 2)];
const lastOfMid = path.join(mid.dir, 'src', mid.files.at(-1));
const rows = [
    scenario(sim, 'cold: empty cache'),
    scenario(sim, 'warm: nothing changed'),
    scenario(sim, 'another machine: outputs deleted, cache kept', () => {
        for (const s of shards) {
            rmSync(path.join(s.dir, 'dist'), { recursive: true, force: true });
            rmSync(path.join(s.dir, 'index.pacta'), { force: true });
        }
        rmSync(path.join(sim, 'shards/parties/dist'), { recursive: true, force: true });
    }),
    scenario(sim, `one file edited, exports unchanged (${mid.name})`, () => {
        const text = readFileSync(lastOfMid, 'utf8');
        writeFileSync(lastOfMid, text.replace(/ (will|shall|may|intends to) "/, ' $1 "(revised) '));
    }),
    scenario(sim, `one agreement's in_force date moved, an export (${mid.name})`, () => {
        const text = readFileSync(lastOfMid, 'utf8');
        writeFileSync(
            lastOfMid,
            text.replace(/in_force (\d{4}-\d\d-\d\d)/, (_, d) => `in_force ${new Date(Date.parse(d) + 86_400_000).toISOString().slice(0, 10)}`)
        );
    })
];

const report = [
    `Corpus: ${FILES.toLocaleString('en')} files, ${size.lines.toLocaleString('en')} lines, in ${shards.length} shards of ≤ ${shards[0].files.length} files + parties; turbo ${spawnSync(TURBO, ['--version'], { encoding: 'utf8' }).stdout.trim()}, --concurrency=${opts.concurrency}, local cache; ${os.cpus().length} cores, load ${os
        .loadavg()
        .map(l => l.toFixed(2))
        .join(', ')} at the end.`,
    '',
    '| scenario | pass 1 `turbo run index` | pass 2 `turbo run compile` | total | largest peak RSS of a task run |',
    '|---|---|---|---|---|',
    ...rows.map(
        r =>
            `| ${r.name} | ${(r.index.ms / 1000).toFixed(1)} s, ${r.index.total - r.index.cached} run / ${r.index.cached} cached | ${(r.compile.ms / 1000).toFixed(1)} s, ${r.compile.total - r.compile.cached} run / ${r.compile.cached} cached | ${(r.ms / 1000).toFixed(1)} s | ${r.peakMB ? `${Math.round(r.peakMB)} MB` : '—'} |`
    )
];
if (opts.verify) report.push('', verify());
console.log(report.join('\n'));
if (opts.keep) log(`kept: ${work}`);
else rmSync(work, { recursive: true, force: true });

/** The whole corpus in one process (pacta compile's SDK call), against the shards' documents. */
function verify() {
    log('verify: the whole corpus in one process …');
    const all = path.join(work, 'all');
    mkdirSync(all);
    cpSync(path.join(sim, 'shards/parties/src/parties.pacta'), path.join(all, 'parties.pacta'));
    for (const s of shards) for (const f of s.files) cpSync(path.join(s.dir, 'src', f), path.join(all, f));
    const out = path.join(work, 'all.json');
    const rssFile = path.join(work, 'all.maxrss');
    const t = performance.now();
    const run = spawnSync(
        process.execPath,
        ['--max-old-space-size=8192', '--import', path.join(ROOT, 'bench/goals/peak-rss.mjs'), path.join(ROOT, 'apps/cli/dist/pacta.js'), 'compile', all, '--compact', '-o', out],
        { encoding: 'utf8', env: { ...process.env, PACTA_BENCH_RSS_FILE: rssFile } }
    );
    const ms = performance.now() - t;
    if (run.status !== 0) return `Verify: the one-process compile failed (${run.status}): ${run.stderr.slice(-2000)}`;
    const whole = JSON.parse(readFileSync(out, 'utf8'));
    const key = item => JSON.stringify({ ...item, location: item.location && { ...item.location, file: path.basename(item.location.file) } });
    let compared = 0;
    const mismatches = [];
    for (const s of [...shards, { name: 'parties', dir: path.join(sim, 'shards/parties'), files: ['parties.pacta'] }]) {
        const doc = JSON.parse(readFileSync(path.join(s.dir, 'dist/shard.json'), 'utf8'));
        const mine = new Set(s.files);
        for (const [k, list] of Object.entries(whole)) {
            if (!Array.isArray(list)) continue;
            const expected = list.filter(i => i.location && mine.has(path.basename(i.location.file))).map(key);
            const got = (doc[k] ?? []).filter(i => i.location).map(key);
            compared += expected.length;
            if (expected.join('\n') !== got.join('\n')) mismatches.push(`${s.name}.${k}`);
        }
    }
    const peak = Math.round(Number(readFileSync(rssFile, 'utf8')) / 1024);
    return `Verify: one process (\`pacta compile\`, --max-old-space-size=8192) compiled the whole corpus in ${(ms / 1000).toFixed(1)} s, peak RSS ${peak} MB; ${compared.toLocaleString('en')} elements compared with the shards' documents: ${mismatches.length ? `MISMATCH in ${mismatches.join(', ')}` : 'identical'}.`;
}
