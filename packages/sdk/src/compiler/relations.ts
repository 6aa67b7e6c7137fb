import type { Relation as RelationNode } from '@pacta/language';
import type { Relation, RelationKind, SupersessionStep } from '../model.js';
import { type BuildContext, UNNAMED, oneOf } from './context.js';

export const RELATION_KINDS: readonly RelationKind[] = ['builds_on', 'implements', 'amends', 'supersedes', 'succeeds', 'continues', 'references', 'reviewed_by'];

/** The steps `upon` may name; any other is an error (`pacta/invalid-supersession-step`) and is not written. */
const SUPERSESSION_STEPS: readonly SupersessionStep[] = ['announced', 'signed', 'adopted', 'ratified', 'provisional_application', 'in_force'];

export function buildRelation(node: RelationNode, agreementId: string, context: BuildContext): Relation | undefined {
    const id = context.idOf(node);
    const kind = oneOf(node.kind, RELATION_KINDS);
    if (id === undefined || !kind) return undefined;
    const upon = kind === 'supersedes' || kind === 'succeeds' ? oneOf(node.upon, SUPERSESSION_STEPS) : undefined;
    return {
        id,
        from: agreementId,
        kind,
        to: context.refId(node.target) ?? UNNAMED,
        parties: context.refIds(node.parties),
        ...(upon ? { upon } : {}),
        citations: context.citations(node),
        uncertain: node.uncertain === true,
        location: context.location(node)
    };
}
