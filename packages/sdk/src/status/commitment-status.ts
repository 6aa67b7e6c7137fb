/**
 * The status of a commitment on a day. In order (see docs/status.md):
 * 1. a terminal status recorded in the source (`fulfilled`, `breached`, `lapsed`, `superseded`) wins;
 * 2. a commitment of an agreement that ended (expired, terminated, superseded) before the day is
 *    `lapsed` (`closingEnd`: the end date is the last live day; an end known only to the month or
 *    year that may or may not have come is `possiblyEnded`, and the deadline decides) — but a
 *    single-date obligation missed before the end stays `overdue` (`missedWhileBound`);
 * 3. the deadline, read by the modality:
 *    - an obligation (`shall`, `shall not`, `will`, `will not`, `will explore`) with a `by`/`on`
 *      deadline is `overdue` once the last day its date can stand for has passed (2026-03 →
 *      after 2026-03-31), `due_soon` when that day is at most `dueSoonDays` away, else `pending`;
 *    - a permission (`may`) is `window_closed` once that day has passed, else `pending`;
 *    - an intention (`intends to`) is `intended`, whatever the day;
 *    - without a modality, nothing can be overdue: `pending`;
 *    a recurring deadline counts from its next occurrence; a `from` (not before) deadline, a
 *    deadline without a date and no deadline at all are `pending` (`intended` for an intention);
 * 4. `in_progress` recorded in the source replaces `pending`, `due_soon` and `intended`;
 * 5. nothing is `overdue` under an agreement that is `draft` or `unknown`: `pending`, and the reason says why.
 * Uncertainty is carried, never dropped: the commitment's own flag, its agreement's, uncertain
 * anchors of its deadline (the deadlines' rule, `UncertaintyIndex`) and an uncertain end of its
 * agreement are in `uncertainBasis` and in the reason.
 */
import { isSurelyAfter, occurrencesBetween } from '@pacta/language';
import type { CalendarDate } from '../language-facade.js';
import type { Commitment, DateValue, Modality } from '../model.js';
import { occurrenceFrom } from '../deadlines/occurrences.js';
import { type Day, daysBetween, firstDay, lastDay, modelDate, placeOf } from './dates.js';
import type { ActorDeparture } from './actor-departure.js';
import { ACTORS_LEFT } from '../deadlines/words.js';
import type { ClosingEnd } from './agreement-status.js';
import type { AgreementStanding, AgreementStatus, CommitmentStanding, CommitmentStatusEntry } from './model.js';
import { type UncertaintyIndex, disputedDateWords, uncertainAnchorIds } from '../deadlines/uncertainty.js';

/** What a modality makes of a deadline: an obligation can be overdue, a permission's window closes, an intention has no due status. */
export type Force = 'obligation' | 'prohibition' | 'permission' | 'intention' | 'none';

export function forceOf(modality: Modality | undefined): Force {
    if (modality === undefined) return 'none';
    if (modality === 'may') return 'permission';
    if (modality === 'intends to') return 'intention';
    if (modality === 'shall not' || modality === 'will not') return 'prohibition';
    return 'obligation';
}

/**
 * A prohibition (`shall not`, `will not`) with a `by`/`on` date binds until the last day that date
 * stands for, and is no longer binding after it: it is kept by not acting, so it never falls due
 * and is never overdue. The one rule status and the deadline lists share.
 */
export function prohibitionLifted(lastBindingDay: Day, day: Day): boolean {
    return daysBetween(day, lastBindingDay) < 0;
}

/** `in effect until 2026-03-06`, `in effect until the end of 2026-03 (2026-03-31)`: how a prohibition's date reads. */
export function inEffectWords(date: CalendarDate): string {
    return date.precision === 'day' ? `in effect until ${date.value}` : `in effect until the end of ${date.value} (${lastDay(date).value})`;
}

const TERMINAL = new Set(['fulfilled', 'breached', 'lapsed', 'superseded']);

