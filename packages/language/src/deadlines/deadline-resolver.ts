import { enclosingAgreement, eventsAlongside } from '../branches/branch-members.js';
import { type AstNode, DocumentState, type LangiumCoreServices, type Reference, WorkspaceCache } from 'langium';
import { preferredDue } from '../claims/field-claims.js';
import {
    type AbsoluteDate,
    type AnniversaryDeadline,
    type DateClaim,
    type Dated,
    type Event,
    type ExtremumDeadline,
    type MonthEdgeDeadline,
    type OffsetDeadline,
    type OpenDeadline,
    type Party,
    type RecurringDeadline,
    type SameDayDeadline,
    type TimeExpr,
    isAbsoluteDate,
    isAgreement,
    isAnniversaryDeadline,
    isCommitment,
    isEvent,
    isExtremumDeadline,
    isMonthEdgeDeadline,
    isOffsetDeadline,
    isOpenDeadline,
    isRecurringDeadline,
    isSameDayDeadline
} from '../generated/ast.js';
import { lookupCountry } from '../reference-data/countries.js';
import {
    MAX_YEAR,
    MIN_YEAR,
    isWrittenYearInRange,
    addBusinessDays,
    addToDate,
    type CalendarDate,
    type CalendarUnit,
    compareLastDays,
    comparePrecision,
    type DatePrecision,
    dayNumberOf,
    formatDayNumber,
    isSurelyAfter,
    monthEdge,
    parseCalendarDate,
    shiftRange
} from './calendar-date.js';
import { expressionText } from '../formatting/expression-text.js';
import { joinChains } from './chains.js';
import { writtenNumber } from '../parser/written-number.js';
import { DefaultHolidayCalendars, type HolidayCalendars } from './holiday-calendars.js';
import { type Recurrence, nthOccurrence } from './recurrence.js';
import { type ClaimedAnchor, type DateAlternative, type DateRange, MAX_ALTERNATIVE_CLAIMS, findClaimedAnchor } from './alternatives.js';

/** How a deadline binds: exactly on the date, by the date at the latest, or from the date on. */
export type DeadlineKind = 'on' | 'by' | 'from';

/** Which form of time expression a date is written in. */
export type DateForm = 'absolute' | 'offset' | 'anniversary' | 'month_edge' | 'recurring' | 'earliest' | 'latest' | 'open' | 'same_day';

/** A party whose holiday calendar counts business days; `code` is absent when it has none (weekends only). */
export interface CalendarUse {
    readonly party: Party;
    readonly code?: string;
}

/** The dates of a recurring deadline, up to its end or the horizon. */
export interface Occurrences {
    readonly dates: readonly string[];
    /** Why the list stops: at the `until` end, at the agreement's expiry, after `for N times`, or at the horizon. */
    readonly stop: 'until' | 'expiry' | 'count' | 'horizon';
    /** The date the list stops at: the end, the expiry, or the last date listed at the horizon. */
    readonly end?: string;
    /** True when more occurrences follow the last one listed. */
    readonly truncated: boolean;
    /**
     * What gives every occurrence, for those past the listed ones (`occurrencesBetween`): only for
     * a period in calendar units (business days count in holiday calendars the model does not keep).
     */
    readonly recurrence?: Recurrence;
}

/** What every resolution may say besides its date. */
interface ResolutionDetails {
    /** The form of the expression (absent for an event or commitment without a date). */
    readonly form?: DateForm;
    /** Business days: the parties whose holiday calendars count them. */
    readonly calendars?: readonly CalendarUse[];
    /** Recurring deadlines: every occurrence up to the end or horizon. */
    readonly occurrences?: Occurrences;
    /** Open deadlines: `as long as "..."`. */
    readonly condition?: string;
    /**
     * Only when the chain is cut (see `CHAIN_LIMIT`): the events and commitments whose own chains
     * hold the steps `chain` leaves out, to be followed for the whole chain.
     */
    readonly chainFrom?: readonly Dated[];
    /** The date is approximate (`about 2025-05-12`), or counted from one that is (1.4). */
    readonly approximate?: boolean;
    /** A range of days (`2025-10-20..2025-10-21`): its first and last; the date is the last (1.4). */
    readonly range?: DateRange;
}

export type Resolution = ResolvedDate | UnresolvedDate;

export interface ResolvedDate extends ResolutionDetails {
    readonly status: 'resolved';
    readonly date: string;
    readonly precision: DatePrecision;
    readonly bound: DeadlineKind;
    /** The steps from a known date to this one, e.g. `within 30 days after eu_us_japan.announced (2026-02-04) → 2026-03-06`. */
    readonly chain: readonly string[];
}

export interface UnresolvedDate extends ResolutionDetails {
    /** `open`: a deadline with a condition and no date (`as long as "..."`). */
    readonly status: 'unresolved' | 'cycle' | 'invalid' | 'open';
    readonly bound: DeadlineKind;
    readonly chain: readonly string[];
    /** Why there is no date, in words a user can act on. */
    readonly reason: string;
    /** For some `invalid` dates, which problem of the expression itself it is (the rule that reports it reads this). */
    readonly issue?: DateIssue;
    /**
     * `unresolved` only: the event or commitment it counts from that has no date (yet) — open on a
     * condition, or itself waiting — so that a reader can follow the wait to its condition.
     */
    readonly waitsOn?: Dated;
}

/**
 * Why an expression computed no date although its anchor has one:
 * - `out_of_range`: the result falls outside the years `MIN_YEAR`..`MAX_YEAR`, or counts more
 *   than `BUSINESS_DAY_CAP` business days (`pacta/date-out-of-range`);
 * - `no_occurrence`: a recurring deadline whose first occurrence is after its end;
 * - `anchor_too_coarse`: a recurring deadline whose period is finer than its anchor's precision
 *   (`every 1 week after` a month) — both `pacta/invalid-recurrence`.
 */
export type DateIssue = 'out_of_range' | 'no_occurrence' | 'anchor_too_coarse';

/**
 * Business days are counted one day at a time; a count beyond this (about 40 years) has no date,
 * so that `within 99999999 business days` cannot freeze the editor.
 */
export const BUSINESS_DAY_CAP = 10_000;

/** A reason that says why an anchor has no date is repeated up to this length; past it, only its first cause. */
const REASON_LIMIT = 400;

/** Recurring deadlines list at most this many occurrences when nothing ends them. */
export const RECURRING_HORIZON = 10;
/** ...and never more than this many, whatever ends them. */
export const RECURRING_CAP = 100;

