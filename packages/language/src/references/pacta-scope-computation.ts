import { type AstNode, type AstNodeDescription, Cancellation, DefaultScopeComputation, type LangiumDocument, type LocalSymbols, MultiMap } from 'langium';
import { armsOf } from '../branches/branch-members.js';
import { isAgreement, isBranch, isBranchArm } from '../generated/ast.js';
import { forEachContent, preorder } from './ast-walk.js';

/**
 * Top-level declarations are exported to the whole workspace under their own name;
 * the members of an agreement (events, commitments, mechanisms) are exported as
 * `agreement.member`, so another agreement can anchor a deadline on `usmca.in_force`.
 */
export class PactaScopeComputation extends DefaultScopeComputation {
    protected override addExportedSymbol(node: AstNode, exports: AstNodeDescription[], document: LangiumDocument): void {
        super.addExportedSymbol(node, exports, document);
        if (isAgreement(node) && node.name) {
            const exportMember = (member: AstNode): void => {
                const memberName = this.nameProvider.getName(member);
                if (memberName) {
                    exports.push(this.descriptions.createDescription(member, `${node.name}.${memberName}`, document));
                }
                // The members of a branch's arms are members of the agreement (`usmca.next_review`).
                if (isBranch(member)) for (const { node: arm } of armsOf(member)) forEachContent(arm, exportMember);
            };
            forEachContent(node, exportMember);
        }
    }

    /** A member of a branch's arm is a local name of the agreement, as if declared in it directly. */
    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        const container = node.$container;
        if (isBranchArm(container) && isAgreement(container.$container?.$container)) {
            const name = this.nameProvider.getName(node);
            if (name) symbols.add(container.$container.$container, this.descriptions.createDescription(node, name, document));
            return;
        }
        super.addLocalSymbol(node, document, symbols);
    }

    /**
     * As Langium's, without a stream and an `await` per node when the build cannot be cancelled
     * (a batch build); with a cancellation token, Langium's own (which checks it on every node).
     */
    override async collectExportedSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<AstNodeDescription[]> {
        if (cancelToken !== Cancellation.CancellationToken.None) return super.collectExportedSymbols(document, cancelToken);
        const root = document.parseResult.value;
        const exports: AstNodeDescription[] = [];
        this.addExportedSymbol(root, exports, document);
        forEachContent(root, node => this.addExportedSymbol(node, exports, document));
        return exports;
    }

    /** As `collectExportedSymbols`: Langium's, without the per-node `await` when nothing can cancel it. */
    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        if (cancelToken !== Cancellation.CancellationToken.None) return super.collectLocalSymbols(document, cancelToken);
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const nodes = preorder(document.parseResult.value);
        // The root itself is not among `streamAllContents`' nodes (and has no container anyway).
        for (let i = 1; i < nodes.length; i++) this.addLocalSymbol(nodes[i]!, document, symbols);
        return symbols;
    }
}
