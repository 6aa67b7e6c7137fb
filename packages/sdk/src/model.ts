/**
 * The compiled Pacta document: the types of the JSON the SDK writes, one for one with
 * `schema/pacta.schema.json`. Keys appear in the JSON in the order they are declared here.
 *
 * Conventions:
 * - Every element has an `id`: top-level declarations (parties, agreements, instruments,
 *   mechanism kinds, sources) their name; members of an agreement `agreement.member`;
 *   relations `agreement.kind.target`. When a name is declared twice (an error), the later
 *   declarations, in file then text order, get `#2`, `#3`... so ids stay unique per array.
 * - References to other elements are their ids. In a document compiled with errors, a
 *   reference that did not resolve keeps the name as written.
 * - Optional scalar fields are left out when the source does not say them; lists are always there.
 * - Top-level arrays are sorted by `id` (code-unit order); `deadlines` by date, then id.
 *   Lists inside an element keep the order of the source text.
 */

/** The version of this format. Bumped on any change that can break a reader (see docs/output-format.md). */
export const FORMAT_VERSION = '1.5' as const;
/** The type of {@link FORMAT_VERSION}. */
export type FormatVersion = typeof FORMAT_VERSION;

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the source allows. */
export type CalendarDateString = string;
/** How precise a date is: `2026-07-01` (day), `2026-07` (month), `2026` (year). */
export type DatePrecision = 'day' | 'month' | 'year';
/** How a date binds: exactly on it, by it at the latest, or from it on. */
export type DeadlineKind = 'on' | 'by' | 'from';
/** `open`: a deadline with a condition and no date (`as long as "..."`). */
export type ResolutionStatus = 'resolved' | 'unresolved' | 'cycle' | 'invalid' | 'open';
/** Which form of time expression a date was written in. */
export type DateForm = 'absolute' | 'offset' | 'anniversary' | 'month_edge' | 'recurring' | 'earliest' | 'latest' | 'open' | 'same_day';

/** The dates of a recurring deadline (`every 1 year after x until expiry`), up to its end or the horizon. */
export interface Occurrences {
    /** The dates, in order; the first is also the deadline's `value`. */
    dates: CalendarDateString[];
    /** Why the list stops: at the `until` end, at the agreement's expiry, after `for N times`, or at the horizon. */
    stop: 'until' | 'expiry' | 'count' | 'horizon';
    /** The date the list stops at, when there is one (the end, expiry or horizon). */
    end?: CalendarDateString;
    /** True when more occurrences follow the horizon. */
    truncated: boolean;
    /**
     * What gives every occurrence, the ones past `dates` too (1.3): occurrence k is `anchor` plus
     * k times `every` `unit`s (`occurrencesBetween` of `@pacta/language`). Not written for a period
     * in business days.
     */
    recurrence?: Recurrence;
}

/** A recurrence in calendar units (1.3). */
export interface Recurrence {
    /** The date counted from (the anchor's). */
    anchor: CalendarDateString;
    every: number;
    unit: 'day' | 'week' | 'month' | 'year';
    /** `for N times`. */
    count?: number;
    /** The `until` end or the agreement's expiry, when it has a date. */
    until?: CalendarDateString;
}

/** Where an element is written. 1-based; columns count UTF-16 code units; the end is exclusive. */
export interface SourceLocation {
    /** Path relative to the workspace root, with forward slashes. */
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}

/** A reference from an element to a {@link Source} that supports it. */
export interface Citation {
    /** Id of a source. */
    source: string;
    /** Where in the source: a page, a paragraph, an address. */
    locator?: string;
}