/**
 * Resolves dates and relative deadlines to calendar dates with the chain that produced them.
 * Shared by validation (date order, cycles), the SDK's compiler and the editor (hovers, inlay hints).
 */
export interface DeadlineResolver {
    /** The date of a time expression (an event's date or a commitment's deadline). */
    resolveTime(expr: TimeExpr): Resolution;
    /** The date of an event or a commitment's deadline; unresolved when it has none. */
    resolveDated(node: Dated): Resolution;
    /** The name of an anchor: its id `usmca.in_force`, or just `in_force` when seen `from` inside its own agreement. */
    describeAnchor(node: Dated, from?: AstNode): string;
    /**
     * The expression that dates an event or a commitment: a commitment's `due`; an event's inline
     * date, else its `preferred` date claim, else its first claim.
     */
    dateOf(node: Dated): TimeExpr | undefined;
    /** The claim an event's date is taken from, when it has claims and no inline date. */
    chosenClaim(event: Event): DateClaim | undefined;
    /**
     * The parties whose holiday calendars count the business days of an offset: the `in X, Y`
     * parties; else the commitment's actors or the event's `by` parties; else the agreement's parties.
     */
    calendarsOf(expr: OffsetDeadline | RecurringDeadline): readonly CalendarUse[];
    /** A party's holiday calendar: its `holidays`, a state's ISO code, an agency's parent's; none for a bloc without `holidays`. */
    calendarOf(party: Party): string | undefined;
    /**
     * The dates a relative expression would have if its nearest anchor with several date claims
     * were dated by each of its other claims (1.4); empty when there is no such anchor. See `alternatives.ts`.
     */
    alternativesOf(expr: TimeExpr): readonly DateAlternative[];
}

const UNITS: Record<string, CalendarUnit> = {
    day: 'day',
    days: 'day',
    week: 'week',
    weeks: 'week',
    month: 'month',
    months: 'month',
    year: 'year',
    years: 'year'
};

const BUSINESS = new Set(['business day', 'business days']);

const BOUNDS: Record<string, DeadlineKind> = {
    on: 'on',
    within: 'by',
    'no later than': 'by',
    'not before': 'from',
    by: 'by'
};

/** The cache of resolutions: the workspace's, or an alternative's own over it (see `alternativesOf`). */
interface ResolutionCache {
    get(expr: TimeExpr): Resolution | undefined;
    set(expr: TimeExpr, resolution: Resolution): void;
}

/** Resolving as if one event were dated by another of its claims: only the expressions on the way to it are resolved again. */
interface Override extends ClaimedAnchor {
    readonly claim: DateClaim;
}

/**
 * The agreement's expiry that ends a recurring deadline written without an end (`until expiry`
 * implied): among the events that happen with it (`eventsAlongside`: the agreement's own, taken
 * arms', its own arm's), the first `expiry` other than the deadline's own event.
 */
function expiryAlongside(expr: TimeExpr): Event | undefined {
    const agreement = enclosingAgreement(expr);
    return agreement ? eventsAlongside(expr, agreement).find(e => e.kind === 'expiry' && e !== expr.$container) : undefined;
}

/** The claim an event's date is taken from: its `preferred` claim, else its first; none when it has an inline date. */
export function chosenClaimOf(event: Event): DateClaim | undefined {
    if (event.when) return undefined;
    const claims = event.claims ?? [];
    return claims.find(c => c.preferred) ?? claims[0];
}

/** The expression that dates an event (inline date, else its chosen claim's) or a commitment (its `due`). */
export function dateExprOf(node: Dated): TimeExpr | undefined {
    if (!isEvent(node)) return preferredDue(node);
    return node.when ?? chosenClaimOf(node)?.when;
}

/**
 * The events and commitments a time expression counts from, in text order: the anchor of an
 * offset, anniversary, month edge or recurring deadline (and its `until` end), the anchors of
 * an earliest/latest and of its nested expressions. Unlinked references are left out.
 */
export function anchorsOf(expr: TimeExpr | undefined): Dated[] {
    const result: Dated[] = [];
    const add = (ref: Reference<Dated> | undefined): void => {
        const target = safeRef(ref);
        if (target && !result.includes(target)) result.push(target);
    };
    if (isOffsetDeadline(expr) || isAnniversaryDeadline(expr) || isMonthEdgeDeadline(expr) || isSameDayDeadline(expr)) add(expr.anchor);
    else if (isRecurringDeadline(expr)) {
        add(expr.anchor);
        add(expr.end);
    } else if (isExtremumDeadline(expr)) {
        for (const operand of expr.operands ?? []) {
            if (operand.anchor) add(operand.anchor);
            else for (const nested of anchorsOf(operand.expr)) if (!result.includes(nested)) result.push(nested);
        }
    }
    return result;
}

/** The form of a time expression. */
export function formOf(expr: TimeExpr): DateForm {
    if (isAbsoluteDate(expr)) return 'absolute';
    if (isOffsetDeadline(expr)) return 'offset';
    if (isAnniversaryDeadline(expr)) return 'anniversary';
    if (isMonthEdgeDeadline(expr)) return 'month_edge';
    if (isRecurringDeadline(expr)) return 'recurring';
    if (isExtremumDeadline(expr)) return expr.pick === 'latest' ? 'latest' : 'earliest';
    if (isSameDayDeadline(expr)) return 'same_day';
    return 'open';
}

/** The number an ordinal stands for (`3rd` → 3); NaN when it is not one. */
export function ordinalValue(text: string | undefined): number {
    const match = text ? /^(\d+)(st|nd|rd|th)$/.exec(text) : null;
    return match ? Number(match[1]) : Number.NaN;
}

/** The months from the anchor's month to the edge's month, or undefined when the ordinal is wrong. */
export function monthEdgeOffset(expr: MonthEdgeDeadline): number | undefined {
    if (expr.relation === 'of') return expr.ordinal === undefined ? 0 : undefined;
    if (expr.ordinal === undefined) return 1;
    const n = ordinalValue(expr.ordinal);
    return Number.isFinite(n) && n > 0 ? n : undefined;
}

