import type { CalendarDate } from '../../deadlines/calendar-date.js';
import { isSurelyAfter } from '../../deadlines/calendar-date.js';
import type { Event, EventKind } from '../../generated/ast.js';
import { createRule } from '../rule.js';
import { lineOf, safely } from './rule-support.js';
import { eventWorlds } from '../../branches/branch-members.js';

/**
 * For each event kind, the kinds that cannot come after it. The lifecycle is
 * announced ≤ signed ≤ ratified ≤ in_force ≤ expiry; a termination comes after entry into
 * force, a withdrawal after signature (a signatory may withdraw before entry into force).
 */
const MUST_PRECEDE: Partial<Record<EventKind, readonly EventKind[]>> = {
    signed: ['announced'],
    ratified: ['announced', 'signed'],
    in_force: ['announced', 'signed', 'ratified'],
    expiry: ['announced', 'signed', 'ratified', 'in_force'],
    terminated: ['announced', 'signed', 'in_force'],
    withdrawal: ['announced', 'signed']
};

const AS_LATER: Partial<Record<EventKind, string>> = {
    signed: 'be signed',
    ratified: 'be ratified',
    in_force: 'enter into force',
    expiry: 'expire',
    terminated: 'be terminated',
    withdrawal: 'be withdrawn from'
};
const AS_EARLIER: Partial<Record<EventKind, string>> = {
    announced: 'announced',
    signed: 'signed',
    ratified: 'ratified',
    in_force: 'in force'
};

/** A later state ratifying a multilateral agreement after its entry into force is normal. */
function exempt(earlier: Event, later: Event): boolean {
    return earlier.kind === 'ratified' && later.kind === 'in_force' && (earlier.by?.length ?? 0) > 0;
}

interface DatedEvent {
    event: Event;
    date: CalendarDate;
}

/**
 * An agreement's lifecycle out of order. Dates known only to the month or year are compared
 * by every day they can stand for, so `signed 2026-02` after `announced 2026-02-04` is fine.
 * Reported on the event written later in the text.
 */
export const dateOrderRule = createRule({
    code: 'pacta/date-order',
    severity: 'error',
    description: 'Lifecycle events out of order: announced ≤ signed ≤ ratified ≤ in_force ≤ expiry; terminated after in_force, withdrawal after signed.',
    checks: {
        Agreement: (agreement, context) => {
            const resolver = context.services.deadlines.DeadlineResolver;
            // The events that can happen together (1.4 branches): the agreement's own and those of
            // taken arms, then each other arm with them. An arm's world reports only pairs it adds.
            for (const world of eventWorlds(agreement)) {
                // Per kind and precision, the earliest and the latest date seen so far in the text: with one
                // precision, the earliest start also has the earliest end, so these two decide every pair.
                const earliest = new Map<string, DatedEvent>();
                const latest = new Map<string, DatedEvent>();
                for (const event of world.events) {
                    if (!resolver.dateOf(event) || !(event.kind in MUST_PRECEDE || event.kind in AS_EARLIER)) continue;
                    const resolution = safely(() => resolver.resolveDated(event));
                    if (resolution?.status !== 'resolved') continue;
                    // `about` and `by` dates (1.4) do not say the day: they are not checked for order.
                    if (resolution.approximate || resolution.bound === 'by') continue;
                    const current: DatedEvent = { event, date: { value: resolution.date, precision: resolution.precision } };
                    const conflict = findConflict(current, earliest, latest);
                    if (conflict && (!world.arm || event.$container === world.arm || conflict.other.event.$container === world.arm)) {
                        const [earlier, later] = conflict.mustPrecede ? [conflict.other, current] : [current, conflict.other];
                        const name = (e: Event) => e.name ?? e.kind;
                        const other = conflict.other;
                        // On the inline date, or on the date claim the event's date is taken from.
                        const claim = resolver.chosenClaim(event);
                        context.report({
                            node: claim ?? event,
                            property: 'when',
                            message:
                                `'${name(event)}' (${current.date.value}) is ${conflict.mustPrecede ? 'before' : 'after'} '${name(other.event)}' (${other.date.value}, line ${lineOf(other.event) ?? '?'}): `
                                + `an agreement cannot ${AS_LATER[later.event.kind] ?? later.event.kind} before it is ${AS_EARLIER[earlier.event.kind] ?? earlier.event.kind}.`,
                            hint: 'Check both dates against the source; the order is announced, signed, ratified, in force, then expiry or termination.',
                            data: { event: name(event), other: name(other.event), date: current.date.value, otherDate: other.date.value }
                        });
                    }
                    const key = `${event.kind}/${current.date.precision}/${(event.by?.length ?? 0) > 0 ? 'by' : 'all'}`;
                    const first = earliest.get(key);
                    if (!first || isSurelyAfter(first.date, current.date)) earliest.set(key, current);
                    const last = latest.get(key);
                    if (!last || isSurelyAfter(current.date, last.date)) latest.set(key, current);
                }
            }
        }
    }
});

interface Conflict {
    other: DatedEvent;
    /** True when `other` must come before the current event (and is after it). */
    mustPrecede: boolean;
}

/** Keys of the maps above for one kind: per precision, and with or without `by` parties. */
function keysOf(kind: string): readonly string[] {
    let keys = KEYS.get(kind);
    if (!keys) {
        keys = ['day', 'month', 'year'].flatMap(precision => [`${kind}/${precision}/all`, `${kind}/${precision}/by`]);
        KEYS.set(kind, keys);
    }
    return keys;
}
const KEYS = new Map<string, readonly string[]>();

/** For each kind, the kinds that must precede it, the closest stage first. */
const PRECEDING_CLOSEST_FIRST = new Map<string, readonly EventKind[]>(Object.entries(MUST_PRECEDE).map(([kind, before]) => [kind, [...before].reverse()]));
const MUST_PRECEDE_ENTRIES = Object.entries(MUST_PRECEDE) as Array<[string, readonly EventKind[]]>;

function findConflict(current: DatedEvent, earliest: Map<string, DatedEvent>, latest: Map<string, DatedEvent>): Conflict | undefined {
    // The closest stage first: an expiry before entry into force is reported against in_force.
    for (const kind of PRECEDING_CLOSEST_FIRST.get(current.event.kind) ?? []) {
        for (const key of keysOf(kind)) {
            const other = latest.get(key);
            if (other && !exempt(other.event, current.event) && isSurelyAfter(other.date, current.date)) {
                return { other, mustPrecede: true };
            }
        }
    }
    for (const [laterKind, before] of MUST_PRECEDE_ENTRIES) {
        if (!before.includes(current.event.kind)) continue;
        for (const key of keysOf(laterKind)) {
            const other = earliest.get(key);
            if (other && !exempt(current.event, other.event) && isSurelyAfter(current.date, other.date)) {
                return { other, mustPrecede: false };
            }
        }
    }
    return undefined;
}
