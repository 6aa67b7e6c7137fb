#!/usr/bin/env node
// The size sweep: shapes of input that once cost more than linear time or memory, each compiled at
// growing sizes, one fresh Node process per size. Prints time, peak RSS and JSON bytes per size, and
// for each shape the cost per unit at its largest size over that at its smallest (1.0 is linear).
// Not a test: nothing here fails on time.
//
//   node bench/shapes.mjs [--shape lines,big-file,long-chain,deep-nesting,copies] [--quick | --sizes N,N] [--json]
//   node bench/shapes.mjs --child <shape> --size N        (internal)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** One agreement of about 700 bytes (the robustness test's block): events, commitments, a mechanism, a relation. */
function agreement(i) {
    return `
/** Agreement number ${i}, padded with a description to make the file realistically large. */
agreement a${i} "Agreement ${i} on critical minerals, their mining, refining, processing and recycling" {
  kind framework
  binding
  parties US, JP, MX
  lead USTR
  resources critical_minerals, rare_earths, lithium, cobalt, nickel
  sectors "mining", "refining", "processing", "recycling"
  announced 2026-02-04
  signed 2026-02-10
  in_force 60 days after signed
  review joint_review on the 6th anniversary of in_force
  expiry the 16th anniversary of in_force
  commitment mou { by US, JP shall "finalize a memorandum of understanding on projects" due within 30 days after announced status pending }
  commitment plan { by USTR, MX will "implement the action plan" due 2 months after mou }
  mechanism fund: investment_fund { status agreed parties US, JP amount up to ${i}.25 billion USD each note "co-investment" }
  mechanism floor: price_floor { status exploring parties US, JP, MX }
  ${i > 0 ? `builds_on a${i - 1}` : ''}
}
`;
}

/** Each shape: the sizes swept, what a unit is, and the sources of one size. */
const SHAPES = {
    'big-file': {
        unit: 'MB',
        sizes: [1, 2.5, 5],
        quick: [0.5, 1],
        sources(mb) {
            const chunks = ['state US "United States"\nstate JP "Japan"\nstate MX "Mexico"\nagency USTR "USTR" of US\n'];
            let bytes = chunks[0].length;
            for (let i = 0; bytes < mb * 1_000_000; i++) {
                chunks.push(agreement(i));
                bytes += chunks.at(-1).length;
            }
            return { 'big.pacta': chunks.join('') };
        }
    },
    lines: {
        // The goals table's "one file of 1k / 10k / 100k lines": the big-file block, counted in lines.
        unit: 'line',
        sizes: [1000, 10000, 100000],
        quick: [1000, 4000],
        sources(n) {
            const chunks = ['state US "United States"\nstate JP "Japan"\nstate MX "Mexico"\nagency USTR "USTR" of US\n'];
            let lines = 4;
            for (let i = 0; lines < n; i++) {
                chunks.push(agreement(i));
                lines += chunks.at(-1).split('\n').length - 1;
            }
            return { 'lines.pacta': chunks.join('') };
        }
    },
    'long-chain': {
        unit: 'link',
        sizes: [1000, 2000, 5000, 10000],
        quick: [1000, 2000],
        sources(n) {
            const lines = Array.from({ length: n }, (_, i) => `  commitment c${i} { by US will "x" due ${i === 0 ? '2026-01-01' : `1 day after c${i - 1}`} }`);
            return { 'chain.pacta': `state US "United States"\nagreement a "A" {\n  parties US\n${lines.join('\n')}\n}\n` };
        }
    },
    'deep-nesting': {
        unit: 'level',
        sizes: [500, 5000, 50000],
        quick: [500, 5000],
        sources(depth) {
            const expr = 'earliest of ('.repeat(depth) + 'signed' + ', announced)'.repeat(depth);
            return { 'deep.pacta': `state US "United States"\nagreement a "A" {\n  parties US\n  announced 2026-02-04\n  signed 2026-02-10\n  commitment c { by US will "x" due ${expr} }\n}\n` };
        }
    },
    copies: {
        unit: 'copy',
        sizes: [50, 100, 200],
        quick: [25, 50],
        sources(n) {
            const dir = `${ROOT}examples/critical-minerals-2026/`;
            const one = fs.readFileSync(`${dir}eu-critical-raw-materials-act.pacta`, 'utf8');
            return { 'copies.pacta': Array.from({ length: n }, () => one).join('\n'), 'parties.pacta': fs.readFileSync(`${dir}parties.pacta`, 'utf8') };
        }
    }
};

