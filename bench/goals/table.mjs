// The goals table as Markdown: the header says where and when it was measured (load average included:
// the machine is shared, so read ratios of one run, not absolute times).
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { ROOT } from './child.mjs';

export function environment() {
    let commit = 'unknown';
    try {
        commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
        // Not a git checkout: the commit stays unknown.
    }
    return {
        date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        commit,
        machine: `${os.cpus()[0]?.model?.trim() ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM`,
        node: `${process.version} (${os.platform()} ${os.arch()})`
    };
}

export const loadAverage = () =>
    os
        .loadavg()
        .map(n => n.toFixed(2))
        .join(', ');

export function renderMarkdown({ env, mode, loadBefore, loadAfter, seconds, rows }) {
    const escapeCell = text => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');
    const out = [
        `# pnpm bench${mode === 'quick' ? ' --quick' : ''}: the goals of issue 11`,
        '',
        `${env.date}, commit ${env.commit}; ${env.machine}; Node ${env.node}.`,
        `Load average (1, 5, 15 min) at the start: ${loadBefore}; at the end: ${loadAfter}. ${Math.round(seconds)} s in all.`,
        mode === 'quick'
            ? 'Quick mode: small sizes, one run each — the numbers show that every row runs, not whether a goal is met.'
            : 'Every ratio compares two numbers measured in this run, on this machine.',
        '',
        '| what | input | measured | baseline (same run*) | ratio | goal | status |',
        '|---|---|---|---|---|---|---|',
        ...rows.map(r => `| ${[r.what, r.input, r.measured, r.baseline, r.ratio, r.goal, r.status === 'met' ? 'met' : `**${r.status}**`].map(escapeCell).join(' | ')} |`)
    ];
    out.push('', '\\* Measured in this run, except the editor rows\' baselines: those are what their script gives (issue 11\'s "today").');
    const notes = rows.filter(r => r.note);
    if (notes.length) out.push('', ...notes.map(r => `- ${r.id}: ${escapeCell(r.note)}`));
    return out.join('\n') + '\n';
}
