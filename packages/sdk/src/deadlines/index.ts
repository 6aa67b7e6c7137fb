/** Deadline lists: one row per occurrence, live or closed, with what makes it uncertain (docs/cli.md, `pacta deadlines`). */
export { listDeadlines, listDeadlinesWithGaps } from './list-deadlines.js';
export { dayAfter, dueDay, periodOf } from './periods.js';
export * from './model.js';
export { ACTORS_LEFT, NOT_YET_JOINED, endedText, isProhibitionRow, markers, occurrenceText, rowUncertaintyText, sourceText } from './words.js';
export { CALENDAR_EVENT_KINDS } from './dated-events.js';
