import type { Agreement, Citation, Commitment, Deadline, PactaOutput } from '../model.js';
import { actorDeparture, actorsNotYetJoined } from '../status/actor-departure.js';
import { closingEnd, decideAgreement, indexAgreements } from '../status/agreement-status.js';
import { forceOf, missedWhileBound, notYetMade, prohibitionLifted } from '../status/commitment-status.js';
import { type Day, parseDay } from '../status/dates.js';
import { selfAndParents } from '../status/party-chain.js';
import { datedEvents } from './dated-events.js';
import { CLOSED_COMMITMENT_STATUSES, type DeadlineList, type DeadlineListOptions, type ListedDeadline, type ListedSource, type UnlistedOccurrences } from './model.js';
import { occurrencesToList, overlaps, pastListedOccurrences } from './occurrences.js';
import { dueDay } from './periods.js';
import { UncertaintyIndex } from './uncertainty.js';
import { ACTORS_LEFT, NOT_YET_JOINED } from './words.js';

/** How an event without a title is called in a title (its name is the subject already). */
const EVENT_WORDS: Record<string, string> = {
    announced: 'announcement',
    signed: 'signature',
    ratified: 'ratification',
    in_force: 'entry into force',
    provisional_application: 'provisional application',
    review: 'review',
    expiry: 'expiry',
    terminated: 'termination',
    withdrawal: 'withdrawal',
    event: 'event'
};

/**
 * The deadlines of a compiled document as lists show them: one row per occurrence, by the
 * occurrence's date (a less precise date before the days it contains, as in the document's
 * `deadlines`), then id; unresolved ones last, by id. The one place that decides what `pacta deadlines` (every format) and the editor's
 * timeline list:
 * - **what**: the document's `deadlines`, and the review, expiry and plain events dated by a
 *   written date (`CALENDAR_EVENT_KINDS`);
 * - **range**: with `from`/`to`, each occurrence whose period (a day, or the month or year a less
 *   precise date stands for) overlaps the range, inclusive, past the listed ones too
 *   (`occurrencesToList`); unresolved deadlines only without a range;
 * - **live**: deadlines of commitments recorded `fulfilled`, `superseded`, `lapsed` or `breached`,
 *   occurrences due after the day their agreement ended (`closingEnd`, the status's rule: the end
 *   date is the last live day; not the ending event itself), and with `asOf` every occurrence of a
 *   commitment whose agreement ended before that day (`lapsed`, as the status says), are left out
 *   unless `includeClosed`, and then marked `closed` (and `ended`); an end known only to the month
 *   or year that may come first only possibly closes: listed, `possiblyEnded`, uncertain;
 * - **uncertain**: every row says which facts marked `uncertain` its date depends on;
 * - **branches**: deadlines of an arm whose branch took the other arm are left out; those of an
 *   arm neither taken nor ruled out carry `branch` (`only if extended`), as a marker;
 * - **party**: with `parties`, deadlines whose actors, or whose agreement's parties (any role but
 *   `observer` and `participant`, 1.4),
 *   include one of them or one of its agencies, persons or companies.
 *
 * @throws RangeError when `from` or `to` is not a real `YYYY-MM-DD` day: a mistake of the caller
 * (the CLI checks its flags first), not of the workspace.
 */
export function listDeadlines(output: PactaOutput, options: DeadlineListOptions = {}): ListedDeadline[] {
    return listDeadlinesWithGaps(output, options).rows;
}

/**
 * {@link listDeadlines}, and what a range asked for that no row can show: the series whose
 * occurrences past the listed ones cannot be computed (a period in business days), so that a list
 * that prints "No deadlines." also says occurrences were left out.
 *
 * @throws RangeError as {@link listDeadlines}.
 */
