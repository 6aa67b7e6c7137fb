import { distance } from 'fastest-levenshtein';

/** The candidate closest to `text` (case-insensitive), if it is close enough to be a likely typo. */
export function closestMatch(text: string, candidates: Iterable<string>): string | undefined {
    const needle = text.toLowerCase();
    let best: string | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
        const d = distance(needle, candidate.toLowerCase());
        if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
            best = candidate;
            bestDistance = d;
        }
    }
    const limit = Math.max(1, Math.floor(needle.length / 3));
    return best !== undefined && bestDistance <= limit ? best : undefined;
}
