// Rows "one file of 1k / 10k / 100k lines" and "a chain of 1k / 10k relative deadlines": the size
// sweep (bench/shapes.mjs), each size compiled in a fresh process; the baseline is the smallest size
// of the same run, the goal the time per unit at the largest size within 1.3× of it.
import { failure, lastJson, runNode } from './child.mjs';
import { int, mb, missing, ms, status, times } from './row.mjs';

const GOAL = 'time per unit at the largest ≤ 1.3× the smallest';

export async function sweepRows({ lines, links }) {
    return [
        await sweep({ id: 'one-file-lines', what: 'one file, time per line', shape: 'lines', sizes: lines, unit: 'line' }),
        await sweep({ id: 'chain-links', what: 'a chain of relative deadlines, time per link', shape: 'long-chain', sizes: links, unit: 'link' })
    ];
}

async function sweep({ id, what, shape, sizes, unit }) {
    const run = await runNode(['bench/shapes.mjs', '--shape', shape, '--sizes', sizes.join(','), '--json']);
    // shapes.mjs --json prints an array, one entry per shape.
    const report = run.status === 0 ? lastJson(run.stdout) : undefined;
    const entry = Array.isArray(report) ? report[0] : undefined;
    if (!entry?.rows?.length) return missing(id, what, GOAL, `bench/shapes.mjs failed (${failure(run)})`, 'failed');
    const [first, last] = [entry.rows[0], entry.rows.at(-1)];
    const per = r => r.ms / (r.inputLines && unit === 'line' ? r.inputLines : r.size);
    const ratio = per(last) / per(first);
    return {
        id,
        what,
        input: `${entry.rows.map(r => int(r.size)).join(' / ')} ${unit}s`,
        measured: `${entry.rows.map(r => ms(r.ms)).join(' / ')}; peak RSS ${entry.rows.map(r => mb(r.maxRssMB)).join(' / ')}`,
        baseline: `${int(first.size)} ${unit}s: ${ms(per(first) * 1000)} per 1,000 ${unit}s`,
        ratio: `${times(ratio)} per ${unit}`,
        goal: GOAL,
        status: status(ratio <= 1.3),
        data: { rows: entry.rows, ratio }
    };
}
