/**
 * The status of an agreement or instrument on a day, from its events and the relations that
 * point at it. See docs/status.md for the rules; in short:
 * - An event counts from the first day its date can stand for (2026-03 → 2026-03-01); while the
 *   as-of day is inside a month or year date, the status is `approximate`.
 * - Ends: `terminated` (a `terminated` event), `expired` (an `expiry` event), `superseded`
 *   (another agreement `supersedes` or `succeeds` it, for all parties, and has taken effect).
 *   The earliest end that has happened wins; on the same day: terminated, superseded, expired.
 * - Otherwise the furthest step reached: `in_force` > `provisionally_applied` > `signed`
 *   (signed, or else ratified) > `announced` > `draft`.
 */
import type { Agreement, AgreementEvent, EventKind, Membership, PactaOutput, Relation } from '../model.js';
import { type Day, compareFirstDays, modelDate, placeOf } from './dates.js';
import type { AgreementStanding, AgreementStatus, PartyStanding, StatusBasis } from './model.js';

/** The events and incoming relations of every agreement, looked up once per report. */
export interface AgreementIndex {
    readonly eventsOf: ReadonlyMap<string, readonly AgreementEvent[]>;
    readonly supersededBy: ReadonlyMap<string, readonly Relation[]>;
    readonly titles: ReadonlyMap<string, string>;
}

export function indexAgreements(output: PactaOutput): AgreementIndex {
    const eventsOf = new Map<string, AgreementEvent[]>();
    for (const event of output.events) {
        const list = eventsOf.get(event.agreement);
        if (list) list.push(event);
        else eventsOf.set(event.agreement, [event]);
    }
    const supersededBy = new Map<string, Relation[]>();
    for (const relation of output.relations) {
        if ((relation.kind !== 'supersedes' && relation.kind !== 'succeeds') || relation.parties.length > 0) continue;
        const list = supersededBy.get(relation.to);
        if (list) list.push(relation);
        else supersededBy.set(relation.to, [relation]);
    }
    return { eventsOf, supersededBy, titles: new Map(output.agreements.map(a => [a.id, a.title])) };
}

/** An event that has happened on the day (its date resolved, its first day on or before the day). */
interface Happened {
    readonly event: AgreementEvent;
    readonly date: string;
    readonly approximate: boolean;
}

function happened(event: AgreementEvent, day: Day): Happened | undefined {
    if (event.date?.status !== 'resolved') return undefined;
    const date = modelDate(event.date.value);
    if (!date) return undefined;
    const place = placeOf(date, day);
    return place === 'future' ? undefined : { event, date: date.value, approximate: place === 'within' };
}