export class DefaultDeadlineResolver implements DeadlineResolver {
    // Cleared after every linking phase: an anchor may live in another file that just changed.
    private readonly cache: ResolutionCache;
    private readonly inProgress = new Set<AstNode>();
    // The first cause of an unresolved date counted from another unresolved one (see `because`).
    private readonly causes = new WeakMap<Resolution, string>();
    // Unresolved dates whose reason was shortened to its first cause: those counted from them are too.
    private readonly shortened = new WeakSet<Resolution>();
    private readonly holidays: HolidayCalendars;
    private readonly override?: Override;

    constructor(
        services: LangiumCoreServices & { deadlines?: { HolidayCalendars?: HolidayCalendars } },
        alternative?: { parent: DefaultDeadlineResolver; override: Override; holidays: HolidayCalendars }
    ) {
        if (alternative) {
            // An alternative: the expressions on the way to the overridden event are resolved in a
            // cache of its own; every other one is the workspace's resolution.
            const own = new Map<TimeExpr, Resolution>();
            const { parent, override } = alternative;
            this.cache = {
                get: expr => own.get(expr) ?? (override.affected.has(expr) ? undefined : parent.resolveTime(expr)),
                set: (expr, resolution) => void own.set(expr, resolution)
            };
            this.holidays = alternative.holidays;
            this.override = override;
            return;
        }
        this.cache = new WorkspaceCache<AstNode, Resolution>(services.shared, DocumentState.Linked) as unknown as ResolutionCache;
        this.holidays = services.deadlines?.HolidayCalendars ?? new DefaultHolidayCalendars(services.shared);
        this.services = services;
    }

    private services?: LangiumCoreServices;

    dateOf(node: Dated): TimeExpr | undefined {
        if (this.override && node === this.override.event) return this.override.claim.when;
        return dateExprOf(node);
    }

    alternativesOf(expr: TimeExpr): readonly DateAlternative[] {
        if (this.override || !this.services) return [];
        const found = findClaimedAnchor(expr);
        if (!found) return [];
        const chosen = chosenClaimOf(found.event);
        const result: DateAlternative[] = [];
        const claims = found.event.claims ?? [];
        for (const [index, claim] of claims.entries()) {
            if (claim === chosen || !claim.when || index >= MAX_ALTERNATIVE_CLAIMS) continue;
            const sub = new DefaultDeadlineResolver(this.services, { parent: this, override: { ...found, claim }, holidays: this.holidays });
            const resolution = sub.resolveTime(expr);
            if (resolution.status !== 'resolved') continue;
            result.push({
                date: resolution.date,
                precision: resolution.precision,
                anchor: found.event,
                claim,
                claimIndex: index,
                ...(resolution.approximate ? { approximate: true } : {})
            });
        }
        return result;
    }

    chosenClaim(event: Event): DateClaim | undefined {
        return chosenClaimOf(event);
    }

    resolveDated(node: Dated): Resolution {
        const expr = this.dateOf(node);
        if (!expr) {
            const name = this.describeAnchor(node);
            const what = isEvent(node) ? `event '${name}' has no date` : `commitment '${name}' has no deadline`;
            return { status: 'unresolved', bound: 'on', chain: [], reason: what };
        }
        return this.resolveTime(expr);
    }

    resolveTime(expr: TimeExpr): Resolution {
        const cached = this.cache.get(expr);
        if (cached) return cached;
        if (this.inProgress.has(expr)) {
            return { status: 'cycle', bound: 'on', chain: [], reason: 'the deadline depends on itself', form: formOf(expr) };
        }
        this.resolveInOrder(expr);
        return this.cache.get(expr) ?? this.resolveNow(expr);
    }

    /**
     * Resolves `root` and, first, every expression it depends on that is not resolved yet, with
     * an explicit stack instead of recursion: a chain of 10,000 relative dates does not exhaust
     * the call stack. The order is that of the recursion it replaces (the anchors in the order
     * the forms read them; an expression on the stack is "in progress", which is what makes a
     * cycle), so each form finds its anchors already resolved.
     */
    private resolveInOrder(root: TimeExpr): void {
        const frames: Array<{ expr: TimeExpr; next: TimeExpr[]; at: number }> = [];
        const open = (expr: TimeExpr): void => {
            this.inProgress.add(expr);
            frames.push({ expr, next: dependenciesOf(expr, this.inProgress, node => this.dateOf(node)), at: 0 });
        };
        try {
            open(root);
            while (frames.length > 0) {
                const frame = frames[frames.length - 1]!;
                if (frame.at < frame.next.length) {
                    const next = frame.next[frame.at++]!;
                    if (!this.cache.get(next) && !this.inProgress.has(next)) open(next);
                    continue;
                }
                frames.pop();
                this.inProgress.delete(frame.expr);
                this.resolveNow(frame.expr);
            }
        } finally {
            for (const frame of frames) this.inProgress.delete(frame.expr);
        }
    }

    /** Resolves one expression whose anchors are resolved (or in progress) and caches it. */
    private resolveNow(expr: TimeExpr): Resolution {
        this.inProgress.add(expr);
        try {
            const resolved = this.resolveForm(expr);
            const result: Resolution = { ...resolved, form: formOf(expr) };
            const cause = this.causes.get(resolved);
            if (cause !== undefined) this.causes.set(result, cause);
            if (this.shortened.has(resolved)) this.shortened.add(result);
            this.cache.set(expr, result);
            return result;
        } finally {
            this.inProgress.delete(expr);
        }
    }

    describeAnchor(node: Dated, from?: AstNode): string {
        const name = isEvent(node) ? (node.name ?? node.kind) : node.name;
        // A member of a branch's arm is a member of the agreement around the branch.
        const owner = enclosingAgreement(node);
        const sameOwner = from !== undefined && isAgreement(owner) && enclosingAgreement(from) === owner;
        return isAgreement(owner) && !sameOwner ? `${owner.name}.${name}` : name;
    }

    calendarsOf(expr: OffsetDeadline | RecurringDeadline): readonly CalendarUse[] {
        let parties: readonly Reference<Party>[] = isOffsetDeadline(expr) ? (expr.calendars ?? []) : [];
        if (parties.length === 0) {
            let current: AstNode | undefined = expr.$container;
            while (current && !isAgreement(current)) {
                if (isCommitment(current)) parties = current.actors ?? [];
                else if (isEvent(current)) parties = current.by ?? [];
                if (parties.length > 0) break;
                current = current.$container;
            }
            if (parties.length === 0 && isAgreement(current)) {
                parties = (current.roles ?? []).filter(r => r.role === 'parties').flatMap(r => r.parties ?? []);
            }
        }
        const seen = new Set<Party>();
        const result: CalendarUse[] = [];
        for (const ref of parties) {
            const party = safeRef(ref);
            if (!party || seen.has(party)) continue;
            seen.add(party);
            const code = this.calendarOf(party);
            result.push(code !== undefined ? { party, code } : { party });
        }
        return result;
    }

