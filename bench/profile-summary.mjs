#!/usr/bin/env node
// Summarizes V8 CPU profiles (`node --cpu-prof`, *.cpuprofile): where the samples fall, by function
// (self time) and by package or file (self time), so a row of bench/README.md can say where its time goes.
//
//   node bench/profile-summary.mjs <file.cpuprofile | folder> [--top 25]
//
// A folder: every .cpuprofile in it, added up (e.g. the profiles of several spawned servers).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: opts, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
const files = positionals.flatMap(p =>
    statSync(p).isDirectory()
        ? readdirSync(p)
              .filter(f => f.endsWith('.cpuprofile'))
              .map(f => path.join(p, f))
        : [p]
);
if (files.length === 0) {
    console.error('usage: node bench/profile-summary.mjs <file.cpuprofile | folder> [--top N]');
    process.exit(2);
}

const byFunction = new Map();
const byPlace = new Map();
let total = 0;
const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);

/** The package (node_modules/<name>), the bundle or the file a URL belongs to. */
function place(url) {
    if (!url) return '(V8 / native)';
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (pkg) return pkg[1];
    if (url.startsWith('node:')) return 'node: (Node internals)';
    return url
        .replace(/^file:\/\//, '')
        .split('/')
        .slice(-3)
        .join('/');
}

for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8'));
    const nodes = new Map(profile.nodes.map(n => [n.id, n]));
    const deltas = profile.timeDeltas;
    for (let i = 0; i < profile.samples.length; i++) {
        const node = nodes.get(profile.samples[i]);
        const us = deltas[i + 1] ?? 0;
        total += us;
        const f = node.callFrame;
        const name = f.functionName || '(anonymous)';
        const special = name.startsWith('(') && !f.url;
        add(byFunction, special ? name : `${name} ${place(f.url)}:${f.lineNumber + 1}`, us);
        add(byPlace, special ? name : place(f.url), us);
    }
}

const top = Number(opts.top);
const show = (title, map) => {
    console.log(`\n${title}`);
    for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
        console.log(`${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${key}`);
    }
};
console.log(`${files.length} profile(s), ${(total / 1000).toFixed(0)} ms sampled`);
show('self time by package or file', byPlace);
show('self time by function', byFunction);