/** What `overdue` means, in the reason: the date has passed and the source records nothing done. */
export const OVERDUE_WORDS = 'due date passed, no fulfilment recorded';

interface Decision {
    status: CommitmentStanding;
    nextOccurrence?: string;
    lastOccurrence?: string;
    daysLeft?: number;
    /** A prohibition's last binding day (2.4). */
    inEffectUntil?: string;
    reason: string;
}

function days(n: number): string {
    return `${n} ${Math.abs(n) === 1 ? 'day' : 'days'}`;
}

/** `due by 2026-03-06`, `due on 2026-07-01`; `due by 2026-03 (2026-03-31)`, `due in 2030 (by 2030-12-31)` for a less precise date. */
function describeDue(date: CalendarDate, bound: 'on' | 'by'): string {
    if (date.precision === 'day') return `due ${bound} ${date.value}`;
    return bound === 'by' ? `due by ${date.value} (${lastDay(date).value})` : `due in ${date.value} (by ${lastDay(date).value})`;
}

/** `by 2026-03-06`, `on 2026-07-01`, `by 2026-03 (2026-03-31)`, `in 2030 (by 2030-12-31)`: the date without `due`. */
function describeDate(date: CalendarDate, bound: 'on' | 'by'): string {
    return describeDue(date, bound).replace(/^due /, '');
}

/** Where a `by`/`on` date stands, read by the modality's force, with the days left when something can fall due. */
function byDate(due: DateValue, date: CalendarDate, day: Day, window: number, prefix: string, force: Force): Decision {
    const left = daysBetween(day, lastDay(date));
    const bound = due.bound === 'on' ? 'on' : 'by';
    if (force === 'permission') {
        const what = `${prefix}may act ${bound === 'on' ? describeDate(date, 'on') : `until ${describeDate(date, 'by').slice('by '.length)}`}`;
        if (left < 0) return { status: 'window_closed', daysLeft: left, reason: `${what}: window closed ${days(-left)} ago (a permission, never overdue)` };
        return { status: 'pending', daysLeft: left, reason: `${what}: window open, ${left === 0 ? 'last day today' : `${days(left)} left`}` };
    }
    if (force === 'prohibition') {
        const what = `${prefix}a prohibition ${inEffectWords(date)}`;
        const inEffectUntil = lastDay(date).value;
        if (prohibitionLifted(lastDay(date), day)) {
            return { status: 'lapsed', daysLeft: left, inEffectUntil, reason: `${what}: no longer binding for ${days(-left)} (never overdue: a prohibition is kept by not acting)` };
        }
        return { status: 'pending', daysLeft: left, inEffectUntil, reason: `${what}: ${left === 0 ? 'last day today' : `${days(left)} left`}` };
    }
    if (force === 'intention' || force === 'none') {
        const what = `${prefix}${force === 'intention' ? 'intended' : 'no modality recorded, so nothing falls due; dated'} by ${describeDate(date, 'by').slice('by '.length)}`;
        const status: CommitmentStanding = force === 'intention' ? 'intended' : 'pending';
        return { status, reason: left < 0 ? `${what}: the date has passed, no fulfilment recorded` : what };
    }
    const what = `${prefix}${describeDue(date, bound)}`;
    if (left < 0) return { status: 'overdue', daysLeft: left, reason: `${what}: ${days(-left)} overdue — ${OVERDUE_WORDS}` };
    const when = left === 0 ? 'due today' : `${days(left)} left`;
    return { status: left <= window ? 'due_soon' : 'pending', daysLeft: left, reason: `${what}: ${when}` };
}

/** The day an agreement ends, known before it comes (a recorded termination, expiry or supersession), for its deadlines. */
export interface KnownEnd {
    date: CalendarDate;
    /** `termination on 2026-06-15, term.terminated`: what ends it, for reasons. */
    words: string;
}

