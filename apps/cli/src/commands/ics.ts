import { type ListedDeadline, dayAfter, endedText, isProhibitionRow, markers, occurrenceText, rowUncertaintyText, sourceText } from '@pacta/sdk';
import ical, { ICalEventTransparency } from 'ical-generator';
import { terminalSafe } from '../util/terminal-safe.js';
import { VERSION } from '../version.js';

/**
 * iCalendar (RFC 5545) with one all-day VEVENT per listed occurrence (the SDK's `listDeadlines`,
 * so only the occurrences in `--from`/`--to`; unresolved ones have no date and are left out):
 * - `UID` is the occurrence's id plus `@pacta` (`eu_us_japan.mou.due@pacta`, a later occurrence
 *   `usmca.annual_review.date.2028-07-01@pacta`): stable, so importing again updates the events
 *   instead of duplicating them. Explicit dates rather than an `RRULE`: the month-end rule gives
 *   dates an `RRULE` cannot, and a range keeps exactly the occurrences in it;
 * - `DTSTART;VALUE=DATE` the day, `DTEND` the day after (exclusive, as RFC 5545 wants); a date
 *   known only to the month or year is a one-day "by the end of" reminder on its last day;
 * - `SUMMARY` a readable title, `(uncertain)` or the closing status first, "by the end of …"
 *   after a month or year, "not before …" after a `not before` date; `DESCRIPTION` how it is due, what, the agreement, what is uncertain,
 *   the cited sources, the deadline as written, its chain and where it is written;
 * - `DTSTAMP` is the time given by `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds
 *   convention; e.g. the commit time) or else 1970-01-01T00:00:00Z, never the clock: the same
 *   input gives the same bytes;
 * - `TRANSP:TRANSPARENT`: a deadline does not make anyone busy.
 */
export function renderIcs(rows: readonly ListedDeadline[], env: NodeJS.ProcessEnv = process.env): string {
    const stamp = dtstamp(env);
    const calendar = ical({
        prodId: { company: 'Pacta', product: `pacta ${VERSION}`, language: 'EN' },
        name: 'Pacta deadlines'
    });
    for (const row of rows) {
        if (row.day === null) continue;
        calendar.createEvent({
            id: `${row.id}@pacta`,
            allDay: true,
            start: row.day,
            end: dayAfter(row.day),
            stamp,
            // RFC 5545 text has no control characters but TAB (and the line breaks it escapes).
            summary: terminalSafe(summaryOf(row)),
            description: terminalSafe(descriptionOf(row)),
            transparency: ICalEventTransparency.TRANSPARENT,
            categories: [{ name: 'Pacta' }]
        });
    }
    // RFC 5545 ends every content line, the last one too, with CRLF.
    const text = calendar.toString();
    return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

/** `(uncertain) United States–Mexico–Canada Agreement (USMCA): Joint review`; `EU, US: adopt targets — by the end of 2030`. */
function summaryOf(row: ListedDeadline): string {
    const marks = markers(row)
        .map(mark => `(${mark}) `)
        .join('');
    // A "by the end of" date, and a `not before` one (not a due date), say so.
    const by = row.precision !== 'day' || row.kind === 'from' || isProhibitionRow(row) ? ` — ${row.when}` : '';
    return `${marks}${shorten(row.title, 120)}${by}`;
}

function descriptionOf(row: ListedDeadline): string {
    return [
        `${isProhibitionRow(row) ? 'Prohibition' : 'Due'}: ${row.when}${row.precision !== 'day' ? ` (the date is known to the ${row.precision} only)` : ''}`,
        `What: ${row.due}`,
        `Agreement: ${row.agreementTitle} (${row.agreement})`,
        row.actors.length > 0 ? `Actors: ${row.actors.join(', ')}` : undefined,
        row.uncertain ? `UNCERTAIN — ${rowUncertaintyText(row)}` : undefined,
        row.noLongerBinding
            ? `Closed: no longer binding, a prohibition ${row.when}`
            : row.lapsed
              ? `Closed: lapsed, ${endedText(row.ended!)}`
              : row.ended
                ? `Closed: ${endedText(row.ended)}`
                : row.closed
                  ? `Closed: recorded ${row.commitmentStatus}`
                  : undefined,
        row.occurrence ? occurrenceText(row.occurrence).replace(/^o/, 'O') : undefined,
        ...(row.sources.length > 0 ? row.sources.map(source => `Source: ${sourceText(source)}`) : ['Source: none cited']),
        `Deadline as written: ${row.text} (${row.kind})`,
        row.chain.length > 0 ? `Resolved: ${row.chain.join(' ⇒ ')}` : undefined,
        `Written at: ${row.location.file}:${row.location.line}:${row.location.column} (${row.deadline})`
    ]
        .filter((line): line is string => line !== undefined)
        .join('\n');
}

function dtstamp(env: NodeJS.ProcessEnv): Date {
    const epoch = env['SOURCE_DATE_EPOCH'];
    if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);
    return new Date(0);
}

function shorten(text: string, max: number): string {
    return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