    calendarOf(party: Party): string | undefined {
        const seen = new Set<Party>();
        let current: Party | undefined = party;
        while (current && !seen.has(current)) {
            seen.add(current);
            if (current.holidays !== undefined) return current.holidays;
            if (current.kind === 'state') return lookupCountry(current.code ?? current.name)?.alpha2;
            if (current.kind === 'bloc' || current.kind === 'organisation') return undefined;
            current = current.parent ? safeRef(current.parent) : undefined;
        }
        return undefined;
    }

    private resolveForm(expr: TimeExpr): Resolution {
        if (isAbsoluteDate(expr)) return this.resolveAbsolute(expr);
        if (isAnniversaryDeadline(expr)) return this.resolveAnniversary(expr);
        if (isOffsetDeadline(expr)) return this.resolveOffset(expr);
        if (isMonthEdgeDeadline(expr)) return this.resolveMonthEdge(expr);
        if (isRecurringDeadline(expr)) return this.resolveRecurring(expr);
        if (isExtremumDeadline(expr)) return this.resolveExtremum(expr);
        if (isOpenDeadline(expr)) return this.resolveOpen(expr);
        if (isSameDayDeadline(expr)) return this.resolveSameDay(expr);
        return { status: 'invalid', bound: 'on', chain: [], reason: 'this form of deadline is not known' };
    }

    private resolveAbsolute(expr: AbsoluteDate): Resolution {
        const text = expr.date ?? (expr.year !== undefined ? String(expr.year).padStart(4, '0') : '');
        const date = parseCalendarDate(text);
        if (!date) {
            return { status: 'invalid', bound: 'on', chain: [], reason: `'${expr.date ?? writtenNumber(expr, 'year')}' is not a calendar date` };
        }
        if (!isWrittenYearInRange(date.value)) {
            // `year 50` is a date of the calendar, but not one dates are computed from (see `MIN_YEAR`).
            const written = expr.date ?? `year ${writtenNumber(expr, 'year')}`;
            return { status: 'invalid', bound: 'on', chain: [], reason: `'${written}' is outside the years ${MIN_YEAR} to ${MAX_YEAR}, the only ones dates are computed in`, issue: 'out_of_range' };
        }
        // `by 2026-01-03` (the `ByDate` rule: a commitment's `due`, an event's or a claim's date): no later than.
        const bound: DeadlineKind = expr.bound === 'by' ? 'by' : 'on';
        const approximate = expr.approximate ? { approximate: true } : {};
        if (expr.end !== undefined) {
            // A range of days or months: dated by its last; `invalid-date-range` reports a wrong one.
            const end = parseCalendarDate(expr.end);
            if (!end || !isWrittenYearInRange(end.value)) {
                return { status: 'invalid', bound, chain: [], reason: `'${expr.end}' is not a calendar date` };
            }
            if (end.precision !== date.precision || end.value < date.value) {
                return { status: 'invalid', bound, chain: [], reason: `'${expr.date}..${expr.end}' is not a range: its end must be as precise as its start and not before it` };
            }
            return { status: 'resolved', date: end.value, precision: end.precision, bound, chain: [], ...approximate, range: { from: date.value, to: end.value } };
        }
        return { status: 'resolved', date: date.value, precision: date.precision, bound, chain: [], ...approximate };
    }

    private resolveOffset(expr: OffsetDeadline): Resolution {
        const bound = BOUNDS[expr.bound ?? 'on'] ?? 'on';
        if (!Number.isFinite(expr.amount)) {
            return { status: 'invalid', bound, chain: [], reason: 'the deadline has no number of units' };
        }
        const sign = expr.direction === 'before' ? -1 : 1;
        if (BUSINESS.has(expr.unit)) return this.resolveBusinessDays(expr, bound, sign);
        const unit = UNITS[expr.unit] ?? 'day';
        const phrase = `${expr.bound ? expr.bound + ' ' : ''}${writtenNumber(expr, 'amount')} ${expr.unit} ${expr.direction}`;
        return this.fromAnchor(expr.anchor?.ref, expr.anchor?.$refText ?? '', bound, phrase, anchorDate => orOutOfRange(addToDate(anchorDate, sign * expr.amount, unit)), sign < 0);
    }

    private resolveBusinessDays(expr: OffsetDeadline, bound: DeadlineKind, sign: number): Resolution {
        const calendars = this.calendarsOf(expr);
        const missing = this.unavailableCalendar(calendars);
        if (missing !== undefined) return { status: 'unresolved', bound, chain: [], reason: `${missing}; the business days cannot be counted`, calendars };
        const { isHoliday, names } = this.holidayTest(calendars);
        const where = calendars.length === 0 ? ' (weekends only)' : ` in ${calendars.map(c => describeCalendar(c)).join(', ')}`;
        const phrase = `${expr.bound ? expr.bound + ' ' : ''}${writtenNumber(expr, 'amount')} ${expr.unit}${where} ${expr.direction}`;
        const result = this.fromAnchor(
            expr.anchor?.ref,
            expr.anchor?.$refText ?? '',
            bound,
            phrase,
            anchorDate => {
                if (expr.amount > BUSINESS_DAY_CAP) return tooManyBusinessDays();
                let skipped: number[] = [];
                const date = shiftRange(anchorDate, day => {
                    const reached = addBusinessDays(day, sign * expr.amount, isHoliday);
                    if (skipped.length === 0) skipped = reached.skipped;
                    return reached.day;
                });
                const note = anchorDate.precision === 'day' && skipped.length > 0 ? ` (holidays skipped: ${describeSkipped(skipped, names)})` : '';
                return date ? { date, note } : OUT_OF_RANGE;
            },
            sign < 0
        );
        return { ...result, calendars };
    }

    /** Why one of these calendars cannot be read now (its rules could not be loaded): never count business days without its holidays. */
    private unavailableCalendar(calendars: readonly CalendarUse[]): string | undefined {
        for (const calendar of calendars) {
            if (calendar.code === undefined || !this.holidays.isKnown(calendar.code)) continue;
            const why = this.holidays.unavailable(calendar.code);
            if (why !== undefined) return why;
        }
        return undefined;
    }

