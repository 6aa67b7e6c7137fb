import { type CalendarUnit, addToDate, parseCalendarDate } from '@pacta/language';
import { type ListedDeadline, type PactaOutput, type UnlistedOccurrences, isProhibitionRow, listDeadlinesWithGaps, markers, occurrenceText, rowUncertaintyText, sourceText } from '@pacta/sdk';
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
    /** Without `--to`: list up to this far ahead of today (`90d`, `6m`, `1y`; the config's `horizon`). */
    horizon?: string;
    includeClosed?: boolean;
    /** The day the list is read on (`YYYY-MM-DD` or `today`, the default): commitments whose agreement ended before it have lapsed. */
    asOf?: string;
    format: DeadlineFormat;
    output?: string;
    followSymlinks?: boolean;
    maxFileSize?: number;
}

/**
 * `pacta deadlines`: the SDK's deadline list (`listDeadlines`: one row per occurrence, live ones
 * unless `--include-closed`, by date then id, unresolved last), filtered by date range and party,
 * in one of four formats. Findings go to stderr; with errors nothing is printed and the exit code is 1.
 */
export async function deadlines(paths: readonly string[], options: DeadlineOptions): Promise<number> {
    const from = options.from !== undefined ? parseDateOption('--from', options.from) : undefined;
    const to = options.to !== undefined ? parseDateOption('--to', options.to) : options.horizon !== undefined ? horizonEnd(options.horizon) : undefined;
    if (from !== undefined && to !== undefined && from > to) throw new CliError(`--from ${from} is after --to ${to}`);
    const compiled = await compileForListing(paths, 'no deadlines listed', compileFlags(options));
    if ('exitCode' in compiled) return compiled.exitCode;
    const { output } = compiled;
    const parties = (options.party ?? []).map(id => checkParty(output, id));
    const { rows, unlisted } = listDeadlinesWithGaps(output, {
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
        parties,
        includeClosed: options.includeClosed === true,
        // The status's day (`pacta status` reads today too): what has lapsed by then is closed.
        asOf: parseDateOption('--as-of', options.asOf ?? 'today')
    });
    let text: string;
    switch (options.format) {
        case 'json':
            text = JSON.stringify(rows, null, 2) + '\n';
            break;
        case 'csv':
            text = renderCsv(rows);
            break;
        case 'ics': {
            const { renderIcs } = await import('./ics.js');
            text = renderIcs(rows);
            break;
        }
        default:
            text = renderTable(rows, styleFor(options.output !== undefined ? { isTTY: false } : process.stdout)) + unlisted.map(u => `${unlistedText(u)}\n`).join('');
    }
    // The machine formats keep their shape: occurrences left out are said on stderr.
    if (options.format === 'json' || options.format === 'csv' || options.format === 'ics') {
        for (const u of unlisted) process.stderr.write(`${unlistedText(u)}\n`);
    }
    if (options.output !== undefined) writeFileAtomic(options.output, text, { inputs: compiled.inputs, followSymlinks: options.followSymlinks === true });
    else await writeStdout(text);
    return EXIT_OK;
}

/**
 * `Left out: occurrences of a.report.due after 2026-05-14 …`: a range reached past the listed
 * occurrences of a series in business days, whose later ones are not computed.
 */
