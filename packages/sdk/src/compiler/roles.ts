import type { RoleList, Role, StatedNegative as StatedNegativeNode } from '@pacta/language';
import type { PartyRole, RoleAssignment, StatedNegative } from '../model.js';
import { type BuildContext, optionalString } from './context.js';
import { buildDateValue } from './dates.js';

/** Role lists are written in the plural (`parties US, MX`); the model names one party's role. */
export const ROLES: Record<Role, PartyRole> = {
    parties: 'party',
    signatories: 'signatory',
    lead: 'lead',
    implementing: 'implementing',
    beneficiaries: 'beneficiary',
    observers: 'observer',
    participants: 'participant',
    chair: 'chair'
};

export function roleOf(role: string | undefined): PartyRole | undefined {
    return role !== undefined && Object.hasOwn(ROLES, role) ? ROLES[role as Role] : undefined;
}

/** One assignment per party of each role list, with the list's span when written (`chair KR from 2024-07 until 2026-06`). */
export function buildRoles(lists: readonly RoleList[] | undefined, context: BuildContext): RoleAssignment[] {
    const roles: RoleAssignment[] = [];
    for (const list of lists ?? []) {
        const role = roleOf(list.role);
        if (!role) continue;
        const from = list.from ? buildDateValue(list.from, context) : undefined;
        const until = list.until ? buildDateValue(list.until, context) : undefined;
        // The sources of a role list (`parties US, AU { cite x }`) go with each of its parties (1.4).
        const cited = (list.citations?.length ?? 0) > 0 || list.uncertain === true ? { citations: context.citations(list), uncertain: list.uncertain === true } : {};
        for (const party of context.refIds(list.parties)) {
            roles.push({ party, role, ...(from ? { from } : {}), ...(until ? { until } : {}), ...cited });
        }
    }
    return roles;
}

/** `excludes parties CA "Canada is not named" { cite s }`: one stated negative per party. */
export function buildNegatives(nodes: readonly StatedNegativeNode[] | undefined, context: BuildContext): StatedNegative[] {
    const result: StatedNegative[] = [];
    for (const node of nodes ?? []) {
        const role = roleOf(node.role);
        if (!role) continue;
        const note = optionalString(node.note);
        for (const party of context.refIds(node.parties)) {
            result.push({
                party,
                role,
                ...(note !== undefined ? { note } : {}),
                citations: context.citations(node),
                uncertain: node.uncertain === true,
                location: context.location(node)
            });
        }
    }
    return result;
}
