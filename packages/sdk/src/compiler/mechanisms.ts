import type { Mechanism as MechanismNode } from '@pacta/language';
import type { Mechanism, MechanismStatus, Money } from '../model.js';
import { optionalList, resourceListIds } from './resource-lists.js';
import { type BuildContext, UNNAMED, nameOr, oneOf, optionalString } from './context.js';
import { figuresOf } from './figures.js';
import { buildFieldClaims, preferredClaim } from './field-claims.js';
import { buildMoney } from './money.js';

const STATUSES: readonly MechanismStatus[] = ['exploring', 'agreed', 'operational', 'suspended', 'ended'];

export function buildMechanism(node: MechanismNode, agreementId: string, context: BuildContext): Mechanism | undefined {
    const id = context.idOf(node);
    if (id === undefined) return undefined;
    // Claims on `status` and `amount` (1.4): the fields hold the preferred one's value.
    const fieldClaims = buildFieldClaims(node, context);
    const status = oneOf(preferredClaim<string>(fieldClaims, 'status', node.status), STATUSES);
    const amount = preferredClaim<Money>(fieldClaims, 'amount', node.amount ? buildMoney(node.amount) : undefined);
    const note = optionalString(node.note);
    const doc = context.doc(node);
    const lead = context.refIds(node.lead);
    const participants = context.refIds(node.participants);
    return {
        id,
        agreement: agreementId,
        name: nameOr(node.name),
        kind: context.refId(node.kind) ?? UNNAMED,
        ...(status !== undefined ? { status } : {}),
        parties: context.refIds(node.parties),
        ...(lead.length > 0 ? { lead } : {}),
        ...(participants.length > 0 ? { participants } : {}),
        ...(amount !== undefined ? { amount } : {}),
        resources: context.refIds(node.resources),
        ...optionalList('resourceLists', resourceListIds(node.resourceLists)),
        stages: context.refIds(node.stages),
        ...(note !== undefined ? { note } : {}),
        ...figuresOf(node.figures, context),
        ...(fieldClaims.length > 0 ? { fieldClaims } : {}),
        citations: context.citations(node),
        uncertain: node.uncertain === true,
        ...(doc !== undefined ? { doc } : {}),
        location: context.location(node)
    };
}