    /** Whether a day is a public holiday in any of the calendars, recording the names of those met. */
    private holidayTest(calendars: readonly CalendarUse[]): { isHoliday: (day: number) => boolean; names: Map<number, string> } {
        const codes = [...new Set(calendars.flatMap(c => (c.code !== undefined && this.holidays.isKnown(c.code) ? [c.code] : [])))];
        const names = new Map<number, string>();
        const isHoliday = (day: number): boolean => {
            if (codes.length === 0) return false;
            const text = formatDayNumber(day);
            // Holiday name → the calendars that have it that day.
            const found = new Map<string, string[]>();
            for (const code of codes) {
                const name = this.holidays.holidayOn(code, text);
                if (name !== undefined) found.set(name, [...(found.get(name) ?? []), code]);
            }
            if (found.size === 0) return false;
            names.set(day, [...found].map(([name, where]) => (codes.length > 1 ? `${name} (${where.join(', ')})` : name)).join(', '));
            return true;
        };
        return { isHoliday, names };
    }

    private resolveSameDay(expr: SameDayDeadline): Resolution {
        return this.fromAnchor(expr.anchor?.ref, expr.anchor?.$refText ?? '', 'on', expr.word ?? 'on', anchorDate => ({ date: anchorDate }));
    }

    private resolveAnniversary(expr: AnniversaryDeadline): Resolution {
        const years = Number.parseInt(expr.ordinal ?? '', 10);
        if (!Number.isFinite(years)) {
            return { status: 'invalid', bound: 'on', chain: [], reason: `'${expr.ordinal ?? ''}' is not an ordinal number` };
        }
        return this.fromAnchor(expr.anchor?.ref, expr.anchor?.$refText ?? '', 'on', `${expr.ordinal} anniversary of`, anchorDate => orOutOfRange(addToDate(anchorDate, years, 'year')));
    }

    private resolveMonthEdge(expr: MonthEdgeDeadline): Resolution {
        const edge = expr.edge === 'last' ? 'last' : 'first';
        if (expr.month !== undefined) {
            const month = parseCalendarDate(expr.month);
            if (!month || month.precision === 'year') {
                return { status: 'invalid', bound: 'on', chain: [], reason: `'${expr.month}' is not a calendar month` };
            }
            const date = shiftRange(month, day => monthEdge(day, 0, edge));
            if (!date) return { status: 'invalid', bound: 'on', chain: [], reason: `'${expr.month}' is not a calendar month` };
            return { status: 'resolved', date: date.value, precision: date.precision, bound: 'on', chain: [`${edge} day of ${expr.month} → ${date.value}`] };
        }
        const months = monthEdgeOffset(expr);
        if (months === undefined) {
            const reason =
                expr.relation === 'of'
                    ? `'the ${expr.ordinal} month of' says no month: write 'the month of' or 'the ${expr.ordinal} month following'`
                    : `'${expr.ordinal ?? ''}' is not an ordinal of a following month`;
            return { status: 'invalid', bound: 'on', chain: [], reason };
        }
        const which = expr.relation === 'of' ? 'the month of' : `the ${expr.ordinal ? expr.ordinal + ' ' : ''}month following`;
        return this.fromAnchor(expr.anchor?.ref, expr.anchor?.$refText ?? '', 'on', `${edge} day of ${which}`, anchorDate => {
            const date = shiftRange(anchorDate, day => monthEdge(day, months, edge));
            return orOutOfRange(date);
        });
    }

