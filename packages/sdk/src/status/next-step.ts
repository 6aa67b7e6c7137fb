/**
 * The next step of an agreement's life after the as-of day, for the `next:` part of its reason:
 * the first lifecycle event dated after the day (a recurring review's next occurrence), else the
 * next step written without a date. A step marked uncertain (or counted from an uncertain date)
 * or waiting on a condition is never shown as a plain next step: `next (uncertain): …`.
 */
import type { UncertainFact } from '../language-facade.js';
import { type UncertaintyIndex, disputedDateWords, uncertainAnchorIds } from '../deadlines/uncertainty.js';
import type { AgreementEvent, EventKind } from '../model.js';
import { type Day, compareFirstDays, modelDate, placeOf } from './dates.js';
import type { BranchIndex } from './branches.js';
import type { AgreementStanding, NextStep, StatusBranch } from './model.js';

export const STEP_WORDS: Partial<Record<EventKind, string>> = {
    announced: 'announced',
    signed: 'signed',
    adopted: 'adopted',
    ratified: 'ratified',
    in_force: 'in force',
    provisional_application: 'provisionally applied',
    expiry: 'expires',
    terminated: 'terminated'
};

/** `on 2026-03-06`, or `in 2026-03` for a date known only to the month or year. */
export function describeDate(date: string): string {
    const parsed = modelDate(date);
    return parsed && parsed.precision !== 'day' ? `in ${date}` : `on ${date}`;
}

const LIFECYCLE: readonly EventKind[] = ['announced', 'signed', 'adopted', 'ratified', 'provisional_application', 'in_force', 'review', 'expiry', 'terminated'];
const ORDER: readonly AgreementStanding[] = ['unknown', 'draft', 'announced', 'signed', 'provisionally_applied', 'in_force'];
/** How far along a life each step is: ratification comes after signature, though both make an agreement `signed`. */
const STEP_RANK: Partial<Record<EventKind, number>> = {
    announced: 2,
    signed: 3,
    adopted: 3,
    ratified: 3.5,
    provisional_application: 4,
    in_force: 5
};

/** The step that makes an agreement stand where it does (its rank is how far its life has come). */
const STANDING_STEP: Partial<Record<AgreementStanding, EventKind>> = {
    announced: 'announced',
    signed: 'signed',
    // Provisionally applied, it is still to be ratified: a party's ratification may be its next step.
    provisionally_applied: 'signed',
    in_force: 'in_force'
};

function words(event: AgreementEvent): string {
    return event.kind === 'review' ? `review${event.name && event.name !== 'review' ? ` ${event.name}` : ''}` : (STEP_WORDS[event.kind] ?? event.kind);
}

/** What an event's date rests on that is marked uncertain: the deadlines' rule (`uncertainFacts`), so status and lists agree. */
export function eventUncertainty(event: AgreementEvent, uncertainty: UncertaintyIndex): UncertainFact[] {
    return uncertainty.factsOfId(event.id);
}

/** `marked uncertain`, `agreement usmca marked uncertain`, `counts from uncertain usmca.joint_review`: for a reason's parentheses. */
export function uncertainWords(facts: readonly UncertainFact[]): string[] {
    const why: string[] = [];
    // Disagreeing date claims are no mark: say that sources disagree, and on what.
    if (facts.some(fact => (fact.role === 'subject' || fact.role === 'claim') && fact.kind !== 'date_claims')) why.push('marked uncertain');
    const agreement = facts.find(fact => fact.role === 'agreement');
    if (agreement) why.push(`agreement ${agreement.id} marked uncertain`);
    const anchors = uncertainAnchorIds(facts.filter(fact => fact.kind !== 'date_claims'));
    if (anchors.length > 0) why.push(`counts from uncertain ${anchors.join(', ')}`);
    why.push(...disputedDateWords(facts));
    return why;
}

/** `next: …`, `next (uncertain): …`, `next (conditional): …` with what makes it so. */
function describe(event: AgreementEvent, date: string | null, facts: readonly UncertainFact[], condition: Condition | undefined, branch?: StatusBranch): string {
    const conditional = condition !== undefined;
    const marks = [...(facts.length > 0 ? ['uncertain'] : []), ...(conditional ? ['conditional'] : []), ...(branch ? [branch.label] : [])];
    const label = marks.length > 0 ? `next (${marks.join(', ')})` : 'next';
    const why: string[] = [event.id, ...uncertainWords(facts)];
    if (date !== null) return `${label}: ${words(event)} ${describeDate(date)} (${why.join(', ')})`;
    const pending =
        condition?.text !== undefined
            ? `on a condition${condition.via === event.id ? '' : ` (through ${condition.via})`}: ${condition.text}`
            : `no date yet${event.date ? ` (${event.date.reason ?? event.date.status})` : ''}`;
    return `${label}: ${words(event)}, ${pending}${why.length > 1 ? ` (${why.slice(1).join(', ')})` : ''}`;
}

