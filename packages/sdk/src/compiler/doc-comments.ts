import { type AstNode, type CstNode, isJSDoc, isLeafCstNode, parseJSDoc } from 'langium';
import type { PactaServices } from '@pacta/language';

/**
 * Doc comments (`/** ... *\/` right before a declaration), as Markdown. Finds the same comment
 * as Langium's CommentProvider (the CST node just before the declaration's, when it is a
 * multi-line comment) but in constant time per node: Langium looks the node up in its
 * container with `indexOf`, which is quadratic over a file of many declarations.
 * Links (`{@link US}`) are rendered as their text, never as a file address: the output has
 * no absolute paths.
 */
export class DocComments {
    private readonly commentRules: readonly string[];
    private readonly indexes = new WeakMap<CstNode, Map<CstNode, number>>();

    constructor(services: PactaServices) {
        this.commentRules = services.parser.GrammarConfig.multilineCommentRules;
    }

    of(node: AstNode): string | undefined {
        const cst = node.$cstNode;
        if (!cst) return undefined;
        const previous = this.previousNode(cst);
        if (!previous || !isLeafCstNode(previous) || !this.commentRules.includes(previous.tokenType.name)) return undefined;
        const comment = previous.text;
        if (!isJSDoc(comment)) return undefined;
        const markdown = dedent(parseJSDoc(comment).toMarkdown({ renderLink: (_link, display) => display })).trim();
        return markdown === '' ? undefined : markdown;
    }

    private previousNode(start: CstNode): CstNode | undefined {
        let node = start;
        while (node.container) {
            const parent = node.container;
            const index = this.indexIn(parent, node);
            if (index > 0) return parent.content[index - 1];
            node = parent;
        }
        return undefined;
    }

    private indexIn(parent: CstNode & { content?: readonly CstNode[] }, child: CstNode): number {
        let index = this.indexes.get(parent);
        if (!index) {
            index = new Map();
            (parent.content ?? []).forEach((node, i) => index!.set(node, i));
            this.indexes.set(parent, index);
        }
        return index.get(child) ?? -1;
    }
}

/**
 * Langium's JSDoc rendering keeps the space after ` * ` on every line but the first; removes the
 * indentation the later lines share, so relative indentation (a code block) survives.
 */
export function dedent(text: string): string {
    const lines = text.split(/\r?\n/);
    const rest = lines.slice(1).filter(line => line.trim() !== '');
    if (rest.length === 0) return text;
    const common = Math.min(...rest.map(line => /^[ \t]*/.exec(line)![0].length));
    if (common === 0) return lines.join('\n');
    return [lines[0], ...lines.slice(1).map(line => line.slice(Math.min(common, /^[ \t]*/.exec(line)![0].length)))].join('\n');
}