/** Earliest first: by the first day each date can stand for, then by id. */
function byDate(a: { date: string; id: string }, b: { date: string; id: string }): number {
    return compareFirstDays(modelDate(a.date)!, modelDate(b.date)!) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The earliest event of these kinds that has happened on the day. */
function earliest(events: readonly AgreementEvent[], kinds: readonly EventKind[], day: Day): Happened | undefined {
    const done = events.filter(e => kinds.includes(e.kind)).map(e => happened(e, day)).filter((h): h is Happened => h !== undefined);
    return done.sort((a, b) => byDate({ date: a.date, id: a.event.id }, { date: b.date, id: b.event.id }))[0];
}

/**
 * When an agreement takes effect, for the agreement it supersedes: its entry into force (or
 * provisional application) when it has such an event; else its signature; else its announcement.
 */
function takenEffect(events: readonly AgreementEvent[], day: Day): Happened | undefined {
    if (events.some(e => e.kind === 'in_force' || e.kind === 'provisional_application')) return earliest(events, ['in_force', 'provisional_application'], day);
    if (events.some(e => e.kind === 'signed')) return earliest(events, ['signed'], day);
    return earliest(events, ['announced'], day);
}

interface Decision {
    status: AgreementStanding;
    since: string | null;
    basis?: StatusBasis;
    approximate: boolean;
    uncertain: boolean;
    reason: string;
}

const END_ORDER: Record<string, number> = { terminated: 0, superseded: 1, expired: 2 };

const STEP_WORDS: Partial<Record<EventKind, string>> = {
    announced: 'announced', signed: 'signed', ratified: 'ratified', in_force: 'in force',
    provisional_application: 'provisionally applied', expiry: 'expires', terminated: 'terminated'
};

/** `on 2026-03-06`, or `in 2026-03` for a date known only to the month or year. */
function describeDate(date: string): string {
    const parsed = modelDate(date);
    return parsed && parsed.precision !== 'day' ? `in ${date}` : `on ${date}`;
}

function fromEvent(status: AgreementStanding, done: Happened, words: string): Decision {
    return {
        status,
        since: done.date,
        basis: { kind: 'event', id: done.event.id },
        approximate: done.approximate,
        uncertain: done.event.uncertain,
        reason: `${words} ${describeDate(done.date)} (${done.event.id})`
    };
}

/** The status of one agreement on the day, with the event or relation that decided it. */
export function decideAgreement(agreement: Agreement, index: AgreementIndex, day: Day): Decision {
    const events = index.eventsOf.get(agreement.id) ?? [];
    const ends: Decision[] = [];
    const terminated = earliest(events, ['terminated'], day);
    if (terminated) ends.push(fromEvent('terminated', terminated, 'terminated'));
    const expired = earliest(events, ['expiry'], day);
    if (expired) ends.push(fromEvent('expired', expired, 'expired'));
    for (const relation of index.supersededBy.get(agreement.id) ?? []) {
        const effect = takenEffect(index.eventsOf.get(relation.from) ?? [], day);
        if (!effect) continue;
        const verb = relation.kind === 'supersedes' ? 'superseded by' : 'succeeded by';
        const title = index.titles.get(relation.from);
        ends.push({
            status: 'superseded',
            since: effect.date,
            basis: { kind: 'relation', id: relation.id },
            approximate: effect.approximate,
            uncertain: relation.uncertain || effect.event.uncertain,
            reason: `${verb} ${relation.from}${title ? ` "${title}"` : ''}, ${STEP_WORDS[effect.event.kind] ?? effect.event.kind} ${describeDate(effect.date)} (${effect.event.id})`
        });
    }
    if (ends.length > 0) {
        ends.sort((a, b) => compareFirstDays(modelDate(a.since)!, modelDate(b.since)!) || END_ORDER[a.status]! - END_ORDER[b.status]!);
        return ends[0]!;
    }
    const steps: Array<[AgreementStanding, EventKind[], string]> = [
        ['in_force', ['in_force'], 'in force'],
        ['provisionally_applied', ['provisional_application'], 'provisionally applied'],
        ['signed', ['signed'], 'signed'],
        ['signed', ['ratified'], 'ratified'],
        ['announced', ['announced'], 'announced']
    ];
    for (const [status, kinds, words] of steps) {
        const done = earliest(events, kinds, day);
        if (done) return withNext(fromEvent(status, done, words), events, day);
    }
    return withNext({
        status: 'draft', since: null, approximate: false, uncertain: false,
        reason: `not yet announced, signed or in force on ${day.value}`
    }, events, day);
}

/** Adds the next step with a known date (`next: in force on 2026-07-01`), or the step waiting for a date. */
function withNext(decision: Decision, events: readonly AgreementEvent[], day: Day): Decision {
    const lifecycle: EventKind[] = ['announced', 'signed', 'ratified', 'provisional_application', 'in_force', 'review', 'expiry', 'terminated'];
    const upcoming: Array<{ id: string; date: string; event: AgreementEvent }> = [];
    for (const event of events) {
        if (!lifecycle.includes(event.kind) || event.date?.status !== 'resolved' || event.date.value === null) continue;
        // A recurring review: its first occurrence after the day.
        const dates = event.date.occurrences?.dates ?? [event.date.value];
        const date = dates.find(d => { const parsed = modelDate(d); return parsed !== undefined && placeOf(parsed, day) === 'future'; });
        if (date !== undefined) upcoming.push({ id: event.id, date, event });
    }
    upcoming.sort(byDate);
    const next = upcoming[0];
    const words = (event: AgreementEvent) => event.kind === 'review' ? `review${event.name && event.name !== 'review' ? ` ${event.name}` : ''}` : STEP_WORDS[event.kind];
    if (next) return { ...decision, reason: `${decision.reason}; next: ${words(next.event)} ${describeDate(next.date)} (${next.id})` };
    // The next step written without a date, or with one that does not resolve yet.
    const order: AgreementStanding[] = ['draft', 'announced', 'signed', 'provisionally_applied', 'in_force'];
    const step: Partial<Record<EventKind, AgreementStanding>> = { announced: 'announced', signed: 'signed', ratified: 'signed', provisional_application: 'provisionally_applied', in_force: 'in_force' };
    const reached = order.indexOf(decision.status);
    const waiting = events.find(e => step[e.kind] !== undefined && order.indexOf(step[e.kind]!) > reached && e.date?.status !== 'resolved');
    if (!waiting) return decision;
    const why = waiting.date ? ` (${waiting.date.reason ?? waiting.date.status})` : '';
    return { ...decision, reason: `${decision.reason}; next: ${STEP_WORDS[waiting.kind]}, no date yet${why}` };
}

/** The agreement's parties on the day: roles `party` and memberships, with joins, departures and withdrawals. */
export function partiesOn(agreement: Agreement, index: AgreementIndex, day: Day): PartyStanding[] {
    const ids: string[] = [];
    for (const role of agreement.roles) if (role.role === 'party' && !ids.includes(role.party)) ids.push(role.party);
    for (const membership of agreement.memberships ?? []) if (!ids.includes(membership.party)) ids.push(membership.party);
    const withdrawals = (index.eventsOf.get(agreement.id) ?? []).filter(e => e.kind === 'withdrawal');
    return ids.map(party => {
        const standing: PartyStanding = { party, standing: 'member' };
        const membership = membershipOn(agreement.memberships ?? [], party, day);
        const reasons: string[] = [];
        if (membership?.joined) {
            const joined = membership.joined.status === 'resolved' ? modelDate(membership.joined.value) : undefined;
            if (!joined) {
                standing.standing = 'not_yet';
                reasons.push(`joins on a date not known yet (${membership.joined.reason ?? membership.joined.text})`);
            } else {
                standing.joined = joined.value;
                if (placeOf(joined, day) === 'future') {
                    standing.standing = 'not_yet';
                    reasons.push(`joins ${describeDate(joined.value)}`);
                } else {
                    reasons.push(`joined ${describeDate(joined.value)}`);
                }
            }
        }
        if (membership?.left?.status === 'resolved') {
            const left = modelDate(membership.left.value);
            if (left) {
                standing.left = left.value;
                if (placeOf(left, day) === 'future') reasons.push(`leaves ${describeDate(left.value)}`);
                else {
                    standing.standing = 'left';
                    reasons.push(`left ${describeDate(left.value)}`);
                }
            }
        }
        for (const withdrawal of withdrawals) {
            if (!withdrawal.by.includes(party)) continue;
            const done = happened(withdrawal, day);
            if (!done) continue;
            if (standing.standing !== 'left' || standing.left === undefined) {
                standing.standing = 'left';
                standing.left = done.date;
                reasons.push(`withdrew ${describeDate(done.date)} (${withdrawal.id})`);
            }
        }
        if (reasons.length > 0) standing.reason = reasons.join('; ');
        return standing;
    });
}

/**
 * The membership of a party that counts on the day: of its `member` lines (a party may leave and
 * join again), the last one that has started by then; else the first, which has not started yet.
 */
function membershipOn(memberships: readonly Membership[], party: string, day: Day): Membership | undefined {
    const mine = memberships.filter(m => m.party === party);
    const started = (m: Membership): boolean => {
        if (!m.joined) return true;
        const joined = m.joined.status === 'resolved' ? modelDate(m.joined.value) : undefined;
        return joined !== undefined && placeOf(joined, day) !== 'future';
    };
    return [...mine].reverse().find(started) ?? mine[0];
}

export function agreementStatus(agreement: Agreement, index: AgreementIndex, day: Day): AgreementStatus {
    const decision = decideAgreement(agreement, index, day);
    const status: AgreementStatus = {
        id: agreement.id,
        form: agreement.form,
        title: agreement.title,
        status: decision.status,
        since: decision.since,
        approximate: decision.approximate,
        uncertain: decision.uncertain,
        reason: decision.reason,
        parties: partiesOn(agreement, index, day),
        location: agreement.location
    };
    if (decision.basis) {
        // Keep the schema's key order: basis right after since.
        return {
            id: status.id, form: status.form, title: status.title, status: status.status, since: status.since,
            basis: decision.basis, approximate: status.approximate, uncertain: status.uncertain, reason: status.reason,
            parties: status.parties, location: status.location
        };
    }
    return status;
}
