import { enclosingAgreement } from '../branches/branch-members.js';
import { fieldClaimGroup } from '../claims/field-claims.js';
import { expressionText } from '../formatting/expression-text.js';
import { type Commitment, type Dated, type Event, type TimeExpr, isAbsoluteDate, isCommitment, isEvent } from '../generated/ast.js';
import { dayRangeOf, parseCalendarDate } from './calendar-date.js';
import { type DeadlineResolver, type Resolution, anchorsOf, chosenClaimOf, dateExprOf } from './deadline-resolver.js';

/** One fact marked `uncertain` that a date depends on. */
export interface UncertainFact {
    /** Id of the element marked `uncertain` (for a date claim, the id of its event). */
    id: string;
    /**
     * `approximate_date` (1.4): its own date is written `about` (not marked `uncertain`, but not known
     * to the day); `due_claims` (1.4): sources disagree on a commitment's deadline; `date_claims`:
     * an event's date claims give different dates (claims that agree on the date are no dispute).
     */
    kind: 'commitment' | 'event' | 'date_claim' | 'agreement' | 'approximate_date' | 'due_claims' | 'date_claims';
    /**
     * How the date depends on it: it is the deadline's own commitment or event (`subject`), the
     * date claim the subject's date is taken from (`claim`), an event or commitment the date is
     * counted from at any depth (`anchor`, or its date claim), or the agreement it belongs to (`agreement`).
     */
    role: 'subject' | 'claim' | 'anchor' | 'agreement';
    /**
     * For `due_claims` and `date_claims`: the other claims on the date, `60 days after announced per b`
     * (for an event, only those giving another date than the one its date is taken from).
     */
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
     * The other claims on its date when sources disagree about it, in words (`otherClaimsText`);
     * undefined when there are none: a commitment's `due X or Y` (1.4), or an event's `date`
     * claims that give another day than the one its date is taken from (`disagreeingClaims`).
     */
    otherClaims?(node: T): string | undefined;
    /**
     * True when every other claim of `anchor` would give `node` its own date (its `alternatives`):
     * the sources disagree on the anchor, but not in a way that moves this date (`in force on the
     * first day of the third month after` a notice dated 2 or 3 April). Absent means never.
     */
    unmovedBy?(node: T, anchor: T): boolean;
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
        const found = ownFacts(next, 'anchor', dependencies);
        // Only an anchor whose claims disagree asks whether that moves the subject's date (alternatives cost a resolve).
        const unmoved = found.some(fact => fact.kind === 'date_claims') && dependencies.unmovedBy?.(subject, next) === true;
        facts.push(...(unmoved ? found.filter(fact => fact.kind !== 'date_claims') : found));
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
    // Sources disagree about its date (`due X { cite a } or Y { cite b }`, or an event's `date`
    // claims giving different days): the date is not settled, nor is any date counted from it.
    const others = dependencies.otherClaims?.(node);
    const disputed = dependencies.kindOf(node) === 'event' ? 'date_claims' : 'due_claims';
    if (others !== undefined) facts.push({ id, kind: disputed, role: role === 'subject' ? 'claim' : 'anchor', detail: others });
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
            if (fact.kind === 'due_claims') return `sources disagree on its deadline: also ${fact.detail ?? '?'}`;
            if (fact.kind === 'date_claims') return `sources disagree on its date: also ${fact.detail ?? '?'}`;
            return 'the date claim its date is taken from';
        case 'agreement':
            return `its agreement ${fact.id}`;
        default:
            return `anchor ${fact.id} (${anchorFactWords(fact)})`;
    }
}

function anchorFactWords(fact: UncertainFact): string {
    switch (fact.kind) {
        case 'date_claim':
            return 'its date claim';
        case 'approximate_date':
            return 'approximate date';
        case 'due_claims':
            return 'sources disagree on its deadline';
        case 'date_claims':
            return `sources disagree on its date: also ${fact.detail ?? '?'}`;
        default:
            return fact.kind;
    }
}

