/** Words shared by the text and Markdown renderings of a diff. */
import { CHANGE_KINDS } from './diff-outputs.js';
import type { DateMove, DiffChangeKind, DiffCollection, FieldChange, PactaDiff } from './model.js';

const NOUNS: Record<string, [string, string]> = {
    agreement: ['agreement', 'agreements'],
    party: ['party', 'parties'],
    event: ['event', 'events'],
    commitment: ['commitment', 'commitments'],
    mechanism: ['mechanism', 'mechanisms'],
    relation: ['relation', 'relations'],
    source: ['source', 'sources']
};

/** `1 commitment added`, `3 deadlines moved`, `2 statuses changed`. */
export function kindWords(kind: DiffChangeKind, n: number): string {
    if (kind === 'deadline-moved') return `${n} ${n === 1 ? 'date' : 'dates'} moved`;
    if (kind === 'status-changed') return `${n} ${n === 1 ? 'status' : 'statuses'} changed`;
    const [noun, change] = kind.split('-') as [string, string];
    const [one, many] = NOUNS[noun]!;
    return `${n} ${n === 1 ? one : many} ${change}`;
}

/** `1 commitment added, 3 dates moved` in `CHANGE_KINDS` order; `no semantic change` when there is none. */
export function summaryWords(diff: PactaDiff): string {
    if (!diff.summary.changed) return 'no semantic change';
    return CHANGE_KINDS.filter(kind => diff.summary.counts[kind])
        .map(kind => kindWords(kind, diff.summary.counts[kind]!))
        .join(', ');
}

/** A field's value on one side, on one line: `"text"`, `[a, b]`, `(none)`. */
export function valueWords(field: FieldChange, side: 'before' | 'after'): string {
    if (!(side in field)) return '(none)';
    const value = field[side];
    return JSON.stringify(value) ?? String(value);
}

/** Why a date moved, in words: `its text changed`, `usmca.in_force moved 2020-07-01 → 2020-08-01`. */
export function moveReason(move: DateMove): string {
    const parts: string[] = [];
    if (move.reason !== 'anchor') parts.push(`its text changed: "${move.before.text}" → "${move.after.text}"`);
    const origins = move.anchors.filter(a => a.textChanged);
    const shown = origins.length > 0 ? origins : move.anchors;
    for (const anchor of shown) parts.push(`${anchor.id} moved ${anchor.before ?? 'unresolved'} → ${anchor.after ?? 'unresolved'}`);
    if (parts.length === 0) parts.push('an anchor upstream changed');
    return parts.join('; ');
}

/** A side's date with its status when it is not resolved: `2026-07-01`, `unresolved`. */
export function dateWords(date: string | null, status: string): string {
    return date ?? status;
}

/** The heading of each collection's section, in the text and the Markdown diff. */
export const TITLES: Record<DiffCollection, string> = {
    agreements: 'Agreements',
    parties: 'Parties',
    events: 'Events',
    commitments: 'Commitments',
    mechanisms: 'Mechanisms',
    relations: 'Relations',
    sources: 'Sources'
};
