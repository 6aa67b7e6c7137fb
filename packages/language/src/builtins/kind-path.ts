import type { MechanismKind } from '../generated/ast.js';

/** How far up a chain of `of` parents is followed; a longer chain is cut (it is almost surely a mistake). */
export const MAX_KIND_DEPTH = 32;

function parentOf(kind: MechanismKind): MechanismKind | undefined {
    try {
        return kind.parent?.ref;
    } catch {
        return undefined;
    }
}

/**
 * The kinds a mechanism kind is a sub-kind of (`mechanism_kind loan "Loan" of project_finance`),
 * nearest first: its parent, the parent's parent... Stops before a kind already met (a cycle,
 * reported by `pacta/kind-cycle`), at a parent that does not link, or after `MAX_KIND_DEPTH` steps.
 */
export function kindAncestors(kind: MechanismKind): MechanismKind[] {
    const result: MechanismKind[] = [];
    const seen = new Set<MechanismKind>([kind]);
    for (let parent = parentOf(kind); parent && !seen.has(parent) && result.length < MAX_KIND_DEPTH; parent = parentOf(parent)) {
        seen.add(parent);
        result.push(parent);
    }
    return result;
}

/** True when following `of` parents from `kind` comes back to `kind`. */
export function isInKindCycle(kind: MechanismKind): boolean {
    const seen = new Set<MechanismKind>();
    for (let parent = parentOf(kind); parent && !seen.has(parent) && seen.size <= MAX_KIND_DEPTH; parent = parentOf(parent)) {
        if (parent === kind) return true;
        seen.add(parent);
    }
    return false;
}

/** The titles from the root kind down to this one: `Project finance › Loan`. */
export function kindPathText(kind: MechanismKind): string {
    return [...kindAncestors(kind).reverse(), kind].map(k => k.title ?? k.name).join(' › ');
}