/** A date or deadline as written and as resolved. */
export interface DateValue {
    status: ResolutionStatus;
    /** The calendar date; null when it could not be resolved. */
    value: CalendarDateString | null;
    precision: DatePrecision | null;
    bound: DeadlineKind;
    /** True for every form counted from another date (all but `absolute` and `open`). */
    relative: boolean;
    /** The form it is written in (1.1). */
    form?: DateForm;
    /** The expression as written, whitespace normalised, comments left out. */
    text: string;
    /**
     * The steps from a written-out date to this one, every anchor named by its id; empty for an
     * absolute date. At most 32 steps: a longer chain is cut (see `chainFrom`).
     */
    chain: string[];
    /**
     * Only when the chain is cut (1.2): ids of the events and commitments whose own `date`/`due`
     * chains hold the steps `chain` leaves out; follow them for the whole chain.
     */
    chainFrom?: string[];
    /** Why there is no date (only when `status` is not `resolved`). */
    reason?: string;
    /**
     * 1.5, only when `status` is `unresolved` because what it counts from has no date (yet): the id
     * of that event or commitment, whose own `date`/`due` says why (an `upon "…"` condition, or a wait of its own).
     */
    waitsOn?: string;
    /** Ids of the parties whose holiday calendars count business days (1.1; business-day deadlines only). */
    calendars?: string[];
    /** Every occurrence of a recurring deadline (1.1). */
    occurrences?: Occurrences;
    /** The condition of an open-ended deadline, e.g. `as long as "both participants work in good faith"` (1.1). */
    condition?: string;
    /** True for `about 2025-05-12`, and for a date counted from an approximate one (1.4). */
    approximate?: boolean;
    /** A range (`2025-10-20..2025-10-21`): its first and last day or month; `value` is the last (1.4). */
    range?: DateRange;
    /** The dates the other claims of its nearest anchor with several claims would give (1.4). */
    alternatives?: DateAlternative[];
}

/** The first and last day (or month) of a date range (1.4). */
export interface DateRange {
    from: CalendarDateString;
    to: CalendarDateString;
}

/** The date a relative date would have if its anchor were dated by another of its claims (1.4). */
export interface DateAlternative {
    value: CalendarDateString;
    precision: DatePrecision;
    /** Id of the event with several claims the date is counted from (the nearest one). */
    anchor: string;
    /** The index of that claim in the event's `claims` (0-based). */
    claim: number;
    /** The claim's note, e.g. `"Tokyo"`. */
    note?: string;
    approximate?: boolean;
}

/** A party's membership of a partnership (a party or an agreement) for a span of time (1.1). */
export interface Membership {
    /** Id of the member. */
    party: string;
    joined?: DateValue;
    left?: DateValue;
    citations: Citation[];
    uncertain: boolean;
    location: SourceLocation;
}

/** One of several dated claims for an event, when sources disagree (1.1). */
export interface DateClaim {
    date: DateValue;
    /** E.g. `"Washington time"`. */
    note?: string;
    /** Where the source places it, e.g. `"Tokyo"` (1.4). */
    place?: string;
    /** The IANA time zone its date is in, e.g. `"Asia/Tokyo"` (1.4). */
    timeZone?: string;
    /** True for the claim the event's `date` is taken from. */
    preferred: boolean;
    citations: Citation[];
    uncertain: boolean;
    location: SourceLocation;
}

/** The fields that can carry claims (1.4). */
export type ClaimedField = 'title' | 'kind' | 'binding' | 'due' | 'status' | 'amount' | 'aliases';

/**
 * One claim on a single-valued field when sources disagree, or the sources of a field (1.4):
 * `amount 1 billion USD { cite wh } or 1 billion AUD { cite abc uncertain }` gives two. The
 * element's own field holds the preferred claim's value. Not to be confused with an event's
 * date `claims`.
 */
export interface FieldClaim {
    field: ClaimedField;
    /** Of the field's own type: a string (`title`, `kind`, `binding`, `status`), `Money` (`amount`), `DateValue` (`due`), a list of names (`aliases`). */
    value: string | string[] | Money | DateValue;
    /** True for the claim the field's value is taken from (`preferred`, else the first). */
    preferred: boolean;
    citations: Citation[];
    uncertain: boolean;
    location: SourceLocation;
}

/** What kind of party a declaration makes (`state US "United States"` is a `state`). */
export type PartyKind = 'state' | 'bloc' | 'organisation' | 'agency' | 'company' | 'person';

/** The ISO 3166-1 codes of a state. */
export interface CountryCode {
    alpha2: string;
    alpha3: string;
    /** English short name, from the runtime's CLDR data. */
    name: string;
}

