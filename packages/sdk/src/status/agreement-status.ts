/**
 * The status of an agreement or instrument on a day, from its events and the relations that
 * point at it. See docs/status.md for the rules; in short:
 * - An event counts from the first day its date can stand for (2026-03 → 2026-03-01); while the
 *   as-of day is inside a month or year date, the status is `approximate`.
 * - Ends: `terminated` (a `terminated` event), `expired` (an `expiry` event), `superseded`
 *   (another agreement `supersedes` or `succeeds` it, for all parties, and has entered into
 *   force, or taken the step its `upon` names). The earliest end that has happened wins; on the
 *   same day: terminated, superseded, expired.
 * - Otherwise the furthest step reached: `in_force` > `provisionally_applied` > `signed`
 *   (signed, or else ratified) > `announced`; `draft` when its steps are all dated after the
 *   day; `unknown` when none of them has a date.
 */
import { endsItsTarget, supersessionStep } from '@pacta/language';
import type { Agreement, AgreementEvent, EventKind, Membership, PactaOutput, Relation } from '../model.js';
import { dayBefore } from '../deadlines/periods.js';
import { type Day, compareFirstDays, daysBetween, firstDay, lastDay, modelDate, parseDay, placeOf } from './dates.js';
import type { AgreementStanding, AgreementStatus, NextStep, PartyStanding, StatusBasis } from './model.js';
import { UncertaintyIndex } from '../deadlines/uncertainty.js';
import { BranchIndex } from './branches.js';
import { STEP_WORDS, describeDate, eventUncertainty, nextStep, uncertainWords } from './next-step.js';

/** The events and incoming relations of every agreement, looked up once per report. */
export interface AgreementIndex {
    readonly eventsOf: ReadonlyMap<string, readonly AgreementEvent[]>;
    readonly supersededBy: ReadonlyMap<string, readonly Relation[]>;
    readonly titles: ReadonlyMap<string, string>;
    readonly uncertainty: UncertaintyIndex;
    /** The branches (1.4); events of an arm not taken are in no list, those of an arm not yet taken only in `conditionalEventsOf`. */
    readonly branches: BranchIndex;
    readonly conditionalEventsOf: ReadonlyMap<string, readonly AgreementEvent[]>;
    /** The party each party belongs to (`agency USTR … of US` → US): an actor is bound as its party. */
    readonly parentOf: ReadonlyMap<string, string | undefined>;
}

/** `asOf` (`YYYY-MM-DD`): the day of a status report, for branches recorded taken later (see `BranchIndex`). */
export function indexAgreements(output: PactaOutput, asOf?: string): AgreementIndex {
    const eventsOf = new Map<string, AgreementEvent[]>();
    const conditionalEventsOf = new Map<string, AgreementEvent[]>();
    const branches = new BranchIndex(output, asOf);
    for (const event of output.events) {
        if (branches.notTaken(event)) continue;
        if (branches.conditional(event)) {
            conditionalEventsOf.set(event.agreement, [...(conditionalEventsOf.get(event.agreement) ?? []), event]);
            continue;
        }
        const list = eventsOf.get(event.agreement);
        if (list) list.push(event);
        else eventsOf.set(event.agreement, [event]);
    }
    const supersededBy = new Map<string, Relation[]>();
    for (const relation of output.relations) {
        if (!endsItsTarget(relation)) continue;
        const list = supersededBy.get(relation.to);
        if (list) list.push(relation);
        else supersededBy.set(relation.to, [relation]);
    }
    return {
        eventsOf,
        supersededBy,
        titles: new Map(output.agreements.map(a => [a.id, a.title])),
        uncertainty: new UncertaintyIndex(output),
        branches,
        conditionalEventsOf,
        parentOf: new Map(output.parties.map(p => [p.id, p.parent]))
    };
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
    return place === 'future' ? undefined : { event, date: date.value, approximate: place === 'within' || event.date.approximate === true };
}

