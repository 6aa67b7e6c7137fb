import type { Deadline, PactaOutput } from '@pacta/sdk';
import { type Style, styleFor } from '../util/color.js';
import { CliError, EXIT_OK } from '../util/errors.js';
import { writeStdout } from '../util/io.js';
import { terminalSafe } from '../util/terminal-safe.js';
import { writeFileAtomic } from '../util/write.js';
import { compileFlags, compileForListing } from './shared.js';

export const DEADLINE_FORMATS = ['table', 'json', 'csv', 'ics'] as const;
export type DeadlineFormat = (typeof DEADLINE_FORMATS)[number];

export interface DeadlineOptions {
    from?: string;
    to?: string;
    party?: string[];
    format: DeadlineFormat;
    output?: string;
    followSymlinks?: boolean;
    maxFileSize?: number;
}

/** A deadline with what the table, CSV and calendar say about it. */
export interface DeadlineRow {
    readonly deadline: Deadline;
    /** What is due: `will implement the action plan`, `review joint_review`. */
    readonly what: string;
    readonly agreementTitle: string;
}

/**
 * `pacta deadlines`: the resolved deadlines of the compiled workspace, in the SDK's order (by date,
 * then id; unresolved last), filtered by date range and party. Findings go to stderr; with errors
 * nothing is printed and the exit code is 1.
 */
export async function deadlines(paths: readonly string[], options: DeadlineOptions): Promise<number> {
    const from = options.from !== undefined ? parseDateOption('--from', options.from) : undefined;
    const to = options.to !== undefined ? parseDateOption('--to', options.to) : undefined;
    if (from !== undefined && to !== undefined && from > to) throw new CliError(`--from ${from} is after --to ${to}`);
    const compiled = await compileForListing(paths, 'no deadlines listed', compileFlags(options));
    if ('exitCode' in compiled) return compiled.exitCode;
    const { output } = compiled;
    const parties = (options.party ?? []).map(id => checkParty(output, id));
    const rows = selectDeadlines(output, { from, to, parties });
    let text: string;
    switch (options.format) {
        case 'json': text = JSON.stringify(rows.map(row => row.deadline), null, 2) + '\n'; break;
        case 'csv': text = renderCsv(rows); break;
        case 'ics': {
            const { renderIcs } = await import('./ics.js');
            text = renderIcs(rows);
            break;
        }
        default: text = renderTable(rows, styleFor(options.output !== undefined ? { isTTY: false } : process.stdout));
    }
    if (options.output !== undefined) writeFileAtomic(options.output, text, { inputs: compiled.inputs, followSymlinks: options.followSymlinks === true });
    else await writeStdout(text);
    return EXIT_OK;
}

/** `YYYY-MM-DD` (a real date) or `today` (the local date). */
export function parseDateOption(flag: string, value: string): string {
    if (value === 'today') {
        const now = new Date();
        return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    }
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (match) {
        const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
        const date = new Date(Date.UTC(y, m - 1, d));
        if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return value;
    }
    throw new CliError(`${flag} '${value}' is not a date: write YYYY-MM-DD (or 'today')`);
}

function checkParty(output: PactaOutput, id: string): string {
    if (output.parties.some(party => party.id === id)) return id;
    const near = output.parties.filter(party => party.id.toLowerCase() === id.toLowerCase() || party.title.toLowerCase() === id.toLowerCase());
    const hint = near.length > 0 ? ` (did you mean '${near[0]!.id}'?)` : '';
    throw new CliError(`--party '${id}' is not a party of the workspace${hint}`);
}

interface Filter {
    from: string | undefined;
    to: string | undefined;
    parties: readonly string[];
}

/**
 * The deadlines that match: with `--from`/`--to`, resolved ones whose date (a day, or the whole
 * month or year a less precise date stands for), or one of whose occurrences if it recurs,
 * overlaps the range; without, every deadline,
 * unresolved ones included. With `--party`, those whose actors, or whose agreement's parties (any
 * role), include the party or one of its agencies, persons or companies.
 */
