/**
 * What the report shows, decided once for the HTML and the Markdown: per agreement its parties,
 * binding force, status, events, commitments and mechanisms in plain words with their sources;
 * the status table (`statusAsOf`); the timeline rows (`listDeadlines`, overdue as the status
 * decides it: `commitmentStandings`); the relations. Nothing here decides a date or a status.
 */
import { listDeadlines } from '../deadlines/list-deadlines.js';
import type { ListedDeadline } from '../deadlines/model.js';
import { uncertaintyText } from '../language-facade.js';
import type { Agreement, AgreementEvent, Citation, DateValue, PactaOutput, Relation } from '../model.js';
import type { AgreementStatus, CommitmentStatusEntry, StatusReport } from '../status/model.js';
import { statusAsOf } from '../status/status-as-of.js';
import { commitmentStandings } from '../status/status-as-of.js';
import { anchorId, httpUrl } from './escape.js';
import type { ReportOptions } from './model.js';
import { AGREEMENT_STANDING_WORDS, BINDING_WORDS, COMMITMENT_STANDING_WORDS, EVENT_WORDS, MECHANISM_STATUS_WORDS, MODALITY_WORDS, RELATION_WORDS, listWords } from './words.js';

/** A source as cited: its title, an http(s) address when it has one, the publisher and where in it. */
export interface SourceRef {
    title: string;
    url?: string;
    publisher?: string;
    locator?: string;
}

/** One event, commitment or mechanism in words. */
export interface ReportItem {
    anchor: string;
    /** What it is, in a sentence. */
    text: string;
    /** When (a date in words), when it has one. */
    when?: string;
    /** Its status in words (a commitment's standing, a mechanism's state). */
    status?: string;
    /** A commitment's standing, for styling (`overdue`…). */
    standing?: string;
    /** Why the status, in words. */
    reason?: string;
    /** What is uncertain about it, in words; undefined when nothing is. */
    uncertain?: string;
    notes: string[];
    sources: SourceRef[];
}

export interface AgreementView {
    id: string;
    anchor: string;
    title: string;
    /** `Agreement` or `Instrument`, with its kind (`action plan`). */
    form: string;
    binding: string;
    status: AgreementStatus;
    statusWords: string;
    parties: string[];
    /** Other roles: `signatory: United States (US)`. */
    roles: string[];
    uncertain?: string;
    doc?: string;
    events: ReportItem[];
    commitments: ReportItem[];
    mechanisms: ReportItem[];
    relations: string[];
    sources: SourceRef[];
}

/** One occurrence of a deadline on the timeline. */
export interface TimelineMark {
    row: ListedDeadline & { day: string };
    anchor: string;
    /** Overdue as the status decides it: the occurrence its commitment's status was read from, and that status is overdue. */
    overdue: boolean;
    recurring: boolean;
    /** Its day is before the as-of day (and it is not overdue). */
    past: boolean;
    /** Closed: the commitment is recorded fulfilled, superseded, lapsed or breached, or the agreement had ended. */
    closed: boolean;
    uncertain: boolean;
    /** A line saying what, when and its state, for titles and labels. */
    label: string;
}

export interface RelationView {
    relation: Relation;
    fromTitle: string;
    toTitle: string;
    words: string;
}

export interface ReportContent {
    title: string;
    asOf: string;
    status: StatusReport;
    agreements: AgreementView[];
    /** Every occurrence with a day, by day (the timeline's marks). */
    marks: TimelineMark[];
    /** Deadlines without a date yet (listed under the timeline). */
    undated: ListedDeadline[];
    relations: RelationView[];
}