function decideDue(due: DateValue | undefined, day: Day, window: number, force: Force, end?: KnownEnd): Decision {
    const undated: CommitmentStanding = force === 'intention' ? 'intended' : 'pending';
    const intended = force === 'intention' ? 'intended; ' : '';
    if (!due) return { status: undated, reason: force === 'prohibition' ? 'a prohibition with no end date: in effect as long as its agreement' : `${intended}no deadline` };
    if (due.status === 'open') return { status: undated, reason: intended + (due.condition ? `open-ended, no date: ${due.condition}` : `open-ended, no date${due.reason ? `: ${due.reason}` : ''}`) };
    const date = due.status === 'resolved' ? modelDate(due.value) : undefined;
    if (!date) return { status: undated, reason: `${intended}the deadline has no date yet: ${due.reason ?? due.status}` };
    if (due.bound === 'from') {
        const started = placeOf(date, day) !== 'future';
        if (force === 'prohibition') return { status: 'pending', reason: started ? `a prohibition in effect from ${date.value}` : `a prohibition, in effect from ${date.value} (not yet in effect)` };
        return { status: undated, reason: `${intended}${started ? `not before ${date.value}: that day has come` : `not before ${date.value}`}` };
    }
    const occurrences = due.occurrences;
    if (!occurrences || occurrences.dates.length === 0) return byDate(due, date, day, window, '', force);
    const listed = occurrences.dates.map(value => modelDate(value)).filter((d): d is CalendarDate => d !== undefined);
    // A series stops where its agreement ends, as it stops at an expiry: occurrences after a
    // recorded end are never the next due date (the deadline lists close them the same way).
    const dates = end ? listed.filter(d => !isSurelyAfter(d, end.date)) : listed;
    const cut = dates.length < listed.length;
    if (dates.length === 0) return { status: undated, reason: `${intended}its agreement ends before the first occurrence (${listed[0]!.value}; ${end!.words})` };
    const index = dates.findIndex(d => daysBetween(day, lastDay(d)) >= 0);
    if (index >= 0) {
        const next = dates[index]!;
        const decision = byDate(due, next, day, window, `occurrence ${index + 1} of ${dates.length}${occurrences.truncated && !cut ? '+' : ''}: `, force);
        return { ...decision, nextOccurrence: next.value };
    }
    const last = dates[dates.length - 1]!;
    if (occurrences.truncated && !cut) {
        // Past the listed ones: the next occurrence its recurrence gives (`occurrenceFrom`).
        const later = occurrenceFrom(occurrences, day.value);
        const next = later && modelDate(later.date);
        if (next && end && isSurelyAfter(next, end.date)) {
            // The series stops at the end: the last occurrence before it decides, as at an expiry.
            const final = occurrences.recurrence
                ? occurrencesBetween(occurrences.recurrence, last.value.length === 10 ? last.value : firstDay(last).value, lastDay(end.date).value)?.occurrences.at(-1)
                : undefined;
            const finalDate = final && modelDate(final.date);
            if (final && finalDate) {
                return { ...byDate(due, finalDate, day, window, `occurrence ${final.index}, the last before its agreement ends (${end.words}): `, force), lastOccurrence: finalDate.value };
            }
            return { status: undated, reason: `${intended}its agreement ends before the next occurrence (${next.value}; ${end.words})` };
        }
        if (later && next) {
            const prefix = `occurrence ${later.index}${later.total !== undefined ? ` of ${later.total}` : ''}: `;
            return { ...byDate(due, next, day, window, prefix, force), nextOccurrence: next.value };
        }
        return { status: undated, reason: `${intended}past the listed occurrences (the last on ${last.value}); more follow after the horizon` };
    }
    const before = cut ? ` before its agreement ends (${end!.words})` : '';
    return { ...byDate(due, last, day, window, `last of ${dates.length} occurrences${before}: `, force), lastOccurrence: last.value };
}