    private resolveRecurring(expr: RecurringDeadline): Resolution {
        const amount = expr.amount ?? 1;
        if (!Number.isFinite(amount) || amount <= 0) {
            return { status: 'invalid', bound: 'on', chain: [], reason: `a period of ${expr.amount === undefined ? amount : writtenNumber(expr, 'amount')} ${expr.unit} never recurs` };
        }
        if (expr.count !== undefined && !(expr.count > 0)) {
            return { status: 'invalid', bound: 'on', chain: [], reason: `'for ${writtenNumber(expr, 'count')} times' gives no occurrence` };
        }
        const anchor = expr.anchor?.ref;
        const business = BUSINESS.has(expr.unit);
        const unit = UNITS[expr.unit] ?? 'day';
        // The k-th occurrence is counted from the anchor (anchor + k periods), never from the previous one.
        // Business days count in the calendars of the commitment's actors, the event's parties or the agreement's.
        const calendars = business ? this.calendarsOf(expr) : undefined;
        const missing = calendars ? this.unavailableCalendar(calendars) : undefined;
        if (missing !== undefined) return { status: 'unresolved', bound: 'on', chain: [], reason: `${missing}; the business days cannot be counted`, calendars };
        const isHoliday = calendars ? this.holidayTest(calendars).isHoliday : undefined;
        // Undefined when the occurrence is out of range: after the year MAX_YEAR, or too many business days away.
        // Business days from a day-precise anchor: the k-th occurrence continues from the (k-1)-th
        // (the same day as counting k periods from the anchor, without counting them again).
        let previous: { k: number; day: number } | undefined;
        const nthBusinessDay = (anchorDate: CalendarDate, k: number, test: (day: number) => boolean): CalendarDate | undefined => {
            if (k * amount > BUSINESS_DAY_CAP) return undefined;
            const from = previous?.k === k - 1 ? previous.day : undefined;
            if (anchorDate.precision !== 'day' || (from === undefined && k !== 1)) {
                return shiftRange(anchorDate, day => addBusinessDays(day, k * amount, test).day);
            }
            const date = shiftRange(anchorDate, day => addBusinessDays(from ?? day, from === undefined ? k * amount : amount, test).day);
            const day = date ? dayNumberOf(date.value) : undefined;
            previous = day === undefined ? undefined : { k, day };
            return date;
        };
        const nth = (anchorDate: CalendarDate, k: number): CalendarDate | undefined => (isHoliday ? nthBusinessDay(anchorDate, k, isHoliday) : nthOccurrence(anchorDate, amount, unit, k));

        // Where the occurrences stop.
        let stop: Occurrences['stop'] = 'horizon';
        let end: CalendarDate | undefined;
        let endText = '';
        if (expr.end || expr.endDate !== undefined) {
            if (expr.endDate !== undefined) {
                end = parseCalendarDate(expr.endDate);
                if (!end) return { status: 'invalid', bound: 'on', chain: [], reason: `'${expr.endDate}' is not a calendar date` };
                endText = `until ${end.value}`;
                stop = 'until';
            } else {
                const target = expr.end?.ref;
                if (!target) {
                    return { status: 'unresolved', bound: 'on', chain: [], reason: `'${expr.end?.$refText ?? ''}' is not declared` };
                }
                const resolution = this.resolveDated(target);
                if (resolution.status === 'cycle') {
                    return {
                        status: 'cycle',
                        bound: 'on',
                        chain: resolution.chain,
                        ...(resolution.chainFrom ? { chainFrom: resolution.chainFrom } : {}),
                        reason: `'${this.describeAnchor(target)}' depends on this deadline: the chain of relative dates is a cycle`
                    };
                }
                if (resolution.status === 'resolved') {
                    end = { value: resolution.date, precision: resolution.precision };
                    endText = `until ${this.describeAnchor(target)} (${end.value})`;
                    stop = 'until';
                } else {
                    // An end without a date yet does not stop the list: the horizon does, and the chain says why.
                    endText = `until ${this.describeAnchor(target)}, which has no date yet`;
                }
            }
        } else if (expr.count === undefined) {
            const expiry = expiryAlongside(expr);
            const expiryExpr = expiry ? this.dateOf(expiry) : undefined;
            // An expiry dated from this very deadline (`expiry 1 year after annual`) cannot end it.
            if (expiry && expiryExpr && !this.inProgress.has(expiryExpr) && !dependsOn(expiryExpr, expr)) {
                const resolution = this.resolveDated(expiry);
                if (resolution.status === 'resolved') {
                    end = { value: resolution.date, precision: resolution.precision };
                    endText = `until the agreement's expiry ${this.describeAnchor(expiry)} (${end.value})`;
                    stop = 'expiry';
                }
            }
        }
        let occurrences: Occurrences | undefined;
        const where = !calendars ? '' : calendars.length === 0 ? ' (weekends only)' : ` in ${calendars.map(c => describeCalendar(c)).join(', ')}`;
        const every = `every ${expr.amount !== undefined ? writtenNumber(expr, 'amount') + ' ' : ''}${expr.unit}${where} after`;
        const result = this.fromAnchor(anchor, expr.anchor?.$refText ?? '', 'on', every, (anchorDate): Computed | NoDate | undefined => {
            // A period finer than the anchor's precision counts from every day of the anchor's
            // month or year at once: the occurrences would overlap and come out of order.
            const coarse = anchorDate.precision === 'year' ? unit !== 'year' || business : anchorDate.precision === 'month' ? unit === 'day' || unit === 'week' || business : false;
            if (coarse) {
                const period = business ? 'business days' : `${unit}s`;
                const known = anchorDate.precision === 'year' ? 'the year' : 'the month';
                const needed = anchorDate.precision === 'year' && unit === 'month' && !business ? 'its month or day' : 'its day';
                const coarser = anchorDate.precision === 'year' ? 'years' : 'months or years';
                return {
                    issue: 'anchor_too_coarse',
                    reason: step =>
                        `${step} counts ${period} from a date known only to ${known}, so its occurrences would overlap and come out of order; give '${anchor ? this.describeAnchor(anchor) : ''}' ${needed}, or count in ${coarser}`
                };
            }
            const dates: string[] = [];
            let truncated = false;
            let finalStop: Occurrences['stop'] = stop;
            // Nothing ends it: the horizon; otherwise the hard cap.
            const limit = stop === 'horizon' && expr.count === undefined ? RECURRING_HORIZON : RECURRING_CAP;
            for (let k = 1; ; k++) {
                if (expr.count !== undefined && k > expr.count) {
                    finalStop = 'count';
                    break;
                }
                const date = nth(anchorDate, k);
                if (!date) {
                    // Out of range: no first occurrence is no date; later ones end the list, more following.
                    if (dates.length === 0) return OUT_OF_RANGE;
                    truncated = true;
                    finalStop = 'horizon';
                    break;
                }
                if (end && isSurelyAfter(date, end)) break;
                if (dates.length >= limit) {
                    truncated = true;
                    finalStop = 'horizon';
                    break;
                }
                dates.push(date.value);
            }
            occurrences = {
                dates,
                stop: finalStop,
                ...(finalStop === 'until' || finalStop === 'expiry' ? (end ? { end: end.value } : {}) : finalStop === 'horizon' && dates.length > 0 ? { end: dates[dates.length - 1]! } : {}),
                truncated,
                ...(business
                    ? {}
                    : {
                          recurrence: {
                              anchor: anchorDate.value,
                              every: amount,
                              unit,
                              ...(expr.count !== undefined ? { count: expr.count } : {}),
                              ...(end && (stop === 'until' || stop === 'expiry') ? { until: end.value } : {})
                          }
                      })
            };
            if (dates.length === 0) {
                return { issue: 'no_occurrence', reason: () => `the first occurrence is after the end (${endText.replace(/^until /, '')})` };
            }
            const shown = dates.length <= 4 ? dates.join(', ') : `${dates.slice(0, 3).join(', ')}, …, ${dates[dates.length - 1]}`;
            const why =
                finalStop === 'count'
                    ? `${dates.length} times`
                    : finalStop === 'horizon'
                      ? `${dates.length} shown${truncated ? ', more follow' : ''}${stop === 'horizon' && endText ? `; ${endText}` : ''}`
                      : `${dates.length} occurrence${dates.length === 1 ? '' : 's'} ${endText}`;
            return { date: { value: dates[0]!, precision: parseCalendarDate(dates[0]!)?.precision ?? 'day' }, arrow: `${shown} (${why})` };
        });
        const withCalendars = calendars ? { ...result, calendars } : result;
        return occurrences ? { ...withCalendars, occurrences } : withCalendars;
    }

