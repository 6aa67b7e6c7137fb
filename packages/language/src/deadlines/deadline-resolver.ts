import { type AstNode, DocumentState, type LangiumCoreServices, WorkspaceCache } from 'langium';
import {
    type AbsoluteDate, type AnniversaryDeadline, type Dated, type OffsetDeadline, type TimeExpr,
    isAbsoluteDate, isAgreement, isAnniversaryDeadline, isEvent, isOffsetDeadline
} from '../generated/ast.js';
import { addToDate, type CalendarDate, type CalendarUnit, type DatePrecision, parseCalendarDate } from './calendar-date.js';

/** How a deadline binds: exactly on the date, by the date at the latest, or from the date on. */
export type DeadlineKind = 'on' | 'by' | 'from';

export type Resolution = ResolvedDate | UnresolvedDate;

export interface ResolvedDate {
    readonly status: 'resolved';
    readonly date: string;
    readonly precision: DatePrecision;
    readonly bound: DeadlineKind;
    /** The steps from a known date to this one, e.g. `within 30 days after eu_us_japan.announced (2026-02-04) → 2026-03-06`. */
    readonly chain: readonly string[];
}

export interface UnresolvedDate {
    readonly status: 'unresolved' | 'cycle' | 'invalid';
    readonly bound: DeadlineKind;
    readonly chain: readonly string[];
    /** Why there is no date, in words a user can act on. */
    readonly reason: string;
}

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
}

const UNITS: Record<string, CalendarUnit> = {
    day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year'
};

const BOUNDS: Record<string, DeadlineKind> = {
    on: 'on', within: 'by', 'no later than': 'by', 'not before': 'from'
};

export class DefaultDeadlineResolver implements DeadlineResolver {
    // Cleared after every linking phase: an anchor may live in another file that just changed.
    private readonly cache: WorkspaceCache<AstNode, Resolution>;
    private readonly inProgress = new Set<AstNode>();

    constructor(services: LangiumCoreServices) {
        this.cache = new WorkspaceCache(services.shared, DocumentState.Linked);
    }

    resolveDated(node: Dated): Resolution {
        const expr = isEvent(node) ? node.when : node.due;
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
            return { status: 'cycle', bound: 'on', chain: [], reason: 'the deadline depends on itself' };
        }
        this.inProgress.add(expr);
        try {
            const result = isAbsoluteDate(expr) ? this.resolveAbsolute(expr)
                : isAnniversaryDeadline(expr) ? this.resolveAnniversary(expr)
                    : isOffsetDeadline(expr) ? this.resolveOffset(expr)
                        // TODO(issue 5): month edges, recurring, earliest/latest and open deadlines.
                        : { status: 'invalid' as const, bound: 'on' as const, chain: [], reason: 'this form of deadline is not resolved yet' };
            this.cache.set(expr, result);
            return result;
        } finally {
            this.inProgress.delete(expr);
        }
    }

    describeAnchor(node: Dated, from?: AstNode): string {
        const name = isEvent(node) ? node.name ?? node.kind : node.name;
        const owner = node.$container;
        const sameOwner = from !== undefined && isAgreement(owner) && enclosingAgreement(from) === owner;
        return isAgreement(owner) && !sameOwner ? `${owner.name}.${name}` : name;
    }

    private resolveAbsolute(expr: AbsoluteDate): Resolution {
        const text = expr.date ?? (expr.year !== undefined ? String(expr.year).padStart(4, '0') : '');
        const date = parseCalendarDate(text);
        if (!date) {
            return { status: 'invalid', bound: 'on', chain: [], reason: `'${text}' is not a calendar date` };
        }
        return { status: 'resolved', date: date.value, precision: date.precision, bound: 'on', chain: [] };
    }

    private resolveOffset(expr: OffsetDeadline): Resolution {
        const bound = BOUNDS[expr.bound ?? 'on'] ?? 'on';
        const unit = UNITS[expr.unit] ?? 'day';
        if (!Number.isFinite(expr.amount)) {
            return { status: 'invalid', bound, chain: [], reason: 'the deadline has no number of units' };
        }
        const sign = expr.direction === 'before' ? -1 : 1;
        const phrase = `${expr.bound ? expr.bound + ' ' : ''}${expr.amount} ${expr.unit} ${expr.direction}`;
        return this.fromAnchor(expr.anchor?.ref, expr.anchor?.$refText ?? '', bound, phrase,
            anchorDate => addToDate(anchorDate, sign * expr.amount, unit));
    }

    private resolveAnniversary(expr: AnniversaryDeadline): Resolution {
        const years = Number.parseInt(expr.ordinal ?? '', 10);
        if (!Number.isFinite(years)) {
            return { status: 'invalid', bound: 'on', chain: [], reason: `'${expr.ordinal ?? ''}' is not an ordinal number` };
        }
        return this.fromAnchor(expr.anchor?.ref, expr.anchor?.$refText ?? '', 'on', `${expr.ordinal} anniversary of`,
            anchorDate => addToDate(anchorDate, years, 'year'));
    }

    private fromAnchor(
        anchor: Dated | undefined,
        anchorText: string,
        bound: DeadlineKind,
        phrase: string,
        compute: (anchorDate: CalendarDate) => CalendarDate
    ): Resolution {
        if (!anchor) {
            const reason = anchorText ? `'${anchorText}' is not declared` : 'the deadline names no event to count from';
            return { status: 'unresolved', bound, chain: [], reason };
        }
        // Chains name anchors by their ids (`eu_us_japan.announced`): read in a hover, in the
        // compiled JSON or in another agreement, a step means the same thing.
        const anchorName = this.describeAnchor(anchor);
        const anchorResolution = this.resolveDated(anchor);
        if (anchorResolution.status !== 'resolved') {
            const status = anchorResolution.status === 'cycle' ? 'cycle' : 'unresolved';
            const reason = status === 'cycle'
                ? `'${anchorName}' depends on this deadline: the chain of relative dates is a cycle`
                : `${anchorResolution.reason}, so '${phrase} ${anchorName}' cannot be resolved yet`;
            return { status, bound, chain: anchorResolution.chain, reason };
        }
        const anchorDate: CalendarDate = { value: anchorResolution.date, precision: anchorResolution.precision };
        const result = compute(anchorDate);
        const start = anchorResolution.chain.length > 0 ? anchorResolution.chain : [`${anchorName} ${anchorDate.value}`];
        return {
            status: 'resolved',
            date: result.value,
            precision: result.precision,
            bound,
            chain: [...start, `${phrase} ${anchorName} (${anchorDate.value}) → ${result.value}`]
        };
    }
}

function enclosingAgreement(node: AstNode): AstNode | undefined {
    let current: AstNode | undefined = node;
    while (current && !isAgreement(current)) {
        current = current.$container;
    }
    return current;
}