/** Earliest first: by the first day each date can stand for, then by id. */
function byDate(a: { date: string; id: string }, b: { date: string; id: string }): number {
    return compareFirstDays(modelDate(a.date)!, modelDate(b.date)!) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The earliest event of these kinds that has happened on the day. */
function earliest(events: readonly AgreementEvent[], kinds: readonly EventKind[], day: Day): Happened | undefined {
    const done = events
        .filter(e => kinds.includes(e.kind))
        .map(e => happened(e, day))
        .filter((h): h is Happened => h !== undefined);
    return done.sort((a, b) => byDate({ date: a.date, id: a.event.id }, { date: b.date, id: b.event.id }))[0];
}

/**
 * When a `supersedes`/`succeeds` relation ends its target: the successor's entry into force, or
 * the step its `upon` names (`supersedes msp upon announced`). The validation rule
 * `pacta/deadline-after-superseded` follows the same rule (`supersessionEffectOf`).
 */
function takenEffect(relation: Relation, index: AgreementIndex, day: Day): Happened | undefined {
    return earliest(index.eventsOf.get(relation.from) ?? [], [supersessionStep(relation)], day);
}

export interface Decision {
    status: AgreementStanding;
    since: string | null;
    basis?: StatusBasis;
    approximate: boolean;
    uncertain: boolean;
    reason: string;
    next?: NextStep;
}

const END_ORDER: Record<string, number> = { terminated: 0, superseded: 1, expired: 2 };

/** The steps that begin an agreement's life; with none dated, its status is `unknown`. */
const BEGINNINGS: readonly EventKind[] = ['announced', 'signed', 'adopted', 'ratified', 'provisional_application', 'in_force'];

function fromEvent(status: AgreementStanding, done: Happened, words: string, index: AgreementIndex): Decision {
    const basis = eventUncertainty(done.event, index.uncertainty);
    return {
        status,
        since: done.date,
        basis: { kind: 'event', id: done.event.id },
        approximate: done.approximate,
        uncertain: basis.length > 0,
        reason: `${words} ${describeDate(done.date)} (${[done.event.id, ...uncertainWords(basis)].join(', ')})`
    };
}

/**
 * How the agreement has ended by the day (`terminated`, `expired` or `superseded`, with the day
 * and the event or relation), or undefined while it has not: the rule `decideAgreement` applies
 * first, also used by the deadline lists to close the occurrences after an agreement's end.
 */
export function agreementEnd(agreement: Agreement, index: AgreementIndex, day: Day): Decision | undefined {
    return decideEnd(agreement, index, day).end;
}

/**
 * The end of an agreement that closes what is due on `day` — an occurrence due that day (deadline
 * lists), or every commitment on the as-of `day` (status: `lapsed`). One rule for both views:
 * - an agreement's end date is its **last day**: what falls due on it is live that day, and only an
 *   end before `day` closes anything (`agreementEnd` on the day before);
 * - an end known only to the month or year (`terminated 2026-06`) that may fall before `day` but
 *   may also fall on or after it is `certain: false`: it **possibly** closes, it does not close.
 * `words` says it as lists and reasons do: `terminated 2025-01-01`, `superseded 2025-03-31 (uncertain)`.
 */
export interface ClosingEnd {
    end: Decision;
    certain: boolean;
    words: string;
}

export function closingEnd(agreement: Agreement, index: AgreementIndex, day: Day): ClosingEnd | undefined {
    const before = parseDay(dayBefore(day.value));
    const end = before ? agreementEnd(agreement, index, before) : undefined;
    if (!end) return undefined;
    const since = end.since !== null ? modelDate(end.since) : undefined;
    const certain = since === undefined || daysBetween(lastDay(since), day) > 0;
    return { end, certain, words: `${end.status} ${end.since}${end.uncertain ? ' (uncertain)' : ''}` };
}

function decideEnd(agreement: Agreement, index: AgreementIndex, day: Day): { end?: Decision; waiting: string[] } {
    const events = index.eventsOf.get(agreement.id) ?? [];
    const ends: Decision[] = [];
    const terminated = earliest(events, ['terminated'], day);
    if (terminated) ends.push(fromEvent('terminated', terminated, 'terminated', index));
    const expired = earliest(events, ['expiry'], day);
    if (expired) ends.push(fromEvent('expired', expired, 'expired', index));
    const waiting: string[] = [];
    for (const relation of index.supersededBy.get(agreement.id) ?? []) {
        const effect = takenEffect(relation, index, day);
        if (!effect) {
            const step = STEP_WORDS[supersessionStep(relation)] ?? relation.upon;
            waiting.push(`${relation.kind === 'supersedes' ? 'superseded' : 'succeeded'} by ${relation.from} once it is ${step}${relation.uncertain ? ' (marked uncertain)' : ''}`);
            continue;
        }
        const verb = relation.kind === 'supersedes' ? 'superseded by' : 'succeeded by';
        const basis = eventUncertainty(effect.event, index.uncertainty);
        const title = index.titles.get(relation.from);
        ends.push({
            status: 'superseded',
            since: effect.date,
            basis: { kind: 'relation', id: relation.id },
            approximate: effect.approximate,
            uncertain: relation.uncertain || basis.length > 0,
            reason: `${verb} ${relation.from}${title ? ` "${title}"` : ''}${relation.uncertain ? ' (marked uncertain)' : ''}, ${STEP_WORDS[effect.event.kind] ?? effect.event.kind} ${describeDate(effect.date)} (${[effect.event.id, ...uncertainWords(basis)].join(', ')})`
        });
    }
    ends.sort((a, b) => compareFirstDays(modelDate(a.since)!, modelDate(b.since)!) || END_ORDER[a.status]! - END_ORDER[b.status]!);
    return ends.length > 0 ? { end: ends[0]!, waiting } : { waiting };
}

/** The status of one agreement on the day, with the event or relation that decided it. */
export function decideAgreement(agreement: Agreement, index: AgreementIndex, day: Day): Decision {
    const events = index.eventsOf.get(agreement.id) ?? [];
    const { end, waiting } = decideEnd(agreement, index, day);
    if (end) return end;
    const steps: Array<[AgreementStanding, EventKind[], string]> = [
        ['in_force', ['in_force'], 'in force'],
        ['provisionally_applied', ['provisional_application'], 'provisionally applied'],
        ['signed', ['signed'], 'signed'],
        // An act adopted (an EU regulation) stands where a signed agreement does (1.4).
        ['signed', ['adopted'], 'adopted'],
        ['signed', ['ratified'], 'ratified'],
        ['announced', ['announced'], 'announced']
    ];
    const pending = waiting.length > 0 ? `; to be ${waiting.join('; to be ')}` : '';
    for (const [status, kinds, words] of steps) {
        const done = earliest(events, kinds, day);
        if (done) return withNext(withPending(fromEvent(status, done, words, index), pending), events, index, day, agreement.id);
    }
    const dated = events.some(e => BEGINNINGS.includes(e.kind) && modelDate(e.date?.status === 'resolved' ? e.date.value : null) !== undefined);
    const first: Decision = dated
        ? { status: 'draft', since: null, approximate: false, uncertain: false, reason: `not yet announced, signed or in force on ${day.value}` }
        : { status: 'unknown', since: null, approximate: false, uncertain: false, reason: 'no date recorded: none of announced, signed, ratified, provisional_application, in_force has a date' };
    return withNext(withPending(first, pending), events, index, day, agreement.id);
}

function withPending(decision: Decision, pending: string): Decision {
    return pending ? { ...decision, reason: decision.reason + pending } : decision;
}

/** Adds the next step (`next: in force on 2026-07-01`), marked when uncertain or conditional. */
function withNext(decision: Decision, events: readonly AgreementEvent[], index: AgreementIndex, day: Day, agreement: string): Decision {
    const conditional = index.conditionalEventsOf.get(agreement) ?? [];
    const next = nextStep(decision.status, conditional.length > 0 ? [...events, ...conditional] : events, index.uncertainty, day, index.branches);
    return next ? { ...decision, reason: `${decision.reason}; ${next.words}`, next: next.step } : decision;
}

/**
 * The memberships of an agreement: its `member` lines, and its `parties` roles written with a span
 * (`parties VN from 2019-01-14`), which join and leave as a membership does.
 */
export function membershipsOf(agreement: Agreement): readonly Membership[] {
    const spans = agreement.roles
        .filter(role => role.role === 'party' && (role.from !== undefined || role.until !== undefined))
        .map(
            (role): Membership => ({
                party: role.party,
                ...(role.from ? { joined: role.from } : {}),
                ...(role.until ? { left: role.until } : {}),
                citations: role.citations ?? [],
                uncertain: role.uncertain ?? false,
                location: agreement.location
            })
        );
    // In the order they begin, as `membershipOn` reads them (the latest begun counts), whatever the
    // order they are written in: one with no join date first, one whose join has no date yet last.
    const start = (membership: Membership): string => {
        if (!membership.joined) return '';
        const date = membership.joined.status === 'resolved' ? modelDate(membership.joined.value) : undefined;
        return date ? firstDay(date).value : '~';
    };
    return [...(agreement.memberships ?? []), ...spans].sort((a, b) => (start(a) < start(b) ? -1 : start(a) > start(b) ? 1 : 0));
}

/** The agreement's parties on the day: roles `party` and memberships, with joins, departures and withdrawals. */
export function partiesOn(agreement: Agreement, index: AgreementIndex, day: Day): PartyStanding[] {
    const ids: string[] = [];
    for (const role of agreement.roles) if (role.role === 'party' && !ids.includes(role.party)) ids.push(role.party);
    const memberships = membershipsOf(agreement);
    for (const membership of memberships) if (!ids.includes(membership.party)) ids.push(membership.party);
    const withdrawals = (index.eventsOf.get(agreement.id) ?? []).filter(e => e.kind === 'withdrawal');
    return ids.map(party => {
        const standing: PartyStanding = { party, standing: 'member' };
        const membership = membershipOn(memberships, party, day);
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
        // The latest withdrawal that has happened counts (a party may withdraw, join again, withdraw again).
        const joined = standing.joined !== undefined ? modelDate(standing.joined) : undefined;
        const latest = withdrawals
            .filter(withdrawal => withdrawal.by.includes(party))
            .map(withdrawal => happened(withdrawal, day))
            .filter((done): done is Happened => done !== undefined)
            // A withdrawal before the membership that counts on the day (it joined again) is over.
            .filter(done => !(joined && standing.standing !== 'not_yet' && compareFirstDays(modelDate(done.date)!, joined) < 0))
            .sort((a, b) => byDate({ date: a.date, id: a.event.id }, { date: b.date, id: b.event.id }))
            .at(-1);
        if (latest && (standing.standing !== 'left' || standing.left === undefined)) {
            standing.standing = 'left';
            standing.left = latest.date;
            reasons.push(`withdrew ${describeDate(latest.date)} (${latest.event.id})`);
        }
        if (membership?.uncertain) {
            standing.uncertain = true;
            reasons.push('membership marked uncertain');
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
        binding: agreement.binding,
        status: decision.status,
        since: decision.since,
        // Keys in the schema's order: basis right after since, next after reason.
        ...(decision.basis ? { basis: decision.basis } : {}),
        approximate: decision.approximate,
        uncertain: decision.uncertain,
        reason: decision.reason,
        ...(decision.next ? { next: decision.next } : {}),
        parties: partiesOn(agreement, index, day),
        location: agreement.location
    };
    return status;
}
