/**
 * When an agreement starts and when it takes effect, from its dated events; shared by the rules
 * on memberships and relations. Nothing here reports findings.
 */
import { supersessionStep } from '../../deadlines/supersession.js';
import { type CalendarDate, compareDates } from '../../deadlines/calendar-date.js';
import type { Agreement, Event, EventKind, Relation } from '../../generated/ast.js';
import type { PactaServices } from '../../pacta-module.js';
import { safely, workspaceMemo } from './rule-support.js';

export interface DatedEvent {
    readonly event: Event;
    readonly date: CalendarDate;
}

/** The events that can start an agreement's life, whichever comes first. */
export const START_KINDS: readonly EventKind[] = ['announced', 'signed', 'adopted', 'provisional_application', 'in_force'];

/**
 * The steps of a successor's life that `supersedes X upon STEP` may name (docs/language.md);
 * without `upon`, a supersession takes effect when the successor enters into force.
 */
export const SUPERSESSION_STEPS: readonly EventKind[] = ['announced', 'signed', 'adopted', 'ratified', 'provisional_application', 'in_force'];

function earliest(agreement: Agreement, kinds: readonly EventKind[], services: PactaServices): DatedEvent | undefined {
    let first: DatedEvent | undefined;
    for (const event of agreement.events ?? []) {
        if (!kinds.includes(event.kind)) continue;
        const resolution = safely(() => services.deadlines.DeadlineResolver.resolveDated(event));
        if (resolution?.status !== 'resolved') continue;
        const date: CalendarDate = { value: resolution.date, precision: resolution.precision };
        if (!first || compareDates(date, first.date) < 0) first = { event, date };
    }
    return first;
}

/**
 * When an agreement starts: the earliest date of its `announced`, `signed`,
 * `provisional_application` and `in_force` events; undefined when none has a date.
 */
export function startOf(agreement: Agreement, services: PactaServices): DatedEvent | undefined {
    const cache = workspaceMemo(services, 'agreement-dates/start', () => new WeakMap<Agreement, DatedEvent | null>());
    let start = cache.get(agreement);
    if (start === undefined) {
        start = earliest(agreement, START_KINDS, services) ?? null;
        cache.set(agreement, start);
    }
    return start ?? undefined;
}

/**
 * When a `supersedes`/`succeeds` relation ends the agreement it points at: the earliest dated
 * event of its `upon` kind on the successor (`in_force` when not written). Undefined when the
 * successor has no such event with a date. The SDK's status report follows the same rule.
 */
export function supersessionEffectOf(relation: Relation, services: PactaServices): DatedEvent | undefined {
    const kind = supersessionStep(relation);
    return relation.$container ? earliest(relation.$container, [kind], services) : undefined;
}

/** `'signed' (2025-10-27)`, for messages. */
export function describeDated(dated: DatedEvent): string {
    return `'${dated.event.name ?? dated.event.kind}' (${dated.date.value})`;
}
