// Pass 2 of the sharded compile (`bench/scale-sim.mjs`), the `compile` task of one shard package:
// the SDK compiles the shard's files with the parties file and the `index.pacta` of every shard it
// refers to (the same parse → link → validate → compile as `pacta compile`), and writes the shard's
// part of the document — every element located in the shard's own files, and the built-ins they
// use — to dist/shard.json in canonical form. Any error (an unresolved name: a shard dependency not
// declared) fails the task, as `pacta compile` would.
// Run in the shard's folder: node compile-shard.mjs <parties.pacta> [<other shard>/index.pacta …]
import { mkdirSync, writeFileSync } from 'node:fs';
import { recordPeakRss } from './peak-rss.mjs';
import { compileFiles, serializeOutput } from '@pacta/sdk';

const context = process.argv.slice(2);
const result = await compileFiles(['src', ...context], { root: '.' });
const errors = result.diagnostics.filter(d => d.severity === 'error');
for (const d of errors.slice(0, 20)) console.error(`${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);
if (errors.length > 0 || !result.output) {
    console.error(`compile: ${errors.length} errors, nothing written`);
    process.exit(1);
}
const own = item => !item.location || item.location.file.startsWith('src/');
const shard = Object.fromEntries(Object.entries(result.output).map(([key, value]) => [key, Array.isArray(value) ? value.filter(own) : value]));
mkdirSync('dist', { recursive: true });
const json = serializeOutput(shard);
writeFileSync('dist/shard.json', json);
recordPeakRss('compile');
console.log(`compile: ${shard.agreements.length} agreements, ${result.warningCount} warnings, ${json.length} bytes`);