/**
 * A single `by`/`on` obligation whose date surely passed while it still bound — on or before
 * `lastLiveDay`, the day its agreement ended or the last of its actors left (both still live days) —
 * with no fulfilment recorded: it was missed then, and the end that came after does not undo that
 * (a treaty's end "does not affect any right, obligation or legal situation of the parties created
 * through the execution of the treaty prior to its termination", VCLT art. 70(1)(b)). The status
 * keeps it `overdue` and the deadline lists keep its row live, rather than calling it `lapsed`.
 * A series lapses as before: its occurrences' fulfilment is not tracked one by one.
 */
export function missedWhileBound(commitment: Commitment, lastLiveDay: string | null | undefined): boolean {
    const due = commitment.due;
    if (forceOf(commitment.modality) !== 'obligation' || TERMINAL.has(commitment.status)) return false;
    if (due?.status !== 'resolved' || due.bound === 'from' || (due.occurrences?.dates.length ?? 0) > 0) return false;
    const date = modelDate(due.value);
    const end = modelDate(lastLiveDay);
    return date !== undefined && end !== undefined && daysBetween(lastDay(date), firstDay(end)) >= 0;
}

/** Statuses a recorded `in_progress` replaces: nothing has fallen due or closed. */
const OPEN = new Set<CommitmentStanding>(['pending', 'due_soon', 'intended']);

/**
 * The last occurrence of a recurring deadline due on or before `end` (its agreement's last day):
 * the one a lapsed series is shown by. Undefined for a single date.
 */
function lastOccurrenceBy(due: DateValue | undefined, end: CalendarDate): string | undefined {
    const occurrences = due?.status === 'resolved' ? due.occurrences : undefined;
    if (!occurrences || occurrences.dates.length === 0) return undefined;
    const listed = occurrences.dates.map(value => modelDate(value)).filter((d): d is CalendarDate => d !== undefined);
    const before = listed.filter(d => !isSurelyAfter(d, end));
    const last = before.at(-1);
    if (!last || before.length < listed.length || !occurrences.truncated || !occurrences.recurrence) return last?.value;
    // Past the listed ones: the recurrence gives the last one before the end (as `decideDue` does).
    const from = last.value.length === 10 ? last.value : firstDay(last).value;
    return occurrencesBetween(occurrences.recurrence, from, lastDay(end).value)?.occurrences.at(-1)?.date ?? last.value;
}

/**
 * An agreement not made yet (`draft`) or whose making no date records (`unknown`): nothing falls due
 * under it, and its prohibitions have not bound (the status and the deadline lists both ask this).
 */
export function notYetMade(standing: AgreementStanding): boolean {
    return standing === 'draft' || standing === 'unknown';
}

/** Who of a commitment's actors is gone from its agreement: on the as-of day, and on the day its single date falls due. */
export interface ActorDepartures {
    asOf?: ActorDeparture;
    atDue?: ActorDeparture;
    /** That day is before the as-of day. */
    fellDue?: boolean;
    /** Every actor's party joins the agreement after the as-of day: `VE joins on 2030-01-15`. */
    notYetJoined?: string;
    /** The same on a date (`2020-09-30`, `2026-03`: its last day): then the date never bound them. */
    notYetJoinedOn?(date: string): string | undefined;
}

/**
 * An obligation read from a date that came before every actor joined (`member US joined 2023-01-29`)
 * never bound them, so it is not overdue, then or after they joined: `lapsed` — a single date, the
 * occurrence a series is overdue on, or a series all of whose occurrences come first. A series'
 * next occurrence before the join is `pending` with no days to count down (the lists close it).
 */
