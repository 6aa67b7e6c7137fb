import type { ListedDeadline, ListedSource, UncertainFact } from './model.js';

/**
 * What is uncertain, in words, for every list that shows it (table, CSV, calendar, timeline):
 * `uncertain: this commitment; anchor crma.critical_list_review (event)`.
 */
export function uncertaintyText(facts: readonly UncertainFact[]): string {
    if (facts.length === 0) return '';
    return `uncertain: ${facts.map(factText).join('; ')}`;
}

function factText(fact: UncertainFact): string {
    switch (fact.role) {
        case 'subject': return `this ${fact.kind}`;
        case 'claim': return 'the date claim its date is taken from';
        case 'agreement': return `its agreement ${fact.id}`;
        default: return `anchor ${fact.id}${fact.kind === 'date_claim' ? ' (its date claim)' : ` (${fact.kind})`}`;
    }
}

/** The marks a list puts before a row's text: `[uncertain]`, `[fulfilled]`. */
export function markers(row: Pick<ListedDeadline, 'uncertain' | 'closed' | 'commitmentStatus'>): string[] {
    return [...(row.uncertain ? ['uncertain'] : []), ...(row.closed && row.commitmentStatus ? [row.commitmentStatus] : [])];
}

/** `Fact sheet: the U.S.–Japan framework (The White House), paragraph 4 <https://…>`. */
export function sourceText(source: ListedSource): string {
    return `${source.title}${source.publisher ? ` (${source.publisher})` : ''}${source.locator ? `, ${source.locator}` : ''}${source.url ? ` <${source.url}>` : ''}`;
}
