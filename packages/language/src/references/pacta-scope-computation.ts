import { type AstNode, type AstNodeDescription, AstUtils, DefaultScopeComputation, type LangiumDocument } from 'langium';
import { isAgreement } from '../generated/ast.js';

/**
 * Top-level declarations are exported to the whole workspace under their own name;
 * the members of an agreement (events, commitments, mechanisms) are exported as
 * `agreement.member`, so another agreement can anchor a deadline on `usmca.in_force`.
 */
export class PactaScopeComputation extends DefaultScopeComputation {
    protected override addExportedSymbol(node: AstNode, exports: AstNodeDescription[], document: LangiumDocument): void {
        super.addExportedSymbol(node, exports, document);
        if (isAgreement(node) && node.name) {
            for (const member of AstUtils.streamContents(node)) {
                const memberName = this.nameProvider.getName(member);
                if (memberName) {
                    exports.push(this.descriptions.createDescription(member, `${node.name}.${memberName}`, document));
                }
            }
        }
    }
}
