import { CLOSED_COMMITMENT_STATUSES, type ListedDeadline, type ListedSource } from './model.js';

/** The marks a list puts before a row's text: `[uncertain]`, `[fulfilled]`, `[ended: terminated 2025-01-01]`. */
export function markers(row: Pick<ListedDeadline, 'uncertain' | 'closed' | 'commitmentStatus' | 'ended'> & Partial<Pick<ListedDeadline, 'branch'>>): string[] {
    const recorded = row.closed && row.commitmentStatus !== undefined && CLOSED_COMMITMENT_STATUSES.includes(row.commitmentStatus);
    return [...(row.branch ? [row.branch.label] : []), ...(row.uncertain ? ['uncertain'] : []), ...(recorded ? [row.commitmentStatus!] : []), ...(row.ended ? [`ended: ${row.ended}`] : [])];
}

/** `occurrence 3 of 12`, `occurrence 35 of 35+ (more follow)`; `/` in place of ` of ` when `short` (`35/35+`). */
export function occurrenceText(occurrence: NonNullable<ListedDeadline['occurrence']>, short = false): string {
    const count = `${occurrence.count}${occurrence.truncated ? '+' : ''}`;
    return short ? `${occurrence.index}/${count}` : `occurrence ${occurrence.index} of ${count}${occurrence.truncated ? ' (more follow)' : ''}`;
}

/** `Fact sheet: the U.S.–Japan framework (The White House), paragraph 4 <https://…>`. */
export function sourceText(source: ListedSource): string {
    return `${source.title}${source.publisher ? ` (${source.publisher})` : ''}${source.locator ? `, ${source.locator}` : ''}${source.url ? ` <${source.url}>` : ''}`;
}
