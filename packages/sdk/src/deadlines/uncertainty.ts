import type { AgreementEvent, Commitment, Deadline, PactaOutput } from '../model.js';
import type { UncertainFact } from './model.js';

/**
 * An id as the compiled chains name anchors: `agreement.member`, either part possibly `#2` when
 * declared twice. Chains are written by the compiler and name every anchor by its id, so the ids
 * in a chain are the events and commitments the date is counted from.
 */
const ANCHOR_ID = /[A-Za-z_]\w*(?:#\d+)?\.[A-Za-z_]\w*(?:#\d+)?/g;

/**
 * What makes the dates of deadlines uncertain: for each deadline, every fact marked `uncertain`
 * that its date depends on — its own commitment or event (and the date claim the event's date is
 * taken from), its agreement, and every event or commitment along its chain (and their claims),
 * following `chainFrom` when the chain is cut. Built once per document; `factsOf` is cached.
 */
export class UncertaintyIndex {
    private readonly events: Map<string, AgreementEvent>;
    private readonly commitments: Map<string, Commitment>;
    private readonly agreements: Map<string, boolean>;
    private readonly bySubject: Map<string, Deadline>;
    private readonly anchorFacts = new Map<string, UncertainFact[]>();

    constructor(output: PactaOutput) {
        this.events = new Map(output.events.map(e => [e.id, e]));
        this.commitments = new Map(output.commitments.map(c => [c.id, c]));
        this.agreements = new Map(output.agreements.map(a => [a.id, a.uncertain]));
        this.bySubject = new Map(output.deadlines.map(d => [d.subject, d]));
    }

    /** The uncertain facts the deadline's date depends on, the deadline's own first; each once. */
    factsOf(deadline: Deadline): UncertainFact[] {
        const facts: UncertainFact[] = [...this.ownFacts(deadline.subject, 'subject')];
        if (this.agreements.get(deadline.agreement)) facts.push({ id: deadline.agreement, kind: 'agreement', role: 'agreement' });
        facts.push(...this.chainFacts(deadline, new Set([deadline.subject])));
        const seen = new Set<string>();
        return facts.filter(fact => {
            const key = `${fact.kind} ${fact.id}`;
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
        });
    }

    /** An event's or commitment's own mark, and the mark of the claim an event's date is taken from. */
    private ownFacts(id: string, role: 'subject' | 'anchor'): UncertainFact[] {
        const facts: UncertainFact[] = [];
        const commitment = this.commitments.get(id);
        if (commitment?.uncertain) facts.push({ id, kind: 'commitment', role });
        const event = this.events.get(id);
        if (event) {
            if (event.uncertain) facts.push({ id, kind: 'event', role });
            if (chosenClaim(event)?.uncertain) facts.push({ id, kind: 'date_claim', role: role === 'subject' ? 'claim' : 'anchor' });
        }
        return facts;
    }

    private chainFacts(deadline: Deadline, visiting: Set<string>): UncertainFact[] {
        const ids = new Set<string>();
        for (const step of deadline.chain) for (const match of step.matchAll(ANCHOR_ID)) ids.add(match[0]);
        for (const id of deadline.chainFrom ?? []) ids.add(id);
        const facts: UncertainFact[] = [];
        for (const id of ids) {
            if (visiting.has(id) || !(this.events.has(id) || this.commitments.has(id))) continue;
            facts.push(...this.anchor(id, visiting));
        }
        return facts;
    }

    /** An anchor's own marks and, when its chain was cut, those of the anchors its own chain names. */
    private anchor(id: string, visiting: Set<string>): UncertainFact[] {
        const cached = this.anchorFacts.get(id);
        if (cached) return cached;
        const facts = this.ownFacts(id, 'anchor');
        const own = this.bySubject.get(id);
        // Only a cut chain leaves steps out: a whole chain already names every anchor further back.
        if (own?.chainFrom) {
            visiting.add(id);
            facts.push(...this.chainFacts(own, visiting));
            visiting.delete(id);
        }
        this.anchorFacts.set(id, facts);
        return facts;
    }
}

/** The claim an event's date is taken from: its `preferred` claim, else the first when the date is the first claim's. */
function chosenClaim(event: AgreementEvent) {
    const claims = event.claims ?? [];
    return claims.find(claim => claim.preferred) ?? (claims[0] && claims[0].date.text === event.date?.text ? claims[0] : undefined);
}