/** A party: a state, bloc, organisation, agency, company or person. */
export interface Party {
    id: string;
    kind: PartyKind;
    title: string;
    /** The `code` as written (1.3): a state's ISO 3166-1 code, or any other party's own code (`MSP`). */
    code?: string;
    /** ISO 3166-1 codes of a state whose code is known. */
    iso?: CountryCode;
    /** Id of the party this one belongs to (`agency USTR "..." of US`). */
    parent?: string;
    members: string[];
    /** Members that joined or left on a date (1.1); they are also in `members`. */
    memberships?: Membership[];
    office?: string;
    /** The holiday calendar its business days follow (a `date-holidays` country or region code, 1.1). */
    holidays?: string;
    /** Other names (`aliases "CUSMA", "T-MEC"`) (1.4). */
    aliases?: string[];
    /** The sources of its aliases (1.4). */
    fieldClaims?: FieldClaim[];
    citations: Citation[];
    uncertain: boolean;
    /** The doc comment (`/** ... *\/`) before the declaration, as Markdown. */
    doc?: string;
    location: SourceLocation;
}

/** `agreement`, or `instrument` (a unilateral act: a law, an order). */
export type AgreementForm = 'agreement' | 'instrument';
/** Whether an agreement binds its parties, as its source says. */
export type BindingStatus = 'binding' | 'nonbinding' | 'unknown';
/** `observer`, `participant` and `chair` (1.4) take part without being bound as parties. */
export type PartyRole = 'party' | 'signatory' | 'lead' | 'implementing' | 'beneficiary' | 'observer' | 'participant' | 'chair';

/** One party's role in an agreement (`party`, `signatory`, `observer`...). */
export interface RoleAssignment {
    party: string;
    role: PartyRole;
    /** The span the role holds for, when written (`chair KR from 2024-07 until 2026-06`, 1.4). */
    from?: DateValue;
    until?: DateValue;
    /** The sources of its role list (`parties US, AU { cite x }`), when it has any (1.4). */
    citations?: Citation[];
    /** True when its role list is marked `uncertain` (1.4). */
    uncertain?: boolean;
}

/** A stated negative (1.4): a source says a party does NOT hold a role (`excludes parties CA "Canada is not named"`). */
export interface StatedNegative {
    party: string;
    role: PartyRole;
    note?: string;
    citations: Citation[];
    uncertain: boolean;
    location: SourceLocation;
}

/** An agreement or instrument: its parties, dates, commitments, events and relations by id. */
export interface Agreement {
    id: string;
    form: AgreementForm;
    title: string;
    /** `joint_statement`, `trade_agreement`, `executive_order`... as written. */
    kind?: string;
    binding: BindingStatus;
    roles: RoleAssignment[];
    /** Ids of covered resources (minerals and groups, see the top-level `resources`). */
    resources: string[];
    /**
     * Ids of the shipped reference lists it covers whole (`resources every usgs_2025`, 1.4): every
     * resource on such a list is covered; each is in the top-level `resources` with the list in its `lists`.
     */
    resourceLists?: string[];
    /** Ids of covered value-chain stages (1.1). */
    stages?: string[];
    sectors: string[];
    /** Parties that joined or left on a date (1.1); they also have a role `party`. */
    memberships?: Membership[];
    /** Ids of its events, commitments, mechanisms and relations, in source order. */
    events: string[];
    commitments: string[];
    mechanisms: string[];
    relations: string[];
    /** Roles sources say a party does NOT hold (1.4). */
    negatives?: StatedNegative[];
    /** True when written `requires ratification` (1.4). */
    requiresRatification?: boolean;
    /** Quantities it states (1.4); left out when there are none. */
    figures?: Figure[];
    /** Other names (`aliases "CUSMA", "T-MEC"`) (1.4). */
    aliases?: string[];
    /** Claims on its title, kind and binding status, and the sources of its aliases (1.4). */
    fieldClaims?: FieldClaim[];
    citations: Citation[];
    uncertain: boolean;
    doc?: string;
    location: SourceLocation;
}

/** What an event of an agreement is (signature, entry into force, review, ...). */
export type EventKind = 'announced' | 'signed' | 'ratified' | 'in_force' | 'provisional_application' | 'review' | 'expiry' | 'terminated' | 'withdrawal' | 'adopted' | 'event';

