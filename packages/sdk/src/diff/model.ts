/**
 * The diff model: what changed between two compiled documents (`diffOutputs`). Its JSON is
 * described by `schema/pacta-diff.schema.json`; keys appear in the JSON in the order declared here.
 * The rules are in docs/diff.md.
 */
import type { AgreementStanding, CommitmentStanding } from '../status/model.js';

/** The version of the diff format. Bumped on any change that can break a reader, like `formatVersion`. */
export const DIFF_FORMAT_VERSION = '1.0' as const;
/** The type of {@link DIFF_FORMAT_VERSION}. */
export type DiffFormatVersion = typeof DIFF_FORMAT_VERSION;

/** The element arrays of the compiled document a diff compares, in the order they are reported. */
export const DIFF_COLLECTIONS = ['agreements', 'parties', 'events', 'commitments', 'mechanisms', 'relations', 'sources'] as const;
/** One of {@link DIFF_COLLECTIONS}. */
export type DiffCollection = (typeof DIFF_COLLECTIONS)[number];

/** What happened to an element: it is new, gone, renamed (a new id for the same content), or changed in place. */
export type ElementChangeKind = 'added' | 'removed' | 'renamed' | 'changed';

/** One field that differs. `path` is dotted (`due.text`, `citations[0].locator`); a side where the field is absent has no value. */
export interface FieldChange {
    path: string;
    before?: unknown;
    after?: unknown;
}

/** One element added, removed, renamed or changed, with its fields that differ. */
export interface ElementChange {
    collection: DiffCollection;
    change: ElementChangeKind;
    /** The id in head (in base for `removed`). */
    id: string;
    /** For `renamed`: the id in base. */
    from?: string;
    /** Its title or name, for people. */
    label: string;
    /** The fields that differ (for `renamed`, besides the id); empty for `added` and `removed`. */
    fields: FieldChange[];
}

/** A dated item: a deadline of the compiled document, or the date of an event. */
export interface DatedSide {
    date: string | null;
    status: string;
    /** The expression as written. */
    text: string;
    chain: string[];
}

/** An anchor upstream of a moved date whose own date moved too. */
export interface MovedAnchor {
    /** Id of the event or commitment. */
    id: string;
    before: string | null;
    after: string | null;
    /** True when the anchor's own text changed: it is where the move starts. */
    textChanged: boolean;
}

/** Why a date moved: its own text changed, an anchor upstream moved, or both. */
export type DateMoveReason = 'text' | 'anchor' | 'text_and_anchor';

/** A resolved date that moved between the two sides, and why. */
export interface DateMove {
    /** `<subject>.due` or `<subject>.date`. */
    id: string;
    subject: string;
    subjectKind: 'commitment' | 'event';
    agreement: string;
    reason: DateMoveReason;
    before: DatedSide;
    after: DatedSide;
    /** The anchors (in head's chain) whose dates moved, nearest last as in the chain. */
    anchors: MovedAnchor[];
}

/** A status that differs on the as-of day (decided by `statusAsOf`, for base and for head). */
export interface StatusChange {
    kind: 'agreement' | 'commitment';
    id: string;
    /** null when the element is not in that side. */
    before: AgreementStanding | CommitmentStanding | null;
    after: AgreementStanding | CommitmentStanding | null;
    /** Head's reason in words (base's when it is gone). */
    reason: string;
}

/**
 * The kinds of change `--fail-on` and the summary count: `<element>-<change>` (`commitment-removed`,
 * `party-renamed`), `deadline-moved`, `status-changed`.
 */
export type DiffChangeKind = `${'agreement' | 'party' | 'event' | 'commitment' | 'mechanism' | 'relation' | 'source'}-${ElementChangeKind}` | 'deadline-moved' | 'status-changed';

/** How many changes of each kind a diff has. */
export interface DiffSummary {
    /** True when anything semantic differs. */
    changed: boolean;
    /** How many changes of each kind (kinds with none left out), in a fixed order. */
    counts: Partial<Record<DiffChangeKind, number>>;
}

/** What {@link diffOutputs} gives: everything that changed between two compiled documents (docs/diff.md). */
export interface PactaDiff {
    diffVersion: DiffFormatVersion;
    /** The day statuses are compared on. */
    asOf: string;
    summary: DiffSummary;
    /** Element changes: by collection (in `DIFF_COLLECTIONS` order), then id. */
    elements: ElementChange[];
    /** Every resolved date that moved (or was resolved on one side only), by head date then id. */
    dates: DateMove[];
    /** Statuses that differ on `asOf`: agreements then commitments, by id. */
    status: StatusChange[];
}

/** Options of {@link diffOutputs}. */
export interface DiffOptions {
    /** The day statuses are compared on, `YYYY-MM-DD`. Required: the SDK reads no clock. */
    asOf: string;
    /** Passed to `statusAsOf`. */
    dueSoonDays?: number;
}

/** The singular noun of each collection, for change kinds and words. */
export const COLLECTION_NOUN: Record<DiffCollection, 'agreement' | 'party' | 'event' | 'commitment' | 'mechanism' | 'relation' | 'source'> = {
    agreements: 'agreement',
    parties: 'party',
    events: 'event',
    commitments: 'commitment',
    mechanisms: 'mechanism',
    relations: 'relation',
    sources: 'source'
};
