import { armsOf } from '../../branches/branch-members.js';
import { createRule } from '../rule.js';

/** A branch with no condition, or an arm with nothing in it and no `taken` line. */
export const emptyBranchRule = createRule({
    code: 'pacta/empty-branch',
    severity: 'warning',
    description: 'A branch whose condition is empty (`if x "" { … }`), or an arm with no event, commitment, mechanism or `taken` line.',
    checks: {
        Branch: (branch, context) => {
            if (typeof branch.condition === 'string' && branch.condition.trim() === '') {
                context.report({
                    node: branch,
                    property: 'condition',
                    message: `Branch '${branch.name}' has an empty condition: a reader cannot tell when it applies.`,
                    hint: 'Quote the condition as the text states it: `if extended "each Party confirms …" { … }`.',
                    data: { branch: branch.name }
                });
            }
            for (const { arm, node } of armsOf(branch)) {
                const members = (node.events?.length ?? 0) + (node.commitments?.length ?? 0) + (node.mechanisms?.length ?? 0) + (node.taken?.length ?? 0);
                if (members > 0) continue;
                context.report({
                    node,
                    message: `The \`${arm === 'if' ? `if ${branch.name}` : 'otherwise'}\` arm of branch '${branch.name}' is empty.`,
                    hint:
                        arm === 'otherwise'
                            ? 'Remove the empty `otherwise { }`, or write what happens when the condition is not met.'
                            : 'Write what happens when the condition is met, or record `taken DATE` if that is all the sources say.',
                    data: { branch: branch.name, arm }
                });
            }
        }
    }
});
