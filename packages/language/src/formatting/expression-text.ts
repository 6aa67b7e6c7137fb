import { type CstNode, isCompositeCstNode, isLeafCstNode } from 'langium';

/** The text of a node as written: tokens joined by one space where the source had any gap, comments left out. */
export function expressionText(cst: CstNode | undefined): string {
    if (!cst) return '';
    let text = '';
    let previousEnd: number | undefined;
    let previousText = '';
    // The leaves in text order, as `CstUtils.flattenCst` gives them, without a stream. One space
    // where the author had any, none around the `.` of a qualified name, none before `,` and `)`
    // or after `(`, always one after `,` and before `(` (as the formatter writes them).
    const visit = (node: CstNode): void => {
        if (isCompositeCstNode(node)) {
            for (const child of node.content) visit(child);
        } else if (isLeafCstNode(node) && !node.hidden) {
            // As the formatter lays them out: `a, b`, `of (a, b)`, whatever the author's spacing.
            const glued = node.text === '.' || previousText === '.' || node.text === '..' || previousText === '..' || node.text === ',' || node.text === ')' || previousText === '(';
            const spaced = previousText === ',' || node.text === '(';
            if (previousEnd !== undefined && !glued && (spaced || node.offset > previousEnd)) text += ' ';
            text += node.text;
            previousEnd = node.end;
            previousText = node.text;
        }
    };
    visit(cst);
    return text;
}
