import type { Dated, TimeExpr } from '../generated/ast.js';

/**
 * A chain lists at most this many steps, and at most `CHAIN_TEXT_LIMIT` characters of steps
 * taken from the dates it counts from. A longer chain is cut where a date it counts from begins:
 * it lists only its own step, and `chainFrom` names the events and commitments whose own chains
 * hold the earlier steps. So every chain has a bounded size and a chain of 10,000 relative dates
 * costs 10,000 short chains, not 10,000 long ones.
 */
export const CHAIN_LIMIT = 32;
/** See `CHAIN_LIMIT`. */
export const CHAIN_TEXT_LIMIT = 4_000;

/** What a chain is joined from: the chain of an anchor (`anchor`) or of a nested expression (`expr`). */
export interface ChainPart {
    readonly chain: readonly string[];
    readonly chainFrom?: readonly Dated[];
    readonly anchor?: Dated;
    readonly expr?: TimeExpr;
}

/**
 * The chains of the parts, each step once, then `own`: the chain of a date counted from them.
 * Past `CHAIN_LIMIT` steps or `CHAIN_TEXT_LIMIT` characters, only `own`, with `chainFrom` naming
 * the anchors whose chains hold the rest (see `CHAIN_LIMIT`): a part's anchor, or the anchors of
 * a nested expression (`anchorsOf`). Costs the size of the parts' chains,
 * which are bounded the same way.
 */
export function joinChains(parts: readonly ChainPart[], own: string | undefined, anchorsOf: (expr: TimeExpr) => readonly Dated[]): { chain: readonly string[]; chainFrom?: readonly Dated[] } {
    const chain: string[] = [];
    const seen = new Set<string>();
    const from = new Set<Dated>();
    let chars = 0;
    for (const part of parts) {
        for (const step of part.chain) {
            if (seen.has(step)) continue;
            seen.add(step);
            chain.push(step);
            chars += step.length;
        }
        for (const dated of part.chainFrom ?? []) from.add(dated);
    }
    const room = CHAIN_LIMIT - (own === undefined ? 0 : 1);
    if (chain.length <= room && chars <= CHAIN_TEXT_LIMIT && from.size <= CHAIN_LIMIT) {
        if (own !== undefined) chain.push(own);
        return from.size > 0 ? { chain, chainFrom: [...from] } : { chain };
    }
    const cut = new Set<Dated>();
    for (const part of parts) {
        if (part.chain.length === 0 && !part.chainFrom) continue;
        for (const anchor of part.anchor ? [part.anchor] : part.expr ? anchorsOf(part.expr) : []) cut.add(anchor);
    }
    return { chain: own === undefined ? [] : [own], chainFrom: [...cut] };
}
