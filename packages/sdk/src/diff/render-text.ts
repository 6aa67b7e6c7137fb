/** The text rendering of a diff, for a terminal: coloured only when asked (the CLI asks on a TTY without NO_COLOR). */
import { DIFF_COLLECTIONS, type ElementChange, type PactaDiff } from './model.js';
import { TITLES, dateWords, moveReason, summaryWords, valueWords } from './words.js';

/** Options of {@link renderDiffText}. */
export interface DiffTextOptions {
    /** ANSI colours (red removed, green added, yellow changed). Off by default. */
    color?: boolean;
}

const MARK: Record<ElementChange['change'], string> = { added: '+', removed: '-', renamed: '→', changed: '~' };

/** Control characters of the input shown escaped, so a title cannot move the cursor. */
const visible = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The diff as terminal text (`pacta diff`'s default format): the summary line, then each section; input text is shown with control characters escaped. */
export function renderDiffText(diff: PactaDiff, options: DiffTextOptions = {}): string {
    const paint = (code: number, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[39m` : text);
    const bold = (text: string) => (options.color ? `\u001b[1m${text}\u001b[22m` : text);
    const dim = (text: string) => (options.color ? `\u001b[2m${text}\u001b[22m` : text);
    const colour: Record<ElementChange['change'], number> = { added: 32, removed: 31, renamed: 36, changed: 33 };
    const lines = [`pacta diff (as of ${diff.asOf}): ${summaryWords(diff)}`];
    if (diff.dates.length > 0) {
        lines.push('', bold('Dates moved'));
        for (const move of diff.dates) {
            lines.push(`  ${move.id}  ${paint(31, dateWords(move.before.date, move.before.status))} → ${paint(32, dateWords(move.after.date, move.after.status))}`);
            lines.push(`      why: ${visible(moveReason(move))}`);
            if (move.after.chain.length > 0) {
                lines.push(dim('      chain:'));
                for (const step of move.after.chain) lines.push(dim(`        ${visible(step)}`));
            }
        }
    }
    if (diff.status.length > 0) {
        lines.push('', bold(`Status on ${diff.asOf}`));
        for (const change of diff.status) {
            lines.push(`  ${change.kind} ${change.id}: ${(change.before ?? '—').replace(/_/g, ' ')} → ${paint(33, (change.after ?? '—').replace(/_/g, ' '))}`);
            lines.push(dim(`      ${visible(change.reason)}`));
        }
    }
    for (const collection of DIFF_COLLECTIONS) {
        const changes = diff.elements.filter(e => e.collection === collection);
        if (changes.length === 0) continue;
        lines.push('', bold(TITLES[collection]));
        for (const change of changes) {
            const renamed = change.from !== undefined ? ` (renamed from ${change.from})` : '';
            lines.push(`  ${paint(colour[change.change], `${MARK[change.change]} ${change.id}`)}${renamed}  ${dim(visible(change.label))}`);
            for (const field of change.fields) lines.push(`      ${field.path}: ${visible(valueWords(field, 'before'))} → ${visible(valueWords(field, 'after'))}`);
        }
    }
    return lines.join('\n') + '\n';
}
