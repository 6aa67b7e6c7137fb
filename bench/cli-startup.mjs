// Start-up and wall time of the `pacta` command line, measured like hyperfine but in one Node
// process: each command runs as a child process (spawn to exit), round-robin, after one warm-up
// run each; the report gives the median, min and max, and the difference to `node -e ''` (what
// Node itself costs to start). Not a test: nothing here asserts a time.
//
//   pnpm build && node bench/cli-startup.mjs [--runs N] [--big-runs N] [--files N] [--node PATH] [--keep]
//
// --runs N       measured runs of the quick commands (default 10)
// --big-runs N   measured runs of the check of the generated workspace (default 3; 0: no workspace)
// --files N      files of the generated workspace (default 1000; bench/generate.mjs, as `pnpm bench`)
// --node PATH    the Node binary to run the commands with (default: this one)
// --keep         keep the generated workspace and print its path
// --json         print {commands: [{label, medianMs, minMs, maxMs, runs}]} on stdout instead of the table
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateWorkspace } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'apps/cli/dist/pacta.js');
const args = process.argv.slice(2);
const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const runs = Number(option('--runs', 10));
const bigRuns = Number(option('--big-runs', 3));
const files = Number(option('--files', 1000));
const node = option('--node', process.execPath);
const keep = args.includes('--keep');
const json = args.includes('--json');

if (!existsSync(cli)) {
    console.error(`${path.relative(process.cwd(), cli)} is missing: run 'pnpm build' first.`);
    process.exit(2);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'pacta-cli-bench-'));
const SMALL = `// One small, self-contained file.
state US "United States"
state MX "Mexico"
agency USTR "Office of the U.S. Trade Representative" of US

/** The U.S.–Mexico action plan on critical minerals. */
agreement us_mexico "U.S.–Mexico action plan on critical minerals" {
    kind action_plan
    parties US, MX
    announced 2026-02-04 by USTR

    commitment action_plan {
        by US, MX
        will "implement the action plan"
        due within 60 days after announced
    }
}
`;
const small = path.join(work, 'small.pacta');
writeFileSync(small, SMALL);
const commands = [
    { label: "node -e ''", argv: ['-e', ''], runs },
    { label: 'pacta --version', argv: [cli, '--version'], runs },
    { label: `pacta check small.pacta (1 file, ${SMALL.split('\n').length - 1} lines)`, argv: [cli, 'check', small], runs }
];
if (bigRuns > 0) {
    process.stderr.write(`generating a ${files.toLocaleString('en-US')}-file workspace in ${work} … `);
    const size = generateWorkspace(path.join(work, 'ws'), { files });
    const big = path.join(work, 'ws', 'pacta');
    process.stderr.write('done\n');
    commands.push({
        label: `pacta check <workspace> (${size.pacta.files.toLocaleString('en-US')} files, ${size.pacta.lines.toLocaleString('en-US')} lines)`,
        argv: [cli, 'check', big],
        runs: bigRuns
    });
}

function once(command) {
    const start = process.hrtime.bigint();
    const result = spawnSync(node, command.argv, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) {
        console.error(`'${command.label}' exited ${result.status}:\n${result.stdout}${result.stderr}`);
        process.exit(1);
    }
    command.last = (result.stdout.trim().split('\n').at(-1) ?? '').trim();
    return ms;
}

const times = new Map(commands.map(command => [command, []]));
process.stderr.write('warm-up … ');
for (const command of commands) once(command);
process.stderr.write('measuring');
const most = Math.max(...commands.map(command => command.runs));
for (let i = 0; i < most; i++) {
    for (const command of commands) {
        if (i < command.runs) times.get(command).push(once(command));
    }
    process.stderr.write('.');
}
process.stderr.write('\n\n');

const median = list => {
    const sorted = [...list].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
if (json) {
    console.log(
        JSON.stringify({
            commands: commands.map(command => {
                const list = times.get(command);
                return { label: command.label, medianMs: median(list), minMs: Math.min(...list), maxMs: Math.max(...list), runs: list.length, says: command.last };
            })
        })
    );
    rmSync(work, { recursive: true, force: true });
    process.exit(0);
}
const nodeVersion = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
const bundle = path.join(root, 'apps/cli/dist/cli.js');
const cache = spawnSync(node, ['-p', "typeof require('node:module').enableCompileCache"], { encoding: 'utf8' }).stdout.trim() === 'function';
const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
console.log(`machine: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 1048576)} MB RAM, Node ${nodeVersion} (${process.platform} ${process.arch})`);
console.log(
    `CLI: ${path.relative(process.cwd(), cli)} → dist/cli.js (${(statSync(bundle).size / 1048576).toFixed(2)} MB, one ESM bundle)${cache ? '; V8 compile cache on (Node 22.1+): the warm-up run fills it' : ''}`
);
console.log(`runs: 1 warm-up + ${runs} measured (${bigRuns} for the workspace), round-robin; wall time of each child process, spawn to exit`);
console.log('');
const width = Math.max(...commands.map(command => command.label.length));
console.log(`${'command'.padEnd(width)}  median ms   min ms   max ms  − node -e ''`);
console.log(`${'-'.repeat(width)}  ---------  -------  -------  -----------`);
const base = median(times.get(commands[0]));
for (const command of commands) {
    const list = times.get(command);
    const m = median(list);
    console.log(
        `${command.label.padEnd(width)}  ${m.toFixed(1).padStart(9)}  ${Math.min(...list)
            .toFixed(1)
            .padStart(7)}  ${Math.max(...list)
            .toFixed(1)
            .padStart(7)}  ${(m - base).toFixed(1).padStart(11)}`
    );
}
console.log('');
console.log(`pacta check small.pacta says: ${commands[2].last}`);
if (commands[3]) console.log(`pacta check <workspace> says: ${commands[3].last}`);

if (keep) console.log(`\nworkspace kept: ${work}`);
else rmSync(work, { recursive: true, force: true });
