// Adds up the vitest JSON reports of every package and prints `N passed, N failed[, N skipped]`
// as the last line. Exits 1 if a test failed or a package with tests left no report.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const folders = ['packages', 'apps'].flatMap(group => {
    const dir = join(root, group);
    return existsSync(dir) ? readdirSync(dir).map(name => join(dir, name)) : [];
});

if (process.argv.includes('--clean')) {
    // Reports of an earlier run must not be counted as this run's.
    for (const folder of folders) rmSync(join(folder, 'test-results.json'), { force: true });
    process.exit(0);
}

let passed = 0,
    failed = 0,
    skipped = 0,
    problems = 0;
for (const folder of folders) {
    const manifest = join(folder, 'package.json');
    if (!existsSync(manifest) || !JSON.parse(readFileSync(manifest, 'utf8')).scripts?.test) continue;
    const report = join(folder, 'test-results.json');
    if (!existsSync(report)) {
        console.log(`${folder.slice(root.length)}: no test report`);
        problems++;
        continue;
    }
    const result = JSON.parse(readFileSync(report, 'utf8'));
    const p = result.numPassedTests ?? 0,
        f = result.numFailedTests ?? 0;
    const s = (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
    if (!result.success && f === 0) problems++;
    console.log(`${folder.slice(root.length)}: ${p} passed, ${f} failed${s ? `, ${s} skipped` : ''}`);
    passed += p;
    failed += f;
    skipped += s;
}
// `--extra "e2e: 5 passed, 1 failed"`: totals of a runner that writes no vitest report (the e2e test).
for (let i = process.argv.indexOf('--extra'); i >= 0; i = process.argv.indexOf('--extra', i + 1)) {
    const text = process.argv[i + 1] ?? '';
    const match = /(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/.exec(text);
    if (!match) {
        console.log(`${text || '--extra'}: no "N passed, N failed" line`);
        problems++;
        continue;
    }
    console.log(text);
    passed += Number(match[1]);
    failed += Number(match[2]);
    skipped += Number(match[3] ?? 0);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || problems > 0 ? 1 : 0);
