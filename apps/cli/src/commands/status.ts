import { type AgreementStanding, type CommitmentStanding, type CommitmentStatusEntry, type StatusReport, COMMITMENT_STANDINGS, statusAsOf } from '@pacta/sdk';
import { plural } from '../report/findings.js';
import { type Style, styleFor } from '../util/color.js';
import { EXIT_FINDINGS, EXIT_OK } from '../util/errors.js';
import { writeStdout } from '../util/io.js';
import { writeFileAtomic } from '../util/write.js';
import { parseDateOption, tableCell } from './deadlines.js';
import { compileFlags, compileForListing } from './shared.js';

export const STATUS_FORMATS = ['text', 'json'] as const;
export type StatusFormat = (typeof STATUS_FORMATS)[number];
/** `--fail-on overdue`: exit 1 when a commitment is overdue; `due_soon`: when one is overdue or due soon. */
export const FAIL_ON = ['overdue', 'due_soon'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface StatusCommandOptions {
    asOf?: string;
    format: StatusFormat;
    dueSoonDays?: number;
    failOn?: FailOn;
    output?: string;
    followSymlinks?: boolean;
    maxFileSize?: number;
}

/**
 * `pacta status`: where every agreement and commitment of the compiled workspace stands on a day
 * (`statusAsOf` of the SDK). Findings go to stderr; with errors nothing is printed and the exit
 * code is 1. With `--fail-on`, exits 1 when a commitment is overdue (or due soon), after printing.
 */
export async function status(paths: readonly string[], options: StatusCommandOptions): Promise<number> {
    const asOf = parseDateOption('--as-of', options.asOf ?? 'today');
    const compiled = await compileForListing(paths, 'no status', compileFlags(options));
    if ('exitCode' in compiled) return compiled.exitCode;
    const status = statusAsOf(compiled.output, asOf, { dueSoonDays: options.dueSoonDays });
    const text = options.format === 'json' ? JSON.stringify(status, null, 2) + '\n' : renderStatus(status, styleFor(options.output !== undefined ? { isTTY: false } : process.stdout));
    if (options.output !== undefined) writeFileAtomic(options.output, text, { inputs: compiled.inputs, followSymlinks: options.followSymlinks === true });
    else await writeStdout(text);
    if (options.failOn !== undefined) {
        const failing = status.commitments.filter(c => c.status === 'overdue' || (options.failOn === 'due_soon' && c.status === 'due_soon'));
        if (failing.length > 0) {
            const what = options.failOn === 'overdue' ? 'overdue' : 'overdue or due soon';
            process.stderr.write(
                `${styleFor(process.stderr).red('✖')} ${plural(failing.length, 'commitment')} ${what} on ${asOf}: ${failing.map(c => c.id).join(', ')} (--fail-on ${options.failOn})\n`
            );
            return EXIT_FINDINGS;
        }
    }
    return EXIT_OK;
}

const COMMITMENT_COLOR: Record<CommitmentStanding, keyof Omit<Style, 'enabled'> | undefined> = {
    overdue: 'red',
    due_soon: 'yellow',
    in_progress: 'cyan',
    pending: undefined,
    window_closed: 'dim',
    intended: undefined,
    fulfilled: 'green',
    breached: 'red',
    lapsed: 'dim',
    superseded: 'dim',
    not_applicable: 'dim'
};
const AGREEMENT_COLOR: Record<AgreementStanding, keyof Omit<Style, 'enabled'> | undefined> = {
    unknown: 'dim',
    draft: 'dim',
    announced: undefined,
    signed: undefined,
    provisionally_applied: 'cyan',
    in_force: 'green',
    expired: 'dim',
    terminated: 'dim',
    superseded: 'dim'
};

/** Parties or actors: `US, MX`, or `16 parties` when there are more than four. */
function members(ids: readonly string[]): string {
    if (ids.length === 0) return '—';
    return ids.length > 4 ? plural(ids.length, 'party', 'parties') : ids.join(', ');
}

const urgency = (c: CommitmentStatusEntry) => COMMITMENT_STANDINGS.indexOf(c.status);

/**
 * The text report: one table, a row per agreement (status, since when, title; the reason dimmed
 * below) and under it a row per commitment, most urgent first (status, due date, days left,
 * actors, why); a summary line at the end.
 */
export function renderStatus(report: StatusReport, style: Style): string {
    const paint = (color: keyof Omit<Style, 'enabled'> | undefined, text: string) => (color ? style[color](text) : text);
    const header = ['AGREEMENT / COMMITMENT', 'STATUS', 'DATE', 'LEFT', 'ACTORS', 'WHAT'];
    type Row = { cells: string[]; color: keyof Omit<Style, 'enabled'> | undefined; agreement: boolean; note?: string };
    const rows: Row[] = [];
    const byAgreement = new Map<string, CommitmentStatusEntry[]>();
    for (const commitment of report.commitments) {
        const list = byAgreement.get(commitment.agreement);
        if (list) list.push(commitment);
        else byAgreement.set(commitment.agreement, [commitment]);
    }
    for (const agreement of report.agreements) {
        const since = agreement.since === null ? '—' : `${agreement.approximate ? '≈' : ''}${agreement.since}`;
        // An uncertain membership keeps its mark: `AU?` in the cell, named in the note.
        const current = agreement.parties.filter(p => p.standing === 'member').map(p => (p.uncertain ? `${p.party}?` : p.party));
        const uncertainMembers = agreement.parties.filter(p => p.uncertain).map(p => p.party);
        rows.push({
            cells: [agreement.id, agreement.status.replace(/_/g, ' '), since, '', members(current), agreement.title],
            color: AGREEMENT_COLOR[agreement.status],
            agreement: true,
            note: uncertainMembers.length > 0 ? `${agreement.reason}; membership marked uncertain: ${uncertainMembers.join(', ')}` : agreement.reason
        });
        const commitments = [...(byAgreement.get(agreement.id) ?? [])].sort(
            (a, b) => urgency(a) - urgency(b) || (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
        );
        for (const c of commitments) {
            rows.push({
                cells: [
                    `  ${c.name}`,
                    c.status.replace(/_/g, ' '),
                    c.nextOccurrence ?? c.lastOccurrence ?? c.due ?? '—',
                    c.daysLeft === undefined ? '' : String(c.daysLeft),
                    members(c.actors),
                    c.reason
                ],
                color: COMMITMENT_COLOR[c.status],
                agreement: false
            });
        }
    }
    // Every cell may come from the input: shown with control characters escaped, on one line.
    for (const row of rows) {
        row.cells = row.cells.map(tableCell);
        if (row.note) row.note = tableCell(row.note);
    }
    const widths = header.map((title, i) => Math.max(title.length, ...rows.map(row => row.cells[i]!.length)));
    const pad = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : i === 3 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
    const lines = [`Status as of ${report.asOf} (due soon: within ${plural(report.dueSoonDays, 'day')})`, '', style.bold(pad(header))];
    const indent = ' '.repeat(widths[0]! + 2);
    for (const row of rows) {
        const cells = [...row.cells];
        cells[1] = paint(row.color, cells[1]!.padEnd(widths[1]!));
        if (row.agreement) cells[0] = style.bold(cells[0]!.padEnd(widths[0]!));
        lines.push(pad(cells));
        if (row.note) lines.push(style.dim(`${indent}${row.note}`));
    }
    lines.push('', summary(report));
    return lines.map(line => line.trimEnd()).join('\n') + '\n';
}

/** Words for a count in the summary line, where the status name alone would not say enough. */
const SUMMARY_WORDS: Record<string, string> = { unknown: 'unknown (no date recorded)' };

/** `13 commitments: 1 overdue, 12 pending · 9 agreements: 1 in force, 4 signed, …` (statuses with none left out). */
export function summary(report: StatusReport): string {
    const counts = (record: Record<string, number>) =>
        Object.entries(record)
            .filter(([, n]) => n > 0)
            .map(([s, n]) => `${n} ${SUMMARY_WORDS[s] ?? s.replace(/_/g, ' ')}`)
            .join(', ');
    const commitments = `${plural(report.commitments.length, 'commitment')}${report.commitments.length > 0 ? `: ${counts(report.summary.commitments)}` : ''}`;
    const agreements = `${plural(report.agreements.length, 'agreement')}${report.agreements.length > 0 ? `: ${counts(report.summary.agreements)}` : ''}`;
    return `${commitments} · ${agreements}`;
}