export function unlistedText(u: UnlistedOccurrences): string {
    return tableCell(
        `Left out: occurrences of ${u.deadline} after ${u.lastListed} (the last of its ${u.listed} listed): a period in business days is not computed past its listed occurrences (its holiday calendars are not in the compiled document)`
    );
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

const HORIZON_UNITS: Readonly<Record<string, CalendarUnit>> = { d: 'day', w: 'week', m: 'month', y: 'year' };

/** The last day `--horizon` (or the config's `horizon`) reaches: today plus the span, by the resolver's own date arithmetic. */
function horizonEnd(span: string): string {
    const match = /^([1-9]\d{0,4})([dwmy])$/.exec(span);
    const end = match ? addToDate(parseCalendarDate(parseDateOption('--horizon', 'today'))!, Number(match[1]), HORIZON_UNITS[match[2]!]!) : undefined;
    if (!end) throw new CliError(`--horizon '${span}' reaches past the dates Pacta can compute; give a shorter span`);
    return end.value;
}

function checkParty(output: PactaOutput, id: string): string {
    if (output.parties.some(party => party.id === id)) return id;
    const near = output.parties.filter(party => party.id.toLowerCase() === id.toLowerCase() || party.title.toLowerCase() === id.toLowerCase());
    const hint = near.length > 0 ? ` (did you mean '${near[0]!.id}'?)` : '';
    throw new CliError(`--party '${id}' is not a party of the workspace${hint}`);
}

/**
 * The table: one row per occurrence (date, deadline, actors, what is due, marked `[uncertain]` or
 * with its closing status), and below it how it is due when that is not a plain day, what is
 * uncertain, and the chain that resolved the date (or why there is none). The chain of a
 * recurring deadline is shown under its first occurrence listed; the others say which occurrence they are.
 */
export function renderTable(rows: readonly ListedDeadline[], style: Style): string {
    if (rows.length === 0) return 'No deadlines.\n';
    // Every cell may come from the input: shown with control characters escaped, on one line.
    const cells = rows.map(row => [row.date ?? row.status, row.subject, row.actors.join(', ') || '—', [...markers(row).map(mark => `[${mark}]`), row.due].join(' ')].map(tableCell));
    const header = ['DATE', 'DEADLINE', 'ACTORS', 'DUE'];
    const widths = header.map((title, i) => Math.max(title.length, ...cells.map(row => row[i]!.length)));
    const pad = (row: string[]) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
    const lines = [style.bold(pad(header))];
    const indent = ' '.repeat(widths[0]! + 2);
    const chained = new Set<string>();
    for (const [i, row] of cells.entries()) {
        const listed = rows[i]!;
        lines.push(pad(listed.status === 'resolved' && !listed.uncertain ? row : [style.yellow(row[0]!.padEnd(widths[0]!)), ...row.slice(1)]));
        const notes: string[] = [];
        // How it is due when not a plain day, and a prohibition's `in effect until` (never a due date).
        if ((listed.precision !== null && listed.precision !== 'day') || isProhibitionRow(listed)) notes.push(listed.when);
        if (listed.occurrence) notes.push(occurrenceText(listed.occurrence));
        if (notes.length > 0) lines.push(style.dim(`${indent}${tableCell(notes.join(' · '))}`));
        if (listed.uncertain) lines.push(style.yellow(`${indent}${tableCell(rowUncertaintyText(listed))}`));
        // 1.4: the dates the other claims of its anchor give (`signed` on 27 or 28 October).
        for (const other of listed.alternatives ?? []) {
            lines.push(
                style.yellow(`${indent}${tableCell(`if ${other.anchor} is dated by its claim ${other.note !== undefined ? JSON.stringify(other.note) : `#${other.claim + 1}`}: ${other.value}`)}`)
            );
        }
        const how = listed.status === 'resolved' ? (chained.has(listed.deadline) ? '' : listed.chain.join(' ⇒ ')) : (listed.reason ?? '');
        chained.add(listed.deadline);
        if (how) lines.push(style.dim(`${indent}${listed.status === 'resolved' ? '' : 'why: '}${tableCell(how)}`));
    }
    return lines.join('\n') + '\n';
}

/**
 * CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted), one header row,
 * one record per occurrence. Lists (actors, chain, sources) are joined with `; `. `occurrence` is
 * `3/12`, or `35/35+` when more follow (the JSON's `truncated`); `ended` how the agreement had ended;
 * `branch` (1.4, last so that earlier columns keep their places) `only if extended` while its branch is undecided. A row
 * an end known only to the month or year possibly closes is `uncertain`, its `uncertainty` says so.
 */
export function renderCsv(rows: readonly ListedDeadline[]): string {
    const header = [
        'id',
        'deadline',
        'date',
        'precision',
        'day',
        'when',
        'occurrence',
        'status',
        'closed',
        'ended',
        'commitment_status',
        'uncertain',
        'uncertainty',
        'subject',
        'subject_kind',
        'agreement',
        'agreement_title',
        'title',
        'kind',
        'actors',
        'due',
        'text',
        'sources',
        'chain',
        'reason',
        'file',
        'line',
        'column',
        'branch'
    ];
    const records = rows.map(r => [
        r.id,
        r.deadline,
        r.date ?? '',
        r.precision ?? '',
        r.day ?? '',
        r.when,
        r.occurrence ? occurrenceText(r.occurrence, true) : '',
        r.status,
        String(r.closed),
        r.ended ?? '',
        r.commitmentStatus ?? '',
        String(r.uncertain),
        rowUncertaintyText(r),
        r.subject,
        r.subjectKind,
        r.agreement,
        r.agreementTitle,
        r.title,
        r.kind,
        r.actors.join('; '),
        r.due,
        r.text,
        r.sources.map(sourceText).join('; '),
        r.chain.join('; '),
        r.reason ?? '',
        r.location.file,
        String(r.location.line),
        String(r.location.column),
        r.branch?.label ?? ''
    ]);
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
