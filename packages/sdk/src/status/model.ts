/**
 * The status report: where every agreement and commitment of a compiled document stands on a
 * given day (`statusAsOf`). Its JSON is described by `schema/pacta-status.schema.json`; keys
 * appear in the JSON in the order they are declared here. The rules are in docs/status.md.
 */
import type {
    AgreementForm,
    BindingStatus,
    CalendarDateString,
    Citation,
    CommitmentStatus,
    DatePrecision,
    DeadlineKind,
    EventKind,
    Modality,
    ResolutionStatus,
    SourceLocation,
    BranchArmName
} from '../model.js';

/**
 * The version of the status report format. Bumped on any change that can break a reader: 2.0
 * added the statuses `unknown`, `window_closed` and `intended` and changed what `draft`,
 * `overdue` and `superseded` mean (docs/status.md); 2.1 (additive) the conditional branches of
 * format 1.4: the status `not_applicable` and `branch` on commitments and next steps; 2.2
 * (additive) `title` on next steps; 2.3 (additive) `possiblyEnded` on commitments;
 * 2.4 (additive) `inEffectUntil` on prohibitions; 2.5 (additive) `actorsLeft` on commitments.
 */
export const STATUS_FORMAT_VERSION = '2.5' as const;
/** The type of {@link STATUS_FORMAT_VERSION}. */
export type StatusFormatVersion = typeof STATUS_FORMAT_VERSION;

/** The due-soon window when none is given: a deadline 14 days away or closer is `due_soon`. */
export const DEFAULT_DUE_SOON_DAYS = 14;

/**
 * Where a commitment stands on the as-of day. `breached`, `fulfilled`, `lapsed` and `superseded`
 * recorded in the source always win; `in_progress` is kept unless the deadline has passed.
 * Only an obligation (`shall`, `shall not`, `will`, `will not`, `will explore`) can be `overdue`
 * or `due_soon`; a permission (`may`) whose window has passed is `window_closed`; an intention
 * (`intends to`) is `intended`, whatever its date.
 */
export type CommitmentStanding = 'overdue' | 'due_soon' | 'in_progress' | 'pending' | 'window_closed' | 'intended' | 'fulfilled' | 'breached' | 'lapsed' | 'superseded' | 'not_applicable';

/** Commitment standings in the order of urgency the CLI lists them in (`not_applicable`, 2.1, last). */
export const COMMITMENT_STANDINGS: readonly CommitmentStanding[] = [
    'overdue',
    'due_soon',
    'in_progress',
    'pending',
    'window_closed',
    'intended',
    'breached',
    'fulfilled',
    'lapsed',
    'superseded',
    'not_applicable'
];

/**
 * Where an agreement stands: the end it met (`terminated`, `superseded`, `expired`; the earliest
 * wins) or else the furthest step of its life it reached (`in_force` > `provisionally_applied` >
 * `signed` > `announced`); `draft` when its steps are all dated after the day; `unknown` when
 * none of its steps has a date (an act only referred to).
 */
export type AgreementStanding = 'unknown' | 'draft' | 'announced' | 'signed' | 'provisionally_applied' | 'in_force' | 'expired' | 'terminated' | 'superseded';

/** Agreement standings in order: the ends first, then the steps from the last to the first, then `unknown`. */
export const AGREEMENT_STANDINGS: readonly AgreementStanding[] = ['terminated', 'superseded', 'expired', 'in_force', 'provisionally_applied', 'signed', 'announced', 'draft', 'unknown'];

/** What decided a standing: an event of the agreement, or a relation from another agreement. */
export interface StatusBasis {
    kind: 'event' | 'relation';
    /** Id of the event or relation. */
    id: string;
}

