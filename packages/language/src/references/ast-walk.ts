import { type AstNode, isAstNode } from 'langium';

/**
 * Calls `visit` for each AST node directly contained in `node`, in the order of
 * `AstUtils.streamContents` (property order, then array order), without building a stream.
 */
export function forEachContent(node: AstNode, visit: (child: AstNode) => void): void {
    const record = node as unknown as Record<string, unknown>;
    for (const property of Object.keys(record)) {
        if (property.startsWith('$')) continue;
        const value = record[property];
        if (isAstNode(value)) {
            visit(value);
        } else if (Array.isArray(value)) {
            for (const element of value) {
                if (isAstNode(element)) visit(element);
            }
        }
    }
}

/**
 * Calls `visit` for every AST node under `root` (not `root` itself), in the order of
 * `AstUtils.streamAllContents`: each node before its contents.
 */
export function forEachDescendant(root: AstNode, visit: (node: AstNode) => void): void {
    const walk = (node: AstNode): void => {
        visit(node);
        forEachContent(node, walk);
    };
    forEachContent(root, walk);
}

const preorders = new WeakMap<AstNode, readonly AstNode[]>();

/**
 * `root` and every AST node under it, in the order of `AstUtils.streamAst(root)`, walked once and
 * kept for as long as `root` lives: scope computation, linking and validation each go through
 * every node of a document, and a document's tree does not change once parsed (a changed text
 * is parsed into a new tree, with a new root).
 */
export function preorder(root: AstNode): readonly AstNode[] {
    let nodes = preorders.get(root);
    if (!nodes) {
        const list: AstNode[] = [root];
        forEachDescendant(root, node => list.push(node));
        nodes = list;
        preorders.set(root, nodes);
    }
    return nodes;
}
