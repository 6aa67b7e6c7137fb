import { type AstNode, type CstNode, DefaultNameProvider, GrammarUtils } from 'langium';
import { isEvent } from '../generated/ast.js';

/**
 * Events are named by their kind (`signed`, `in_force`) unless the author gives a name,
 * so `within 30 days after announced` refers to the `announced` event of the agreement.
 */
export class PactaNameProvider extends DefaultNameProvider {
    override getName(node: AstNode): string | undefined {
        if (isEvent(node)) {
            return node.name ?? (node.kind === 'event' ? undefined : node.kind);
        }
        return super.getName(node);
    }

    override getNameNode(node: AstNode): CstNode | undefined {
        if (isEvent(node) && !node.name) {
            return GrammarUtils.findNodeForProperty(node.$cstNode, 'kind');
        }
        return super.getNameNode(node);
    }
}
