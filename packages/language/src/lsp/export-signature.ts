import { type AstNodeDescription, CstUtils, GrammarUtils, isLeafCstNode, type LangiumDocument } from 'langium';

/**
 * Strings that are prose (titles, a commitment's text, notes): no rule of another file reads
 * them, so editing them does not change what the other files are checked against.
 */
const PROSE_PROPERTIES = new Set(['title', 'text', 'note', 'label', 'office', 'publisher', 'locator', 'reason', 'urls']);

/**
 * What the other files of the workspace can see of a document: the names it exports with their
 * types and paths (references are indexed by path), and every token but comments and prose —
 * the dates, kinds, codes, party lists, `uncertain` marks and deadlines the names stand for.
 * Two texts with the same signature link and check every other file alike.
 */
export function exportSignature(document: LangiumDocument, exported: Iterable<AstNodeDescription>): string {
    const parts: string[] = [];
    for (const description of exported) parts.push(`${description.type} ${description.name} ${description.path}`);
    parts.push('');
    const root = document.parseResult.value.$cstNode;
    if (root) {
        for (const node of CstUtils.streamCst(root)) {
            if (!isLeafCstNode(node) || node.hidden) continue;
            if (node.tokenType.name === 'STRING' && isProse(node)) continue;
            parts.push(node.text);
        }
    }
    return parts.join('\n');
}

function isProse(node: Parameters<typeof GrammarUtils.findAssignment>[0]): boolean {
    const feature = GrammarUtils.findAssignment(node)?.feature;
    return feature !== undefined && PROSE_PROPERTIES.has(feature);
}
