#!/usr/bin/env node
// Pacta compile benchmark. Generates a workspace (same content as .pacta, .yaml and .json), then times
// in one process: (a) the SDK's compileFolder, (b) js-yaml + ajv, (c) JSON.parse + ajv, (d) JSON.parse.
// Peak memory of each variant is measured in its own child process (one cold run), so peaks do not mix.
//
//   node bench/run.mjs [--files 1000] [--lines 100] [--runs 5] [--seed N] [--json] [--keep] [--phases]
//                      [--only sdk,yaml,json,parse]
//   node bench/run.mjs --child <sdk|yaml|json|parse> --dir <workspace>     (internal)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generateWorkspace } from './generate.mjs';
import { VARIANTS } from './variants.mjs';
import { measurePhases } from './phases.mjs';

// A full garbage collection between measured runs, so no run pays for the garbage of the one before.
v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const GOAL_RATIO = 3;
const GOAL_MB = 300;
const ALL = ['sdk', 'yaml', 'json', 'parse'];

const { values: opts } = parseArgs({
    options: {
        files: { type: 'string', default: '1000' },
        lines: { type: 'string', default: '100' },
        runs: { type: 'string', default: '5' },
        seed: { type: 'string', default: '20260204' },
        json: { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false },
        only: { type: 'string', default: ALL.join(',') },
        phases: { type: 'boolean', default: false },
        child: { type: 'string' },
        dir: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false }
    }
});