interface Condition {
    /** The event whose date waits on a condition: the step itself or one it is counted from. */
    via: string;
    text?: string;
}

/**
 * Whether the step's date waits on a condition (`upon "…"`, `when "…"`), its own or that of an
 * event its date is counted from, at any depth: then it is no plain next step.
 */
function conditionOf(event: AgreementEvent, uncertainty: UncertaintyIndex): Condition | undefined {
    const seen = new Set<string>();
    const queue = [event.id];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        if (seen.has(id)) continue;
        seen.add(id);
        const date = id === event.id ? event.date : uncertainty.dateOf(id);
        if (date?.status === 'open') return { via: id, ...(date.condition ? { text: date.condition } : {}) };
        // A resolved date waits on nothing any more; an unresolved one waits on what it counts from.
        if (date !== undefined && date.status !== 'resolved') queue.push(...uncertainty.anchorsOf(id));
    }
    return undefined;
}

export function nextStep(status: AgreementStanding, events: readonly AgreementEvent[], uncertainty: UncertaintyIndex, day: Day, branches?: BranchIndex): { words: string; step: NextStep } | undefined {
    const upcoming: Array<{ event: AgreementEvent; date: string }> = [];
    const standingStep = STANDING_STEP[status];
    const reachedRank = standingStep !== undefined ? STEP_RANK[standingStep] : undefined;
    for (const event of events) {
        if (!LIFECYCLE.includes(event.kind) || event.date?.status !== 'resolved' || event.date.value === null) continue;
        // A step the agreement has already taken, by some of its parties (`signed ua_signed 2020-11-14 by UA`
        // once it is signed, a ratification by CN once it is in force): that party's step, not the agreement's next.
        if (event.by.length > 0 && reachedRank !== undefined && (STEP_RANK[event.kind] ?? Number.POSITIVE_INFINITY) <= reachedRank) continue;
        // A recurring review: its first occurrence after the day.
        const dates = event.date.occurrences?.dates ?? [event.date.value];
        const date = dates.find(d => {
            const parsed = modelDate(d);
            return parsed !== undefined && placeOf(parsed, day) === 'future';
        });
        if (date !== undefined) upcoming.push({ event, date });
    }
    upcoming.sort((a, b) => compareFirstDays(modelDate(a.date)!, modelDate(b.date)!) || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
    let found: { event: AgreementEvent; date: string | null } | undefined = upcoming[0];
    if (!found) {
        // The next step written without a date, or with one that does not resolve yet.
        const reached = ORDER.indexOf(status);
        // The earliest such step of a life (signed before in force), whatever the order of the ids;
        // a ratification not yet dated is still to come for an agreement that is only signed.
        const done = new Set(events.filter(e => e.date?.status === 'resolved').map(e => e.kind));
        const rank = (e: AgreementEvent) => STEP_RANK[e.kind] ?? -1;
        const waiting =
            reached < 0
                ? undefined
                : events
                      .filter(e => (rank(e) > reached || (e.kind === 'ratified' && reached === ORDER.indexOf('signed') && !done.has('ratified'))) && e.date?.status !== 'resolved')
                      .sort((a, b) => rank(a) - rank(b))[0];
        if (waiting) found = { event: waiting, date: null };
    }
    if (!found) return undefined;
    const facts = eventUncertainty(found.event, uncertainty);
    const condition = conditionOf(found.event, uncertainty);
    // A step in an arm of a branch neither taken nor ruled out happens only if the branch goes its way (1.4).
    const branch = branches?.of(found.event);
    const open = branch?.state === 'conditional' ? branch : undefined;
    const conditional = condition !== undefined || open !== undefined;
    const step: NextStep = { event: found.event.id, kind: found.event.kind, ...titleOf(found.event), date: found.date, uncertain: facts.length > 0, conditional, ...(branch ? { branch } : {}) };
    let words = describe(found.event, found.date, facts, condition, open);
    // Until one arm is taken, both futures: the first step of the other arm of the same branch.
    const other =
        open
        && upcoming.find(u => {
            const place = branches?.of(u.event);
            return place?.id === open.id && place.arm !== open.arm;
        });
    if (other) {
        const otherBranch = branches!.of(other.event)!;
        const otherFacts = eventUncertainty(other.event, uncertainty);
        step.otherArm = {
            event: other.event.id,
            kind: other.event.kind,
            ...titleOf(other.event),
            date: other.date,
            uncertain: otherFacts.length > 0,
            conditional: true,
            branch: otherBranch
        };
        words += `; or ${describe(other.event, other.date, otherFacts, undefined, otherBranch).replace(/^next /, '')}`;
    }
    return { words, step };
}

/** The event's title as a next step carries it (2.2): absent for an event without one. */
function titleOf(event: AgreementEvent): { title?: string } {
    return event.title !== undefined ? { title: event.title } : {};
}
