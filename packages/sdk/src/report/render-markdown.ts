/**
 * `renderReportMarkdown`: the report as Markdown, for wikis and pull-request descriptions: the
 * same content as the HTML page (content.ts), the timeline as a list by date instead of a chart.
 * Text from the input is escaped (`markdownText`, as the diff does); only http(s) URLs are links.
 */
import { occurrenceText } from '../deadlines/words.js';
import { markdownText } from '../diff/render-markdown.js';
import type { PactaOutput } from '../model.js';
import { type ReportItem, type SourceRef, count, listedSources, reportContent, rowUncertainty } from './content.js';
import type { ReportOptions } from './model.js';
import { AGREEMENT_STANDING_WORDS, COMMITMENT_STANDING_WORDS } from './words.js';

const md = markdownText;

/**
 * The report of a compiled document as Markdown: the status table as of `options.asOf`, the
 * deadlines by date (overdue, recurring, closed and uncertain ones marked), the relations, and
 * per agreement its parties, binding force, status, events, commitments and mechanisms with
 * their sources. The same content as {@link renderReport}; see docs/report.md.
 *
 * @throws RangeError when `options.asOf` is not a real `YYYY-MM-DD` day.
 */
export function renderReportMarkdown(output: PactaOutput, options: ReportOptions = {}): string {
    const content = reportContent(output, options);
    const title = (id: string) => content.agreements.find(a => a.id === id)?.title ?? id;
    const lines: string[] = [
        `# ${md(content.title)}`,
        '',
        `As of ${content.asOf}: ${count(content.agreements.length, 'agreement')}, ${count(content.status.commitments.length, 'commitment')}, ${count(content.marks.length, 'dated deadline')}.`
    ];

    lines.push('', `## Status as of ${content.asOf}`, '', '| Agreement / commitment | Status | Date | Days left | Why |', '| --- | --- | --- | --- | --- |');
    for (const agreement of content.status.agreements) {
        lines.push(
            `| **${md(agreement.title)}** | ${AGREEMENT_STANDING_WORDS[agreement.status]}${agreement.uncertain ? ' (uncertain)' : ''} | ${agreement.since === null ? '—' : `${agreement.approximate ? '≈' : ''}${agreement.since}`} | | ${md(agreement.reason)} |`
        );
        for (const c of content.status.commitments.filter(c => c.agreement === agreement.id)) {
            const date = c.nextOccurrence ?? c.lastOccurrence ?? c.due;
            const status = COMMITMENT_STANDING_WORDS[c.status];
            lines.push(`| ↳ ${md(c.name.replace(/_/g, ' '))} | ${c.status === 'overdue' ? `**${status}**` : status} | ${date ?? '—'} | ${c.daysLeft ?? ''} | ${md(c.reason)} |`);
        }
    }

    lines.push('', '## Deadlines by date', '');
    if (content.marks.length === 0) lines.push('No dated deadlines.');
    for (const mark of content.marks) {
        const r = mark.row;
        const state = mark.overdue
            ? '**overdue**'
            : mark.closed
              ? `closed${r.noLongerBinding ? ' (no longer binding)' : r.ended ? ` (${md(r.ended)})` : r.commitmentStatus ? ` (${r.commitmentStatus})` : ''}`
              : mark.past
                ? 'past'
                : 'upcoming';
        const marks = [state, ...(r.occurrence ? [`recurring, ${occurrenceText(r.occurrence)}`] : []), ...(r.branch ? [md(r.branch.label)] : [])];
        const uncertain = rowUncertainty(r);
        const of = r.title.includes(title(r.agreement)) ? '' : ` (${md(title(r.agreement))})`;
        lines.push(`- **${md(r.when)}**: ${md(r.title)}${of}; ${marks.join('; ')}${uncertain ? `; ⚠ ${md(uncertain)}` : ''}${sources(listedSources(r), ' — ')}`);
    }
    if (content.undated.length > 0) {
        lines.push('', 'Not dated yet:', '');
        for (const r of content.undated) lines.push(`- ${md(r.title)} (${md(title(r.agreement))}): “${md(r.text)}”${r.reason ? `, ${md(r.reason)}` : ''}`);
    }

    lines.push('', '## How the agreements relate', '');
    if (content.relations.length === 0) lines.push('No relations between the agreements are recorded.');
    for (const r of content.relations) lines.push(`- ${md(r.fromTitle)} **${r.words}** ${md(r.toTitle)}${r.relation.uncertain ? ' (uncertain)' : ''}`);

    lines.push('', '## Agreements');
    for (const a of content.agreements) {
        lines.push('', `### ${md(a.title)}`, '', `- Form: ${md(a.form)}, \`${a.id}\``, `- Binding: ${a.binding}`, `- Status: ${md(a.statusWords)}; ${md(a.status.reason)}`);
        lines.push(`- Parties: ${a.parties.length > 0 ? md(a.parties.join('; ')) : 'none recorded'}`);
        if (a.roles.length > 0) lines.push(`- Other roles: ${md(a.roles.join('; '))}`);
        if (a.relations.length > 0) lines.push(`- Relations: ${md(a.relations.join('; '))}`);
        if (a.uncertain) lines.push(`- ⚠ Uncertain: ${md(a.uncertain)}`);
        if (a.sources.length > 0) lines.push(`- Sources: ${sources(a.sources, '')}`);
        if (a.doc) lines.push('', md(a.doc));
        for (const [heading, items] of [
            ['Events', a.events],
            ['Commitments', a.commitments],
            ['Mechanisms', a.mechanisms]
        ] as const) {
            if (items.length === 0) continue;
            lines.push('', `#### ${heading}`, '');
            for (const item of items) lines.push(...itemLines(item));
        }
    }
    return `${lines.join('\n')}\n`;
}

function itemLines(item: ReportItem): string[] {
    const status = item.status ? ` — ${item.standing === 'overdue' ? `**${item.status}**` : item.status}` : '';
    return [
        `- ${md(item.text)}${status}`,
        ...(item.when ? [`  - When: ${md(item.when)}`] : []),
        ...(item.reason ? [`  - Why: ${md(item.reason)}`] : []),
        ...(item.notes.length > 0 ? [`  - ${md(item.notes.join('; '))}`] : []),
        ...(item.uncertain ? [`  - ⚠ Uncertain: ${md(item.uncertain)}`] : []),
        ...(item.sources.length > 0 ? [`  - Sources: ${sources(item.sources, '')}`] : [])
    ];
}

/** `[Title](https://…) (Publisher), paragraph 2; Other` with `prefix` before, empty when none. */
function sources(list: readonly SourceRef[], prefix: string): string {
    if (list.length === 0) return '';
    const items = list.map(
        s => `${s.url ? `[${md(s.title)}](<${s.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : md(s.title)}${s.publisher ? ` (${md(s.publisher)})` : ''}${s.locator ? `, ${md(s.locator)}` : ''}`
    );
    return `${prefix}${items.join('; ')}`;
}
