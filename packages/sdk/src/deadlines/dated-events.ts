import type { Deadline, EventKind, PactaOutput } from '../model.js';

/**
 * Event kinds a calendar lists by their written date as well: a review and an expiry are
 * appointments ahead, and a plain `event` (a ministerial meeting, a list published) is named for
 * the calendar. The steps of an agreement's life (announced, signed, ratified, provisional
 * application, in force, terminated, withdrawal) are records the status reports, not calendar items.
 */
export const CALENDAR_EVENT_KINDS: readonly EventKind[] = ['review', 'expiry', 'event'];

/**
 * The events of those kinds dated by a written date (the compiled `deadlines` hold only computed
 * dates: relative or open-ended ones), as deadlines to list: `<event id>.date`, as a computed one would be.
 */
export function datedEvents(output: PactaOutput): Deadline[] {
    const listed = new Set(output.deadlines.map(d => d.subject));
    return output.events.flatMap(event => {
        const date = event.date;
        if (!date || listed.has(event.id) || !CALENDAR_EVENT_KINDS.includes(event.kind) || date.status !== 'resolved' || date.relative) return [];
        return [
            {
                id: `${event.id}.date`,
                subject: event.id,
                subjectKind: 'event',
                agreement: event.agreement,
                kind: date.bound,
                status: date.status,
                date: date.value,
                precision: date.precision,
                text: date.text,
                chain: [...date.chain],
                actors: [...event.by],
                ...(date.form !== undefined ? { form: date.form } : {}),
                location: event.location,
                ...(event.branch !== undefined ? { branch: event.branch } : {})
            } satisfies Deadline
        ];
    });
}
