import type { ListedDeadline, ListedSource } from './model.js';

/** The marks a list puts before a row's text: `[uncertain]`, `[fulfilled]`. */
export function markers(row: Pick<ListedDeadline, 'uncertain' | 'closed' | 'commitmentStatus'>): string[] {
    return [...(row.uncertain ? ['uncertain'] : []), ...(row.closed && row.commitmentStatus ? [row.commitmentStatus] : [])];
}

/** `Fact sheet: the U.S.–Japan framework (The White House), paragraph 4 <https://…>`. */
export function sourceText(source: ListedSource): string {
    return `${source.title}${source.publisher ? ` (${source.publisher})` : ''}${source.locator ? `, ${source.locator}` : ''}${source.url ? ` <${source.url}>` : ''}`;
}
