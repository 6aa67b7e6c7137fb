import { type Party as PartyNode, lookupCountry } from '@pacta/language';
import type { Party, PartyKind } from '../model.js';
import { type BuildContext, nameOr, oneOf, optionalString } from './context.js';
import { aliasNames, buildFieldClaims } from './field-claims.js';
import { buildMemberships, withMembers } from './memberships.js';

const PARTY_KINDS: readonly PartyKind[] = ['state', 'bloc', 'organisation', 'agency', 'company', 'person'];

export function buildParty(node: PartyNode, context: BuildContext): Party | undefined {
    const kind = oneOf(node.kind, PARTY_KINDS);
    if (!kind) return undefined;
    // A state is identified by its ISO 3166-1 code: its `code`, or else its name.
    const country = kind === 'state' ? lookupCountry(String(node.code ?? node.name ?? '')) : undefined;
    const code = optionalString(node.code);
    const parent = context.refId(node.parent);
    const office = optionalString(node.office);
    const holidays = optionalString(node.holidays);
    const memberships = buildMemberships(node.memberships, context);
    const doc = context.doc(node);
    const aliases = aliasNames(node.aliases);
    const fieldClaims = buildFieldClaims(node, context, node.aliases);
    return {
        id: context.idOf(node) ?? nameOr(node.name),
        kind,
        title: optionalString(node.title) ?? '',
        ...(code !== undefined ? { code } : {}),
        ...(country ? { iso: { alpha2: country.alpha2, alpha3: country.alpha3, name: country.name } } : {}),
        ...(parent !== undefined ? { parent } : {}),
        // Members that joined later are members too; `memberships` says when.
        members: withMembers(context.refIds(node.members), memberships),
        memberships,
        ...(office !== undefined ? { office } : {}),
        ...(holidays !== undefined ? { holidays } : {}),
        ...(aliases.length > 0 ? { aliases } : {}),
        ...(fieldClaims.length > 0 ? { fieldClaims } : {}),
        citations: context.citations(node),
        uncertain: node.uncertain === true,
        ...(doc !== undefined ? { doc } : {}),
        location: context.location(node)
    };
}