export function selectDeadlines(output: PactaOutput, filter: Filter): DeadlineRow[] {
    const agreements = new Map(output.agreements.map(a => [a.id, a]));
    const commitments = new Map(output.commitments.map(c => [c.id, c]));
    const events = new Map(output.events.map(e => [e.id, e]));
    const parentOf = new Map(output.parties.map(p => [p.id, p.parent]));
    const belongsTo = (id: string, party: string): boolean => {
        const seen = new Set<string>();
        for (let current: string | undefined = id; current !== undefined && !seen.has(current); current = parentOf.get(current)) {
            if (current === party) return true;
            seen.add(current);
        }
        return false;
    };
    const rows: DeadlineRow[] = [];
    for (const deadline of output.deadlines) {
        if (filter.from !== undefined || filter.to !== undefined) {
            if (deadline.status !== 'resolved' || deadline.date === null) continue;
            // A recurring deadline matches when one of its listed occurrences does.
            const dates = deadline.occurrences?.dates.length ? deadline.occurrences.dates : [deadline.date];
            const overlaps = dates.some(date => {
                const [start, end] = period(date);
                return (filter.from === undefined || end >= filter.from) && (filter.to === undefined || start <= filter.to);
            });
            if (!overlaps) continue;
        }
        const agreement = agreements.get(deadline.agreement);
        if (filter.parties.length > 0) {
            const involved = [...deadline.actors, ...(agreement?.roles.map(role => role.party) ?? [])];
            if (!filter.parties.some(party => involved.some(id => belongsTo(id, party)))) continue;
        }
        let what: string = deadline.subject;
        if (deadline.subjectKind === 'commitment') {
            const commitment = commitments.get(deadline.subject);
            if (commitment?.text) what = [commitment.modality, commitment.text].filter(Boolean).join(' ');
        } else {
            const event = events.get(deadline.subject);
            if (event) what = [event.kind, event.name !== event.kind ? event.name : undefined, event.title ? `"${event.title}"` : undefined].filter(Boolean).join(' ');
        }
        rows.push({ deadline, what, agreementTitle: agreement?.title ?? deadline.agreement });
    }
    return rows;
}

/** First and last day a date stands for: `2026-07` → 2026-07-01 … 2026-07-31. */
export function period(date: string): [string, string] {
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return [date, date];
    if (/^\d{4}-\d{2}$/.test(date)) {
        const [y, m] = date.split('-').map(Number) as [number, number];
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        return [`${date}-01`, `${date}-${String(last).padStart(2, '0')}`];
    }
    return [`${date}-01-01`, `${date}-12-31`];
}

/**
 * The table: one row per deadline (date, id, actors, what is due) and below it the chain that
 * resolved the date, or the reason there is none.
 */
export function renderTable(rows: readonly DeadlineRow[], style: Style): string {
    if (rows.length === 0) return 'No deadlines.\n';
    // Every cell may come from the input: shown with control characters escaped, on one line.
    const cells = rows.map(({ deadline, what }) => [deadline.date ?? deadline.status, deadline.subject, deadline.actors.join(', ') || '—', what].map(tableCell));
    const header = ['DATE', 'DEADLINE', 'ACTORS', 'DUE'];
    const widths = header.map((title, i) => Math.max(title.length, ...cells.map(row => row[i]!.length)));
    const pad = (row: string[]) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
    const lines = [style.bold(pad(header))];
    const indent = ' '.repeat(widths[0]! + 2);
    for (const [i, row] of cells.entries()) {
        const deadline = rows[i]!.deadline;
        lines.push(pad(deadline.status === 'resolved' ? row : [style.yellow(row[0]!.padEnd(widths[0]!)), ...row.slice(1)]));
        const how = deadline.status === 'resolved' ? deadline.chain.join(' ⇒ ') : deadline.reason ?? '';
        if (how) lines.push(style.dim(`${indent}${deadline.status === 'resolved' ? '' : 'why: '}${tableCell(how)}`));
    }
    return lines.join('\n') + '\n';
}

/**
 * CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted), one header row.
 * Lists (actors, chain) are joined with `; `.
 */
export function renderCsv(rows: readonly DeadlineRow[]): string {
    const header = ['date', 'precision', 'status', 'id', 'subject', 'subject_kind', 'agreement', 'agreement_title', 'kind',
        'actors', 'due', 'text', 'chain', 'reason', 'file', 'line', 'column'];
    const records = rows.map(({ deadline: d, what, agreementTitle }) => [d.date ?? '', d.precision ?? '', d.status, d.id, d.subject, d.subjectKind,
        d.agreement, agreementTitle, d.kind, d.actors.join('; '), what, d.text, d.chain.join('; '), d.reason ?? '',
        d.location.file, String(d.location.line), String(d.location.column)]);
    return [header, ...records].map(record => record.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * One CSV field. A cell a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`,
 * TAB or CR) gets a leading `'` and is quoted (OWASP's rule against CSV injection): a title
 * `=HYPERLINK(...)` stays text. No column of ours is a number that can be negative.
 */
export function csvField(value: string): string {
    if (/^[=+\-@\t\r]/.test(value)) return `"'${value.replace(/"/g, '""')}"`;
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A table cell: control characters escaped, line breaks as spaces. */
export function tableCell(value: string): string {
    return terminalSafe(value.replace(/\r\n|\n/g, ' '));
}
