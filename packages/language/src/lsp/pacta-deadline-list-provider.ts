import { AstUtils, type Cancellation, type LangiumDocument, type LangiumDocuments, URI, UriUtils, interruptAndCheck } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { isBuiltinUri } from '../builtins/mechanism-kinds.js';
import type { DeadlineKind, DeadlineResolver, Resolution } from '../deadlines/deadline-resolver.js';
import { type Commitment, type Event, type TimeExpr, isAbsoluteDate, isAgreement, isCommitment, isEvent } from '../generated/ast.js';
import { chainExcerpt } from './chain-excerpt.js';
import type { PactaLspFeatureServices } from './pacta-lsp-module.js';

/** Method of the custom request the timeline uses: `pacta/deadlines`. */
export const DEADLINES_REQUEST = 'pacta/deadlines';

export interface DeadlinesParams {
    /** `YYYY-MM-DD`; the server's local date when left out. Decides `past` and `overdue`. */
    today?: string;
    /** Only the documents under this URI (a workspace folder); the whole workspace when left out. */
    folderUri?: string;
}

/** One deadline: a commitment's `due`, or an event whose date is relative (as in the compiled JSON's `deadlines`). */
export interface DeadlineItem {
    /** `<subject>.due` for a commitment, `<subject>.date` for an event: the id the compiled JSON gives it. */
    id: string;
    /** Id of the commitment or event: `eu_us_japan.mou`. */
    subject: string;
    subjectKind: 'commitment' | 'event';
    agreement: string;
    agreementTitle?: string;
    /** What falls due: the commitment's text, or the event's title or kind. */
    label: string;
    kind: DeadlineKind;
    status: Resolution['status'];
    date: string | null;
    precision: 'day' | 'month' | 'year' | null;
    /** The expression as written. */
    text: string;
    chain: string[];
    /** Every occurrence of a recurring deadline (the first is `date`). */
    occurrences?: string[];
    /** The condition of an open-ended deadline (`status` is `open`). */
    condition?: string;
    reason?: string;
    actors: string[];
    /** The commitment's `status`, when it has one. */
    commitmentStatus?: string;
    /** The date (its last day, for a month or a year) is before today. */
    past: boolean;
    /** A past deadline of a commitment that is not fulfilled, lapsed or superseded (and is not a `not before`). */
    overdue: boolean;
    /** Where the date or deadline is written. */
    uri: string;
    range: Range;
}

export interface DeadlinesResult {
    today: string;
    /** Resolved deadlines by date then id, then the unresolved ones by id. */
    deadlines: DeadlineItem[];
}

/** The workspace's deadlines, resolved, for the timeline (`pacta/deadlines`). */
export interface DeadlineListProvider {
    getDeadlines(params?: DeadlinesParams): DeadlinesResult;
    /** The same, for the language server: gives way to other messages as it goes, and stops when `token` is cancelled. */
    collectDeadlines(params: DeadlinesParams, token: Cancellation.CancellationToken): Promise<DeadlinesResult>;
}

const CLOSED_STATUSES = new Set(['fulfilled', 'lapsed', 'superseded']);

/** How an event without a title is called in the list (its name is the subject already). */
const EVENT_WORDS: Record<string, string> = {
    announced: 'announcement', signed: 'signature', ratified: 'ratification', in_force: 'entry into force',
    provisional_application: 'provisional application', review: 'review', expiry: 'expiry', terminated: 'termination',
    withdrawal: 'withdrawal', event: 'event'
};

export class DefaultDeadlineListProvider implements DeadlineListProvider {
    protected readonly documents: LangiumDocuments;
    protected readonly resolver: DeadlineResolver;

    constructor(services: PactaLspFeatureServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.resolver = services.deadlines.DeadlineResolver;
    }

    getDeadlines(params: DeadlinesParams = {}): DeadlinesResult {
        const today = todayOf(params);
        const deadlines = [...this.deadlines(params, today)];
        return { today, deadlines: deadlines.sort(compareDeadlines) };
    }

    async collectDeadlines(params: DeadlinesParams, token: Cancellation.CancellationToken): Promise<DeadlinesResult> {
        const today = todayOf(params);
        const deadlines: DeadlineItem[] = [];
        for (const item of this.deadlines(params, today)) {
            await interruptAndCheck(token);
            deadlines.push(item);
        }
        return { today, deadlines: deadlines.sort(compareDeadlines) };
    }

