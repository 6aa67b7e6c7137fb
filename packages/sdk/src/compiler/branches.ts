import { type Agreement as AgreementNode, type Branch as BranchNode, type Dated, armOf, armsOf, inheritedArm, isCommitment, isEvent } from '@pacta/language';
import type { AstNode } from 'langium';
import type { AgreementBranch, BranchArm, BranchPlace, BranchTaken } from '../model.js';
import { type BuildContext, IdAllocator, nameOr } from './context.js';

/** Gives each branch of an agreement its id, `<agreement>.<name>`. */
export function setBranchIds(node: AgreementNode, agreementId: string, context: BuildContext, ids: IdAllocator = new IdAllocator()): void {
    for (const branch of node.branches ?? []) context.setId(branch, ids.next(`${agreementId}.${nameOr(branch.name)}`));
}

/** The branches of an agreement (1.4), or undefined when it has none (so 1.3 output is unchanged). */
export function buildBranches(node: AgreementNode, context: BuildContext): AgreementBranch[] | undefined {
    const branches = node.branches ?? [];
    if (branches.length === 0) return undefined;
    return branches.map(branch => buildBranch(branch, context));
}

function buildBranch(branch: BranchNode, context: BuildContext): AgreementBranch {
    const ids = (nodes: readonly AstNode[] | undefined) => (nodes ?? []).map(n => context.idOf(n)).filter((id): id is string => id !== undefined);
    const arms: BranchArm[] = [];
    let taken: BranchTaken | undefined;
    for (const { arm, node } of armsOf(branch)) {
        arms.push({
            arm,
            events: ids(node.events),
            commitments: ids(node.commitments),
            mechanisms: ids(node.mechanisms),
            citations: context.citations(node),
            uncertain: node.uncertain === true
        });
        const mark = node.taken?.[0];
        if (mark && !taken) {
            taken = {
                arm,
                ...(typeof mark.date === 'string' ? { date: mark.date } : {}),
                citations: context.citations(mark),
                uncertain: mark.uncertain === true
            };
        }
    }
    return {
        id: context.idOf(branch) ?? nameOr(branch.name),
        name: nameOr(branch.name),
        condition: typeof branch.condition === 'string' ? branch.condition : '',
        arms,
        ...(taken ? { taken } : {}),
        location: context.location(branch)
    };
}

/** The branch arm a member of an agreement sits in, as the output names it; undefined outside branches. */
export function branchPlace(node: AstNode, context: BuildContext): BranchPlace | undefined {
    // An event or commitment outside the branch whose date counts from a member of an arm happens
    // only in that arm too (`due 30 days after next_review`).
    const place = isEvent(node) || isCommitment(node) ? inheritedArm(node as Dated, context.armlessAnchors) : armOf(node);
    if (!place) return undefined;
    return { id: context.idOf(place.branch) ?? nameOr(place.branch.name), arm: place.arm };
}

/** Adds `branch` to an output element of a branched member (mutates and returns it). */
export function withBranch<T extends { branch?: BranchPlace }>(item: T, node: AstNode, context: BuildContext): T {
    const place = branchPlace(node, context);
    if (place) item.branch = place;
    return item;
}
