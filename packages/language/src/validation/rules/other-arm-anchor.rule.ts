import { type AstNode, type Reference, isReference } from 'langium';
import { armOf, armsOf } from '../../branches/branch-members.js';
import { forEachDescendant } from '../../references/ast-walk.js';
import { createRule } from '../rule.js';

/**
 * A date in one arm of a branch anchored on an event or commitment of the other arm: the two
 * arms exclude each other, so the anchor never happens when the date would.
 */
export const otherArmAnchorRule = createRule({
    code: 'pacta/other-arm-anchor',
    severity: 'error',
    description: 'A date in one arm of a branch (`if … { }` / `otherwise { }`) is anchored on an event or commitment of the other arm, which never happens with it.',
    checks: {
        Branch: (branch, context) => {
            for (const { arm, node } of armsOf(branch)) {
                forEachDescendant(node, descendant => {
                    for (const [property, reference] of anchorsOf(descendant)) {
                        const target = safeRef(reference);
                        const place = target ? armOf(target) : undefined;
                        if (!place || place.branch !== branch || place.arm === arm) continue;
                        const other = place.arm === 'if' ? `if ${branch.name}` : 'otherwise';
                        context.report<AstNode>({
                            node: descendant,
                            property: property as never,
                            message: `'${reference.$refText}' is in the \`${other}\` arm of branch '${branch.name}', but this date is in the \`${arm === 'if' ? `if ${branch.name}` : 'otherwise'}\` arm: the two never both happen.`,
                            hint: 'Anchor the date on an event of the same arm or outside the branch (`joint_review`), or move it to the other arm.',
                            data: { branch: branch.name, arm, anchor: reference.$refText }
                        });
                    }
                });
            }
        }
    }
});

function anchorsOf(node: AstNode): Array<[string, Reference]> {
    const result: Array<[string, Reference]> = [];
    for (const property of ['anchor', 'end']) {
        const value = (node as unknown as Record<string, unknown>)[property];
        if (isReference(value)) result.push([property, value]);
    }
    return result;
}

function safeRef(reference: Reference): AstNode | undefined {
    try {
        return reference.ref;
    } catch {
        return undefined;
    }
}