    private resolveExtremum(expr: ExtremumDeadline): Resolution {
        const pick = expr.pick === 'latest' ? 'latest' : 'earliest';
        const operands = (expr.operands ?? []).map(operand => {
            if (operand.anchor) {
                const target = operand.anchor.ref;
                const name = target ? this.describeAnchor(target) : operand.anchor.$refText;
                const resolution: Resolution = target ? this.resolveDated(target) : { status: 'unresolved', bound: 'on', chain: [], reason: `'${operand.anchor.$refText}' is not declared` };
                return { name, resolution, anchor: true, target, expr: undefined };
            }
            const resolution: Resolution = operand.expr ? this.resolveTime(operand.expr) : { status: 'invalid', bound: 'on', chain: [], reason: 'an operand is missing' };
            return { name: expressionText(operand.expr?.$cstNode), resolution, anchor: false, target: undefined, expr: operand.expr };
        });
        if (operands.length === 0) return { status: 'invalid', bound: 'on', chain: [], reason: `'${pick} of' has no operands` };
        const parts = operands.map(o => ({ chain: o.resolution.chain, chainFrom: o.resolution.chainFrom, anchor: o.target, expr: o.expr }));
        const cycle = operands.find(o => o.resolution.status === 'cycle');
        if (cycle) {
            return { status: 'cycle', bound: 'on', ...joinChains(parts, undefined, anchorsOf), reason: `'${cycle.name}' depends on this deadline: the chain of relative dates is a cycle` };
        }
        const missing = operands.filter(o => o.resolution.status !== 'resolved');
        const bounds = new Set(operands.map(o => o.resolution.bound));
        const bound: DeadlineKind = bounds.size === 1 ? [...bounds][0]! : 'by';
        if (missing.length > 0) {
            const invalid = missing.every(o => o.resolution.status === 'invalid');
            const reasons = [...new Set(missing.map(o => (o.resolution as UnresolvedDate).reason))];
            const first = missing[0]!;
            const joined = reasons.join('; ');
            const reason = joined.length <= REASON_LIMIT ? `${joined}, so '${pick} of' cannot be resolved yet` : this.because(first.resolution, first.name, `'${pick} of' cannot be resolved yet`);
            const result: Resolution = { status: invalid ? 'invalid' : 'unresolved', bound, ...joinChains(parts, undefined, anchorsOf), reason };
            if (joined.length > REASON_LIMIT) this.inherit(result, first.resolution);
            else this.causes.set(result, this.causes.get(first.resolution) ?? (first.resolution as UnresolvedDate).reason);
            return result;
        }
        const dates = operands.map(o => {
            const r = o.resolution as ResolvedDate;
            return { name: o.name, anchor: o.anchor, approximate: r.approximate === true, date: { value: r.date, precision: r.precision } as CalendarDate };
        });
        // By the last day each operand can stand for, so that a deadline is never made earlier
        // than it can be: `earliest of (year 2026, 2026-03-01)` is 2026-03-01, not 2026. On a
        // tie the more precise operand: `latest of (2026-01, 2026-01-31)` is 2026-01-31.
        let best = dates[0]!;
        for (const candidate of dates.slice(1)) {
            const last = compareLastDays(candidate.date, best.date);
            const better = last === 0 ? comparePrecision(candidate.date, best.date) < 0 : pick === 'earliest' ? last < 0 : last > 0;
            if (better) best = candidate;
        }
        const list = dates.map(d => (d.anchor ? `${d.name} ${d.date.value}` : d.date.value)).join(', ');
        const own = `${pick} of (${list}) → ${best.date.value}`;
        return { status: 'resolved', date: best.date.value, precision: best.date.precision, bound, ...joinChains(parts, own, anchorsOf), ...(best.approximate ? { approximate: true } : {}) };
    }

    private resolveOpen(expr: OpenDeadline): Resolution {
        const condition = `${expr.form} ${JSON.stringify(expr.condition ?? '')}`;
        return { status: 'open', bound: 'on', chain: [], reason: `no date: ${condition}`, condition };
    }

    private fromAnchor(
        anchor: Dated | undefined,
        anchorText: string,
        bound: DeadlineKind,
        phrase: string,
        compute: (anchorDate: CalendarDate) => Computed | NoDate | undefined,
        fromStart = false
    ): Resolution {
        if (!anchor) {
            const reason = anchorText ? `'${anchorText}' is not declared` : 'the deadline names no event to count from';
            return { status: 'unresolved', bound, chain: [], reason };
        }
        // Chains name anchors by their ids (`eu_us_japan.announced`): read in a hover, in the
        // compiled JSON or in another agreement, a step means the same thing.
        const anchorName = this.describeAnchor(anchor);
        const anchorResolution = this.resolveDated(anchor);
        const cut = anchorResolution.chainFrom ? { chainFrom: anchorResolution.chainFrom } : {};
        if (anchorResolution.status !== 'resolved') {
            const status = anchorResolution.status === 'cycle' ? 'cycle' : 'unresolved';
            const step = `'${phrase} ${anchorName}'`;
            const reason =
                status === 'cycle'
                    ? `'${anchorName}' depends on this deadline: the chain of relative dates is a cycle`
                    : anchorResolution.status === 'open'
                      ? `'${anchorName}' has no date (${anchorResolution.condition ?? 'open-ended'}), so ${step} cannot be resolved`
                      : this.because(anchorResolution, anchorName, `${step} cannot be resolved yet`);
            const waits = status === 'unresolved' ? { waitsOn: anchor } : {};
            const unresolved: Resolution = { status, bound, chain: anchorResolution.chain, ...cut, reason, ...waits };
            if (status === 'unresolved' && anchorResolution.status === 'unresolved') this.inherit(unresolved, anchorResolution);
            return unresolved;
        }
        // A range counts `after` from its last day, `before` from its first (1.4).
        const anchorValue = fromStart && anchorResolution.range ? anchorResolution.range.from : anchorResolution.date;
        const anchorDate: CalendarDate = { value: anchorValue, precision: anchorResolution.precision };
        const start = anchorResolution.chain.length > 0 ? anchorResolution.chain : [`${anchorName} ${anchorDate.value}${anchorResolution.approximate ? ' (approximate)' : ''}`];
        const approximate = anchorResolution.approximate ? { approximate: true } : {};
        const result = compute(anchorDate);
        if (!result) {
            return { status: 'invalid', bound, chain: [...start], ...cut, reason: `'${phrase} ${anchorName}' gives no date` };
        }
        if ('issue' in result) {
            return { status: 'invalid', bound, chain: [...start], ...cut, reason: result.reason(`'${phrase} ${anchorName}' (${anchorName} ${anchorDate.value})`), issue: result.issue };
        }
        const own = `${phrase} ${anchorName} (${anchorDate.value}) → ${result.arrow ?? result.date.value}${result.note ?? ''}`;
        return {
            status: 'resolved',
            date: result.date.value,
            precision: result.date.precision,
            bound,
            ...joinChains([{ chain: start, chainFrom: anchorResolution.chainFrom, anchor }], own, anchorsOf),
            ...approximate
        };
    }