export function listDeadlinesWithGaps(output: PactaOutput, options: DeadlineListOptions = {}): DeadlineList {
    for (const bound of ['from', 'to', 'asOf'] as const) {
        const day = options[bound];
        if (day !== undefined && !parseDay(day)) throw new RangeError(`${bound} '${day}' is not a date: write YYYY-MM-DD`);
    }
    const agreements = new Map(output.agreements.map(a => [a.id, a]));
    const commitments = new Map(output.commitments.map(c => [c.id, c]));
    const events = new Map(output.events.map(e => [e.id, e]));
    const sources = new Map(output.sources.map(s => [s.id, s]));
    const uncertainty = new UncertaintyIndex(output);
    const involves = partyFilter(output, options.parties ?? []);
    const ranged = options.from !== undefined || options.to !== undefined;
    const asOf = options.asOf !== undefined ? parseDay(options.asOf) : undefined;
    // With `asOf`, a branch recorded taken after that day is not taken yet (as the status reads it).
    const status = indexAgreements(output, asOf?.value);
    const rows: ListedDeadline[] = [];
    const unlisted: UnlistedOccurrences[] = [];
    for (const deadline of [...output.deadlines, ...datedEvents(output)]) {
        const agreement = agreements.get(deadline.agreement);
        const commitment = deadline.subjectKind === 'commitment' ? commitments.get(deadline.subject) : undefined;
        const recorded = commitment !== undefined && CLOSED_COMMITMENT_STATUSES.includes(commitment.status);
        if (recorded && !options.includeClosed) continue;
        // An arm of a branch whose other arm was taken never happens: off every list (1.4).
        const branch = status.branches.of(deadline);
        if (branch?.state === 'not_taken') continue;
        if (!involves(deadline, agreement)) continue;
        const resolved = deadline.status === 'resolved' && deadline.date !== null;
        if (!resolved && ranged) continue;
        const recurring = resolved && deadline.occurrences !== undefined && deadline.occurrences.dates.length > 0;
        const series = recurring ? occurrencesToList(deadline.occurrences!, options) : undefined;
        const dates = series ? series.dates : [{ index: 1, date: resolved ? deadline.date! : null }];
        const lastListed = recurring && ranged ? pastListedOccurrences(deadline.occurrences!, options) : undefined;
        if (lastListed !== undefined) unlisted.push({ deadline: deadline.id, subject: deadline.subject, agreement: deadline.agreement, lastListed, listed: deadline.occurrences!.dates.length });
        // The status module's rule (`closingEnd`): an occurrence due after the day its agreement
        // ended is closed; one due on that last day is live; an end known only to the month or year
        // that may come first possibly closes it (marked, listed). The event that ends the agreement
        // is not closed by its own end. With `asOf`, a commitment whose agreement ended before that
        // day has lapsed (as the status says), every occurrence of it.
        const lapse = commitment && !recorded && agreement && asOf ? closingEnd(agreement, status, asOf) : undefined;
        // The status module's rule too (`actorDeparture`): once every actor has withdrawn or left, the
        // commitment binds nobody — an occurrence due after that, or every one with `asOf` after it, is closed.
        const gone = (day: Day): { certain: boolean; since?: string; words: string } | undefined => {
            const departure = commitment && !recorded && agreement ? actorDeparture(commitment, agreement, status, day) : undefined;
            return departure?.all ? { certain: departure.certain, since: departure.since, words: `${ACTORS_LEFT}${departure.words}` } : undefined;
        };
        // An obligation missed while it bound — before its agreement's end, before its actors all left —
        // stays live (and overdue): an end does not undo it, nor is it possibly closed (the status's rule).
        const missedBeforeEnd = commitment !== undefined && lapse !== undefined && missedWhileBound(commitment, lapse.end.since);
        const goneAsOf = asOf && (!lapse?.certain || missedBeforeEnd) ? gone(asOf) : undefined;
        const missedBeforeLeaving = commitment !== undefined && goneAsOf !== undefined && missedWhileBound(commitment, goneAsOf.since);
        const lapsedBy = lapse?.certain && !missedBeforeEnd ? lapse.words : goneAsOf?.certain && !missedBeforeLeaving ? goneAsOf.words : undefined;
        // A prohibition binds until its date and never falls due: with `asOf` past that date it is no
        // longer binding (`lapsed` in the status, the same rule), so the occurrence is closed.
        const prohibits = forceOf(commitment?.modality) === 'prohibition';
        // A duty from a date on (`not before`) binds a party from the day it joins: never closed for joining late.
        const obliges = commitment !== undefined && forceOf(commitment.modality) === 'obligation' && deadline.kind !== 'from';
        // Under an agreement not made by `asOf`, or of parties that have not joined it by then, it has not
        // bound, so it is not lifted either (the status's rule).
        const unbound =
            agreement !== undefined
            && asOf !== undefined
            && (notYetMade(decideAgreement(agreement, status, asOf).status) || (commitment !== undefined && actorsNotYetJoined(commitment, agreement, status, asOf) !== undefined));
        const prohibition = prohibits && deadline.kind !== 'from' && !unbound;
        const inRange = dates.flatMap(({ date, index }) => {
            if (date !== null && !overlaps(date, options)) return [];
            const due = date === null ? undefined : dueDay(date, deadline.kind);
            const day = due ? parseDay(due.day) : undefined;
            const closing = agreement && day ? closingEnd(agreement, status, day) : undefined;
            const own = closing?.end.basis?.id === deadline.subject;
            const goneBy = day && !(closing?.certain && !own) ? gone(day) : undefined;
            // An obligation due before every actor joined never bound them (the status's rule): closed.
            const notYet = day && obliges && agreement && !recorded ? actorsNotYetJoined(commitment!, agreement, status, day, true) : undefined;
            const after = closing?.certain && !own ? closing.words : goneBy?.certain ? goneBy.words : notYet !== undefined ? `${NOT_YET_JOINED}${notYet}` : undefined;
            const lapsed = after === undefined && lapsedBy !== undefined;
            const ended = after ?? (lapsed ? lapsedBy : undefined);
            const possiblyEnded =
                ended !== undefined
                    ? undefined
                    : closing && !closing.certain && !own
                      ? closing.words
                      : lapse && !lapse.certain && !missedBeforeEnd
                        ? lapse.words
                        : goneBy && !goneBy.certain
                          ? goneBy.words
                          : goneAsOf && !goneAsOf.certain && !missedBeforeLeaving
                            ? goneAsOf.words
                            : undefined;
            const lifted = prohibition && !recorded && ended === undefined && asOf !== undefined && day !== undefined && prohibitionLifted(day, asOf);
            const shut = ended !== undefined || lifted;
            // A prohibition's date is not a due date: `in effect until 2026-03-31`, `in effect from 2026-07-01`.
            const when = prohibits && due ? { ...due, when: due.when.replace(/^(by|on) (the end of )?/, 'in effect until $2').replace(/^not before /, 'in effect from ') } : due;
            return shut && !recorded && !options.includeClosed ? [] : [{ date, index, due: when, ended, lapsed, lifted, possiblyEnded }];
        });
        if (inRange.length === 0) continue;
        const event = deadline.subjectKind === 'event' ? events.get(deadline.subject) : undefined;
        const agreementTitle = agreement?.title ?? deadline.agreement;
        const facts = uncertainty.factsOf(deadline);
        const cited = citedSources([...(commitment?.citations ?? event?.citations ?? []), ...(agreement?.citations ?? [])], sources);
        const common = {
            subject: deadline.subject,
            subjectKind: deadline.subjectKind,
            agreement: deadline.agreement,
            agreementTitle,
            title: titleOf(deadline, commitment, event, agreementTitle),
            due: dueOf(deadline, commitment, event),
            ...(commitment?.modality ? { modality: commitment.modality } : {}),
            kind: deadline.kind,
            status: deadline.status,
            actors: deadline.actors,
            text: deadline.text,
            ...(deadline.form !== undefined ? { form: deadline.form } : {}),
            chain: deadline.chain,
            ...(deadline.chainFrom !== undefined ? { chainFrom: deadline.chainFrom } : {}),
            ...(deadline.reason !== undefined ? { reason: deadline.reason } : {}),
            ...(deadline.condition !== undefined ? { condition: deadline.condition } : {}),
            ...(deadline.approximate ? { approximate: true } : {}),
            ...(commitment ? { commitmentStatus: commitment.status } : {}),
            ...(branch?.state === 'conditional' ? { branch: { id: branch.id, arm: branch.arm, label: branch.label } } : {})
        };
        const tail = { uncertain: facts.length > 0, uncertainty: facts, sources: cited, location: deadline.location };
        for (const { date, index, due, ended, lapsed, lifted, possiblyEnded } of inRange) {
            rows.push({
                id: index === 1 ? deadline.id : `${deadline.id}.${date}`,
                deadline: deadline.id,
                date,
                precision: date === null ? null : deadline.precision,
                day: due?.day ?? null,
                when: due?.when ?? deadline.condition ?? `${deadline.status}: ${deadline.reason ?? 'no date'}`,
                ...(series ? { occurrence: { index, count: series.count, truncated: series.truncated } } : {}),
                ...common,
                ...(index === 1 && deadline.alternatives ? { alternatives: deadline.alternatives } : {}),
                closed: recorded || ended !== undefined || lifted,
                ...(ended !== undefined ? { ended } : {}),
                ...(lapsed ? { lapsed: true } : {}),
                ...(lifted ? { noLongerBinding: true } : {}),
                ...(possiblyEnded !== undefined ? { possiblyEnded } : {}),
                ...tail,
                uncertain: tail.uncertain || possiblyEnded !== undefined
            });
        }
    }
    // Occurrences of recurring deadlines interleave with the others; the sort is stable.
    return { rows: sortRows(rows), unlisted };
}

