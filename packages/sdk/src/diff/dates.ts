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
            id: d.id, subject: d.subject, subjectKind: d.subjectKind, agreement: d.agreement,
            date: d.date, status: d.status, text: d.text, chain: d.chain, chainFrom: d.chainFrom ?? []
        });
    }
    for (const event of output.events) {
        const id = `${event.id}.date`;
        if (!event.date || items.has(id)) continue;
        items.set(id, {
            id, subject: event.id, subjectKind: 'event', agreement: event.agreement,
            date: event.date.value, status: event.date.status, text: event.date.text, chain: event.date.chain, chainFrom: event.date.chainFrom ?? []
        });
    }
    return items;
}

const side = (item: Dated): DatedSide => ({ date: item.date, status: item.status, text: item.text, chain: item.chain });

/** Whether `text` names the element `id` (an id ends at a character that cannot continue it). */
function names(text: string, id: string): boolean {
    let at = text.indexOf(id);
    while (at >= 0) {
        const before = at === 0 ? '' : text[at - 1]!;
        const after = text[at + id.length] ?? '';
        if (!/[\w.]/.test(before) && !/\w/.test(after) && !(after === '.' && /\w/.test(text[at + id.length + 1] ?? ''))) return true;
        at = text.indexOf(id, at + 1);
    }
    return false;
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
    const moves: DateMove[] = [];
    for (const [id, { before: then, after: now }] of moved) {
        const textChanged = then.text !== now.text;
        const anchors: MovedAnchor[] = [];
        for (const [anchorId, anchor] of moved) {
            if (anchor.after.subject === now.subject) continue;
            const inChain = now.chain.some(step => names(step, anchor.after.subject)) || now.chainFrom.includes(anchor.after.subject);
            if (inChain) anchors.push({ id: anchor.after.subject, before: anchor.before.date, after: anchor.after.date, textChanged: anchor.before.text !== anchor.after.text });
            void anchorId;
        }
        // In the chain's order: the first step is the date everything counts from.
        const position = (anchor: MovedAnchor) => now.chain.findIndex(step => names(step, anchor.id));
        anchors.sort((a, b) => position(a) - position(b) || (a.id < b.id ? -1 : 1));
        moves.push({
            id, subject: now.subject, subjectKind: now.subjectKind, agreement: now.agreement,
            reason: textChanged ? (anchors.length > 0 ? 'text_and_anchor' : 'text') : 'anchor',
            before: side(then), after: side(now), anchors
        });
    }
    const key = (m: DateMove) => m.after.date ?? '\uffff';
    return moves.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