    protected *deadlines(params: DeadlinesParams, today: string): Generator<DeadlineItem> {
        const folder = params.folderUri ? URI.parse(params.folderUri) : undefined;
        for (const document of this.documents.all) {
            if (isBuiltinUri(document.uri.toString()) || (folder && !UriUtils.contains(folder, document.uri))) continue;
            yield* this.deadlinesOf(document, today);
        }
    }

    protected *deadlinesOf(document: LangiumDocument, today: string): Generator<DeadlineItem> {
        for (const node of AstUtils.streamAllContents(document.parseResult.value)) {
            if (isCommitment(node) && node.due) {
                yield this.item(document, node, node.due, today);
            } else if (isEvent(node)) {
                // Relative and open-ended event dates, as in the compiled JSON; absolute ones are not deadlines.
                const date = this.resolver.dateOf(node);
                if (date && !isAbsoluteDate(date)) yield this.item(document, node, date, today);
            }
        }
    }

    protected item(document: LangiumDocument, subject: Commitment | Event, expr: TimeExpr, today: string): DeadlineItem {
        let resolution: Resolution;
        try {
            resolution = this.resolver.resolveTime(expr);
        } catch (error) {
            resolution = { status: 'invalid', bound: 'on', chain: [], reason: error instanceof Error ? error.message : String(error) };
        }
        const agreement = isAgreement(subject.$container) ? subject.$container : undefined;
        const name = this.resolver.describeAnchor(subject);
        const isCommitmentSubject = isCommitment(subject);
        const date = resolution.status === 'resolved' ? resolution.date : null;
        // A recurring deadline is past when its last occurrence listed is (and nothing follows it).
        const occurrences = resolution.occurrences;
        const lastDate = occurrences && occurrences.dates.length > 0 && !occurrences.truncated ? occurrences.dates[occurrences.dates.length - 1]! : date;
        const past = date !== null && lastDate !== null && lastDayOf(lastDate) < today && !(occurrences?.truncated ?? false);
        const commitmentStatus = isCommitmentSubject ? subject.status : undefined;
        const overdue = past && isCommitmentSubject && resolution.bound !== 'from' && !CLOSED_STATUSES.has(commitmentStatus ?? '');
        const range = expr.$cstNode?.range ?? subject.$cstNode?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        return {
            id: `${name}.${isCommitmentSubject ? 'due' : 'date'}`,
            subject: name,
            subjectKind: isCommitmentSubject ? 'commitment' : 'event',
            agreement: agreement?.name ?? '',
            ...(agreement?.title ? { agreementTitle: agreement.title } : {}),
            label: isCommitmentSubject ? subject.text ?? subject.name : subject.title ?? EVENT_WORDS[subject.kind] ?? subject.kind,
            kind: resolution.bound,
            status: resolution.status,
            date,
            precision: resolution.status === 'resolved' ? resolution.precision : null,
            text: expr.$cstNode?.text.replace(/\s+/g, ' ').trim() ?? '',
            chain: [...chainExcerpt(resolution.chain)],
            ...(resolution.status !== 'resolved' ? { reason: resolution.reason } : {}),
            ...(occurrences ? { occurrences: [...occurrences.dates] } : {}),
            ...(resolution.condition !== undefined ? { condition: resolution.condition } : {}),
            actors: (isCommitmentSubject ? subject.actors : subject.by ?? []).map(ref => ref.$refText),
            ...(commitmentStatus ? { commitmentStatus } : {}),
            past,
            overdue,
            uri: document.uri.toString(),
            range
        };
    }
}

/** `2026-03` → `2026-03-31`, `2036` → `2036-12-31`; a full date stays. */
export function lastDayOf(date: string): string {
    if (/^\d{4}$/.test(date)) return `${date}-12-31`;
    const month = /^(\d{4})-(\d{2})$/.exec(date);
    if (month) {
        const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
        return `${date}-${String(last).padStart(2, '0')}`;
    }
    return date;
}

function todayOf(params: DeadlinesParams): string {
    return params.today && /^\d{4}-\d{2}-\d{2}$/.test(params.today) ? params.today : localToday();
}

function localToday(): string {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function compareDeadlines(a: DeadlineItem, b: DeadlineItem): number {
    if (a.date !== null && b.date !== null) return compare(a.date, b.date) || compare(a.id, b.id);
    if (a.date !== null) return -1;
    if (b.date !== null) return 1;
    return compare(a.id, b.id);
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