/** An event of an agreement (`event signed "Signed" 2026-03-06`), with its date. */
export interface AgreementEvent {
    id: string;
    /** Id of the agreement it belongs to. */
    agreement: string;
    kind: EventKind;
    /** The name deadlines use for it: its own name, or its kind. Absent for an unnamed `event`. */
    name?: string;
    title?: string;
    date?: DateValue;
    /** Every dated claim, when sources disagree (1.1); `date` is the preferred one's. */
    claims?: DateClaim[];
    /** Where it took place, e.g. `"Kuala Lumpur"` (1.4). */
    place?: string;
    /** The IANA time zone of its date (1.4). */
    timeZone?: string;
    /** Ids of the parties that did it (`announced ... by USTR`). */
    by: string[];
    /** Quantities it states (1.4); left out when there are none. */
    figures?: Figure[];
    citations: Citation[];
    uncertain: boolean;
    doc?: string;
    location: SourceLocation;
}

/** How strongly a commitment binds, as written (`shall`, `will explore`...). */
export type Modality = 'shall' | 'shall not' | 'will' | 'will not' | 'will explore' | 'intends to' | 'may';
/** A commitment's status as recorded in the source (not computed: see {@link statusAsOf}). */
export type CommitmentStatus = 'pending' | 'fulfilled' | 'breached' | 'lapsed' | 'superseded' | 'in_progress';

/** A commitment of an agreement: who does what, how strongly (`modality`), by when (`due`). */
export interface Commitment {
    id: string;
    agreement: string;
    name: string;
    actors: string[];
    modality?: Modality;
    text?: string;
    /** Id of the mechanism it sets up or uses. */
    mechanism?: string;
    due?: DateValue;
    /** `pending` unless the source says otherwise. */
    status: CommitmentStatus;
    /** Quantities it states (1.4); left out when there are none. */
    figures?: Figure[];
    /** Claims on its `due` and `status` (1.4). */
    fieldClaims?: FieldClaim[];
    citations: Citation[];
    uncertain: boolean;
    doc?: string;
    location: SourceLocation;
}

/** `more than` and `less than` are new in 1.4. */
export type MoneyQualifier = 'exactly' | 'at least' | 'up to' | 'about' | 'more than' | 'less than';
/** Whether an amount is for each (party, year...) or the total. */
export type MoneyScope = 'each' | 'total';

/** An amount of money: an exact decimal string, never a float. */
export interface Money {
    /** As written, e.g. `up to 12 billion USD in total`. */
    text: string;
    /** `exactly` unless written otherwise. */
    qualifier: MoneyQualifier;
    /** Exact decimal with the scale applied: `12 billion` → `"12000000000"`; no leading or trailing zeros. */
    value: string;
    /** ISO 4217 code; absent when missing or unknown (both are errors). */
    currency?: string;
    /** Digits of the currency's minor unit (USD 2, JPY 0). */
    minorUnits?: number;
    /** `total` unless written `each` (each party). */
    scope: MoneyScope;
    /** `per vehicle` (1.4): an amount for each unit, never to be summed. */
    per?: string;
    /** What the amount is (1.4): committed, pledged, forecast, estimated or disbursed; absent when not written. */
    purpose?: AmountPurpose;
}

// ---------------------------------------------------------------- figures (1.4)

/** What an amount of money is (1.4): only `committed` and `disbursed` amounts are money promised or paid. */
export type AmountPurpose = 'committed' | 'pledged' | 'forecast' | 'estimated' | 'disbursed';

/** The unit of a quantity (1.4). */
export type QuantityUnit =
    | { kind: 'percent' }
    /** ISO 4217 code; absent when unknown (a warning). */
    | { kind: 'money'; currency?: string; minorUnits?: number }
    | { kind: 'duration'; unit: 'day' | 'business_day' | 'week' | 'month' | 'year' }
    /** A count of things: `noun` as written (`votes`, `countries`), absent for a bare number. */
    | { kind: 'count'; noun?: string };

/** A number with its unit, as a source states it (1.4); `value` is an exact decimal string, never a float. */
export interface Quantity {
    /** As written, e.g. `at least 10 %`. */
    text: string;
    /** `exactly` unless written otherwise. */
    qualifier: MoneyQualifier;
    /** Exact decimal with the scale applied: `1.5 million` → `"1500000"`. */
    value: string;
    unit: QuantityUnit;
    /** `per vehicle`, `per year`: a rate, never to be summed. */
    per?: string;
    /** For money: what the amount is. */
    purpose?: AmountPurpose;
}

