import type { Relation as RelationNode } from '@pacta/language';
import type { Relation, RelationKind } from '../model.js';
import { type BuildContext, UNNAMED, oneOf } from './context.js';

export const RELATION_KINDS: readonly RelationKind[] = [
    'builds_on', 'implements', 'amends', 'supersedes', 'succeeds', 'continues', 'references', 'reviewed_by'
];

export function buildRelation(node: RelationNode, agreementId: string, context: BuildContext): Relation | undefined {
    const id = context.idOf(node);
    const kind = oneOf(node.kind, RELATION_KINDS);
    if (id === undefined || !kind) return undefined;
    return {
        id,
        from: agreementId,
        kind,
        to: context.refId(node.target) ?? UNNAMED,
        parties: context.refIds(node.parties),
        citations: context.citations(node),
        uncertain: node.uncertain === true,
        location: context.location(node)
    };
}
