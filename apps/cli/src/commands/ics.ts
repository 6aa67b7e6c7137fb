import ical, { ICalEventTransparency } from 'ical-generator';
import { terminalSafe } from '../util/terminal-safe.js';
import { VERSION } from '../version.js';
import { type DeadlineRow, period } from './deadlines.js';

/**
 * iCalendar (RFC 5545) with one all-day VEVENT per resolved deadline, and per listed occurrence of
 * a recurring one (unresolved ones have no date and are left out):
 * - `UID` is the deadline's id plus `@pacta` (`eu_us_japan.mou.due@pacta`): stable, so importing
 *   again updates the events instead of duplicating them;
 * - `DTSTART;VALUE=DATE` the date, `DTEND` the day after (exclusive, as RFC 5545 wants); a date
 *   known only to the month or year spans that month or year;
 * - `DTSTAMP` is the time given by `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds
 *   convention; e.g. the commit time) or else 1970-01-01T00:00:00Z, never the clock: the same
 *   input gives the same bytes;
 * - `TRANSP:TRANSPARENT`: a deadline does not make anyone busy.
 */
export function renderIcs(rows: readonly DeadlineRow[], env: NodeJS.ProcessEnv = process.env): string {
    const stamp = dtstamp(env);
    const calendar = ical({
        prodId: { company: 'Pacta', product: `pacta ${VERSION}`, language: 'EN' },
        name: 'Pacta deadlines'
    });
    for (const { deadline, what, agreementTitle } of rows) {
        if (deadline.status !== 'resolved' || deadline.date === null) continue;
        // A recurring deadline is one event per listed occurrence (`<id>@pacta` for the first,
        // `<id>.<date>@pacta` for the others): the dates come from the month-end rule, which an
        // RRULE cannot say.
        const dates = deadline.occurrences?.dates.length ? deadline.occurrences.dates : [deadline.date];
        for (const [index, date] of dates.entries()) {
            const [first, last] = period(date);
            const description = [
                `Agreement: ${agreementTitle} (${deadline.agreement})`,
                deadline.actors.length > 0 ? `Actors: ${deadline.actors.join(', ')}` : undefined,
                `Due: ${what}`,
                `Deadline: ${deadline.text} (${deadline.kind})`,
                deadline.precision !== 'day' ? `Date known to the ${deadline.precision} only: ${deadline.date}` : undefined,
                dates.length > 1 ? `Occurrence ${index + 1} of ${dates.length}${deadline.occurrences?.truncated ? ' listed (more follow)' : ''}: ${date}` : undefined,
                deadline.chain.length > 0 ? `Resolved: ${deadline.chain.join(' ⇒ ')}` : undefined,
                `Source: ${deadline.location.file}:${deadline.location.line}:${deadline.location.column}`
            ].filter((line): line is string => line !== undefined).join('\n');
            calendar.createEvent({
                id: index === 0 ? `${deadline.id}@pacta` : `${deadline.id}.${date}@pacta`,
                allDay: true,
                start: first,
                end: nextDay(last),
                stamp,
                // RFC 5545 text has no control characters but TAB (and the line breaks it escapes).
                summary: terminalSafe(deadline.subjectKind === 'commitment' ? `${deadline.subject}: ${shorten(what, 100)}` : `${deadline.subject} (${what})`),
                description: terminalSafe(description),
                transparency: ICalEventTransparency.TRANSPARENT,
                categories: [{ name: 'Pacta' }]
            });
        }
    }
    // RFC 5545 ends every content line, the last one too, with CRLF.
    const text = calendar.toString();
    return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

function dtstamp(env: NodeJS.ProcessEnv): Date {
    const epoch = env['SOURCE_DATE_EPOCH'];
    if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);
    return new Date(0);
}

/** `2026-03-06` → `2026-03-07` (UTC calendar arithmetic: no time zone can shift it). */
export function nextDay(date: string): string {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function shorten(text: string, max: number): string {
    return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
