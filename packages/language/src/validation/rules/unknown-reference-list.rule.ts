import { lookupReferenceListByName, referenceListNames } from '../../builtins/resource-lists.js';
import type { Agreement, Mechanism } from '../../generated/ast.js';
import { closestMatch } from '../../reference-data/closest.js';
import { type RuleContext, createRule } from '../rule.js';

function check(node: Agreement | Mechanism, context: RuleContext): void {
    (node.resourceLists ?? []).forEach((name, index) => {
        if (typeof name !== 'string' || lookupReferenceListByName(name)) return;
        const suggestion = closestMatch(name.replace(/-/g, '_'), referenceListNames());
        context.report({
            node,
            property: 'resourceLists',
            index,
            message: `'${name}' is not a reference list shipped with Pacta.`,
            hint: suggestion
                ? `Did you mean '${suggestion}'?`
                : `Write one of ${referenceListNames()
                      .map(n => `'${n}'`)
                      .join(', ')} (docs/resources.md), or list the resources one by one.`,
            data: { suggestion }
        });
    });
}

/** `resources every NAME` names a shipped reference list (`usgs_2025`...). */
export const unknownReferenceListRule = createRule({
    code: 'pacta/unknown-reference-list',
    severity: 'error',
    description: '`resources every NAME` names no reference list shipped with Pacta.',
    checks: {
        Agreement: check,
        Mechanism: check
    }
});
