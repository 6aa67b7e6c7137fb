/**
 * When one agreement ends another: the one rule the validator (on the syntax tree) and the
 * SDK's status and deadline lists (on the compiled model) both follow.
 */

/** The step of a successor that ends its predecessor unless `upon` names another. */
export const DEFAULT_SUPERSESSION_STEP = 'in_force';

/**
 * A `supersedes` or `succeeds` relation ends the agreement it points at — for all its parties.
 * One written `for` some parties (`supersedes old for JP`) replaces it for those only, so the
 * agreement itself goes on.
 */
export function endsItsTarget(relation: { readonly kind: string; readonly parties: readonly unknown[] }): boolean {
    return (relation.kind === 'supersedes' || relation.kind === 'succeeds') && relation.parties.length === 0;
}

/** The step of the successor that ends the predecessor: the one `upon` names, else entry into force. */
export function supersessionStep<K extends string>(relation: { readonly upon?: K }): K | typeof DEFAULT_SUPERSESSION_STEP {
    return relation.upon ?? DEFAULT_SUPERSESSION_STEP;
}
