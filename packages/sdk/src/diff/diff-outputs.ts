import type { PactaOutput } from '../model.js';
import { fieldChanges } from './fields.js';
import { movedDates } from './dates.js';
import { COLLECTION_NOUN, DIFF_COLLECTIONS, DIFF_FORMAT_VERSION, type DiffChangeKind, type DiffCollection, type DiffOptions, type ElementChange, type PactaDiff } from './model.js';
import { applyRenames, findRenames } from './renames.js';
import { statusChanges } from './status-changes.js';

/** Top-level declarations are matched (and renamed) first: their ids prefix their members'. */
const TOP_LEVEL: readonly DiffCollection[] = ['parties', 'sources', 'agreements'];
const MEMBERS: readonly DiffCollection[] = ['events', 'commitments', 'mechanisms', 'relations'];

type Element = { id: string; title?: string; name?: string; text?: string; kind?: string };

/**
 * An agreement's lists of its members' ids: each member says its agreement, and an added or
 * removed member is reported as such, so the lists would only say it twice.
 */
const MEMBER_LISTS = ['events', 'commitments', 'mechanisms', 'relations'];
const compared = (collection: DiffCollection, element: Element): unknown =>
    collection === 'agreements' ? Object.fromEntries(Object.entries(element).filter(([key]) => !MEMBER_LISTS.includes(key))) : element;

/**
 * What changed from `base` to `head`, two compiled documents: elements added, removed, renamed
 * (same content under a new id) and changed field by field; every date that moved, with why;
 * statuses that differ on `options.asOf`. Where things are written (lines, files) is not compared:
 * a reformatted workspace is no change. A pure function (no clock, no I/O). Rules: docs/diff.md.
 *
 * @throws RangeError when `asOf` is not a `YYYY-MM-DD` date (as `statusAsOf`).
 */
export function diffOutputs(base: PactaOutput, head: PactaOutput, options: DiffOptions): PactaDiff {
    // Renames found in two rounds, each applied before the next: members are matched under their agreement's new id.
    const renamedTo = new Set<string>();
    let renamed = base;
    for (const group of [TOP_LEVEL, MEMBERS]) {
        const round = new Map<string, string>();
        for (const collection of group) for (const [from, to] of findRenames(renamed, head, collection)) round.set(from, to);
        for (const to of round.values()) renamedTo.add(to);
        renamed = applyRenames(renamed, round);
    }
    const elements: ElementChange[] = [];
    for (const collection of DIFF_COLLECTIONS) {
        const renamedList = renamed[collection] as unknown as Element[];
        const before = new Map(renamedList.map(e => [e.id, e]));
        const after = new Map((head[collection] as unknown as Element[]).map(e => [e.id, e]));
        // applyRenames keeps every list in order: the element at the same index of base is the same element.
        const originalId = new Map(renamedList.map((e, i) => [e.id, (base[collection] as unknown as Element[])[i]!.id]));
        const changes: ElementChange[] = [];
        for (const [id, now] of after) {
            const then = before.get(id);
            const from = originalId.get(id);
            if (!then) changes.push({ collection, change: 'added', id, label: label(now), fields: [] });
            else if (renamedTo.has(id) && from !== undefined && from !== id) {
                changes.push({ collection, change: 'renamed', id, from, label: label(now), fields: fieldChanges(compared(collection, then), compared(collection, now)) });
            } else {
                const fields = fieldChanges(compared(collection, then), compared(collection, now));
                if (fields.length > 0) changes.push({ collection, change: 'changed', id, label: label(now), fields });
            }
        }
        for (const [id, then] of before) if (!after.has(id)) changes.push({ collection, change: 'removed', id: originalId.get(id) ?? id, label: label(then), fields: [] });
        changes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        elements.push(...changes);
    }
    const dates = movedDates(renamed, head);
    const status = statusChanges(renamed, head, options.asOf, options.dueSoonDays !== undefined ? { dueSoonDays: options.dueSoonDays } : {});
    const counts: Partial<Record<DiffChangeKind, number>> = {};
    const count = (kind: DiffChangeKind) => {
        counts[kind] = (counts[kind] ?? 0) + 1;
    };
    for (const kind of CHANGE_KINDS) {
        for (const e of elements) if (`${COLLECTION_NOUN[e.collection]}-${e.change}` === kind) count(kind);
    }
    for (let i = 0; i < dates.length; i++) count('deadline-moved');
    for (let i = 0; i < status.length; i++) count('status-changed');
    return {
        diffVersion: DIFF_FORMAT_VERSION,
        asOf: options.asOf,
        summary: { changed: elements.length + dates.length + status.length > 0, counts },
        elements,
        dates,
        status
    };
}

/** Every change kind, in the order the summary lists them. */
export const CHANGE_KINDS: readonly DiffChangeKind[] = [
    ...DIFF_COLLECTIONS.flatMap(c => (['added', 'removed', 'renamed', 'changed'] as const).map(change => `${COLLECTION_NOUN[c]}-${change}` as DiffChangeKind)),
    'deadline-moved',
    'status-changed'
];

function label(element: Element): string {
    // A commitment's text says what it is better than its name; an unnamed event has only its kind.
    return element.title ?? element.text ?? element.name ?? element.kind ?? element.id;
}
