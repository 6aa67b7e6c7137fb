import { type DateDependencies, type UncertainFact, uncertainFacts } from '@pacta/language';
import type { AgreementEvent, Commitment, Deadline, PactaOutput } from '../model.js';

/**
 * An id as the compiled chains name anchors: `agreement.member`, either part possibly `#2` when
 * declared twice. Chains are written by the compiler and name every anchor by its id, so the ids
 * in a deadline's chain (and `chainFrom`) are the events and commitments its date is counted from.
 */
const ANCHOR_ID = /[A-Za-z_]\w*(?:#\d+)?\.[A-Za-z_]\w*(?:#\d+)?/g;

/**
 * The language's rule of what makes a date uncertain (`uncertainFacts`, also used by the
 * editor's hovers), read from a compiled document: elements by id, anchors from the chains.
 */
export class UncertaintyIndex {
    private readonly dependencies: DateDependencies<string>;

    constructor(output: PactaOutput) {
        const events = new Map<string, AgreementEvent>(output.events.map(e => [e.id, e]));
        const commitments = new Map<string, Commitment>(output.commitments.map(c => [c.id, c]));
        const agreements = new Map(output.agreements.map(a => [a.id, a.uncertain]));
        const bySubject = new Map<string, Deadline>(output.deadlines.map(d => [d.subject, d]));
        const agreementOf = (id: string) => events.get(id)?.agreement ?? commitments.get(id)?.agreement;
        this.dependencies = {
            idOf: id => id,
            kindOf: id => (events.has(id) ? 'event' : 'commitment'),
            isUncertain: id => events.get(id)?.uncertain === true || commitments.get(id)?.uncertain === true,
            // In the document, the claim an event's date is taken from is the one marked `preferred`.
            isClaimUncertain: id => events.get(id)?.claims?.find(claim => claim.preferred)?.uncertain === true,
            uncertainAgreement: id => {
                const agreement = agreementOf(id);
                return agreement !== undefined && agreements.get(agreement) ? agreement : undefined;
            },
            anchors: id => {
                const deadline = bySubject.get(id);
                if (!deadline) return [];
                const ids = new Set<string>();
                for (const step of deadline.chain) for (const match of step.matchAll(ANCHOR_ID)) ids.add(match[0]);
                for (const from of deadline.chainFrom ?? []) ids.add(from);
                return [...ids].filter(anchor => events.has(anchor) || commitments.has(anchor));
            }
        };
    }

    /** The uncertain facts the deadline's date depends on. */
    factsOf(deadline: Deadline): UncertainFact[] {
        return uncertainFacts(deadline.subject, this.dependencies);
    }
}
