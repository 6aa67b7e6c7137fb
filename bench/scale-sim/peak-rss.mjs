// The peak RSS of a shard task, for the simulation's report: written to $PACTA_SIM_RSS_DIR (outside
// the task's outputs, so a cache hit does not replay an old number; turbo passes the variable
// through without hashing it). Nothing is written when the variable is not set.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

export function recordPeakRss(task) {
    const dir = process.env.PACTA_SIM_RSS_DIR;
    if (!dir) return;
    writeFileSync(path.join(dir, `${path.basename(process.cwd())}.${task}`), String(process.resourceUsage().maxRSS / 1024));
}
