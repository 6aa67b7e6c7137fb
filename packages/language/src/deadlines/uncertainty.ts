import { enclosingAgreement } from '../branches/branch-members.js';
import { fieldClaimGroup } from '../claims/field-claims.js';
import { expressionText } from '../formatting/expression-text.js';
import { type Commitment, type Dated, isAbsoluteDate, isCommitment, isEvent } from '../generated/ast.js';
import { anchorsOf, chosenClaimOf, dateExprOf } from './deadline-resolver.js';

/** One fact marked `uncertain` that a date depends on. */
export interface UncertainFact {
    /** Id of the element marked `uncertain` (for a date claim, the id of its event). */
    id: string;
    /**
     * `approximate_date` (1.4): its own date is written `about` (not marked `uncertain`, but not known
     * to the day); `due_claims` (1.4): sources disagree on a commitment's deadline.
     */
    kind: 'commitment' | 'event' | 'date_claim' | 'agreement' | 'approximate_date' | 'due_claims';
    /**
     * How the date depends on it: it is the deadline's own commitment or event (`subject`), the
     * date claim the subject's date is taken from (`claim`), an event or commitment the date is
     * counted from at any depth (`anchor`, or its date claim), or the agreement it belongs to (`agreement`).
     */
    role: 'subject' | 'claim' | 'anchor' | 'agreement';
    /** For `due_claims` (1.4): the other claims on the deadline, `60 days after announced per b`. */
    detail?: string;
}

/** One claim on a deadline other than the preferred one, for `otherClaimsText`. */
export interface OtherClaim {
    /** The deadline as written. */
    text: string;
    /** Ids of the sources it cites. */
    sources: readonly string[];
    uncertain: boolean;
}

/** `60 days after announced per b; by 2026-01-01 per c (uncertain)`: the other claims on a date, in words. */
export function otherClaimsText(claims: readonly OtherClaim[]): string {
    return claims.map(claim => `${claim.text}${claim.sources.length > 0 ? ` per ${claim.sources.join(', ')}` : ''}${claim.uncertain ? ' (uncertain)' : ''}`).join('; ');
}

/**
 * How to read the dates of a workspace, for `uncertainFacts`: from the syntax tree (the editor)
 * or from the compiled model (the SDK's deadline lists).
 */
export interface DateDependencies<T> {
    /** The id the facts name it by. */
    idOf(node: T): string;
    /** `commitment` or `event`. */
    kindOf(node: T): 'commitment' | 'event';
    /** Its own `uncertain` mark. */
    isUncertain(node: T): boolean;
    /** Whether the date claim its date is taken from is marked `uncertain` (events). */
    isClaimUncertain(node: T): boolean;
    /** The id of its agreement when that agreement is marked `uncertain`. */
    uncertainAgreement(node: T): string | undefined;
    /** Whether its own date is written approximate (`about 2025-05-12`, 1.4); absent means never. */
    isApproximate?(node: T): boolean;
    /** The events and commitments its date is counted from (direct ones; more is harmless, they are followed anyway). */
    anchors(node: T): Iterable<T>;
    /**
     * The other claims on its date when sources disagree about it (a commitment's
     * `due X or Y`, 1.4), in words (`otherClaimsText`); undefined when there are none.
     */
    otherClaims?(node: T): string | undefined;
}

/**
 * The rule of what makes a date uncertain, for every list and hover that shows one: the
 * event or commitment itself, the date claim its date is taken from, its agreement, and every
 * event or commitment its date is counted from, at any depth (and their claims) — each once,
 * the subject's own first, then the agreement, then the anchors nearest first.
 */
export function uncertainFacts<T>(subject: T, dependencies: DateDependencies<T>): UncertainFact[] {
    const facts: UncertainFact[] = [...ownFacts(subject, 'subject', dependencies)];
    const agreement = dependencies.uncertainAgreement(subject);
    if (agreement !== undefined) facts.push({ id: agreement, kind: 'agreement', role: 'agreement' });
    const seen = new Set<string>([dependencies.idOf(subject)]);
    const queue = [...dependencies.anchors(subject)];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const id = dependencies.idOf(next);
        if (seen.has(id)) continue;
        seen.add(id);
        facts.push(...ownFacts(next, 'anchor', dependencies));
        queue.push(...dependencies.anchors(next));
    }
    return facts;
}