function unboundBeforeJoining(decision: Decision, due: DateValue | undefined, departures: ActorDepartures, agreementId: string): Decision {
    if (!departures.notYetJoinedOn || !['overdue', 'due_soon', 'pending', 'in_progress'].includes(decision.status)) return decision;
    const singleDay = due?.status === 'resolved' && due.bound !== 'from' && !due.occurrences?.dates.length ? (due.value ?? undefined) : undefined;
    // The date it is read from: its single date, the last occurrence it is overdue on, or the next one.
    const deciding = singleDay ?? decision.lastOccurrence ?? decision.nextOccurrence;
    const joins = deciding && decision.daysLeft !== undefined ? departures.notYetJoinedOn(deciding) : undefined;
    if (!joins || !deciding) return decision;
    if (singleDay !== undefined || decision.status === 'overdue') {
        return {
            status: 'lapsed',
            ...(decision.lastOccurrence !== undefined ? { lastOccurrence: decision.lastOccurrence } : {}),
            reason: `${decision.reason.replace(/: (\d+ days? overdue — .*|\d+ days? left|due today)$/, '')}, before its actors were parties of ${agreementId} (${joins}): it never bound them`
        };
    }
    const occurrences = due?.status === 'resolved' ? due.occurrences : undefined;
    const last = occurrences && !occurrences.truncated ? occurrences.dates.at(-1) : undefined;
    const before = `before its actors join ${agreementId} (${joins})`;
    if (last !== undefined && departures.notYetJoinedOn(last) !== undefined) {
        return { status: 'lapsed', reason: `every occurrence (the last on ${last}) comes ${before}: it never binds them` };
    }
    return { status: 'pending', reason: `the next occurrence, on ${deciding}, comes ${before}: it does not bind them; the occurrences after they join will` };
}

/**
 * `closing` is `closingEnd` of its agreement on the day (the rule the deadline lists share): an end
 * before the day makes it `lapsed`; an end known only to the month or year that may come before the
 * day only possibly does (`possiblyEnded`, uncertain), and the deadline decides.
 */
