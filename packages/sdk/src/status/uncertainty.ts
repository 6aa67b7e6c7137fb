/**
 * What a date rests on that the source marks `uncertain`: the events and commitments its chain
 * counts from (`within 30 days after x` where `x` is uncertain, or a preferred date claim that
 * is). The compiled chain names every anchor by its id (docs/output-format.md), and a chain cut
 * at 32 steps names in `chainFrom` where the rest is; both are followed.
 */
import type { AgreementEvent, Commitment, DateValue, PactaOutput } from '../model.js';

interface Dated {
    /** Marked uncertain itself (or, for an event, its preferred date claim is). */
    readonly uncertain: boolean;
    readonly date?: DateValue;
}

export type UncertaintyIndex = ReadonlyMap<string, Dated>;

function eventUncertain(event: AgreementEvent): boolean {
    return event.uncertain || (event.claims ?? []).some(claim => claim.preferred && claim.uncertain);
}

export function indexUncertainty(output: PactaOutput): UncertaintyIndex {
    const index = new Map<string, Dated>();
    for (const event of output.events) index.set(event.id, { uncertain: eventUncertain(event), date: event.date });
    for (const commitment of output.commitments) index.set(commitment.id, { uncertain: commitment.uncertain, date: commitment.due });
    return index;
}

/** Ids of the anchors of `value` marked uncertain, in the order the chain names them; none for an absolute date. */
export function uncertainAnchors(value: DateValue | undefined, index: UncertaintyIndex): string[] {
    const found: string[] = [];
    const seen = new Set<string>();
    const visit = (date: DateValue | undefined) => {
        if (!date) return;
        const ids = date.chain.flatMap(step => step.split(/[\s(),]+/)).filter(token => index.has(token));
        for (const id of [...ids, ...(date.chainFrom ?? [])]) {
            if (seen.has(id)) continue;
            seen.add(id);
            const anchor = index.get(id);
            if (!anchor) continue;
            if (anchor.uncertain) found.push(id);
            // A cut chain: the steps it leaves out are in the anchor's own chain.
            if (date.chainFrom?.includes(id)) visit(anchor.date);
        }
    };
    visit(value);
    return found;
}

/** An event is uncertain when it or its preferred date claim is marked so, or its date counts from an uncertain anchor. */
export function eventUncertainty(event: AgreementEvent, index: UncertaintyIndex): string[] {
    const own = eventUncertain(event) ? [event.id] : [];
    return [...own, ...uncertainAnchors(event.date, index).filter(id => id !== event.id)];
}

/** The commitment itself when marked uncertain, then the uncertain anchors of its deadline. */
export function commitmentUncertainty(commitment: Commitment, index: UncertaintyIndex): { own: boolean; anchors: string[] } {
    return { own: commitment.uncertain, anchors: uncertainAnchors(commitment.due, index).filter(id => id !== commitment.id) };
}
