import type { Reference } from 'langium';
import type { Resource } from '../../generated/ast.js';
import { type RuleContext, createRule } from '../rule.js';

/** The resource a reference points to, or undefined when it does not link. */
function target(ref: Reference<Resource>): Resource | undefined {
    try {
        return ref.ref;
    } catch {
        return undefined;
    }
}

/** Every resource a group contains, through nested groups too (a cycle of groups ends the walk). */
function contents(group: Resource): Set<Resource> {
    const found = new Set<Resource>();
    const pending = [group];
    while (pending.length > 0) {
        const current = pending.pop()!;
        for (const ref of current.members ?? []) {
            const member = target(ref);
            if (member && !found.has(member)) {
                found.add(member);
                pending.push(member);
            }
        }
    }
    return found;
}

/** One `resources` list (of an agreement or a mechanism): reports every item a group of the list already covers. */
function checkList(node: { resources: Array<Reference<Resource>> }, context: RuleContext): void {
    const refs = node.resources ?? [];
    if (refs.length < 2) return;
    const groups = refs.map(target).filter((resource): resource is Resource => resource?.kind === 'resource_group' && (resource.members?.length ?? 0) > 0);
    if (groups.length === 0) return;
    const covering = groups.map(group => ({ group, covers: contents(group) }));
    refs.forEach((ref, index) => {
        const resource = target(ref);
        if (!resource) return;
        const by = covering.find(entry => entry.group !== resource && entry.covers.has(resource));
        if (!by) return;
        context.report({
            node: node as never,
            property: 'resources' as never,
            index,
            message: `'${ref.$refText}' is already covered by the group '${by.group.name}', listed too.`,
            hint: `Remove '${ref.$refText}', or keep it on purpose when the text names it on its own.`,
            data: { resource: ref.$refText, group: by.group.name }
        });
    });
}

/**
 * A `resources` list that names a group and one of its members: the member adds nothing (the group
 * covers it). A hint, not a warning: texts often name a member on its own for emphasis ("critical
 * minerals, in particular rare earths").
 */
export const redundantResourceRule = createRule({
    code: 'pacta/redundant-resource',
    severity: 'hint',
    description: 'A `resources` list names a group and also one of its members.',
    checks: {
        Agreement: (agreement, context) => checkList(agreement, context),
        Mechanism: (mechanism, context) => checkList(mechanism, context)
    }
});