    /**
     * `<why the anchor has no date>, so <what>`: the anchor's reason in full while it is short;
     * past `REASON_LIMIT` (and from then on down the chain) only its first cause, so that a long
     * chain of undated anchors does not give reasons that grow with every link.
     */
    private because(anchorResolution: Resolution, anchorName: string, what: string): string {
        const reason = (anchorResolution as UnresolvedDate).reason;
        if (reason.length <= REASON_LIMIT && !this.shortened.has(anchorResolution)) return `${reason}, so ${what}`;
        const cause = this.causes.get(anchorResolution) ?? reason;
        return `${cause}, so neither '${anchorName}' nor ${what.replace(/ cannot be /, ' can be ')}`;
    }

    /** Records the first cause of an unresolved date counted from `anchorResolution`, and whether its reason was shortened. */
    private inherit(result: Resolution, anchorResolution: Resolution): void {
        this.causes.set(result, this.causes.get(anchorResolution) ?? (anchorResolution as UnresolvedDate).reason);
        const reason = (anchorResolution as UnresolvedDate).reason;
        if (reason.length > REASON_LIMIT || this.shortened.has(anchorResolution)) this.shortened.add(result);
    }
}

/** What a form computes from its anchor's date: the date, and what the chain's step adds. */
interface Computed {
    readonly date: CalendarDate;
    readonly note?: string;
    readonly arrow?: string;
}

/** No date, for a reason of the expression itself: `reason` is given the step (`'3 days after signed' (signed 2026-02-13)`). */
interface NoDate {
    readonly issue: DateIssue;
    readonly reason: (step: string) => string;
}

const OUT_OF_RANGE: NoDate = {
    issue: 'out_of_range',
    reason: step => `${step} gives a date outside the years ${MIN_YEAR} to ${MAX_YEAR}, the only ones dates are computed in`
};

function orOutOfRange(date: CalendarDate | undefined): Computed | NoDate {
    return date ? { date } : OUT_OF_RANGE;
}

function tooManyBusinessDays(): NoDate {
    return {
        issue: 'out_of_range',
        reason: step => `${step} counts more than ${BUSINESS_DAY_CAP} business days (about 40 years), the most that are counted`
    };
}

/**
 * The expressions that resolving `expr` reads the dates of, in the order its form reads them:
 * the dates of its anchors, its nested operands, a recurring deadline's end or the agreement's
 * expiry. Only those it really reads: an expression that is invalid by itself reads none.
 */
function dependenciesOf(expr: TimeExpr, inProgress: ReadonlySet<AstNode>, dateOf: (node: Dated) => TimeExpr | undefined): TimeExpr[] {
    const result: TimeExpr[] = [];
    const add = (ref: Reference<Dated> | undefined): void => {
        const target = safeRef(ref);
        const next = target ? dateOf(target) : undefined;
        if (next) result.push(next);
    };
    if (isOffsetDeadline(expr)) {
        if (Number.isFinite(expr.amount)) add(expr.anchor);
    } else if (isAnniversaryDeadline(expr)) {
        if (Number.isFinite(Number.parseInt(expr.ordinal ?? '', 10))) add(expr.anchor);
    } else if (isMonthEdgeDeadline(expr)) {
        if (expr.month === undefined && monthEdgeOffset(expr) !== undefined) add(expr.anchor);
    } else if (isSameDayDeadline(expr)) {
        add(expr.anchor);
    } else if (isRecurringDeadline(expr)) {
        const amount = expr.amount ?? 1;
        if (!Number.isFinite(amount) || amount <= 0 || (expr.count !== undefined && !(expr.count > 0))) return result;
        if (expr.endDate !== undefined) {
            // A written end date reads no other date.
        } else if (expr.end) {
            add(expr.end);
        } else if (expr.count === undefined) {
            const expiry = expiryAlongside(expr);
            const expiryExpr = expiry ? dateOf(expiry) : undefined;
            if (expiryExpr && !inProgress.has(expiryExpr) && !dependsOn(expiryExpr, expr)) result.push(expiryExpr);
        }
        add(expr.anchor);
    } else if (isExtremumDeadline(expr)) {
        for (const operand of expr.operands ?? []) {
            if (operand.anchor) add(operand.anchor);
            else if (operand.expr) result.push(operand.expr);
        }
    }
    return result;
}

/** True when `expr` is reached by following the anchors of `from` (through their dates), `from` included. */
function dependsOn(from: TimeExpr, expr: TimeExpr): boolean {
    const seen = new Set<TimeExpr>();
    const stack = [from];
    while (stack.length > 0) {
        const current = stack.pop()!;
        if (current === expr) return true;
        if (seen.has(current)) continue;
        seen.add(current);
        for (const anchor of anchorsOf(current)) {
            const next = dateExprOf(anchor);
            if (next) stack.push(next);
        }
    }
    return false;
}

/** `JP`, or `EU (BE)` when the calendar is not the party's name, or `EU (no holidays)`. */
function describeCalendar(use: CalendarUse): string {
    const name = use.party.name ?? '';
    if (use.code === undefined) return `${name} (no holidays)`;
    return use.code === name ? name : `${name} (${use.code})`;
}

/** `2026-04-29 Showa Day, 2026-05-04..06 Greenery Day, ...`: consecutive days merged, at most four entries. */
function describeSkipped(days: readonly number[], names: ReadonlyMap<number, string>): string {
    const sorted = [...days].sort((a, b) => a - b);
    const runs: { from: number; to: number; names: string[] }[] = [];
    for (const day of sorted) {
        const last = runs[runs.length - 1];
        // Holidays on consecutive days make one range.
        if (last && day - last.to === 1) {
            last.to = day;
            last.names.push(names.get(day) ?? 'holiday');
        } else {
            runs.push({ from: day, to: day, names: [names.get(day) ?? 'holiday'] });
        }
    }
    const parts = runs.map(run => {
        const from = formatDayNumber(run.from);
        const range = run.from === run.to ? from : `${from}..${formatDayNumber(run.to).slice(8)}`;
        return `${range} ${[...new Set(run.names.flatMap(name => name.split(' / ')))].join(', ')}`;
    });
    return parts.length <= 4 ? parts.join('; ') : `${parts.slice(0, 4).join('; ')}; and ${parts.length - 4} more`;
}

function safeRef<T extends AstNode>(ref: Reference<T> | undefined): T | undefined {
    try {
        return ref?.ref;
    } catch {
        return undefined;
    }
}
