import type { AstNode } from 'langium';
import type { DateValue, Deadline, DeadlineSubjectKind } from '../model.js';
import { compareStrings } from '../diagnostics.js';
import type { BuildContext } from './context.js';

export interface DeadlineSubject {
    subject: string;
    subjectKind: DeadlineSubjectKind;
    agreement: string;
    date: DateValue;
    actors: string[];
    /** The time expression, for its location. */
    expr: AstNode;
}

/**
 * The deadlines of the document: every commitment's `due` and every event whose date is
 * relative or open-ended (absolute event dates stay on their events only). A recurring
 * deadline is one entry, dated by its first occurrence, with every occurrence listed.
 */
export function buildDeadline(subject: DeadlineSubject, context: BuildContext): Deadline {
    const { date } = subject;
    return {
        id: `${subject.subject}.${subject.subjectKind === 'commitment' ? 'due' : 'date'}`,
        subject: subject.subject,
        subjectKind: subject.subjectKind,
        agreement: subject.agreement,
        kind: date.bound,
        status: date.status,
        date: date.value,
        precision: date.precision,
        text: date.text,
        chain: [...date.chain],
        ...(date.chainFrom !== undefined ? { chainFrom: [...date.chainFrom] } : {}),
        actors: [...subject.actors],
        ...(date.reason !== undefined ? { reason: date.reason } : {}),
        ...(date.form !== undefined ? { form: date.form } : {}),
        ...(date.calendars !== undefined ? { calendars: [...date.calendars] } : {}),
        ...(date.occurrences !== undefined ? { occurrences: { ...date.occurrences, dates: [...date.occurrences.dates] } } : {}),
        ...(date.condition !== undefined ? { condition: date.condition } : {}),
        ...(date.approximate ? { approximate: true } : {}),
        ...(date.range !== undefined ? { range: { ...date.range } } : {}),
        ...(date.alternatives !== undefined ? { alternatives: date.alternatives.map(a => ({ ...a })) } : {}),
        location: context.location(subject.expr)
    };
}

/**
 * Resolved deadlines first, by date (`2026-07` before `2026-07-01`: a date sorts by the first
 * day it can stand for, the less precise first), then by id; then the unresolved ones by id.
 */
export function compareDeadlines(a: Deadline, b: Deadline): number {
    if (a.date !== null && b.date !== null) return compareStrings(a.date, b.date) || compareStrings(a.id, b.id);
    if (a.date !== null) return -1;
    if (b.date !== null) return 1;
    return compareStrings(a.id, b.id);
}
