import { type AstNode, GrammarUtils } from 'langium';

/**
 * A number of the source as its author wrote it (`10_000_000_000_000_000_000_000`, `0050`), for
 * messages, chains and hovers: the parsed value would print as JavaScript prints it (`1e+22`, `50`).
 * The value as a string when the node has no text (built by hand).
 */
export function writtenNumber(node: AstNode, property: string): string {
    const cst = node.$cstNode ? GrammarUtils.findNodeForProperty(node.$cstNode, property) : undefined;
    return cst?.text ?? String((node as unknown as Record<string, unknown>)[property] ?? '');
}
