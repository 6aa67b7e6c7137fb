/**
 * The deadline listing: one row per occurrence of a deadline, as `pacta deadlines` (table, JSON,
 * CSV, iCalendar) and the editor's timeline show it (`listDeadlines`). Keys appear in the JSON in
 * the order they are declared here. The rules are in docs/cli.md (`pacta deadlines`).
 */
import type {
    BranchArmName,
    CalendarDateString,
    CommitmentStatus,
    DateAlternative,
    DateForm,
    DatePrecision,
    DeadlineKind,
    DeadlineSubjectKind,
    Modality,
    ResolutionStatus,
    SourceLocation
} from '../model.js';
import type { UncertainFact } from '../language-facade.js';

/** Commitment statuses recorded in the source that close a commitment: its deadlines are left out of lists by default. */
export const CLOSED_COMMITMENT_STATUSES: readonly CommitmentStatus[] = ['fulfilled', 'superseded', 'lapsed', 'breached'];

/** What to list. */
export interface DeadlineListOptions {
    /** `YYYY-MM-DD`: only occurrences whose period ends on or after this day (unresolved deadlines are then left out). */
    from?: string;
    /** `YYYY-MM-DD`: only occurrences whose period starts on or before this day (unresolved deadlines are then left out). */
    to?: string;
    /** Ids of parties: only deadlines one of them (or its agencies, persons, companies) acts in or is a party to the agreement of. */
    parties?: readonly string[];
    /** Also list the deadlines of commitments recorded `fulfilled`, `superseded`, `lapsed` or `breached`, and occurrences after their agreement ended (marked `closed`). */
    includeClosed?: boolean;
    /**
     * The day the list is read on (`YYYY-MM-DD`), as `statusAsOf`'s: a commitment whose agreement
     * ended before it has lapsed, and every occurrence of it is closed (`lapsed`). Without it, only
     * occurrences due after the end are closed.
     */
    asOf?: string;
}

/** A source cited for a listed deadline: by its commitment or event, else by its agreement. */
export interface ListedSource {
    id: string;
    title: string;
    url?: string;
    publisher?: string;
    /** Where in the source, as cited. */
    locator?: string;
}

/** One occurrence of a deadline, as listed. */
export interface ListedDeadline {
    /**
     * Stable id of this occurrence: the deadline's id for a one-off deadline and for the first
     * occurrence of a recurring one, `<deadline id>.<date>` for the others.
     */
    id: string;
    /** Id of the deadline (as in the compiled document's `deadlines`). */
    deadline: string;
    /** The occurrence's date, as precise as known; null when unresolved. */
    date: CalendarDateString | null;
    precision: DatePrecision | null;
    /**
     * The day a calendar shows it on: the date itself, or for a date known only to the month or
     * year the last day of it (a "by the end of" item), the first day for a `from` (not before) date.
     */
    day: CalendarDateString | null;
    /** How it is due, in words: `by 2026-03-06`, `on 2026-07-01`, `not before 2027-01-15`, `by the end of 2027`, `by the end of 2026-07`. */
    when: string;
    /**
     * For a recurring deadline: which occurrence (1 is the first) of how many. `count` is the number
     * of occurrences in all when the series ends; otherwise (`truncated`) the highest one known, more following.
     */
    occurrence?: { index: number; count: number; truncated: boolean };
    subject: string;
    subjectKind: DeadlineSubjectKind;
    agreement: string;
    agreementTitle: string;
    /** A readable title: the actors and the commitment's text, or the agreement and the event. */
    title: string;
    /** What is due, as the table shows it: the modality and text, or the event's kind and name. */
    due: string;
    modality?: Modality;
    kind: DeadlineKind;
    status: ResolutionStatus;
    actors: string[];
    /** The expression as written. */
    text: string;
    form?: DateForm;
    chain: string[];
    /** Only when the chain is cut: as in the document's `deadlines`. */
    chainFrom?: string[];
    reason?: string;
    /** The condition of an open-ended deadline (`as long as "…"`). */
    condition?: string;
    /** 1.4: the date is approximate (`about`), as in the document's `deadlines`. */
    approximate?: boolean;
    /** The commitment's recorded status. */
    commitmentStatus?: CommitmentStatus;
    /** 1.4: the dates other claims of its nearest anchor with several claims give (first occurrence only). */
    alternatives?: DateAlternative[];
    /** Its branch arm (1.4), while neither arm of the branch is taken: `only if extended`. */
    branch?: { id: string; arm: BranchArmName; label: string };
    /**
     * True when the commitment is recorded `fulfilled`, `superseded`, `lapsed` or `breached`, or the
     * occurrence falls after the day its agreement ended, or every actor had left it (`ended`): listed only on request.
     */
    closed: boolean;
    /**
     * How the agreement had ended by the occurrence's day, as the status says it: `terminated 2025-01-01`, `expired 2030`,
     * `superseded 2025-03-31 (uncertain)` when that end is marked uncertain; or, when every actor had withdrawn from or
     * left it, `every actor left: US withdrew on 2026-01-27 (climate.us_exit)`, or an obligation due before every actor
     * joined it, `before every actor joined: US joins on 2023-01-29` (`endedText` words either).
     */
    ended?: string;
    /** True when the occurrence is closed because its commitment has lapsed on `asOf`: its agreement ended, or every actor left it, before that day (`ended` says how). */
    lapsed?: boolean;
    /**
     * True when the row is a prohibition (`shall not`, `will not`) whose date passed before `asOf`:
     * it bound until that day and is no longer binding (the status says `lapsed`), never overdue.
     * Closed. A prohibition's `when` reads `in effect until 2026-03-06`.
     */
    noLongerBinding?: boolean;
    /**
     * An end known only to the month or year that may have come before the occurrence's day (or
     * `asOf`), or may not: `terminated 2026-06`. The occurrence is listed, not closed, and `uncertain`.
     */
    possiblyEnded?: string;
    /** True when anything the date depends on is marked `uncertain` (`uncertainty` says what), or the occurrence is `possiblyEnded`. */
    uncertain: boolean;
    uncertainty: UncertainFact[];
    sources: ListedSource[];
    location: SourceLocation;
}

/**
 * A series a range reached past, whose later occurrences cannot be computed: a period in business
 * days keeps only its listed occurrences (its holiday calendars are not in the compiled document).
 */
export interface UnlistedOccurrences {
    /** The deadline's id (`a.report.due`). */
    deadline: string;
    subject: string;
    agreement: string;
    /** The last listed occurrence: nothing after it is listed. */
    lastListed: string;
    /** How many occurrences the compiled document lists. */
    listed: number;
}

/** What {@link listDeadlinesWithGaps} gives: the rows, and the series whose occurrences in the range are left out. */
export interface DeadlineList {
    rows: ListedDeadline[];
    unlisted: UnlistedOccurrences[];
}