/** The next step of an agreement's life after the as-of day. */
export interface NextStep {
    /** Id of the event. */
    event: string;
    kind: EventKind;
    /** The event's title (2.2), when it has one: what a reader is shown instead of the id. */
    title?: string;
    /** Its date (a recurring review's next occurrence); null when it has none yet. */
    date: CalendarDateString | null;
    /** True when the event, its preferred date claim, its agreement or a date it counts from is marked uncertain. */
    uncertain: boolean;
    /** True when it waits on a condition (`upon "…"`, `when "…"`, `as long as "…"`) rather than a date. */
    conditional: boolean;
}

/** A party of an agreement on the as-of day. */
export interface PartyStanding {
    /** Id of the party. */
    party: string;
    /** `member` on the day; `not_yet` when it joins later (or on a date not known); `left` when it left or withdrew. */
    standing: 'member' | 'not_yet' | 'left';
    /** When it joined, when the source says. */
    joined?: CalendarDateString;
    /** When it left or withdrew, when that is on or before the as-of day, or later and known. */
    left?: CalendarDateString;
    /** True when the source marks its membership `uncertain` (absent otherwise). */
    uncertain?: true;
    /** Why, in words, when it is not simply a party from the start. */
    reason?: string;
}

/** One agreement in a {@link StatusReport}: its standing on the report's day, why, and what comes next. */
export interface AgreementStatus {
    /** Id of the agreement or instrument. */
    id: string;
    form: AgreementForm;
    title: string;
    binding: BindingStatus;
    status: AgreementStanding;
    /** The date of the event or relation that decided the status; null for `draft` and `unknown`. */
    since: CalendarDateString | null;
    /** The event or relation that decided it; absent for `draft` and `unknown`. */
    basis?: StatusBasis;
    /** True when the deciding date is known only to the month or year and the as-of day falls within it. */
    approximate: boolean;
    /** True when the deciding event or relation is marked uncertain (or its claim, its agreement, an anchor of its date). */
    uncertain: boolean;
    /** Why, in words, with the next step (`next: …`, marked `uncertain` or `conditional` when it is). */
    reason: string;
    /** The next step of its life, when it has one written. */
    next?: NextStep;
    /** Its parties on the as-of day (roles `party` and memberships), in source order. */
    parties: PartyStanding[];
    location: SourceLocation;
}

/** One commitment in a {@link StatusReport}: its text, its agreement's title, its standing on the report's day and why. */
export interface CommitmentStatusEntry {
    /** Id of the commitment (`agreement.name`). */
    id: string;
    agreement: string;
    /** Its agreement's title. */
    agreementTitle: string;
    /** Its agreement's `binding`. */
    binding: BindingStatus;
    name: string;
    actors: string[];
    /** `shall`, `will`, `may`, `intends to`…; null when the source gives none. */
    modality: Modality | null;
    /** What is committed to, as written; null when the source gives none. */
    text: string | null;
    status: CommitmentStanding;
    /** The status written in the source (`pending` when it says none). */
    recorded: CommitmentStatus;
    /** The resolution of its deadline; `none` when it has no `due`. */
    dueStatus: ResolutionStatus | 'none';
    /** The deadline's date (for a recurring one, its first occurrence); null when there is none. */
    due: CalendarDateString | null;
    precision: DatePrecision | null;
    /** How the date binds: by it, on it, or from it on; absent when there is no deadline. */
    bound?: DeadlineKind;
    /** The deadline as written. */
    dueText?: string;
    /** For a recurring deadline: the first occurrence not yet past on the as-of day (absent when all are past). */
    nextOccurrence?: CalendarDateString;
    /** For a recurring deadline whose listed occurrences have all passed (and that ends): the last, which decides. */
    lastOccurrence?: CalendarDateString;
    /**
     * Days from the as-of day to the last day the deciding date (the next occurrence of a recurring
     * deadline) can stand for: 0 on the day, negative when overdue. Only for `by` and `on` deadlines with a date.
     */
    daysLeft?: number;
    /**
     * 2.4: the last day a prohibition (`shall not`, `will not`) with a `by`/`on` date binds. It is
     * never overdue: `pending` until that day, `lapsed` (no longer binding) after it.
     */
    inEffectUntil?: CalendarDateString;
    /** True when the commitment is marked `uncertain` in the source. */
    uncertain: boolean;
    /** True when its deadline counts from an event or commitment marked uncertain (`uncertainBasis`), or sources disagree on it (1.4). */
    dueUncertain: boolean;
    /**
     * Ids of what the status rests on that is marked uncertain: the commitment itself, its
     * deadline `<id>.due` when sources disagree on it (1.4), its agreement, the anchors of its deadline (at any depth), the event or relation that ended its
     * agreement (for `lapsed`).
     */
    uncertainBasis: string[];
    /**
     * 2.3: its agreement's end known only to the month or year (`terminated 2026-06`) may have come
     * before the day, or may not: the commitment is possibly lapsed (the deadline decides its status).
     * 2.5: also when every actor has left or may have (`every actor left: CN withdrew in 2026-03 (pact.cn_exit)`).
     */
    possiblyEnded?: string;
    /**
     * 2.5: the parties of its actors (an agency counts as the party it is `of`) that had withdrawn from
     * or left its agreement before the day; it no longer binds them. All its actors: `lapsed`.
     */
    actorsLeft?: string[];
    /** Its citations, as in the compiled document. */
    citations: Citation[];
    /** Why, in words; says `marked uncertain` and `nonbinding` when they apply. */
    reason: string;
    location: SourceLocation;
}

