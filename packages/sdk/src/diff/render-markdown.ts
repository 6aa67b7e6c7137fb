/**
 * The Markdown rendering of a diff, for a pull-request comment: a summary line, then sections
 * with the long parts in `<details>`; never longer than GitHub's comment limit (65,536 characters):
 * what does not fit is cut at a whole line, with a note saying how much was left out.
 */
import { markdownText } from '@pacta/language';
import { DIFF_COLLECTIONS, type ElementChange, type PactaDiff } from './model.js';
import { TITLES, dateWords, moveReason, summaryWords, valueWords } from './words.js';

/** GitHub's limit on the body of a comment, in characters. */
export const MARKDOWN_LIMIT = 65_536;

/**
 * The first line of every Markdown diff: invisible on GitHub, and how a workflow finds its own
 * comment on a pull request to update it rather than add another.
 */
export const MARKDOWN_MARKER = '<!-- pacta-diff -->';

/** Text from the input inside a table cell or a line: the language's `markdownText` (one escaping for hovers and comments). */
export { markdownText };

/** An id in code style (ids have no backticks). */
const code = (id: string) => `\`${id.replace(/`/g, '')}\``;

/**
 * The diff as Markdown for a pull-request comment (`pacta diff --format markdown`): a summary line, then sections
 * with collapsible detail, cut to at most `limit` characters (GitHub's comment limit by default) with a note saying so.
 */
export function renderDiffMarkdown(diff: PactaDiff, limit = MARKDOWN_LIMIT): string {
    const lines = [MARKDOWN_MARKER, `**pacta diff** (as of ${diff.asOf}): ${summaryWords(diff)}`];
    if (diff.dates.length > 0) {
        lines.push('', '### Dates moved', '', '| date of | before | after | why |', '| --- | --- | --- | --- |');
        for (const move of diff.dates) {
            lines.push(`| ${code(move.id)} | ${dateWords(move.before.date, move.before.status)} | **${dateWords(move.after.date, move.after.status)}** | ${markdownText(moveReason(move))} |`);
        }
        const chained = diff.dates.filter(move => move.after.chain.length > 0);
        if (chained.length > 0) {
            lines.push('', '<details><summary>The chains (how each date is counted now)</summary>', '');
            for (const move of chained) {
                lines.push(`- ${code(move.id)}`);
                for (const step of move.after.chain) lines.push(`  - ${markdownText(step)}`);
            }
            lines.push('', '</details>');
        }
    }
    if (diff.status.length > 0) {
        lines.push('', `### Status on ${diff.asOf}`, '', '| | id | before | after | why |', '| --- | --- | --- | --- | --- |');
        for (const change of diff.status) {
            lines.push(`| ${change.kind} | ${code(change.id)} | ${(change.before ?? '—').replace(/_/g, ' ')} | **${(change.after ?? '—').replace(/_/g, ' ')}** | ${markdownText(change.reason)} |`);
        }
    }
    for (const collection of DIFF_COLLECTIONS) {
        const changes = diff.elements.filter(e => e.collection === collection);
        if (changes.length === 0) continue;
        lines.push('', `### ${TITLES[collection]}`, '');
        for (const change of changes) lines.push(...elementLines(change));
    }
    return fit(lines, limit);
}

function elementLines(change: ElementChange): string[] {
    const renamed = change.from !== undefined ? ` (from ${code(change.from)})` : '';
    const head = `- **${change.change}** ${code(change.id)}${renamed}: ${markdownText(change.label)}`;
    if (change.fields.length === 0) return [head];
    const rows = change.fields.map(f => `  | ${code(f.path)} | ${markdownText(valueWords(f, 'before'))} | ${markdownText(valueWords(f, 'after'))} |`);
    return [
        head,
        '',
        `  <details><summary>${change.fields.length === 1 ? '1 field' : `${change.fields.length} fields`}</summary>`,
        '',
        '  | field | before | after |',
        '  | --- | --- | --- |',
        ...rows,
        '',
        '  </details>'
    ];
}

/** The lines joined, cut at a whole line so the text and the note fit in `limit` characters. */
function fit(lines: readonly string[], limit: number): string {
    const whole = lines.join('\n') + '\n';
    if (whole.length <= limit) return whole;
    const note = (left: number) => `\n\n> **Truncated**: ${left} more lines did not fit in a comment (${limit} characters). Run \`pacta diff --format text\` to see everything.\n`;
    const kept: string[] = [];
    let size = 0;
    const reserve = note(lines.length).length + 16;
    for (const line of lines) {
        if (size + line.length + 1 > limit - reserve) break;
        kept.push(line);
        size += line.length + 1;
    }
    // A cut inside <details> would leave it open and swallow the note.
    const open = kept.filter(l => l.trim().startsWith('<details>')).length - kept.filter(l => l.trim() === '</details>').length;
    if (open > 0) kept.push('', '</details>');
    return kept.join('\n') + note(lines.length - kept.length + (open > 0 ? 2 : 0));
}

/** The JSON rendering: the diff model, 2-space indented (schema/pacta-diff.schema.json). */
export function renderDiffJson(diff: PactaDiff): string {
    return JSON.stringify(diff, null, 2) + '\n';
}