function sortRows(rows: ListedDeadline[]): ListedDeadline[] {
    return rows.sort((a, b) => (a.date === null || b.date === null ? Number(a.date === null) - Number(b.date === null) : compare(a.date, b.date)) || compare(a.id, b.id));
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** Keeps a deadline when one of the parties (or something of it) acts in it or is a party to its agreement. */
function partyFilter(output: PactaOutput, parties: readonly string[]): (deadline: Deadline, agreement: Agreement | undefined) => boolean {
    if (parties.length === 0) return () => true;
    const parentOf = new Map(output.parties.map(p => [p.id, p.parent]));
    const belongsTo = (id: string, party: string): boolean => {
        for (const current of selfAndParents(id, parentOf)) if (current === party) return true;
        return false;
    };
    return (deadline, agreement) => {
        // Observers and participants take part without being bound (1.4): their deadlines are not theirs.
        const bound = agreement?.roles.filter(role => role.role !== 'observer' && role.role !== 'participant') ?? [];
        const involved = [...deadline.actors, ...bound.map(role => role.party)];
        return parties.some(party => involved.some(id => belongsTo(id, party)));
    };
}

/** `EU, US: finalize a memorandum of understanding …`; `United States–Mexico–Canada Agreement (USMCA): Joint review`. */
function titleOf(deadline: Deadline, commitment: Commitment | undefined, event: PactaOutput['events'][number] | undefined, agreementTitle: string): string {
    if (deadline.subjectKind === 'commitment') {
        // A prohibition keeps its `not`: `US: shall not raise tariffs`, never `US: raise tariffs`.
        const text = commitment?.text ?? deadline.subject;
        const what = forceOf(commitment?.modality) === 'prohibition' ? `${commitment!.modality} ${text}` : text;
        return deadline.actors.length > 0 ? `${deadline.actors.join(', ')}: ${what}` : what;
    }
    // An event named apart from its kind says what it is by its name: `review joint_review` is the joint review.
    const named = event?.name !== undefined && event.name !== event.kind ? event.name.replace(/_/g, ' ') : undefined;
    return `${agreementTitle}: ${event?.title ?? named ?? EVENT_WORDS[event?.kind ?? ''] ?? deadline.subject}`;
}

/** `will implement the action plan`; `review joint_review "Joint review"`. */
function dueOf(deadline: Deadline, commitment: Commitment | undefined, event: PactaOutput['events'][number] | undefined): string {
    if (commitment?.text) return [commitment.modality, commitment.text].filter(Boolean).join(' ');
    if (event) return [event.kind, event.name !== event.kind ? event.name : undefined, event.title ? `"${event.title}"` : undefined].filter(Boolean).join(' ');
    return deadline.subject;
}

function citedSources(citations: readonly Citation[], sources: Map<string, PactaOutput['sources'][number]>): ListedSource[] {
    const listed: ListedSource[] = [];
    const seen = new Set<string>();
    for (const citation of citations) {
        const key = `${citation.source}\u0000${citation.locator ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const source = sources.get(citation.source);
        listed.push({
            id: citation.source,
            title: source?.title ?? citation.source,
            ...(source?.url !== undefined ? { url: source.url } : {}),
            ...(source?.publisher !== undefined ? { publisher: source.publisher } : {}),
            ...(citation.locator !== undefined ? { locator: citation.locator } : {})
        });
    }
    return listed;
}
