#!/usr/bin/env node
// A long fuzz run: `pnpm fuzz [COUNT] [SEED]` (defaults 20000 and 1) runs the SDK's fuzz test
// (packages/sdk/test/fuzz.test.ts) on COUNT mutated documents of seed SEED. CI runs 2,000 of seed 1.
// Deterministic: the same COUNT and SEED give the same documents; a failure names the seed and the
// document's index, which `pnpm fuzz` with that seed reproduces.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [count = '20000', seed = '1'] = process.argv.slice(2);
for (const [name, value] of [
    ['COUNT', count],
    ['SEED', seed]
]) {
    if (!/^\d+$/.test(value) || Number(value) < 1) {
        console.error(`fuzz: ${name} must be a positive integer, got '${value}' (usage: pnpm fuzz [COUNT] [SEED])`);
        process.exit(2);
    }
}
console.error(`fuzz: ${count} documents, seed ${seed}`);
const sdk = fileURLToPath(new URL('../packages/sdk/', import.meta.url));
const result = spawnSync('pnpm', ['exec', 'vitest', 'run', 'test/fuzz.test.ts'], {
    cwd: sdk,
    stdio: 'inherit',
    env: { ...process.env, FUZZ_COUNT: count, FUZZ_SEED: seed }
});
process.exit(result.status ?? 1);
