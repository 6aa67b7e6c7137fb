#!/usr/bin/env node
// Summarizes V8 CPU profiles (`node --cpu-prof`, *.cpuprofile): where the samples fall, by function
// (self time) and by package or file (self time), so a row of bench/README.md can say where its time goes.
//
//   node bench/profile-summary.mjs <file.cpuprofile | folder> [--top 25] [--until MS]
//
// --until MS: only the first MS milliseconds of each profile (e.g. a server's start up to its first diagnostics).
// A folder: every .cpuprofile in it, added up (e.g. the profiles of several spawned servers).
// A minified bundle with a source map beside it (apps/vscode/dist/server.js.map) is mapped back to
// its sources: the package or source file and the original line of each function.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: opts, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' }, until: { type: 'string' } } });
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
const inclusive = new Map();
let total = 0;
const maps = new Map();

/** The source map of a bundle, when one lies beside it. */
function mapOf(url) {
    if (!url.startsWith('file://')) return undefined;
    if (!maps.has(url)) {
        const file = `${new URL(url).pathname}.map`;
        maps.set(url, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : undefined);
    }
    return maps.get(url);
}

/** The frame's original place: { url, line, name } through the source map, or as profiled. */
function original(frame) {
    const entry = frame.url && mapOf(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
    if (entry?.originalSource) return { url: entry.originalSource, line: entry.originalLine + 1, name: entry.name ?? frame.functionName };
    return { url: frame.url, line: frame.lineNumber + 1, name: frame.functionName };
}
const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);

/** The file of a URL, short: its package and its last two path segments. */
function short(url) {
    const pkg = place(url);
    const tail = url
        .replace(/^file:\/\//, '')
        .split('/')
        .slice(-2)
        .join('/');
    return pkg === tail || tail.startsWith(pkg) ? tail : `${pkg} ${tail}`;
}

/** The package (node_modules/<name>), the bundle or the file a URL belongs to. */
function place(url) {
    if (!url) return '(V8 / native)';
    const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
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
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const originals = new Map(profile.nodes.map(n => [n.id, original(n.callFrame)]));
    const deltas = profile.timeDeltas;
    const until = opts.until === undefined ? Number.POSITIVE_INFINITY : Number(opts.until) * 1000;
    let at = 0;
    for (let i = 0; i < profile.samples.length; i++) {
        at += deltas[i] ?? 0;
        if (at > until) break;
        const node = nodes.get(profile.samples[i]);
        const us = deltas[i + 1] ?? 0;
        total += us;
        const f = originals.get(node.id);
        const name = f.name || '(anonymous)';
        const special = name.startsWith('(') && !f.url;
        add(byFunction, special ? name : `${name} ${short(f.url)}:${f.line}`, us);
        add(byPlace, special ? name : place(f.url), us);
        // Inclusive: every function on the sample's stack, once.
        const seen = new Set();
        for (let id = node.id; id !== undefined; id = parent.get(id)) {
            const o = originals.get(id);
            if (!o.url) continue;
            const key = `${o.name || '(anonymous)'} ${short(o.url)}:${o.line}`;
            if (!seen.has(key)) {
                seen.add(key);
                add(inclusive, key, us);
            }
        }
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
show('total time (self and callees) by function', inclusive);
