#!/usr/bin/env node
// The playground's bundle budget: what the first load fetches, gzipped, split into Monaco itself
// (dist/monaco/: the editor, its CSS, font and editor worker) and ours (the page, our script and
// style, and the Pacta language server's worker, dist/server/). Fails when ours is over 600 kB
// (600,000 bytes) gzipped; Monaco is reported, not limited.
//
//   node scripts/budget.mjs                     # the files the first load needs, found from index.html
//   node scripts/budget.mjs --files a,b,...     # these dist-relative files (the browser test passes what the page fetched)
//
// The files found from index.html: every src/href of the page, what they import statically
// (`import ... from "./x.js"`), the CSS's url()s, and the workers they start (`new URL("./x.js", import.meta.url)`,
// `importScripts`). A worker's own lazily loaded files are not fetched on first load unless the
// browser test sees them fetched (scripts/e2e passes its list).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

export const OURS_LIMIT = 600_000;
const dist = fileURLToPath(new URL('../dist', import.meta.url));

/** Dist-relative paths of what index.html loads, followed through imports, CSS url()s and workers. */
export function firstLoadFiles(root = dist, missing = []) {
    const seen = new Set();
    const queue = ['index.html'];
    while (queue.length > 0) {
        const file = queue.shift();
        if (seen.has(file)) continue;
        seen.add(file);
        // Monaco's default worker URL (unused: the page gives its own getWorker) names a file the build does not emit.
        if (!existsSync(join(root, file))) {
            missing.push(file);
            continue;
        }
        const text = file.endsWith('.ttf') ? '' : readFileSync(join(root, file), 'utf8');
        const refs = [];
        if (file.endsWith('.html')) for (const m of text.matchAll(/\b(?:src|href)="([^"]+)"/g)) refs.push(m[1]);
        if (file.endsWith('.css')) for (const m of text.matchAll(/url\(["']?([^"')]+)["']?\)/g)) refs.push(m[1]);
        if (file.endsWith('.js')) {
            for (const m of text.matchAll(/(?:^|[;\s}])import\s*(?:[^'"`;]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) refs.push(m[1]);
            for (const m of text.matchAll(/new URL\(["'](\.{1,2}\/[^"']+)["'],\s*import\.meta\.url\)/g)) refs.push(m[1]);
            for (const m of text.matchAll(/importScripts\(["']([^"']+)["']\)/g)) refs.push(m[1]);
        }
        for (const ref of refs) {
            if (/^(data:|#|[a-z]+:\/\/)/i.test(ref)) continue;
            const target = normalize(join(dirname(file), ref.split(/[?#]/)[0])).replaceAll('\\', '/');
            queue.push(target);
        }
    }
    return [...seen].filter(file => !missing.includes(file)).sort();
}

/** Gzipped sizes of `files`, split into Monaco's and ours. */
export function measure(files, root = dist) {
    const rows = files.map(file => {
        const bytes = readFileSync(join(root, file));
        return { file, part: file.startsWith('monaco/') ? 'monaco' : 'ours', raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
    const total = part => rows.filter(row => row.part === part).reduce((sum, row) => sum + row.gzip, 0);
    return { rows, monaco: total('monaco'), ours: total('ours') };
}

const kB = bytes => `${(bytes / 1000).toFixed(1)} kB`;

export function report({ rows, monaco, ours }) {
    const lines = ['file                                   raw         gzip   part'];
    for (const row of rows) lines.push(`${row.file.padEnd(32)} ${kB(row.raw).padStart(11)} ${kB(row.gzip).padStart(11)}   ${row.part}`);
    lines.push(`first load, gzipped: Monaco ${kB(monaco)}; ours ${kB(ours)} (limit ${kB(OURS_LIMIT)})`);
    return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
    const { values } = parseArgs({ options: { files: { type: 'string' } } });
    if (!existsSync(join(dist, 'index.html'))) {
        console.error('budget: dist/index.html is missing; build the playground first (pnpm build)');
        process.exit(1);
    }
    const missing = [];
    const result = measure(values.files ? values.files.split(',') : firstLoadFiles(dist, missing));
    if (missing.length > 0) console.log(`referenced but not built (never fetched): ${missing.join(', ')}`);
    console.log(report(result));
    if (result.ours > OURS_LIMIT) {
        console.error(`budget: ours is ${kB(result.ours)} gzipped, over the ${kB(OURS_LIMIT)} budget`);
        process.exit(1);
    }
}