/** `figure NAME QUANTITY "what" { cite … }`: a quantity stated on an agreement, event, commitment or mechanism (1.4). */
export interface Figure {
    name: string;
    quantity: Quantity;
    /** What the number counts or measures, e.g. `"of the Union's annual consumption"`. */
    label?: string;
    citations: Citation[];
    uncertain: boolean;
    location: SourceLocation;
}

/** How far a mechanism (a fund, a facility) has come, as recorded. */
export type MechanismStatus = 'exploring' | 'agreed' | 'operational' | 'suspended' | 'ended';

/** A mechanism an agreement sets up: a fund, a facility, a price floor. */
export interface Mechanism {
    id: string;
    agreement: string;
    name: string;
    /** Id of a mechanism kind (built-in or declared). */
    kind: string;
    status?: MechanismStatus;
    parties: string[];
    /** Ids of who leads it and who takes part (1.4); they need not be parties to the agreement. */
    lead?: string[];
    participants?: string[];
    amount?: Money;
    resources: string[];
    /** Ids of the shipped reference lists it covers whole, as on `Agreement` (1.4). */
    resourceLists?: string[];
    stages?: string[];
    note?: string;
    /** Quantities it states (1.4); left out when there are none. */
    figures?: Figure[];
    /** Claims on its `status` and `amount` (1.4). */
    fieldClaims?: FieldClaim[];
    citations: Citation[];
    uncertain: boolean;
    doc?: string;
    location: SourceLocation;
}

/** A kind of mechanism, built in or declared, with the kinds it specialises. */
export interface MechanismKind {
    id: string;
    title: string;
    /** Id of the kind it is a sub-kind of (`mechanism_kind loan "Loan" of project_finance`, 1.4); that kind is in `mechanismKinds` too. */
    parent?: string;
    /**
     * Ids of every kind it is a sub-kind of, nearest first: the parent, its parent... (1.4). "Which
     * mechanisms are price floors" is `kind === 'price_floor' || ancestors.includes('price_floor')`.
     */
    ancestors?: string[];
    /** True for a kind of the built-in library; those have no location. */
    builtin: boolean;
    doc?: string;
    location?: SourceLocation;
}

/** How one agreement relates to another. */
export type RelationKind = 'builds_on' | 'implements' | 'amends' | 'supersedes' | 'succeeds' | 'continues' | 'references' | 'reviewed_by';

/** A relation from one agreement to another (`amends usmca`). */
export interface Relation {
    id: string;
    /** Id of the agreement that states the relation. */
    from: string;
    kind: RelationKind;
    /** Id of the agreement it relates to. */
    to: string;
    /** The parties it holds for (`continues x for JP`); empty when it holds for all. */
    parties: string[];
    /**
     * For `supersedes`/`succeeds`: the step of `from` that ends `to`, when written
     * (`supersedes msp upon announced`); without it, `to` ends when `from` enters into force (1.3).
     */
    upon?: SupersessionStep;
    citations: Citation[];
    uncertain: boolean;
    location: SourceLocation;
}

/** The steps of an agreement's life by which it can take over from another (`supersedes x upon signed`). */
export type SupersessionStep = 'announced' | 'signed' | 'adopted' | 'ratified' | 'provisional_application' | 'in_force';

/** A source cited by the workspace: a treaty text, a press release, a page. */
export interface Source {
    id: string;
    title: string;
    /** What it is: `official_text`, `press_release`, `news_article`, `web_page`... as written (1.1). */
    kind?: string;
    /** The first of `urls`: where a 1.3 reader looks. */
    url?: string;
    /** Every address of the source, in the order written (`url "a", "b"`, 1.4); only when there are several. */
    urls?: string[];
    publisher?: string;
    published?: CalendarDateString;
    accessed?: CalendarDateString;
    doc?: string;
    location: SourceLocation;
}

/** Whether a deadline is a commitment's due date or an event's date. */
export type DeadlineSubjectKind = 'commitment' | 'event';

/** One dated obligation or event: a commitment's `due`, or an event whose date is relative. */
export interface Deadline {
    /** `<subject>.due` for a commitment, `<subject>.date` for an event. */
    id: string;
    /** Id of the commitment or event. */
    subject: string;
    subjectKind: DeadlineSubjectKind;
    agreement: string;
    kind: DeadlineKind;
    status: ResolutionStatus;
    date: CalendarDateString | null;
    precision: DatePrecision | null;
    text: string;
    chain: string[];
    /** Only when the chain is cut (1.2): as in `DateValue`. */
    chainFrom?: string[];
    /** The commitment's actors, or the parties the event is by. */
    actors: string[];
    reason?: string;
    form?: DateForm;
    calendars?: string[];
    occurrences?: Occurrences;
    condition?: string;
    /** As in `DateValue` (1.4). */
    approximate?: boolean;
    range?: DateRange;
    alternatives?: DateAlternative[];
    /** Where the date or deadline is written. */
    location: SourceLocation;
}

