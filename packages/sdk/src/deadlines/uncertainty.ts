import { type ClaimedDate, type DateDependencies, claimWords, otherClaimsText, sameClaimedDate, uncertainFacts } from '@pacta/language';
import type { UncertainFact } from '../language-facade.js';
import type { AgreementEvent, Commitment, DateValue, Deadline, FieldClaim, PactaOutput } from '../model.js';

/**
 * An id as the compiled chains name anchors: `agreement.member`, either part possibly `#2` when
 * declared twice. Chains are written by the compiler and name every anchor by its id, so the ids
 * in a date's chain (and `chainFrom`) are the events and commitments it is counted from.
 */
const ANCHOR_ID = /[A-Za-z_]\w*(?:#\d+)?\.[A-Za-z_]\w*(?:#\d+)?/g;

/**
 * The language's rule of what makes a date uncertain (`uncertainFacts`, also used by the
 * editor's hovers), read from a compiled document: elements by id, anchors from the chains.
 * The one rule for deadline lists and for status.
 */
export class UncertaintyIndex {
    private readonly dependencies: DateDependencies<string>;
    /** The date of the event or commitment `id` (an event's date, a commitment's deadline). */
    readonly dateOf: (id: string) => DateValue | undefined;

    constructor(output: PactaOutput) {
        const events = new Map<string, AgreementEvent>(output.events.map(e => [e.id, e]));
        const commitments = new Map<string, Commitment>(output.commitments.map(c => [c.id, c]));
        const agreements = new Map(output.agreements.map(a => [a.id, a.uncertain]));
        const agreementOf = (id: string) => events.get(id)?.agreement ?? commitments.get(id)?.agreement;
        // The element's own date, not its deadline entry: absolute event dates have none.
        const dateOf = (id: string): DateValue | undefined => events.get(id)?.date ?? commitments.get(id)?.due;
        this.dateOf = dateOf;
        this.dependencies = {
            idOf: id => id,
            kindOf: id => (events.has(id) ? 'event' : 'commitment'),
            isUncertain: id => events.get(id)?.uncertain === true || commitments.get(id)?.uncertain === true,
            // In the document, the claim an event's date is taken from is the one marked `preferred`.
            isClaimUncertain: id => events.get(id)?.claims?.find(claim => claim.preferred)?.uncertain === true || dueClaims(commitments.get(id)).some(claim => claim.preferred && claim.uncertain),
            // `about 2025-05-12` written on the element itself (dates counted from it are reached as anchors).
            isApproximate: id => {
                const date = dateOf(id);
                return date?.form === 'absolute' && date.approximate === true;
            },
            uncertainAgreement: id => {
                const agreement = agreementOf(id);
                return agreement !== undefined && agreements.get(agreement) ? agreement : undefined;
            },
            anchors: id => {
                const date = dateOf(id);
                if (!date) return [];
                const ids = new Set<string>();
                for (const step of date.chain) for (const match of step.matchAll(ANCHOR_ID)) ids.add(match[0]);
                for (const from of date.chainFrom ?? []) ids.add(from);
                // An unresolved date names the anchor it waits on (1.5): its chain is empty.
                if (date.waitsOn !== undefined) ids.add(date.waitsOn);
                return [...ids].filter(anchor => anchor !== id && (events.has(anchor) || commitments.has(anchor)));
            },
            // Sources disagree about a commitment's deadline (`due X or Y`, 1.4), or an event's date claims give different dates.
            otherClaims: id => {
                const event = events.get(id);
                if (event) return disagreeingClaims(event);
                const others = dueClaims(commitments.get(id)).filter(claim => !claim.preferred);
                if (others.length === 0) return undefined;
                return otherClaimsText(
                    others.map(claim => ({
                        text: (claim.value as DateValue).text,
                        sources: claim.citations.map(citation => citation.source),
                        uncertain: claim.uncertain
                    }))
                );
            },
            // Every other claim of the anchor gives this date too (its `alternatives`): the dispute does not move it.
            unmovedBy: (id, anchor) => {
                const own = dateOf(id);
                const claims = events.get(anchor)?.claims;
                if (own?.status !== 'resolved' || !claims || !claims.some(claim => claim.preferred)) return false;
                const alternatives = (own.alternatives ?? []).filter(alternative => alternative.anchor === anchor);
                return claims.length > 1 && alternatives.length === claims.length - 1 && alternatives.every(alternative => alternative.value === own.value && alternative.precision === own.precision);
            }
        };
    }

    /** The events and commitments the date of `id` is counted from directly, by id. */
    anchorsOf(id: string): string[] {
        return [...this.dependencies.anchors(id)];
    }

    /** The uncertain facts the deadline's date depends on. */
    factsOf(deadline: Deadline): UncertainFact[] {
        return this.factsOfId(deadline.subject);
    }

    /** The uncertain facts the date of the event or commitment `id` depends on (with or without a deadline entry). */
    factsOfId(id: string): UncertainFact[] {
        return uncertainFacts(id, this.dependencies);
    }
}

function claimedDate(date: DateValue): ClaimedDate {
    return date.status === 'resolved' ? { resolved: true, value: date.value, rangeFrom: date.range?.from } : { resolved: false };
}

/** An event's date claims that give another date than the one its date is taken from, in words (as `astDateDependencies`). */
function disagreeingClaims(event: AgreementEvent): string | undefined {
    if (!event.date) return undefined;
    const chosen = claimedDate(event.date);
    const others = (event.claims ?? []).filter(claim => !claim.preferred && !sameClaimedDate(chosen, claimedDate(claim.date)));
    if (others.length === 0) return undefined;
    return otherClaimsText(
        others.map(claim => ({
            text: claimWords(claim.date.text, claim.note),
            sources: claim.citations.map(citation => citation.source),
            uncertain: claim.uncertain
        }))
    );
}

/** The claims on a commitment's `due` (1.4). */
function dueClaims(commitment: Commitment | undefined): FieldClaim[] {
    return (commitment?.fieldClaims ?? []).filter(claim => claim.field === 'due');
}

/** The ids of the anchors among `facts` (events and commitments a date counts from), each once, nearest first. */
export function uncertainAnchorIds(facts: readonly UncertainFact[]): string[] {
    return [...new Set(facts.filter(fact => fact.role === 'anchor').map(fact => fact.id))];
}

/**
 * The events among `facts` whose date claims disagree, in words for a status reason, naming the
 * event and its other claims: `sources disagree on the date of a.signed: also 2025-10-27 per b`.
 */
export function disputedDateWords(facts: readonly UncertainFact[]): string[] {
    const seen = new Set<string>();
    const words: string[] = [];
    for (const fact of facts) {
        if (fact.kind !== 'date_claims' || seen.has(fact.id)) continue;
        seen.add(fact.id);
        words.push(`sources disagree on ${fact.role === 'anchor' ? `the date of ${fact.id}` : 'its date'}: also ${fact.detail ?? '?'}`);
    }
    return words;
}
