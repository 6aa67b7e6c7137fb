/**
 * The timeline: every dated deadline occurrence as one mark (a link to its row in the list
 * below), one lane per agreement, years along the top, the as-of day marked. Overdue marks are
 * red, recurring ones diamonds, closed ones hollow, uncertain ones dashed. The static SVG is the
 * full view; the page's script (zoom-script.ts) moves the marks to show one year at a time.
 */
import { dayRangeOf, parseCalendarDate } from '@pacta/language';
import type { TimelineMark } from './content.js';
import { escapeHtml, shorten } from './escape.js';

const WIDTH = 960;
const LABEL_WIDTH = 230;
const PLOT_LEFT = LABEL_WIDTH + 10;
const PLOT_RIGHT = WIDTH - 16;
const TOP = 40;
const LANE = 24;

/** The day number of a `YYYY-MM-DD` day (the language's calendar: no second date arithmetic). */
export function dayNumber(day: string): number {
    const parsed = parseCalendarDate(day);
    const range = parsed ? dayRangeOf(parsed) : undefined;
    if (!range) throw new RangeError(`'${day}' is not a day`);
    return range.first;
}

/** What the timeline needs of the page: its marks, the as-of day, the agreements' titles by id. */
export interface TimelineInput {
    marks: readonly TimelineMark[];
    asOf: string;
    agreementTitle: (id: string) => string;
}

/** The years the marks fall in (the zoom buttons), ascending. */
export function timelineYears(marks: readonly TimelineMark[]): number[] {
    return [...new Set(marks.map(m => Number(m.row.day.slice(0, 4))))].sort((a, b) => a - b);
}

export function timelineSvg({ marks, asOf, agreementTitle }: TimelineInput): string {
    const lanes: string[] = [];
    for (const mark of marks) if (!lanes.includes(mark.row.agreement)) lanes.push(mark.row.agreement);
    const years = [...timelineYears(marks), Number(asOf.slice(0, 4))];
    const firstYear = Math.min(...years);
    const lastYear = Math.max(...years);
    const start = dayNumber(`${String(firstYear).padStart(4, '0')}-01-01`);
    const end = dayNumber(`${String(lastYear + 1).padStart(4, '0')}-01-01`);
    const x = (day: number) => round(PLOT_LEFT + ((day - start) / (end - start)) * (PLOT_RIGHT - PLOT_LEFT));
    const height = TOP + Math.max(lanes.length, 1) * LANE + 12;
    const out: string[] = [];
    out.push(
        `<svg id="timeline-svg" class="timeline" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="group" aria-labelledby="timeline-svg-title" data-start="${start}" data-end="${end}" data-left="${PLOT_LEFT}" data-right="${PLOT_RIGHT}">`,
        `<title id="timeline-svg-title">Timeline of ${marks.length} deadline${marks.length === 1 ? '' : 's'}, ${firstYear} to ${lastYear}, as of ${escapeHtml(asOf)}</title>`
    );
    // Lanes: a label and a light band per agreement.
    lanes.forEach((id, i) => {
        const y = TOP + i * LANE;
        const title = agreementTitle(id);
        out.push(
            `<g class="lane"><rect x="0" y="${y}" width="${WIDTH}" height="${LANE}" class="${i % 2 === 0 ? 'band' : 'band odd'}"/><text x="6" y="${y + 16}" class="lane-label"><title>${escapeHtml(title)}</title>${escapeHtml(shorten(title, 34))}</text></g>`
        );
    });
    // Years (the script adds month ticks when it shows one year).
    const step = lastYear - firstYear > 24 ? 5 : lastYear - firstYear > 12 ? 2 : 1;
    for (let year = firstYear; year <= lastYear + 1; year++) {
        const day = dayNumber(`${String(year).padStart(4, '0')}-01-01`);
        const labelled = (year - firstYear) % step === 0 && year <= lastYear;
        out.push(
            `<g class="tick year" data-day="${day}" transform="translate(${x(day)},0)"><line y1="${TOP - 6}" y2="${height - 12}"/>${labelled ? `<text x="3" y="${TOP - 10}" class="year-label">${year}</text>` : ''}</g>`
        );
    }
    // Today (the as-of day).
    const today = dayNumber(asOf);
    out.push(
        `<g class="today" data-day="${today}" transform="translate(${x(today)},0)"><line y1="${TOP - 22}" y2="${height - 6}"/><text x="4" y="${TOP - 24}" class="today-label">as of ${escapeHtml(asOf)}</text></g>`
    );
    // The marks: one per occurrence.
    for (const mark of marks) {
        const day = dayNumber(mark.row.day);
        const y = TOP + lanes.indexOf(mark.row.agreement) * LANE + LANE / 2;
        const classes = [
            'mark',
            mark.overdue ? 'overdue' : mark.closed ? 'closed' : mark.past ? 'past' : 'upcoming',
            ...(mark.recurring ? ['recurring'] : []),
            ...(mark.uncertain ? ['uncertain'] : [])
        ];
        const shape = mark.recurring ? '<path d="M0,-6 L6,0 L0,6 L-6,0 Z"/>' : '<circle r="5"/>';
        const label = escapeHtml(mark.label);
        out.push(
            `<a href="#${mark.anchor}" class="${classes.join(' ')}" data-day="${day}" data-y="${y}" transform="translate(${x(day)},${y})" aria-label="${label}"><title>${label}</title>${shape}</a>`
        );
    }
    out.push(`<g class="months" data-top="${TOP}" data-bottom="${height - 12}"></g>`, '</svg>');
    return out.join('\n');
}

function round(n: number): number {
    return Math.round(n * 10) / 10;
}
