import type { Commitment as CommitmentNode } from '@pacta/language';
import type { Commitment, CommitmentStatus, DateValue, Modality } from '../model.js';
import { type BuildContext, nameOr, oneOf, optionalString } from './context.js';
import { buildDateValue } from './dates.js';
import { figuresOf } from './figures.js';
import { buildFieldClaims, preferredClaim } from './field-claims.js';

const MODALITIES: readonly Modality[] = ['shall', 'shall not', 'will', 'will not', 'will explore', 'intends to', 'may'];
const STATUSES: readonly CommitmentStatus[] = ['pending', 'fulfilled', 'breached', 'lapsed', 'superseded', 'in_progress'];

export function buildCommitment(node: CommitmentNode, agreementId: string, context: BuildContext): Commitment | undefined {
    const id = context.idOf(node);
    if (id === undefined) return undefined;
    const modality = oneOf(node.modality, MODALITIES);
    const text = optionalString(node.text);
    const mechanism = context.refId(node.mechanism);
    const doc = context.doc(node);
    // Claims on `due` and `status` (1.4): the fields hold the preferred one's value.
    const fieldClaims = buildFieldClaims(node, context);
    const due = preferredClaim<DateValue>(fieldClaims, 'due', node.due ? buildDateValue(node.due, context) : undefined);
    return {
        id,
        agreement: agreementId,
        name: nameOr(node.name),
        actors: context.refIds(node.actors),
        ...(modality !== undefined ? { modality } : {}),
        ...(text !== undefined ? { text } : {}),
        ...(mechanism !== undefined ? { mechanism } : {}),
        ...(due !== undefined ? { due } : {}),
        status: oneOf(preferredClaim<string>(fieldClaims, 'status', node.status), STATUSES) ?? 'pending',
        ...figuresOf(node.figures, context),
        ...(fieldClaims.length > 0 ? { fieldClaims } : {}),
        citations: context.citations(node),
        uncertain: node.uncertain === true,
        ...(doc !== undefined ? { doc } : {}),
        location: context.location(node)
    };
}
