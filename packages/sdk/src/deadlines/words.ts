import { uncertaintyText } from '../language-facade.js';
import { forceOf } from '../status/commitment-status.js';
import { CLOSED_COMMITMENT_STATUSES, type ListedDeadline, type ListedSource } from './model.js';

/** A row of a prohibition (`shall not`, `will not`): its date says how long it binds (`when`: `in effect until …`), not when it is due. */
export function isProhibitionRow(row: Pick<ListedDeadline, 'modality'>): boolean {
    return forceOf(row.modality) === 'prohibition';
}

/**
 * The marks a list puts before a row's text: `[uncertain]`, `[fulfilled]`, `[lapsed]`,
 * `[no longer binding]` (a prohibition past its date), `[ended: terminated 2025-01-01]`, `[possibly closed: terminated 2026-06]`.
 */
export function markers(
    row: Pick<ListedDeadline, 'uncertain' | 'closed' | 'commitmentStatus' | 'ended'> & Partial<Pick<ListedDeadline, 'branch' | 'lapsed' | 'noLongerBinding' | 'possiblyEnded'>>
): string[] {
    const recorded = row.closed && row.commitmentStatus !== undefined && CLOSED_COMMITMENT_STATUSES.includes(row.commitmentStatus);
    return [
        ...(row.branch ? [row.branch.label] : []),
        ...(row.uncertain ? ['uncertain'] : []),
        ...(recorded ? [row.commitmentStatus!] : []),
        ...(row.lapsed ? ['lapsed'] : []),
        ...(row.noLongerBinding ? ['no longer binding'] : []),
        ...(row.ended ? [`ended: ${row.ended}`] : []),
        ...(row.possiblyEnded ? [`possibly closed: ${row.possiblyEnded}`] : [])
    ];
}

/** How `ended` and `possiblyEnded` begin when the commitment closes because every actor left its agreement (not because the agreement ended). */
export const ACTORS_LEFT = 'every actor left: ';

/** How `ended` begins when an obligation's date came before every actor joined its agreement: it never bound them. */
export const NOT_YET_JOINED = 'before every actor joined: ';

/**
 * Why a row closed or possibly closes, from its `ended` or `possiblyEnded`: `its agreement ended
 * (terminated 2025-01-01)`, `every actor left: US withdrew on 2026-01-27 (climate.us_exit)`, or
 * `before every actor joined: US joins on 2023-01-29`.
 */
export function endedText(ended: string): string {
    return ended.startsWith(ACTORS_LEFT) || ended.startsWith(NOT_YET_JOINED) ? ended : `its agreement ended (${ended})`;
}

/**
 * What is uncertain about a row, in words: the facts its date depends on (`uncertaintyText`), and an
 * end of its agreement known only to the month or year that may come first (`possiblyEnded`).
 */
export function rowUncertaintyText(row: Pick<ListedDeadline, 'uncertainty' | 'possiblyEnded'>): string {
    const facts = uncertaintyText(row.uncertainty);
    const end = row.possiblyEnded ? `possibly closed: ${endedText(row.possiblyEnded)}, the day is not known` : '';
    return [facts, end].filter(Boolean).join('; ');
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