/**
 * Whether two claims agree on a date: both give days, and the days one stands for lie within the
 * other's (`2025-10` and `2025-10-20` agree: the month holds the day; `2025-10-27` and `2025-10-28`
 * do not), or neither gives a date. The one test of "sources disagree on an event's date", for the
 * syntax tree and the compiled model alike.
 */
export function sameClaimedDate(a: ClaimedDate, b: ClaimedDate): boolean {
    const x = claimedDays(a);
    const y = claimedDays(b);
    if (x === undefined || y === undefined) return x === y;
    return (x.first >= y.first && x.last <= y.last) || (y.first >= x.first && y.last <= x.last);
}

/** What `sameClaimedDate` compares: a claim's resolved date (`value`, the last of a range) and the first of a range. */
export interface ClaimedDate {
    resolved: boolean;
    value?: string | null;
    rangeFrom?: string;
}

function claimedDays(date: ClaimedDate): { first: number; last: number } | undefined {
    const last = date.resolved && date.value ? parseCalendarDate(date.value) : undefined;
    const lastDays = last ? dayRangeOf(last) : undefined;
    if (!lastDays) return undefined;
    const from = date.rangeFrom !== undefined ? parseCalendarDate(date.rangeFrom) : undefined;
    const fromDays = from ? dayRangeOf(from) : undefined;
    return { first: fromDays?.first ?? lastDays.first, last: lastDays.last };
}

/**
 * The dependencies of dates in the syntax tree (hovers, inlay hints); `describe` names a node by
 * its id, `resolve` is the DeadlineResolver's `resolveTime` (to compare an event's date claims).
 */
export function astDateDependencies(describe: (node: Dated) => string, dates: Pick<DeadlineResolver, 'resolveTime' | 'alternativesOf'>): DateDependencies<Dated> {
    const resolve = (expr: TimeExpr) => dates.resolveTime(expr);
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
        otherClaims: node => (isCommitment(node) ? otherDueClaims(node) : isEvent(node) ? disagreeingClaims(node, resolve) : undefined),
        unmovedBy: (node, anchor) => {
            const expr = dateExprOf(node);
            const own = expr ? resolve(expr) : undefined;
            if (!expr || own?.status !== 'resolved' || !isEvent(anchor) || anchor.when) return false;
            const alternatives = dates.alternativesOf(expr).filter(alternative => alternative.anchor === anchor);
            const others = (anchor.claims ?? []).filter(claim => claim.when).length - 1;
            return others > 0 && alternatives.length === others && alternatives.every(alternative => alternative.date === own.date && alternative.precision === own.precision);
        }
    };
}

function claimedDate(resolution: Resolution): ClaimedDate {
    return resolution.status === 'resolved' ? { resolved: true, value: resolution.date, rangeFrom: resolution.range?.from } : { resolved: false };
}

/** An event's `date` claims that give another date than the one its date is taken from, in words. */
function disagreeingClaims(event: Event, resolve: (expr: TimeExpr) => Resolution): string | undefined {
    const chosenExpr = dateExprOf(event);
    if (!chosenExpr) return undefined;
    const chosen = claimedDate(resolve(chosenExpr));
    const others = (event.claims ?? []).filter(claim => claim.when !== undefined && claim.when !== chosenExpr && !sameClaimedDate(chosen, claimedDate(resolve(claim.when))));
    if (others.length === 0) return undefined;
    return otherClaimsText(
        others.map(claim => ({
            text: claimWords(expressionText(claim.when?.$cstNode), claim.note),
            sources: (claim.citations ?? []).map(citation => citation.source?.$refText ?? '?'),
            uncertain: claim.uncertain === true
        }))
    );
}

/** `2025-10-27 "Washington"`: a date claim as written, with its note. */
export function claimWords(text: string, note: string | undefined): string {
    return note !== undefined ? `${text} ${JSON.stringify(note)}` : text;
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
