import { type Agreement as AgreementNode, type Role, agreementCommitments, agreementEvents, agreementMechanisms } from '@pacta/language';
import type { AstNode } from 'langium';
import type { Agreement, AgreementForm, PartyRole, RoleAssignment } from '../model.js';
import { type BuildContext, nameOr, oneOf, optionalString } from './context.js';
import { buildBranches } from './branches.js';
import { buildMemberships } from './memberships.js';

const FORMS: readonly AgreementForm[] = ['agreement', 'instrument'];

/** Role lists are written in the plural (`parties US, MX`); the model names one party's role. */
const ROLES: Record<Role, PartyRole> = {
    parties: 'party',
    signatories: 'signatory',
    lead: 'lead',
    implementing: 'implementing',
    beneficiaries: 'beneficiary'
};

export function buildAgreement(node: AgreementNode, context: BuildContext): Agreement {
    const roles: RoleAssignment[] = [];
    for (const list of node.roles ?? []) {
        const role = Object.hasOwn(ROLES, list.role) ? ROLES[list.role] : undefined;
        if (!role) continue;
        for (const party of context.refIds(list.parties)) roles.push({ party, role });
    }
    // A party that joined with `member X joined D` is a party to the agreement from that date on.
    const memberships = buildMemberships(node.memberships, context);
    for (const membership of memberships) {
        if (!roles.some(r => r.party === membership.party && r.role === 'party')) roles.push({ party: membership.party, role: 'party' });
    }
    const kind = optionalString(node.kind);
    const doc = context.doc(node);
    const branches = buildBranches(node, context);
    const ids = (nodes: readonly AstNode[] | undefined) => (nodes ?? []).map(n => context.idOf(n)).filter((id): id is string => id !== undefined);
    return {
        id: context.idOf(node) ?? nameOr(node.name),
        form: oneOf(node.form, FORMS) ?? 'agreement',
        title: optionalString(node.title) ?? '',
        ...(kind !== undefined ? { kind } : {}),
        binding: node.binding === 'binding' || node.binding === 'nonbinding' ? node.binding : 'unknown',
        roles,
        resources: context.refIds(node.resources),
        stages: context.refIds(node.stages),
        sectors: (node.sectors ?? []).filter(isString),
        memberships,
        events: ids(agreementEvents(node)),
        commitments: ids(agreementCommitments(node)),
        mechanisms: ids(agreementMechanisms(node)),
        relations: ids(node.relations),
        citations: context.citations(node),
        uncertain: node.uncertain === true,
        ...(doc !== undefined ? { doc } : {}),
        location: context.location(node),
        ...(branches !== undefined ? { branches } : {})
    };
}

export function isString(value: unknown): value is string {
    return typeof value === 'string';
}
