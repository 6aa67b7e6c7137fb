import type { AstNode } from 'langium';
import { type Agreement, type Branch, type BranchArm, type Commitment, type Event, type Mechanism, isAgreement, isBranch, isBranchArm } from '../generated/ast.js';

/** The two arms of a branch: `if NAME "condition" { … }` and `otherwise { … }`. */
export type ArmName = 'if' | 'otherwise';

/** Where a branched member sits: its branch and the arm. */
export interface ArmPlace {
    readonly branch: Branch;
    readonly arm: ArmName;
}

/** The arms a branch has, in text order. */
export function armsOf(branch: Branch): Array<{ arm: ArmName; node: BranchArm }> {
    const result: Array<{ arm: ArmName; node: BranchArm }> = [];
    if (branch.ifArm) result.push({ arm: 'if', node: branch.ifArm });
    if (branch.otherwiseArm) result.push({ arm: 'otherwise', node: branch.otherwiseArm });
    return result;
}

/** The arm a node sits in (an event, commitment or mechanism of a branch, or anything inside one). */
export function armOf(node: AstNode | undefined): ArmPlace | undefined {
    for (let current = node; current; current = current.$container) {
        if (isBranchArm(current) && isBranch(current.$container)) {
            return { branch: current.$container, arm: current.$container.otherwiseArm === current ? 'otherwise' : 'if' };
        }
        if (isAgreement(current)) return undefined;
    }
    return undefined;
}

/** The arm a branch records as taken (the first one with a `taken` line), if any. */
export function takenArm(branch: Branch): ArmName | undefined {
    return armsOf(branch).find(entry => (entry.node.taken ?? []).length > 0)?.arm;
}

/** The agreement a node is a member of, through any branch. */
export function enclosingAgreement(node: AstNode | undefined): Agreement | undefined {
    for (let current = node; current; current = current.$container) if (isAgreement(current)) return current;
    return undefined;
}

function collect<T extends AstNode>(agreement: Agreement, own: readonly T[] | undefined, pick: (arm: BranchArm) => readonly T[] | undefined): T[] {
    const branches = agreement.branches ?? [];
    if (branches.length === 0) return [...(own ?? [])];
    const result = [...(own ?? [])];
    for (const branch of branches) {
        for (const { node } of armsOf(branch)) result.push(...(pick(node) ?? []));
    }
    // In source order, as if the arms' members were written in the agreement directly.
    return result
        .map((node, index) => ({ node, index, offset: node.$cstNode?.offset }))
        .sort((a, b) => (a.offset ?? Infinity) - (b.offset ?? Infinity) || a.index - b.index)
        .map(entry => entry.node);
}

/** The events of an agreement, with those of its branches' arms, in source order. */
export function agreementEvents(agreement: Agreement): Event[] {
    return collect(agreement, agreement.events, arm => arm.events);
}

/** The commitments of an agreement, with those of its branches. */
export function agreementCommitments(agreement: Agreement): Commitment[] {
    return collect(agreement, agreement.commitments, arm => arm.commitments);
}

/** The mechanisms of an agreement, with those of its branches. */
export function agreementMechanisms(agreement: Agreement): Mechanism[] {
    return collect(agreement, agreement.mechanisms, arm => arm.mechanisms);
}

/**
 * The events that happen together with `node` (an event, commitment or date inside an agreement):
 * the agreement's own, those of arms recorded `taken`, and those of the arm `node` itself sits in.
 * An event of another arm not taken never happens with it. In source order. The one answer for the
 * `until expiry` end of a series and for `pacta/deadline-after-expiry`.
 */
export function eventsAlongside(node: AstNode, agreement: Agreement): Event[] {
    const own = armOf(node);
    return agreementEvents(agreement).filter(event => {
        const place = armOf(event);
        return !place || takenArm(place.branch) === place.arm || (own !== undefined && own.branch === place.branch && own.arm === place.arm);
    });
}

/**
 * The sets of events that can all happen together, for rules that compare events with each other
 * (`pacta/date-order`): first the agreement's own with those of arms recorded taken, then, for each
 * arm not recorded taken, that set with the arm's events. `arm` names the arm a set adds (absent for the first).
 */
export function eventWorlds(agreement: Agreement): Array<{ events: Event[]; arm?: BranchArm }> {
    const all = agreementEvents(agreement);
    const taken = (event: Event): boolean => {
        const place = armOf(event);
        return !place || takenArm(place.branch) === place.arm;
    };
    const base = all.filter(taken);
    const worlds: Array<{ events: Event[]; arm?: BranchArm }> = [{ events: base }];
    for (const branch of agreement.branches ?? []) {
        for (const { arm, node } of armsOf(branch)) {
            if (takenArm(branch) === arm || (node.events ?? []).length === 0) continue;
            worlds.push({ events: all.filter(event => taken(event) || event.$container === node), arm: node });
        }
    }
    return worlds;
}
