/**
 * A commitment binds its actors as parties of its agreement: once a party has withdrawn (a
 * `withdrawal … by X` event) or left (`member X … left DATE`), the commitments it made there no
 * longer bind it. When every actor has gone, the commitment binds nobody — from the day after the
 * last of them left, as a commitment of an agreement that ended (`closingEnd`'s rule: the day they
 * leave is still a live day). One rule for `statusAsOf` and the deadline lists.
 */
import type { Agreement, AgreementEvent, Commitment } from '../model.js';
import { dayBefore, dueDay } from '../deadlines/periods.js';
import { type AgreementIndex, membershipsOf, partiesOn } from './agreement-status.js';
import { type Day, daysBetween, lastDay, modelDate, parseDay } from './dates.js';
import type { ActorDepartures } from './commitment-status.js';
import type { PartyStanding } from './model.js';
import { selfAndParents } from './party-chain.js';
import { describeDate, eventUncertainty } from './next-step.js';

export interface ActorDeparture {
    /** The parties of the actors (an agency counts as the party it is `of`) surely gone before the day, in the order of the actors. */
    left: string[];
    /** Those that may be gone: they leave in a month or year the day before falls in. */
    possibly: string[];
    /** Every actor is, or belongs to, a party that is gone or may be: the commitment binds nobody, or may not. */
    all: boolean;
    /** With `all`: every one of them is surely gone. */
    certain: boolean;
    /** With `all`: when the last of them left (the latest last day: `2026-03` after `2026-03-15`). */
    since?: string;
    /** `US withdrew on 2026-01-27 (climate.us_exit); CN withdrew in 2026-03 (pact.cn_exit)`: each party gone or that may be. */
    words: string;
    /** Ids of the withdrawals it rests on whose date is marked uncertain (or counts from something that is). */
    uncertainBasis: string[];
    /** A membership or withdrawal it rests on is marked uncertain (the words say `(uncertain)`). */
    uncertain: boolean;
}

/** Whether anyone can leave the agreement at all: a withdrawal event or a membership with a `left` date. */
function canLose(agreement: Agreement, index: AgreementIndex): boolean {
    return (index.eventsOf.get(agreement.id) ?? []).some(event => event.kind === 'withdrawal') || membershipsOf(agreement).some(membership => membership.left !== undefined);
}

/** The party of the agreement an actor is, or belongs to (`agency USTR … of US` → US); undefined for one that is not bound as a party. */
function partyOfActor(actor: string, parties: ReadonlySet<string>, index: AgreementIndex): string | undefined {
    for (const id of selfAndParents(actor, index.parentOf)) if (parties.has(id)) return id;
    return undefined;
}

/** How a party went: `withdrew on 2026-01-27 (climate.us_exit)` or `left on 2026-02-01`, with the withdrawal when it was one. */
function howItWent(standing: PartyStanding, events: readonly AgreementEvent[]): { words: string; withdrawal?: AgreementEvent } {
    const withdrawal = events.find(event => event.kind === 'withdrawal' && event.by.includes(standing.party) && event.date?.value === standing.left);
    const when = standing.left !== undefined ? describeDate(standing.left) : 'on a date not known';
    return withdrawal ? { words: `withdrew ${when} (${withdrawal.id})`, withdrawal } : { words: `left ${when}` };
}

