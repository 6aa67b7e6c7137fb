/** The most steps of a deadline's chain an editor shows (hover, inlay hint tooltip, timeline). */
export const SHOWN_CHAIN_STEPS = 12;

/**
 * A chain of relative dates as an editor shows it: whole when short; otherwise its first step
 * (where the chain starts), a line saying how many steps are left out, and its last steps. A
 * document of N dates chained one after the other would otherwise give answers of N² steps in all
 * (every inlay hint's tooltip repeating the whole chain before it): 3,000 such dates made a
 * 260 MB inlay hint answer. The compiled JSON keeps every step.
 */
export function chainExcerpt(chain: readonly string[], max = SHOWN_CHAIN_STEPS): readonly string[] {
    if (chain.length <= max) return chain;
    const last = max - 2;
    return [chain[0]!, `… ${chain.length - 1 - last} steps more …`, ...chain.slice(chain.length - last)];
}
