// Preloaded with `node --import` into a process whose peak memory the benchmark reports (the CLI runs
// of the scale row): on exit it writes process.resourceUsage().maxRSS (KiB) to $PACTA_BENCH_RSS_FILE.
// A process killed by V8 (heap out of memory) or a signal never gets here: that run "did not complete".
import { writeFileSync } from 'node:fs';

const file = process.env.PACTA_BENCH_RSS_FILE;
if (file) {
    process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
}
