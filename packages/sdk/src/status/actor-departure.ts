/**
 * A commitment binds its actors as parties of its agreement: once a party has withdrawn (a
 * `withdrawal … by X` event) or left (`member X … left DATE`), the commitments it made there no
 * longer bind it. When every actor has gone, the commitment binds nobody — from the day after the
 * last of them left, as a commitment of an agreement that ended (`closingEnd`'s rule: the day
 * they leave is still a live day). One rule for `statusAsOf` and the deadline lists.
 */
import type { Agreement, Commitment } from '../model.js';
import { dayBefore } from '../deadlines/periods.js';
import { type AgreementIndex, partiesOn } from './agreement-status.js';
import { type Day, compareFirstDays, daysBetween, lastDay, modelDate, parseDay } from './dates.js';
import type { PartyStanding } from './model.js';

export interface ActorDeparture {
    /** The parties of the actors (an agency counts as the party it is `of`) that had left before the day, in the order of the actors. */
    left: PartyStanding[];
    /** Every actor is, or belongs to, a party that had left: the commitment binds nobody. */
    all: boolean;
    /** With `all`: the day the last of them left (`2026-01-27`, or a month or year). */
    since?: string;
    /** With `all`: that day is surely before the day asked about (false while the day may be inside a month or year of leaving). */
    certain: boolean;
    /** `US withdrew on 2026-01-27 (paris.us_exit)`, one clause per party, joined with `; `. */
    words: string;
}

/** Whether anyone can leave the agreement at all: a withdrawal event or a membership with a `left` date. */
function canLose(agreement: Agreement, index: AgreementIndex): boolean {
    return (index.eventsOf.get(agreement.id) ?? []).some(event => event.kind === 'withdrawal') || (agreement.memberships ?? []).some(membership => membership.left !== undefined);
}

/** The party of the agreement an actor is, or belongs to (`agency USTR … of US` → US); undefined for one that is not bound as a party. */
function partyOfActor(actor: string, parties: ReadonlySet<string>, index: AgreementIndex): string | undefined {
    const seen = new Set<string>();
    for (let current: string | undefined = actor; current !== undefined && !seen.has(current); current = index.parentOf.get(current)) {
        if (parties.has(current)) return current;
        seen.add(current);
    }
    return undefined;
}

/** Which of the commitment's actors had left its agreement before `day`; undefined when none had. */
export function actorDeparture(commitment: Commitment, agreement: Agreement, index: AgreementIndex, day: Day): ActorDeparture | undefined {
    if (commitment.actors.length === 0 || !canLose(agreement, index)) return undefined;
    const before = parseDay(dayBefore(day.value));
    if (!before) return undefined;
    const standings = partiesOn(agreement, index, before);
    const byParty = new Map(standings.map(standing => [standing.party, standing]));
    const actorParties = commitment.actors.map(actor => partyOfActor(actor, new Set(byParty.keys()), index));
    const left: PartyStanding[] = [];
    for (const party of actorParties) {
        const standing = party !== undefined ? byParty.get(party) : undefined;
        if (standing?.standing === 'left' && !left.includes(standing)) left.push(standing);
    }
    if (left.length === 0) return undefined;
    const words = left.map(standing => `${standing.party} ${standing.reason ?? `left ${standing.left ?? ''}`.trim()}`).join('; ');
    const all = actorParties.every(party => party !== undefined && byParty.get(party)?.standing === 'left');
    if (!all) return { left, all, certain: false, words };
    // The last to leave decides; a date not known (a membership ended without one) cannot be after the day.
    const dates = left.map(standing => modelDate(standing.left)).filter(date => date !== undefined);
    const last = dates.sort(compareFirstDays).at(-1);
    const certain = last === undefined || daysBetween(lastDay(last), day) > 0;
    return { left, all, ...(last ? { since: last.value } : {}), certain, words };
}
