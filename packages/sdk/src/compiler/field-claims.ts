import { type Aliases, type ClaimedField as WrittenField, type Money as MoneyNode, type TimeExpr, fieldClaimGroups } from '@pacta/language';
import type { AstNode } from 'langium';
import type { ClaimedField, FieldClaim, Money, DateValue } from '../model.js';
import type { BuildContext } from './context.js';
import { buildDateValue } from './dates.js';
import { buildMoney } from './money.js';

/**
 * The claims on the fields of an agreement, commitment or mechanism (1.4), in the language's
 * order (`fieldClaimGroups`), each claim's value of the field's own type; `aliases` last.
 */
export function buildFieldClaims(node: AstNode, context: BuildContext, aliases: readonly Aliases[] = []): FieldClaim[] {
    const result: FieldClaim[] = [];
    for (const group of fieldClaimGroups(node)) {
        for (const claim of group.claims) {
            const value = claimValue(group.field, claim.value, context);
            if (value === undefined) continue;
            result.push({
                field: group.field as ClaimedField,
                value,
                preferred: claim.preferred,
                citations: context.citations(claim.note ?? {}),
                uncertain: claim.note?.uncertain === true,
                location: claim.cst ? context.locationOf(claim.cst, claim.node) : context.location(claim.node)
            });
        }
    }
    for (const list of aliases) {
        const names = (list.names ?? []).filter((name): name is string => typeof name === 'string');
        if (names.length === 0) continue;
        result.push({ field: 'aliases', value: names, preferred: true, citations: context.citations(list), uncertain: list.uncertain === true, location: context.location(list) });
    }
    return result;
}

function claimValue(field: WrittenField, value: unknown, context: BuildContext): FieldClaim['value'] | undefined {
    if (field === 'amount') return value ? buildMoney(value as MoneyNode) : undefined;
    if (field === 'due') return value ? buildDateValue(value as TimeExpr, context) : undefined;
    return typeof value === 'string' ? value : undefined;
}

/** The value of a field: its preferred claim's, from the built claims; else `fallback`. */
export function preferredClaim<V extends FieldClaim['value']>(claims: readonly FieldClaim[], field: ClaimedField, fallback: V | undefined): V | undefined {
    const claim = claims.find(c => c.field === field && c.preferred);
    return claim ? (claim.value as V) : fallback;
}

/** Every alias of a party or agreement, in source order. */
export function aliasNames(aliases: readonly Aliases[] | undefined): string[] {
    return (aliases ?? []).flatMap(list => (list.names ?? []).filter((name): name is string => typeof name === 'string'));
}

export type { Money, DateValue };