export function commitmentStatus(
    commitment: Commitment,
    agreement: AgreementStatus | undefined,
    uncertainty: UncertaintyIndex,
    day: Day,
    window: number,
    end?: KnownEnd,
    closing?: ClosingEnd,
    departures: ActorDepartures = {}
): CommitmentStatusEntry {
    const departure = departures.asOf;
    // Every actor was gone on the day its single date falls (or fell) due: nobody is (or was) bound then.
    const goneAtDue = departures.atDue?.all && departures.atDue.certain ? departures.atDue : undefined;
    let decision: Decision;
    const due = commitment.due;
    const force = forceOf(commitment.modality);
    // The deadlines' rule (`uncertainFacts`): its own mark, its agreement's, its deadline's anchors.
    const facts = uncertainty.factsOfId(commitment.id);
    const own = commitment.uncertain;
    const uncertainAgreement = facts.find(fact => fact.role === 'agreement')?.id;
    const anchors = uncertainAnchorIds(facts);
    // Sources disagree on its deadline, or the claim it is taken from is uncertain (1.4): `<id>.due`.
    const disputed = facts.find(fact => fact.role === 'claim');
    const uncertainBasis = [...(own ? [commitment.id] : []), ...(disputed ? [`${commitment.id}.due`] : []), ...(uncertainAgreement ? [uncertainAgreement] : []), ...anchors];
    const notes: string[] = [];
    let possiblyEnded: string | undefined;
    if (TERMINAL.has(commitment.status)) {
        decision = { status: commitment.status as CommitmentStanding, reason: `recorded as ${commitment.status.replace('_', ' ')} in the source` };
    } else if (closing?.certain && !missedWhileBound(commitment, closing.end.since)) {
        // Shown by the last occurrence due before the end (a series), not by its first.
        const endDate = closing.end.since !== null ? modelDate(closing.end.since) : undefined;
        const last = endDate ? lastOccurrenceBy(due, endDate) : undefined;
        decision = {
            status: 'lapsed',
            reason: `its agreement ${commitment.agreement} ${closing.end.reason}, before the commitment was recorded fulfilled`,
            ...(last !== undefined ? { lastOccurrence: last } : {})
        };
        if (closing.end.uncertain && closing.end.basis) {
            if (!uncertainBasis.includes(closing.end.basis.id)) uncertainBasis.push(closing.end.basis.id);
            notes.push(`that end is marked uncertain: ${closing.end.basis.id}`);
        }
    } else if ((departure?.all && departure.certain && !missedWhileBound(commitment, departure.since)) || (goneAtDue && departures.fellDue && !departure)) {
        // Every actor withdrew or left: nobody is bound any more, whatever the date — or nobody was
        // when it fell due (they joined again since).
        const gone = departure?.all && departure.certain ? departure : goneAtDue!;
        const since = gone.since !== undefined ? modelDate(gone.since) : undefined;
        const last = since ? lastOccurrenceBy(due, since) : undefined;
        decision = {
            status: 'lapsed',
            reason:
                gone === departure
                    ? `every actor left ${commitment.agreement}: ${gone.words}, before the commitment was recorded fulfilled`
                    : `every actor had left ${commitment.agreement} when it fell due: ${gone.words}`,
            ...(last !== undefined ? { lastOccurrence: last } : {})
        };
        for (const id of gone.uncertainBasis) if (!uncertainBasis.includes(id)) uncertainBasis.push(id);
    } else {
        decision = decideDue(due, day, window, force, end);
        // A single date after the recorded end: say the agreement ends first.
        const single = due?.status === 'resolved' && !due.occurrences ? modelDate(due.value) : undefined;
        if (single && end && isSurelyAfter(single, end.date)) notes.push(`its agreement ends before this date: ${end.words}`);
        if (commitment.status === 'in_progress') {
            decision = OPEN.has(decision.status)
                ? { ...decision, status: 'in_progress', reason: `recorded in progress; ${decision.reason}` }
                : { ...decision, reason: `recorded in progress, but ${decision.reason}` };
        }
        // Due before any of its actors was a party (`member US joined 2023-01-29`): it never bound them.
        if (force === 'obligation') decision = unboundBeforeJoining(decision, due, departures, commitment.agreement);
        // Nothing falls due under an agreement not yet made, or whose making no date records; and a
        // prohibition of such an agreement has not bound, so it is not "no longer binding" either.
        // Likewise when every actor's party has not joined it yet (`member VE joined 2030-01-15`).
        const unmade = agreement && notYetMade(agreement.status);
        if (agreement && (unmade || departures.notYetJoined)) {
            const state = unmade
                ? `its agreement ${agreement.id} ${agreement.status === 'draft' ? 'is not yet announced or signed (draft)' : 'has no date recorded (unknown)'}`
                : `${departures.notYetJoined} (not yet a party)`;
            if (decision.status === 'overdue') {
                decision = {
                    ...decision,
                    status: 'pending',
                    reason: `${decision.reason.replace(/: (\d+ days?) overdue — .*$/, ': the date passed $1 ago')}, but ${state}: not reported overdue`
                };
            } else if (decision.status === 'lapsed' && force === 'prohibition' && decision.daysLeft !== undefined) {
                decision = {
                    ...decision,
                    status: 'pending',
                    reason: `${decision.reason.replace(/: no longer binding for (\d+ days?) \(.*\)$/, ': the date passed $1 ago')}, but ${state}: it has not bound`
                };
            }
        }
        // Missed while it bound, before its agreement ended (certainly or possibly; the branch above
        // lets a certain end through only then): still overdue, and not even possibly lapsed.
        const missedBeforeEnd = closing !== undefined && missedWhileBound(commitment, closing.end.since);
        const missedBeforeLeaving = departure?.all === true && missedWhileBound(commitment, departure.since);
        if (decision.status === 'overdue' && closing?.certain && !(missedBeforeLeaving && departure?.certain)) {
            notes.push(`missed while it bound; its agreement ${commitment.agreement} ended afterwards (${closing.end.reason}), which does not undo a missed obligation`);
        }
        // An end known only to the month or year that may have come: possibly lapsed, not lapsed.
        if (closing && !closing.certain && !missedBeforeEnd) {
            possiblyEnded = closing.words;
            if (closing.end.basis && !uncertainBasis.includes(closing.end.basis.id)) uncertainBasis.push(closing.end.basis.id);
            notes.push(`possibly lapsed: its agreement ${commitment.agreement} ${closing.end.reason}, the day is not known`);
        }
        // Some actors have gone: it binds the others only. All of them, on a day not surely past: possibly lapsed.
        if (departure?.all && missedBeforeLeaving) {
            // Missed before the last of its actors left (or may have): still overdue.
            if (departure.certain && decision.status === 'overdue')
                notes.push(`missed while it bound; every actor left ${commitment.agreement} afterwards (${departure.words}), which does not undo a missed obligation`);
        } else if (departure?.all) {
            possiblyEnded = `${ACTORS_LEFT}${departure.words}`;
            notes.push(`possibly lapsed: every actor left ${commitment.agreement}: ${departure.words}, the day is not known`);
        } else if (departure) {
            const who = [...departure.left, ...departure.possibly.map(party => `${party} (possibly)`)].join(', ');
            notes.push(`no longer binds ${who}: ${departure.words}`);
        } else if (goneAtDue && !departures.fellDue) {
            notes.push(`every actor leaves ${commitment.agreement} before this date: ${goneAtDue.words}`);
        }
        for (const id of departure?.uncertainBasis ?? []) if (!uncertainBasis.includes(id)) uncertainBasis.push(id);
        // Where something is due, say whether it is a legal obligation.
        if ((force === 'obligation' || (force === 'prohibition' && decision.status !== 'lapsed')) && decision.daysLeft !== undefined && agreement?.binding === 'nonbinding') {
            notes.push(`nonbinding: ${agreement.id} is a political commitment`);
        }
    }
    if (own) notes.push('marked uncertain');
    if (uncertainAgreement) notes.push(`its agreement ${uncertainAgreement} is marked uncertain`);
    if (disputed) notes.push(disputed.kind === 'due_claims' ? `sources disagree on the deadline: also ${disputed.detail ?? '?'}` : 'the deadline is marked uncertain');
    // An anchor whose date claims disagree is named with its claims, not as marked uncertain.
    const marked = uncertainAnchorIds(facts.filter(fact => fact.kind !== 'date_claims'));
    if (marked.length > 0) notes.push(`the deadline counts from uncertain ${marked.join(', ')}`);
    notes.push(...disputedDateWords(facts));
    const reason = notes.length > 0 ? `${decision.reason} (${notes.join('; ')})` : decision.reason;
    // Keys in the order of the model and the schema.
    return {
        id: commitment.id,
        agreement: commitment.agreement,
        agreementTitle: agreement?.title ?? commitment.agreement,
        binding: agreement?.binding ?? 'unknown',
        name: commitment.name,
        actors: commitment.actors,
        modality: commitment.modality ?? null,
        text: commitment.text ?? null,
        status: decision.status,
        recorded: commitment.status,
        dueStatus: due ? due.status : 'none',
        due: due?.value ?? null,
        precision: due?.precision ?? null,
        ...(due ? { bound: due.bound, dueText: due.text } : {}),
        ...(decision.nextOccurrence !== undefined ? { nextOccurrence: decision.nextOccurrence } : {}),
        ...(decision.lastOccurrence !== undefined ? { lastOccurrence: decision.lastOccurrence } : {}),
        ...(decision.daysLeft !== undefined ? { daysLeft: decision.daysLeft } : {}),
        ...(decision.inEffectUntil !== undefined ? { inEffectUntil: decision.inEffectUntil } : {}),
        uncertain: commitment.uncertain,
        dueUncertain: anchors.length > 0 || disputed !== undefined,
        uncertainBasis,
        ...(possiblyEnded !== undefined ? { possiblyEnded } : {}),
        ...(departure && departure.left.length > 0 ? { actorsLeft: departure.left } : {}),
        citations: commitment.citations,
        reason,
        location: commitment.location
    };
}
