import type { AstNode } from 'langium';
import type { WrittenClaim } from '../../claims/field-claims.js';

/** What a finding on a claim is reported on: its value. */
export function claimTarget(claim: WrittenClaim): { node: AstNode; property: never } {
    return { node: claim.node, property: claim.property as never };
}

/** A claim's value as written, for messages. */
export function claimText(claim: WrittenClaim): string {
    return (claim.cst?.text ?? String(claim.value)).replace(/\s+/g, ' ');
}