/** `1 agreement`, `2 agreements`. */
export function count(n: number, noun: string): string {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Today in local time, `YYYY-MM-DD`. */
export function localToday(): string {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** @throws RangeError when `asOf` is not a real `YYYY-MM-DD` day (as `statusAsOf`). */
export function reportContent(output: PactaOutput, options: ReportOptions = {}): ReportContent {
    const asOf = options.asOf ?? localToday();
    const status = statusAsOf(output, asOf, { dueSoonDays: options.dueSoonDays });
    const standings = commitmentStandings(output, asOf, { dueSoonDays: options.dueSoonDays });
    const names = new Names(output);
    const agreementStatus = new Map(status.agreements.map(a => [a.id, a]));
    const commitmentStatus = new Map(status.commitments.map(c => [c.id, c]));
    const events = new Map(output.events.map(e => [e.id, e]));
    const mechanisms = new Map(output.mechanisms.map(m => [m.id, m]));
    const relations = output.relations.map(relation => ({
        relation,
        fromTitle: names.agreement(relation.from),
        toTitle: names.agreement(relation.to),
        words: RELATION_WORDS[relation.kind]
    }));

    const rows = listDeadlines(output, { includeClosed: true, asOf });
    // `only if extended`: the deadline list's label for an event in an arm neither taken nor ruled out.
    const branchLabels = new Map(rows.flatMap(row => (row.branch ? [[row.subject, row.branch.label] as const] : [])));
    const agreements = output.agreements.map((agreement): AgreementView => {
        const standing = agreementStatus.get(agreement.id)!;
        return {
            id: agreement.id,
            anchor: anchorId('agreement', agreement.id),
            title: agreement.title,
            form: `${agreement.form === 'instrument' ? 'Instrument' : 'Agreement'}${agreement.kind ? ` (${agreement.kind.replace(/_/g, ' ')})` : ''}`,
            binding: BINDING_WORDS[agreement.binding],
            status: standing,
            statusWords: `${capital(AGREEMENT_STANDING_WORDS[standing.status])}${standing.since ? ` since ${standing.approximate ? 'about ' : ''}${standing.since}` : ''}`,
            parties: standing.parties.map(p => {
                const when = p.standing === 'not_yet' ? ', not yet a party' : p.standing === 'left' ? `, left${p.left ? ` ${p.left}` : ''}` : '';
                return `${names.party(p.party)}${when}${p.uncertain ? ' (uncertain)' : ''}`;
            }),
            roles: agreement.roles.filter(r => r.role !== 'party').map(r => `${r.role}: ${names.party(r.party)}${r.uncertain ? ' (uncertain)' : ''}`),
            ...(agreement.uncertain ? { uncertain: 'the agreement is marked uncertain' } : {}),
            ...(agreement.doc ? { doc: agreement.doc } : {}),
            events: agreement.events.flatMap(id => {
                const event = events.get(id);
                return event ? [eventItem(event, names, branchLabels.get(event.id))] : [];
            }),
            commitments: agreement.commitments.flatMap(id => {
                const entry = commitmentStatus.get(id);
                const commitment = output.commitments.find(c => c.id === id);
                return entry && commitment ? [commitmentItem(entry, commitment.mechanism, names)] : [];
            }),
            mechanisms: agreement.mechanisms.flatMap(id => {
                const mechanism = mechanisms.get(id);
                if (!mechanism) return [];
                const kind = output.mechanismKinds.find(k => k.id === mechanism.kind)?.title ?? mechanism.kind.replace(/_/g, ' ');
                const notes = [
                    ...(mechanism.parties.length > 0 ? [`parties: ${listWords(mechanism.parties.map(p => names.party(p)))}`] : []),
                    ...(mechanism.lead && mechanism.lead.length > 0 ? [`led by ${listWords(mechanism.lead.map(p => names.party(p)))}`] : []),
                    ...(mechanism.amount ? [`amount: ${mechanism.amount.text}`] : []),
                    ...(mechanism.note ? [mechanism.note] : [])
                ];
                return [
                    {
                        anchor: anchorId('mechanism', mechanism.id),
                        text: `${capital(kind)} (${mechanism.name})`,
                        ...(mechanism.status ? { status: MECHANISM_STATUS_WORDS[mechanism.status] } : {}),
                        ...(mechanism.uncertain ? { uncertain: 'marked uncertain' } : {}),
                        notes,
                        sources: names.sources(mechanism.citations)
                    }
                ];
            }),
            relations: [
                ...relations.filter(r => r.relation.from === agreement.id).map(r => relationWords(r, 'out')),
                ...relations.filter(r => r.relation.to === agreement.id).map(r => relationWords(r, 'in'))
            ],
            sources: names.sources(agreement.citations)
        };
    });

    const marks: TimelineMark[] = [];
    for (const row of rows) {
        if (row.day === null) continue;
        const standing = row.subjectKind === 'commitment' ? standings.get(row.subject) : undefined;
        const overdue = standing !== undefined && standing.status === 'overdue' && standing.decidedBy === row.date;
        const recurring = row.occurrence !== undefined;
        const state = overdue ? 'overdue' : row.closed ? 'closed' : row.day < asOf ? 'past' : 'upcoming';
        marks.push({
            row: row as ListedDeadline & { day: string },
            anchor: anchorId('deadline', row.id),
            overdue,
            recurring,
            past: !overdue && row.day < asOf,
            closed: row.closed,
            uncertain: row.uncertain,
            label: `${row.when}: ${row.title}${row.title.includes(names.agreement(row.agreement)) ? '' : ` (${names.agreement(row.agreement)})`}; ${state}${recurring ? `, recurring (occurrence ${row.occurrence!.index} of ${row.occurrence!.count}${row.occurrence!.truncated ? '+' : ''})` : ''}${row.uncertain ? ', uncertain' : ''}`
        });
    }
    marks.sort((a, b) => (a.row.day < b.row.day ? -1 : a.row.day > b.row.day ? 1 : 0));
    return {
        title: options.title ?? 'Agreements report',
        asOf: status.asOf,
        status,
        agreements,
        marks,
        undated: rows.filter(row => row.day === null),
        relations
    };
}

/** Titles of parties and agreements, and sources as cited. */
class Names {
    private readonly parties: Map<string, string>;
    private readonly agreements: Map<string, Agreement>;
    private readonly sourcesById: Map<string, PactaOutput['sources'][number]>;

    constructor(output: PactaOutput) {
        this.parties = new Map(output.parties.map(p => [p.id, p.title]));
        this.agreements = new Map(output.agreements.map(a => [a.id, a]));
        this.sourcesById = new Map(output.sources.map(s => [s.id, s]));
    }

    /** `United States (US)`; the id alone when the party is not declared. */
    party(id: string): string {
        const title = this.parties.get(id);
        return title && title !== id ? `${title} (${id})` : id;
    }

    agreement(id: string): string {
        return this.agreements.get(id)?.title ?? id;
    }

    sources(citations: readonly Citation[]): SourceRef[] {
        return citations.map(citation => {
            const source = this.sourcesById.get(citation.source);
            const url = httpUrl(source?.url);
            return {
                title: source?.title ?? citation.source,
                ...(url ? { url } : {}),
                ...(source?.publisher ? { publisher: source.publisher } : {}),
                ...(citation.locator ? { locator: citation.locator } : {})
            };
        });
    }
}

function capital(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A date of the model in words: `2026-02-04`, `by 2026-07`, `about 2026-03-01`; as written when not resolved. */
export function dateValueWords(date: DateValue): string {
    if (date.status !== 'resolved' || date.value === null) {
        return `"${date.text}" (${date.status === 'open' ? `open${date.condition ? `: ${date.condition}` : ''}` : `no date yet${date.reason ? `: ${date.reason}` : ''}`})`;
    }
    const resolved = `${date.approximate ? 'about ' : ''}${date.bound === 'on' ? '' : `${date.bound === 'from' ? 'from' : 'by'} `}${date.value}`;
    // A date counted from another (or recurring) keeps its words: `every 1 year after in_force until expiry (first 2027-02-01)`.
    if (date.text === date.value) return resolved;
    return `${date.text} (${date.form === 'recurring' ? `first ${resolved}` : resolved})`;
}

function eventItem(event: AgreementEvent, names: Names, branch: string | undefined): ReportItem {
    const claims = (event.claims ?? []).filter(claim => claim.date.value !== null);
    const notes = [
        ...(branch ? [branch] : []),
        ...(event.by.length > 0 ? [`by ${listWords(event.by.map(p => names.party(p)))}`] : []),
        ...(event.place ? [`in ${event.place}`] : []),
        ...(claims.length > 1 ? [`sources give different dates: ${claims.map(c => `${c.date.value}${c.preferred ? ' (preferred)' : ''}${c.note ? ` (“${c.note}”)` : ''}`).join('; ')}`] : [])
    ];
    const kind = EVENT_WORDS[event.kind];
    return {
        anchor: anchorId('event', event.id),
        text: event.title ? `${event.title}${event.kind === 'event' ? '' : ` (${kind.toLowerCase()})`}` : kind,
        ...(event.date ? { when: dateValueWords(event.date) } : {}),
        ...(event.uncertain || claims.some(c => c.uncertain) ? { uncertain: event.uncertain ? 'marked uncertain' : 'a date claim is marked uncertain' } : {}),
        notes,
        sources: names.sources([...event.citations, ...(event.claims ?? []).flatMap(c => c.citations)])
    };
}

function commitmentItem(entry: CommitmentStatusEntry, mechanism: string | undefined, names: Names): ReportItem {
    const actors = entry.actors.length > 0 ? listWords(entry.actors.map(p => names.party(p))) : 'The parties';
    const text = `${actors} ${entry.modality ? MODALITY_WORDS[entry.modality] : 'commit to'} ${entry.text ?? entry.name.replace(/_/g, ' ')}`;
    const date = entry.nextOccurrence ?? entry.lastOccurrence ?? entry.due;
    const uncertain =
        entry.uncertainBasis.length > 0 ? `rests on what is marked uncertain: ${entry.uncertainBasis.join(', ')}` : entry.uncertain || entry.dueUncertain ? 'marked uncertain' : undefined;
    return {
        anchor: anchorId('commitment', entry.id),
        text,
        ...(entry.dueText ? { when: dueWords(entry.dueText, date, entry.bound) } : {}),
        status: COMMITMENT_STANDING_WORDS[entry.status],
        standing: entry.status,
        reason: entry.reason,
        ...(uncertain ? { uncertain } : {}),
        notes: [...(entry.branch ? [entry.branch.label] : []), ...(mechanism ? [`through ${mechanism.replace(/^[^.]*\./, '')}`] : [])],
        sources: names.sources(entry.citations)
    };
}

/** `within 30 days after announced (by 2026-03-06)`; `by 2026-03-06` when the text is the date itself. */
function dueWords(text: string, date: string | null, bound: CommitmentStatusEntry['bound']): string {
    const when = date === null ? undefined : `${bound === 'from' ? 'from' : bound === 'on' ? 'on' : 'by'} ${date}`;
    if (when === undefined) return text;
    return text === date ? when : `${text} (${when})`;
}

function relationWords(view: RelationView, direction: 'in' | 'out'): string {
    const { relation } = view;
    const extra = `${relation.upon ? ` (upon ${relation.upon.replace(/_/g, ' ')})` : ''}${relation.parties.length > 0 ? ` for ${relation.parties.join(', ')}` : ''}${relation.uncertain ? ' (uncertain)' : ''}`;
    return direction === 'out' ? `${capital(view.words)} ${view.toTitle}${extra}` : `${view.fromTitle} ${view.words} this${extra}`;
}

/** The uncertainty of a deadline row in words (`uncertaintyText` of the language), empty when none. */
export function rowUncertainty(row: ListedDeadline): string {
    return row.uncertain ? uncertaintyText(row.uncertainty) : '';
}

/** A deadline row's sources as the report shows them: only http(s) addresses kept. */
export function listedSources(row: ListedDeadline): SourceRef[] {
    return row.sources.map(source => {
        const url = httpUrl(source.url);
        return { title: source.title, ...(url ? { url } : {}), ...(source.publisher ? { publisher: source.publisher } : {}), ...(source.locator ? { locator: source.locator } : {}) };
    });
}
