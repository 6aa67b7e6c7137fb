import { type Agreement as AgreementNode, agreementCommitments, agreementEvents, agreementMechanisms } from '@pacta/language';
import type { AstNode } from 'langium';
import type { Agreement, AgreementForm, BindingStatus } from '../model.js';
import { optionalList, resourceListIds } from './resource-lists.js';
import { type BuildContext, nameOr, oneOf, optionalString } from './context.js';
import { figuresOf } from './figures.js';
import { aliasNames, buildFieldClaims, preferredClaim } from './field-claims.js';
import { buildBranches } from './branches.js';
import { buildMemberships } from './memberships.js';
import { buildNegatives, buildRoles } from './roles.js';

const FORMS: readonly AgreementForm[] = ['agreement', 'instrument'];

export function buildAgreement(node: AgreementNode, context: BuildContext): Agreement {
    const roles = buildRoles(node.roles, context);
    const negatives = buildNegatives(node.negatives, context);
    // A party that joined with `member X joined D` is a party to the agreement from that date on.
    const memberships = buildMemberships(node.memberships, context);
    for (const membership of memberships) {
        if (!roles.some(r => r.party === membership.party && r.role === 'party')) roles.push({ party: membership.party, role: 'party' });
    }
    // Claims on the title, kind and binding status (1.4): the field holds the preferred one's value.
    const fieldClaims = buildFieldClaims(node, context, node.aliases);
    const aliases = aliasNames(node.aliases);
    const kind = preferredClaim(fieldClaims, 'kind', optionalString(node.kind));
    const written = preferredClaim<string>(fieldClaims, 'binding', node.binding);
    const binding: BindingStatus = written === 'binding' || written === 'nonbinding' ? written : 'unknown';
    const doc = context.doc(node);
    const branches = buildBranches(node, context);
    const ids = (nodes: readonly AstNode[] | undefined) => (nodes ?? []).map(n => context.idOf(n)).filter((id): id is string => id !== undefined);
    return {
        id: context.idOf(node) ?? nameOr(node.name),
        form: oneOf(node.form, FORMS) ?? 'agreement',
        title: preferredClaim(fieldClaims, 'title', optionalString(node.title)) ?? '',
        ...(kind !== undefined ? { kind } : {}),
        binding,
        roles,
        resources: context.refIds(node.resources),
        ...optionalList('resourceLists', resourceListIds(node.resourceLists)),
        stages: context.refIds(node.stages),
        sectors: (node.sectors ?? []).filter(isString),
        memberships,
        events: ids(agreementEvents(node)),
        commitments: ids(agreementCommitments(node)),
        mechanisms: ids(agreementMechanisms(node)),
        relations: ids(node.relations),
        ...(negatives.length > 0 ? { negatives } : {}),
        ...(node.requiresRatification ? { requiresRatification: true } : {}),
        ...figuresOf(node.figures, context),
        ...(aliases.length > 0 ? { aliases } : {}),
        ...(fieldClaims.length > 0 ? { fieldClaims } : {}),
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