/** How many agreements and commitments of a {@link StatusReport} have each standing. */
export interface StatusSummary {
    /** How many agreements have each status (every status is listed, 0 included). */
    agreements: Record<AgreementStanding, number>;
    /** How many commitments have each status (every status is listed, 0 included). */
    commitments: Record<CommitmentStanding, number>;
}

/** What {@link statusAsOf} gives: where every agreement and commitment stands on one day (`pacta status --format json`; schema `pacta-status.schema.json`). */
export interface StatusReport {
    statusVersion: StatusFormatVersion;
    /** The day the statuses hold on, `YYYY-MM-DD`. */
    asOf: CalendarDateString;
    /** The due-soon window in days. */
    dueSoonDays: number;
    /** Agreements and instruments, sorted by id (as in the compiled document). */
    agreements: AgreementStatus[];
    /** Commitments, sorted by id (so grouped by agreement). */
    commitments: CommitmentStatusEntry[];
    summary: StatusSummary;
}

/** Options of {@link statusAsOf}. */
export interface StatusOptions {
    /** A deadline this many days away or closer (and not passed) is `due_soon`. Default 14. */
    dueSoonDays?: number;
}

// ---------------------------------------------------------------- conditional branches (2.1)

/** How an element's branch arm stands: neither arm taken yet, its arm taken, the other arm taken. */
export type BranchState = 'conditional' | 'taken' | 'not_taken';

/** What the report says of an element in an arm of `if NAME "…" { … } otherwise { … }` (2.1). */
export interface StatusBranch {
    /** Id of the branch (`usmca.extended`). */
    id: string;
    arm: BranchArmName;
    /** The branch's condition, as written. */
    condition: string;
    /** `conditional` while neither arm is taken; `taken` or `not_taken` once one is. */
    state: BranchState;
    /** `only if extended`, `only if not extended`: the words lists and reasons show. */
    label: string;
    /** The day the taken arm was taken, when recorded. */
    takenOn?: CalendarDateString;
}

export interface CommitmentStatusEntry {
    /** Its branch arm (2.1); absent when unconditional. `not_applicable` when the other arm was taken. */
    branch?: StatusBranch;
}

export interface NextStep {
    /** Its branch arm (2.1), when the next step happens only if a branch goes one way; absent otherwise. */
    branch?: StatusBranch;
    /** While neither arm of its branch is taken, the next step in the other arm (2.1): both futures are shown. */
    otherArm?: NextStep;
}
