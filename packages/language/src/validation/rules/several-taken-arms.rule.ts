import { armsOf } from '../../branches/branch-members.js';
import { createRule } from '../rule.js';

/** A branch records more than one arm as taken, or one arm twice: only one arm of a branch happens. */
export const severalTakenArmsRule = createRule({
    code: 'pacta/several-taken-arms',
    severity: 'error',
    description: 'A branch has `taken` in both arms, or twice in one arm; only one arm of a branch can be taken (the first is used).',
    checks: {
        Branch: (branch, context) => {
            const marks = armsOf(branch).flatMap(({ node }) => node.taken ?? []);
            for (const mark of marks.slice(1)) {
                context.report({
                    node: mark,
                    message: `Branch '${branch.name}' is already recorded as taken${marks.length > 2 ? ` (${marks.length} \`taken\` lines)` : ''}; only one arm can be taken, and the first \`taken\` is used.`,
                    hint: 'Keep one `taken` line, in the arm the sources say was taken, and remove the others.',
                    data: { branch: branch.name, taken: marks.length }
                });
            }
        }
    }
});
