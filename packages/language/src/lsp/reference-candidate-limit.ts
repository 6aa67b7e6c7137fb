import { type AstNodeDescription, type Stream, stream } from 'langium';
import type { FuzzyMatcher } from 'langium/lsp';

/**
 * How many names a completion list offers at most. The fixed lists (ISO codes, kinds) are not
 * limited; names of the workspace are, since they grow with it.
 */
export const REFERENCE_ITEMS_LIMIT = 200;

/**
 * The candidates whose name matches what is typed (as the editor matches it), at most `limit`,
 * the first ones by `sortText` (then by name): those the editor would show first.
 */
export function limitCandidates(
    candidates: Stream<AstNodeDescription>,
    typed: string,
    matcher: FuzzyMatcher,
    sortText: (description: AstNodeDescription) => string,
    limit = REFERENCE_ITEMS_LIMIT
): Stream<AstNodeDescription> {
    const matching = typed.length > 0 ? candidates.filter(description => matcher.match(typed, description.name)).toArray() : candidates.toArray();
    if (matching.length <= limit) return stream(matching);
    const ranked = matching.map(description => ({ description, key: sortText(description) }));
    ranked.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.description.name < b.description.name ? -1 : a.description.name > b.description.name ? 1 : 0));
    return stream(ranked.slice(0, limit).map(entry => entry.description));
}