function ownFacts<T>(node: T, role: 'subject' | 'anchor', dependencies: DateDependencies<T>): UncertainFact[] {
    const id = dependencies.idOf(node);
    const facts: UncertainFact[] = [];
    if (dependencies.isUncertain(node)) facts.push({ id, kind: dependencies.kindOf(node), role });
    if (dependencies.isClaimUncertain(node)) facts.push({ id, kind: 'date_claim', role: role === 'subject' ? 'claim' : 'anchor' });
    if (dependencies.isApproximate?.(node)) facts.push({ id, kind: 'approximate_date', role });
    // Sources disagree about its date (`due X { cite a } or Y { cite b }`): the date is not settled.
    const others = dependencies.otherClaims?.(node);
    if (others !== undefined) facts.push({ id, kind: 'due_claims', role: role === 'subject' ? 'claim' : 'anchor', detail: others });
    return facts;
}

/** What is uncertain, in the words every list and hover uses: `uncertain: this commitment; anchor usmca.in_force (event)`. */
export function uncertaintyText(facts: readonly UncertainFact[]): string {
    if (facts.length === 0) return '';
    return `uncertain: ${facts.map(factText).join('; ')}`;
}

function factText(fact: UncertainFact): string {
    switch (fact.role) {
        case 'subject':
            return fact.kind === 'approximate_date' ? 'its date is approximate' : `this ${fact.kind}`;
        case 'claim':
            return fact.kind === 'due_claims' ? `sources disagree on its deadline: also ${fact.detail ?? '?'}` : 'the date claim its date is taken from';
        case 'agreement':
            return `its agreement ${fact.id}`;
        default:
            return `anchor ${fact.id}${fact.kind === 'date_claim' ? ' (its date claim)' : fact.kind === 'approximate_date' ? ' (approximate date)' : fact.kind === 'due_claims' ? ' (sources disagree on its deadline)' : ` (${fact.kind})`}`;
    }
}

/** The dependencies of dates in the syntax tree (hovers, inlay hints); `describe` names a node by its id. */
export function astDateDependencies(describe: (node: Dated) => string): DateDependencies<Dated> {
    return {
        idOf: describe,
        kindOf: node => (isEvent(node) ? 'event' : 'commitment'),
        isUncertain: node => node.uncertain === true,
        isClaimUncertain: node => (isEvent(node) ? chosenClaimOf(node)?.uncertain === true : preferredDueClaimUncertain(node)),
        isApproximate: node => {
            const expr = dateExprOf(node);
            return isAbsoluteDate(expr) && expr.approximate === true;
        },
        uncertainAgreement: node => {
            const agreement = enclosingAgreement(node);
            return agreement?.uncertain ? agreement.name : undefined;
        },
        anchors: node => anchorsOf(dateExprOf(node)),
        otherClaims: node => (isCommitment(node) ? otherDueClaims(node) : undefined)
    };
}

/** Whether the `due` claim a commitment's deadline is taken from is marked `uncertain`. */
function preferredDueClaimUncertain(commitment: Commitment): boolean {
    return fieldClaimGroup(commitment, 'due')?.claims.find(claim => claim.preferred)?.note?.uncertain === true;
}

/** The claims on a commitment's `due` other than the preferred one, in words. */
function otherDueClaims(commitment: Commitment): string | undefined {
    const others = (fieldClaimGroup(commitment, 'due')?.claims ?? []).filter(claim => !claim.preferred);
    if (others.length === 0) return undefined;
    return otherClaimsText(
        others.map(claim => ({
            text: expressionText(claim.cst),
            sources: (claim.note?.citations ?? []).map(citation => citation.source?.$refText ?? '?'),
            uncertain: claim.note?.uncertain === true
        }))
    );
}
