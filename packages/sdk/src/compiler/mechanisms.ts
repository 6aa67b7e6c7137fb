import type { Mechanism as MechanismNode } from '@pacta/language';
import type { Mechanism, MechanismStatus } from '../model.js';
import { type BuildContext, UNNAMED, nameOr, oneOf, optionalString } from './context.js';
import { figuresOf } from './figures.js';
import { buildMoney } from './money.js';

const STATUSES: readonly MechanismStatus[] = ['exploring', 'agreed', 'operational', 'suspended', 'ended'];

export function buildMechanism(node: MechanismNode, agreementId: string, context: BuildContext): Mechanism | undefined {
    const id = context.idOf(node);
    if (id === undefined) return undefined;
    const status = oneOf(node.status, STATUSES);
    const amount = node.amount ? buildMoney(node.amount) : undefined;
    const note = optionalString(node.note);
    const doc = context.doc(node);
    return {
        id,
        agreement: agreementId,
        name: nameOr(node.name),
        kind: context.refId(node.kind) ?? UNNAMED,
        ...(status !== undefined ? { status } : {}),
        parties: context.refIds(node.parties),
        ...(amount !== undefined ? { amount } : {}),
        resources: context.refIds(node.resources),
        stages: context.refIds(node.stages),
        ...(note !== undefined ? { note } : {}),
        ...figuresOf(node.figures, context),
        citations: context.citations(node),
        uncertain: node.uncertain === true,
        ...(doc !== undefined ? { doc } : {}),
        location: context.location(node)
    };
}
