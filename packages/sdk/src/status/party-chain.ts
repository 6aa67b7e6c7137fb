/** A party and the parties it belongs to, nearest first (`EPA` → `US`): an agency acts for the party it is `of`. Stops at a cycle. */
export function* selfAndParents(id: string, parentOf: ReadonlyMap<string, string | undefined>): Generator<string> {
    const seen = new Set<string>();
    for (let current: string | undefined = id; current !== undefined && !seen.has(current); current = parentOf.get(current)) {
        seen.add(current);
        yield current;
    }
}