const positive = name => {
    const n = Number(opts[name]);
    if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a positive integer, got '${opts[name]}'`);
    return n;
};
function fail(message) {
    console.error(`bench: ${message}`);
    process.exit(2);
}

if (opts.help) {
    console.log(
        fs
            .readFileSync(fileURLToPath(import.meta.url), 'utf8')
            .split('\n')
            .slice(1, 8)
            .map(l => l.replace(/^\/\/ ?/, ''))
            .join('\n')
    );
    process.exit(0);
}
if (opts.child) {
    await child(opts.child, opts.dir);
} else {
    await main();
}

/** One cold run of one variant in this (fresh) process; prints its time and this process's peak RSS as JSON. */
async function child(name, dir) {
    if (name === 'phases') {
        // A warm-up compile, then three compiles phase by phase (a full collection before each); medians per phase.
        await VARIANTS.sdk.run(dir);
        const rounds = [];
        for (let i = 0; i < 3; i++) {
            gc();
            rounds.push(await measurePhases(dir));
        }
        const phases = rounds[0].phases.map((phase, i) =>
            Object.fromEntries(Object.keys(phase).map(key => [key, typeof phase[key] === 'number' ? median(rounds.map(r => r.phases[i][key])) : phase[key]]))
        );
        process.stdout.write(JSON.stringify({ ...rounds[0], phases }) + '\n');
        return;
    }
    const variant = VARIANTS[name];
    if (!variant || !dir) fail('--child needs a variant (sdk, yaml, json, parse) and --dir');
    const start = performance.now();
    const summary = await variant.run(dir);
    const ms = performance.now() - start;
    const usage = process.resourceUsage();
    process.stdout.write(
        JSON.stringify({
            variant: name,
            ms,
            errors: summary.errors,
            maxRssMB: usage.maxRSS / 1024,
            heapUsedMB: process.memoryUsage().heapUsed / 2 ** 20
        }) + '\n'
    );
}

function runChild(name, workspace) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', name, '--dir', workspace], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
        stdio: ['ignore', 'pipe', 'inherit']
    });
    return JSON.parse(out.trim().split('\n').pop());
}

function median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

async function main() {
    const files = positive('files');
    const lines = positive('lines');
    const runs = positive('runs');
    const seed = positive('seed');
    const ORDER = ALL.filter(n => opts.only.split(',').includes(n));
    if (!ORDER.includes('yaml')) fail('--only must include yaml, the baseline of the ratios');
    const log = opts.json ? () => {} : (...a) => console.error(...a);
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'pacta-bench-'));
    let exitCode = 0;
    try {
        log(`generating ${files} files of ~${lines} lines in ${workspace} ...`);
        const size = generateWorkspace(workspace, { files, lines, seed });

        let sdkCheck;
        // Warm-up, one run each, and a check that every variant sees valid input.
        for (const name of ORDER) {
            const summary = await VARIANTS[name].run(workspace);
            if (summary.errors > 0) {
                console.error(`bench: ${VARIANTS[name].label} reports ${summary.errors} error(s) on the generated workspace; the benchmark would be meaningless.`);
                const first = name === 'sdk' ? summary.result.diagnostics.filter(d => d.severity === 'error').slice(0, 10) : summary.firstErrors;
                console.error(JSON.stringify(first, null, 2));
                exitCode = 1;
                return;
            }
            if (name === 'sdk') {
                sdkCheck = { errors: summary.errors, warnings: summary.warnings, jsonBytes: summary.result.json.length };
                log(`SDK: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.result.json.length} bytes of JSON`);
            }
        }

        // Measured runs, round-robin so that drift (thermal, other load) hits every variant alike.
        const times = Object.fromEntries(ORDER.map(n => [n, []]));
        for (let r = 0; r < runs; r++) {
            for (const name of ORDER) {
                gc();
                const start = performance.now();
                await VARIANTS[name].run(workspace);
                times[name].push(performance.now() - start);
            }
            log(`run ${r + 1}/${runs}: ${ORDER.map(n => `${n} ${times[n][r].toFixed(0)} ms`).join(', ')}`);
        }

        // Peak memory: each variant alone in a fresh process.
        const memory = {};
        for (const name of ORDER) {
            memory[name] = runChild(name, workspace);
        }

        // Optional: one more (warm) compile, phase by phase, to show where the SDK's time goes.
        const phases = opts.phases && ORDER.includes('sdk') ? runChild('phases', workspace) : undefined;

        const baseline = median(times.yaml);
        const rows = ORDER.map(name => ({
            variant: name,
            label: VARIANTS[name].label,
            medianMs: median(times[name]),
            minMs: Math.min(...times[name]),
            linesPerSec: size.pacta.lines / (median(times[name]) / 1000),
            ratioToYaml: median(times[name]) / baseline,
            peakRssMB: memory[name].maxRssMB,
            coldMs: memory[name].ms
        }));
        const sdkRow = rows.find(r => r.variant === 'sdk');
        const report = {
            machine: { cpu: os.cpus()[0]?.model?.trim(), cores: os.cpus().length, node: process.version, platform: `${os.platform()} ${os.arch()}`, totalMemMB: Math.round(os.totalmem() / 2 ** 20) },
            input: { files, linesPerFile: lines, seed, pacta: size.pacta, yaml: size.yaml, json: size.json },
            runs,
            sdk: sdkCheck,
            rows,
            phases,
            goals: sdkRow && {
                speed: { goal: `SDK within ${GOAL_RATIO}× of js-yaml + ajv`, ratio: sdkRow.ratioToYaml, met: sdkRow.ratioToYaml <= GOAL_RATIO },
                memory: { goal: `peak memory under ${GOAL_MB} MB`, sdkPeakRssMB: sdkRow.peakRssMB, met: sdkRow.peakRssMB < GOAL_MB }
            },
            workspace: opts.keep ? workspace : undefined,
            command: `node bench/run.mjs ${process.argv.slice(2).join(' ')}`.trim()
        };
        if (opts.json) {
            console.log(JSON.stringify(report, null, 2));
        } else {
            printReport(report);
        }
    } finally {
        if (opts.keep) {
            console.error(`workspace kept: ${workspace}`);
        } else {
            fs.rmSync(workspace, { recursive: true, force: true });
        }
        process.exitCode = exitCode;
    }
}

function printReport({ machine, input, runs, sdk, rows, goals, phases }) {
    const int = n => Math.round(n).toLocaleString('en-US');
    const fmt = (n, d = 1) => n.toFixed(d);
    const out = [];
    out.push(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.totalMemMB} MB RAM, Node ${machine.node} (${machine.platform})`);
    for (const form of ['pacta', 'yaml', 'json']) {
        const s = input[form];
        out.push(`input ${form.padEnd(5)}: ${int(s.files)} files, ${int(s.lines)} lines, ${int(s.bytes)} bytes`);
    }
    if (sdk) out.push(`SDK result: ${sdk.errors} errors, ${sdk.warnings} warnings, ${int(sdk.jsonBytes)} bytes of JSON`);
    out.push(`runs: 1 warm-up + ${runs} measured per variant (round-robin); lines/s counts .pacta lines (same content in every form)`);
    out.push('');
    const head = ['variant', 'median ms', 'min ms', 'lines/s', '× (b)', 'peak RSS MB*'];
    const table = rows.map(r => [r.label, fmt(r.medianMs), fmt(r.minMs), int(r.linesPerSec), fmt(r.ratioToYaml, 2), fmt(r.peakRssMB, 0)]);
    const widths = head.map((h, i) => Math.max(h.length, ...table.map(row => row[i].length)));
    const line = row => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
    out.push(line(head), widths.map(w => '-'.repeat(w)).join('  '), ...table.map(line));
    out.push('* peak RSS: process.resourceUsage().maxRSS of a separate Node process that runs only that variant, once, cold');
    if (goals) {
        out.push('');
        out.push(`goal: ${goals.speed.goal} — SDK is ${fmt(goals.speed.ratio, 2)}× — ${goals.speed.met ? 'MET' : 'NOT MET'}`);
        out.push(`goal: ${goals.memory.goal} — SDK peak RSS ${fmt(goals.memory.sdkPeakRssMB, 0)} MB — ${goals.memory.met ? 'MET' : 'NOT MET'}`);
    }
    if (phases) {
        const gcTotal = phases.phases.reduce((sum, p) => sum + p.gcMs, 0);
        const total = phases.phases.reduce((sum, p) => sum + p.ms, 0);
        out.push('', `SDK phases (separate process; the steps of the SDK's compile.ts with a clock around each; median of 3 warm compiles):`);
        for (const p of phases.phases) {
            out.push(
                `  ${p.name.padEnd(56)} ${fmt(p.ms, 0).padStart(6)} ms  ${fmt((100 * p.ms) / total, 0).padStart(3)}%   of which GC ${fmt(p.gcMs, 0).padStart(4)} ms   heap after ${fmt(p.heapMB, 0).padStart(4)} MB, RSS ${fmt(p.rssMB, 0).padStart(4)} MB`
            );
        }
        out.push(`  ${'total'.padEnd(56)} ${fmt(total, 0).padStart(6)} ms  100%   of which GC ${fmt(gcTotal, 0).padStart(4)} ms`);
    }
    console.log(out.join('\n'));
}
