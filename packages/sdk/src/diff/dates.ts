/**
 * Dates that moved: every deadline of the compiled document, and every event's date, whose resolved
 * date differs between base and head, with the reason — its own text changed, or an anchor upstream
 * moved (named in head's chain, or in `chainFrom` when the chain is cut).
 */
import type { PactaOutput } from '../model.js';
import type { DateMove, DatedSide, MovedAnchor } from './model.js';

interface Dated extends DatedSide {
    id: string;
    subject: string;
    subjectKind: 'commitment' | 'event';
    agreement: string;
    chainFrom: string[];
}

/** The deadlines, and the dates of events that are not deadlines (an absolute date), by id. */
export function datedItems(output: PactaOutput): Map<string, Dated> {
    const items = new Map<string, Dated>();
    for (const d of output.deadlines) {
        items.set(d.id, {
            id: d.id,
            subject: d.subject,
            subjectKind: d.subjectKind,
            agreement: d.agreement,
            date: d.date,
            status: d.status,
            text: d.text,
            chain: d.chain,
            chainFrom: d.chainFrom ?? []
        });
    }
    for (const event of output.events) {
        const id = `${event.id}.date`;
        if (!event.date || items.has(id)) continue;
        items.set(id, {
            id,
            subject: event.id,
            subjectKind: 'event',
            agreement: event.agreement,
            date: event.date.value,
            status: event.date.status,
            text: event.date.text,
            chain: event.date.chain,
            chainFrom: event.date.chainFrom ?? []
        });
    }
    return items;
}

const side = (item: Dated): DatedSide => ({ date: item.date, status: item.status, text: item.text, chain: item.chain });

/** Ids as chains write them: `usmca.in_force`, `a.c#2`. */
const ID_TOKEN = /[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*(?:#\d+)?/g;

/** The ids a chain names, in the order they first appear. */
function namedIds(chain: readonly string[]): string[] {
    const ids = new Set<string>();
    for (const step of chain) for (const match of step.matchAll(ID_TOKEN)) ids.add(match[0]);
    return [...ids];
}

/** Dates that differ, by head date (unresolved and removed last) then id. `base` already has head's ids (renames applied). */
export function movedDates(base: PactaOutput, head: PactaOutput): DateMove[] {
    const before = datedItems(base);
    const after = datedItems(head);
    const moved = new Map<string, { before: Dated; after: Dated }>();
    for (const [id, now] of after) {
        const then = before.get(id);
        if (then && (then.date !== now.date || then.status !== now.status)) moved.set(id, { before: then, after: now });
    }
    // By subject, so each chain is read once: linear in the size of the chains, not quadratic in the moves.
    const movedBySubject = new Map([...moved.values()].map(m => [m.after.subject, m]));
    const moves: DateMove[] = [];
    for (const [id, { before: then, after: now }] of moved) {
        const textChanged = then.text !== now.text;
        const anchors: MovedAnchor[] = [];
        // In the chain's order: the first step is the date everything counts from; then what `chainFrom` names.
        for (const subject of new Set([...namedIds(now.chain), ...now.chainFrom])) {
            const anchor = movedBySubject.get(subject);
            if (!anchor || subject === now.subject) continue;
            anchors.push({ id: subject, before: anchor.before.date, after: anchor.after.date, textChanged: anchor.before.text !== anchor.after.text });
        }
        moves.push({
            id,
            subject: now.subject,
            subjectKind: now.subjectKind,
            agreement: now.agreement,
            reason: textChanged ? (anchors.length > 0 ? 'text_and_anchor' : 'text') : 'anchor',
            before: side(then),
            after: side(now),
            anchors
        });
    }
    const key = (m: DateMove) => m.after.date ?? '\uffff';
    return moves.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
