import type { Commitment as CommitmentNode } from '@pacta/language';
import type { Commitment, CommitmentStatus, Modality } from '../model.js';
import { type BuildContext, nameOr, oneOf, optionalString } from './context.js';
import { buildDateValue } from './dates.js';
import { figuresOf } from './figures.js';

const MODALITIES: readonly Modality[] = ['shall', 'shall not', 'will', 'will not', 'will explore', 'intends to', 'may'];
const STATUSES: readonly CommitmentStatus[] = ['pending', 'fulfilled', 'breached', 'lapsed', 'superseded', 'in_progress'];

export function buildCommitment(node: CommitmentNode, agreementId: string, context: BuildContext): Commitment | undefined {
    const id = context.idOf(node);
    if (id === undefined) return undefined;
    const modality = oneOf(node.modality, MODALITIES);
    const text = optionalString(node.text);
    const mechanism = context.refId(node.mechanism);
    const doc = context.doc(node);
    return {
        id,
        agreement: agreementId,
        name: nameOr(node.name),
        actors: context.refIds(node.actors),
        ...(modality !== undefined ? { modality } : {}),
        ...(text !== undefined ? { text } : {}),
        ...(mechanism !== undefined ? { mechanism } : {}),
        ...(node.due ? { due: buildDateValue(node.due, context) } : {}),
        status: oneOf(node.status, STATUSES) ?? 'pending',
        ...figuresOf(node.figures, context),
        citations: context.citations(node),
        uncertain: node.uncertain === true,
        ...(doc !== undefined ? { doc } : {}),
        location: context.location(node)
    };
}
