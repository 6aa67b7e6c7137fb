import { type AstNode, CstUtils, type LeafCstNode, isLeafCstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';

/**
 * The quoted texts of a document as written (quotes and backslashes included), for the rules that
 * look inside them. Only when `worthScanning` finds something in the whole text: most documents
 * have no backslash or control character, and are not walked at all.
 */
export function* stringTokens(root: AstNode, worthScanning: RegExp): Generator<LeafCstNode> {
    const cst = root.$cstNode;
    if (!cst || !worthScanning.test(cst.root.fullText)) return;
    for (const node of CstUtils.streamCst(cst)) {
        if (isLeafCstNode(node) && !node.hidden && node.tokenType.name === 'STRING') yield node;
    }
}

/** The range of `length` characters from `index` in a one-line token (a string cannot hold a line break). */
export function rangeIn(token: LeafCstNode, index: number, length: number): Range {
    const { line, character } = token.range.start;
    return { start: { line, character: character + index }, end: { line, character: character + index + length } };
}