const { values: opts } = parseArgs({
    options: {
        shape: { type: 'string', default: Object.keys(SHAPES).join(',') },
        quick: { type: 'boolean', default: false },
        sizes: { type: 'string' },
        json: { type: 'boolean', default: false },
        child: { type: 'string' },
        size: { type: 'string' }
    }
});

if (opts.child) {
    // Imported here only: the parent process never loads the SDK.
    const { compileSources } = await import('@pacta/sdk');
    const sources = SHAPES[opts.child].sources(Number(opts.size));
    const inputBytes = Object.values(sources).reduce((sum, text) => sum + text.length, 0);
    const inputLines = Object.values(sources).reduce((sum, text) => sum + text.split('\n').length - 1, 0);
    // A warm-up compile of a tiny file first: the timed compile pays for the input, not for
    // creating the services and loading the built-in library (which would flatter the larger sizes).
    await compileSources({ 'warm-up.pacta': 'state US "United States"\n' });
    const start = performance.now();
    const result = await compileSources(sources);
    const ms = performance.now() - start;
    const codes = {};
    for (const d of result.diagnostics) codes[d.code] = (codes[d.code] ?? 0) + 1;
    process.stdout.write(JSON.stringify({ ms, inputBytes, inputLines, jsonBytes: result.json.length, maxRssMB: process.resourceUsage().maxRSS / 1024, codes }) + '\n');
} else {
    const report = [];
    for (const name of opts.shape.split(',')) {
        const shape = SHAPES[name];
        if (!shape) {
            console.error(`shapes: no shape '${name}' (${Object.keys(SHAPES).join(', ')})`);
            process.exit(2);
        }
        const rows = [];
        const sizes = opts.sizes ? opts.sizes.split(',').map(Number) : opts.quick ? shape.quick : shape.sizes;
        for (const size of sizes) {
            const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', name, '--size', String(size)], {
                encoding: 'utf8',
                maxBuffer: 1 << 20,
                stdio: ['ignore', 'pipe', 'inherit']
            });
            const row = { size, ...JSON.parse(out.trim().split('\n').pop()) };
            rows.push(row);
            if (!opts.json) {
                const codes =
                    Object.entries(row.codes)
                        .map(([c, n]) => `${n} ${c}`)
                        .join(', ') || 'no findings';
                console.log(
                    `${name.padEnd(12)} ${String(size).padStart(6)} ${shape.unit.padEnd(5)} ${(row.inputBytes / 1e6).toFixed(2).padStart(6)} MB in  `
                        + `${(row.ms / 1000).toFixed(2).padStart(7)} s  ${Math.round(row.maxRssMB).toString().padStart(5)} MB RSS  `
                        + `${(row.jsonBytes / 1e6).toFixed(2).padStart(7)} MB JSON  ${codes}`
                );
            }
        }
        const [first, last] = [rows[0], rows.at(-1)];
        const growth = last.ms / last.size / (first.ms / first.size);
        report.push({ shape: name, unit: shape.unit, rows, timePerUnitGrowth: growth, jsonPerUnitGrowth: last.jsonBytes / last.size / (first.jsonBytes / first.size) });
        if (!opts.json)
            console.log(
                `${name.padEnd(12)} time per ${shape.unit} at ${last.size} / at ${first.size}: ${growth.toFixed(2)} (1.00 is linear); JSON per ${shape.unit}: ${report.at(-1).jsonPerUnitGrowth.toFixed(2)}\n`
            );
    }
    if (opts.json) console.log(JSON.stringify(report, null, 2));
}
