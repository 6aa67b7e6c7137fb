import type { Membership as MembershipNode } from '@pacta/language';
import type { Membership } from '../model.js';
import type { BuildContext } from './context.js';
import { buildDateValue } from './dates.js';

/**
 * `member IN joined 2023-06-22 left 2025-01-01 { cite s }`, on a party (a partnership) or on an
 * agreement: the member's id, the dates it joined and left (resolved like every other date),
 * its citations and whether it is uncertain. A membership whose party is not written at all
 * (half-parsed input) is left out.
 */
export function buildMembership(node: MembershipNode, context: BuildContext): Membership | undefined {
    const party = context.refId(node.party);
    if (party === undefined) return undefined;
    return {
        party,
        ...(node.joined ? { joined: buildDateValue(node.joined, context) } : {}),
        ...(node.left ? { left: buildDateValue(node.left, context) } : {}),
        citations: context.citations(node),
        uncertain: node.uncertain === true,
        location: context.location(node)
    };
}

/** The memberships of a party or an agreement, in source order. */
export function buildMemberships(nodes: readonly MembershipNode[] | undefined, context: BuildContext): Membership[] {
    const result: Membership[] = [];
    for (const node of nodes ?? []) {
        const membership = buildMembership(node, context);
        if (membership) result.push(membership);
    }
    return result;
}

/** `ids` followed by the members of `memberships` not among them yet, each once. */
export function withMembers(ids: readonly string[], memberships: readonly Membership[]): string[] {
    const result = [...ids];
    const seen = new Set(ids);
    for (const membership of memberships) {
        if (seen.has(membership.party)) continue;
        seen.add(membership.party);
        result.push(membership.party);
    }
    return result;
}
