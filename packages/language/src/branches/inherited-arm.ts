import type { Dated } from '../generated/ast.js';
import { anchorsOf, dateExprOf } from '../deadlines/deadline-resolver.js';
import { type ArmPlace, armOf } from './branch-members.js';

/** How many anchors are followed at most: chains are short in practice; the cap bounds hostile input. */
const MAX_ANCHORS = 2000;

/**
 * The arm a dated element happens in only: its own arm, or else the arm of the nearest event or
 * commitment its date counts from (at any depth). `due 30 days after next_review`, written outside
 * the branch, falls due only if `next_review` happens, so only in its arm. Undefined when neither
 * it nor anything its date counts from is in a branch.
 *
 * `armless`, when given (one set for one build of the model), remembers the elements nothing of
 * whose dates counts from an arm: a search stops there, so a chain of n relative dates costs n
 * steps, not n² (the same answers: nothing below such an element can be in an arm).
 */
export function inheritedArm(node: Dated, armless?: Set<Dated>): ArmPlace | undefined {
    const own = armOf(node);
    if (own) return own;
    if (armless?.has(node)) return undefined;
    const seen = new Set<Dated>([node]);
    const queue: Dated[] = anchorsOf(dateExprOf(node));
    let head = 0;
    for (; head < queue.length && seen.size < MAX_ANCHORS; head++) {
        const anchor = queue[head]!;
        if (seen.has(anchor)) continue;
        seen.add(anchor);
        const place = armOf(anchor);
        if (place) return place;
        if (armless?.has(anchor)) continue;
        queue.push(...anchorsOf(dateExprOf(anchor)));
    }
    // Searched to the end (not stopped by the cap) without an arm: none below any of them either.
    if (armless && head >= queue.length) for (const visited of seen) armless.add(visited);
    return undefined;
}
