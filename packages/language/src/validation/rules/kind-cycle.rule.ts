import { isInKindCycle, kindAncestors } from '../../builtins/kind-path.js';
import { createRule } from '../rule.js';

/** `mechanism_kind a "A" of b` with `b` (or a kind above it) `of a`: no kind would be at the top. */
export const kindCycleRule = createRule({
    code: 'pacta/kind-cycle',
    severity: 'error',
    description: 'Mechanism kinds that are sub-kinds (`of`) of each other in a cycle, or of themselves.',
    checks: {
        MechanismKind: (kind, context) => {
            if (!kind.parent || !isInKindCycle(kind)) return;
            const self = kind.parent.ref === kind;
            const path = [kind, ...kindAncestors(kind), kind].map(k => `'${k.name}'`).join(' of ');
            context.report({
                node: kind,
                property: 'parent',
                message: self ? `Mechanism kind '${kind.name}' is written as a sub-kind of itself.` : `Mechanism kinds form a cycle: ${path}.`,
                hint: 'Remove `of …` from the kind that is the most general; a hierarchy of kinds has a top.',
                data: { cycle: [kind, ...kindAncestors(kind), kind].map(k => k.name) }
            });
        }
    }
});