/** A mineral or group of minerals, from a shipped reference list or declared in the workspace (1.1). */
export interface Resource {
    id: string;
    kind: 'mineral' | 'group';
    title: string;
    /** Ids of the members of a group. */
    members: string[];
    /** Ids of the reference lists it is on (`usgs-2025`, `eu-crma-2024-strategic`...). */
    lists: string[];
    builtin: boolean;
    location?: SourceLocation;
}

/** A value-chain stage: mining, processing, refining, recycling... (1.1). */
export interface Stage {
    id: string;
    title: string;
    builtin: boolean;
    location?: SourceLocation;
}

/** A published reference list shipped with Pacta, with its provenance (1.1). */
export interface ReferenceList {
    id: string;
    title: string;
    publisher: string;
    /** The date of publication. */
    published: CalendarDateString;
    url: string;
    /** The number of entries, as published. */
    count: number;
}

/** The compiled document: the JSON model of a workspace (`pacta compile`; schema `pacta.schema.json`), as {@link CompileResult.output}. */
export interface PactaOutput {
    formatVersion: FormatVersion;
    parties: Party[];
    agreements: Agreement[];
    events: AgreementEvent[];
    commitments: Commitment[];
    mechanisms: Mechanism[];
    /** Kinds declared in the workspace, and the built-in kinds its mechanisms use. */
    mechanismKinds: MechanismKind[];
    relations: Relation[];
    sources: Source[];
    /** Resources the document declares or covers, by id (1.1). */
    resources?: Resource[];
    /** Stages the document declares or covers, by id (1.1). */
    stages?: Stage[];
    /** The reference lists its resources are on, by id (1.1). */
    referenceLists?: ReferenceList[];
    /** Resolved deadlines by date then id, then the unresolved ones by id. */
    deadlines: Deadline[];
}

// ---------------------------------------------------------------- conditional branches (1.4)

/** The arms of a branch: `if NAME "condition" { … }` and `otherwise { … }` (1.4). */
export type BranchArmName = 'if' | 'otherwise';

/** Where a branched event, commitment, mechanism or deadline sits (1.4). */
export interface BranchPlace {
    /** Id of the branch (`usmca.extended`), see `Agreement.branches`. */
    id: string;
    arm: BranchArmName;
}

/** One arm of a branch and the ids of what happens only in it (1.4). */
export interface BranchArm {
    arm: BranchArmName;
    events: string[];
    commitments: string[];
    mechanisms: string[];
    citations: Citation[];
    uncertain: boolean;
}

/** The arm recorded as taken (`taken 2026-07-01 { cite … }` inside it) (1.4). */
export interface BranchTaken {
    arm: BranchArmName;
    date?: CalendarDateString;
    citations: Citation[];
    uncertain: boolean;
}

/** A conditional branch of an agreement: `if extended "…" { … } otherwise { … }` (1.4). */
export interface AgreementBranch {
    /** `<agreement>.<name>`. */
    id: string;
    name: string;
    /** The condition as the text states it. */
    condition: string;
    arms: BranchArm[];
    /** Absent while neither arm is recorded as taken. */
    taken?: BranchTaken;
    location: SourceLocation;
}

export interface Agreement {
    /** Its conditional branches (1.4); absent when it has none. */
    branches?: AgreementBranch[];
}

export interface AgreementEvent {
    /** The branch arm it happens in (1.4); absent when unconditional. */
    branch?: BranchPlace;
}

export interface Commitment {
    /** The branch arm it applies in (1.4); absent when unconditional. */
    branch?: BranchPlace;
}

export interface Mechanism {
    /** The branch arm it is set up in (1.4); absent when unconditional. */
    branch?: BranchPlace;
}

export interface Deadline {
    /** The branch arm of its subject (1.4); absent when unconditional. */
    branch?: BranchPlace;
}