/** Which of the commitment's actors had gone from its agreement before `day`; undefined when none had or may have. */
export function actorDeparture(commitment: Commitment, agreement: Agreement, index: AgreementIndex, day: Day): ActorDeparture | undefined {
    if (commitment.actors.length === 0 || !canLose(agreement, index)) return undefined;
    const before = parseDay(dayBefore(day.value));
    if (!before) return undefined;
    const byParty = new Map(partiesOn(agreement, index, before).map(standing => [standing.party, standing]));
    const parties = new Set(byParty.keys());
    const actorParties = commitment.actors.map(actor => partyOfActor(actor, parties, index));
    const events = index.eventsOf.get(agreement.id) ?? [];
    const gone: PartyStanding[] = [];
    for (const party of actorParties) {
        const standing = party !== undefined ? byParty.get(party) : undefined;
        if (standing?.standing === 'left' && !gone.includes(standing)) gone.push(standing);
    }
    if (gone.length === 0) return undefined;
    const left: string[] = [];
    const possibly: string[] = [];
    const words: string[] = [];
    const uncertainBasis: string[] = [];
    let uncertain = false;
    let since: { value: string; last: Day } | undefined;
    for (const standing of gone) {
        const date = modelDate(standing.left);
        // Gone before the day only when the last day its date can stand for is before it.
        const surely = date === undefined || daysBetween(lastDay(date), day) > 0;
        (surely ? left : possibly).push(standing.party);
        const how = howItWent(standing, events);
        const marked = standing.uncertain === true || (how.withdrawal !== undefined && eventUncertainty(how.withdrawal, index.uncertainty).length > 0);
        if (how.withdrawal && (marked || !surely)) uncertainBasis.push(how.withdrawal.id);
        uncertain ||= marked;
        words.push(`${standing.party} ${how.words}${marked ? ' (uncertain)' : ''}`);
        if (date && (!since || daysBetween(since.last, lastDay(date)) > 0)) since = { value: date.value, last: lastDay(date) };
    }
    const all = actorParties.every(party => party !== undefined && byParty.get(party)?.standing === 'left');
    return {
        left,
        possibly,
        all,
        certain: all && possibly.length === 0,
        ...(all && since ? { since: since.value } : {}),
        words: words.join('; '),
        uncertainBasis,
        uncertain
    };
}

/**
 * Who of the commitment's actors is gone on `day`, and on the day its single date falls due (the
 * day the deadline lists close an occurrence by: `dueDay`) — which a party that left and joined
 * again, or leaves before that date, makes differ.
 */
export function actorDepartures(commitment: Commitment, agreement: Agreement, index: AgreementIndex, day: Day): ActorDepartures {
    const asOf = actorDeparture(commitment, agreement, index, day);
    const notYetJoined = actorsNotYetJoined(commitment, agreement, index, day);
    const due = commitment.due;
    const single = due?.status === 'resolved' && due.value !== null && !due.occurrences ? dueDay(due.value, due.bound) : undefined;
    const dueOn = single ? parseDay(single.day) : undefined;
    // Whether every actor was still to join on a date (the last day it stands for): then that date never bound them.
    const notYetJoinedOn = (value: string): string | undefined => {
        const date = modelDate(value);
        return date ? actorsNotYetJoined(commitment, agreement, index, lastDay(date), true) : undefined;
    };
    const joining = { notYetJoinedOn, ...(notYetJoined !== undefined ? { notYetJoined } : {}) };
    if (!dueOn) return { ...(asOf ? { asOf } : {}), ...joining };
    const atDue = actorDeparture(commitment, agreement, index, dueOn);
    return { ...(asOf ? { asOf } : {}), ...(atDue ? { atDue } : {}), fellDue: daysBetween(dueOn, day) > 0, ...joining };
}

/**
 * When every actor's party joins the agreement only after `day` (`member VE joined 2030-01-15`):
 * `VE joins on 2030-01-15`, one clause per party — nothing falls due for them yet, as under an
 * agreement not made yet. Undefined when any actor is bound on the day.
 */
export function actorsNotYetJoined(commitment: Commitment, agreement: Agreement, index: AgreementIndex, day: Day, surely = false): string | undefined {
    if (commitment.actors.length === 0 || !membershipsOf(agreement).some(membership => membership.joined !== undefined)) return undefined;
    const byParty = new Map(partiesOn(agreement, index, day).map(standing => [standing.party, standing]));
    const parties = new Set(byParty.keys());
    const standings = commitment.actors.map(actor => {
        const party = partyOfActor(actor, parties, index);
        return party !== undefined ? byParty.get(party) : undefined;
    });
    // `surely`: each joins on a known date, not marked uncertain (a join not dated yet may have come already).
    const later = (standing: PartyStanding | undefined): boolean => standing?.standing === 'not_yet' && (!surely || (standing.joined !== undefined && standing.uncertain !== true));
    if (!standings.every(later)) return undefined;
    const unique = [...new Set(standings as PartyStanding[])];
    return unique.map(standing => `${standing.party} ${standing.reason ?? 'joins later'}`).join('; ');
}
