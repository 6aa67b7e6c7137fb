import { type AstNode, AstUtils, type CstNode, GrammarAST, type Properties, isCompositeCstNode } from 'langium';
import { createRule, type RuleContext } from '../rule.js';

type Field<N extends AstNode> = readonly [property: Properties<N>, label: string];

/**
 * Reports every occurrence after the first of a single-valued field in one block. The parser
 * keeps only the last value, so an earlier one disappears without a word.
 */
function checkFields<N extends AstNode & { name?: string }>(node: N, what: string, fields: ReadonlyArray<Field<N>>, context: RuleContext): void {
    const byFeature = assignmentsByFeature(node);
    for (const [property, label] of fields) {
        const occurrences = byFeature.get(property as string) ?? [];
        if (occurrences.length < 2) continue;
        const firstLine = occurrences[0]!.range.start.line + 1;
        for (let index = 1; index < occurrences.length; index++) {
            context.report({
                node,
                property,
                index,
                message: `The ${label} appears more than once in ${what}${node.name ? ` '${node.name}'` : ''} (first on line ${firstLine}); only the last one counts.`,
                hint: `Keep the right ${label} and remove the other${occurrences.length > 2 ? 's' : ''}.`,
                data: { field: property, firstLine }
            });
        }
    }
}

/**
 * The CST nodes of every property assignment of `node`, by property, in one walk over its own
 * CST (the same walk `GrammarUtils.findNodesForProperty` makes for one property at a time).
 */
function assignmentsByFeature(node: AstNode): Map<string, CstNode[]> {
    const result = new Map<string, CstNode[]>();
    const visit = (cst: CstNode, top: boolean): void => {
        if (!top) {
            const assignment = assignmentOf(cst.grammarSource);
            if (assignment) {
                const list = result.get(assignment.feature);
                if (list) list.push(cst);
                else result.set(assignment.feature, [cst]);
                return;
            }
        }
        if (isCompositeCstNode(cst) && cst.astNode === node) {
            for (const child of cst.content) visit(child, false);
        }
    };
    if (node.$cstNode) visit(node.$cstNode, true);
    return result;
}

/** The grammar's elements do not change: the assignment around each is looked up once. */
const assignments = new WeakMap<object, GrammarAST.Assignment | null>();

/** `AstUtils.getContainerOfType(element, GrammarAST.isAssignment)`, memoised. */
function assignmentOf(element: GrammarAST.AbstractElement | undefined): GrammarAST.Assignment | undefined {
    if (!element) return undefined;
    let assignment = assignments.get(element);
    if (assignment === undefined) {
        assignment = AstUtils.getContainerOfType(element, GrammarAST.isAssignment) ?? null;
        assignments.set(element, assignment);
    }
    return assignment ?? undefined;
}

/** Single-valued fields written twice in one block: the later one silently wins. */
export const repeatedFieldRule = createRule({
    code: 'pacta/repeated-field',
    severity: 'warning',
    description: 'A single-valued field (kind, binding, due, status, modality and text, mechanism, amount, note, office, publisher...) is written twice in one block.',
    checks: {
        Agreement: (node, context) =>
            checkFields(
                node,
                node.form ?? 'agreement',
                [
                    ['kind', '`kind`'],
                    ['binding', 'binding status (`binding` / `nonbinding`)']
                ],
                context
            ),
        Commitment: (node, context) =>
            checkFields(
                node,
                'commitment',
                [
                    ['modality', 'modality (`will`, `shall`...) with its text'],
                    ['mechanism', '`mechanism`'],
                    ['due', '`due`'],
                    ['status', '`status`']
                ],
                context
            ),
        Mechanism: (node, context) =>
            checkFields(
                node,
                'mechanism',
                [
                    ['status', '`status`'],
                    ['amount', '`amount`'],
                    ['note', '`note`']
                ],
                context
            ),
        Party: (node, context) =>
            checkFields(
                node,
                node.kind ?? 'party',
                [
                    ['office', '`office`'],
                    ['holidays', '`holidays`']
                ],
                context
            ),
        Source: (node, context) =>
            checkFields(
                node,
                'source',
                [
                    ['kind', '`kind`'],
                    ['publisher', '`publisher`'],
                    ['published', '`published`'],
                    ['accessed', '`accessed`']
                ],
                context
            )
    }
});
