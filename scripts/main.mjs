// The main job: compile the example agreements with the SDK, write the JSON, and print a summary
// of parties, agreements and deadlines. Usage: node scripts/main.mjs [folder] [--out FILE]
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFolder, statusAsOf } from '@pacta/sdk';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const folder = resolve(args.find((a, i) => !a.startsWith('--') && i !== outIndex + 1) ?? join(root, 'examples/critical-minerals-2026'));
const outFile = resolve(outIndex >= 0 ? args[outIndex + 1] : join(root, 'out', `${basename(folder)}.json`));

const result = await compileFolder(folder);
for (const d of result.diagnostics) {
    console.log(`${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.code}  ${d.message}${d.hint ? `\n    hint: ${d.hint}` : ''}`);
}
if (result.errorCount > 0 || !result.output) {
    console.log(`\n${result.errorCount} error(s): nothing written.`);
    process.exit(1);
}

// Write beside, then rename: a killed run never leaves half a file.
mkdirSync(dirname(outFile), { recursive: true });
const temp = `${outFile}.${process.pid}.tmp`;
writeFileSync(temp, result.json);
renameSync(temp, outFile);

const out = result.output;
const today = new Date().toISOString().slice(0, 10);
console.log(
    `Compiled ${result.files.length} files from ${relative(process.cwd(), folder) || '.'} → ${relative(process.cwd(), outFile)} (${Buffer.byteLength(result.json)} bytes, format ${out.formatVersion})`
);
console.log(
    `${out.parties.length} parties, ${out.agreements.length} agreements/instruments, ${out.commitments.length} commitments, ${out.mechanisms.length} mechanisms, ${result.warningCount} warnings\n`
);
console.log('Deadlines (resolved):');
for (const d of out.deadlines) {
    const mark = d.date === null ? '?' : d.date < today ? ' ' : '>';
    const date = d.date ?? (d.status === 'open' ? 'open' : 'unresolved');
    console.log(` ${mark} ${date.padEnd(10)}  ${d.subject.padEnd(34)}  ${d.chain.at(-1) ?? d.reason ?? d.text}`);
}
console.log(`\n('>' = upcoming as of ${today})`);

// Where things stand today: the same report as `pacta status`.
const status = statusAsOf(out, today);
const counts = record =>
    Object.entries(record)
        .filter(([, n]) => n > 0)
        .map(([k, n]) => `${n} ${k.replace(/_/g, ' ')}`)
        .join(', ');
console.log(`\nStatus as of ${today}: agreements ${counts(status.summary.agreements)}; commitments ${counts(status.summary.commitments)}`);
for (const c of status.commitments.filter(c => c.status === 'overdue' || c.status === 'due_soon')) {
    console.log(`  ${c.status.padEnd(8)}  ${String(c.due).padEnd(10)}  ${c.id}`);
}
