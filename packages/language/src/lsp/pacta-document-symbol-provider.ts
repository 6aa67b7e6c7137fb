import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { isAgreement, isBranch, isCommitment, isEvent, isMechanism, isMechanismKind, isParty, isSource } from '../generated/ast.js';
import type { PactaLspFeatureServices } from './pacta-lsp-module.js';

/**
 * The outline: parties, agreements with their events, commitments and mechanisms, mechanism
 * kinds and sources, each with a short detail (title, kind, date as written).
 */
export class PactaDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    constructor(services: PactaLspFeatureServices) {
        super(services);
    }

    protected override createSymbol(document: LangiumDocument, astNode: AstNode, cstNode: CstNode, nameNode: CstNode, computedName?: string): DocumentSymbol {
        const symbol = super.createSymbol(document, astNode, cstNode, nameNode, computedName);
        const detail = detailOf(astNode);
        return detail ? { ...symbol, detail } : symbol;
    }
}

function detailOf(node: AstNode): string | undefined {
    if (isParty(node)) return `${node.kind} · ${node.title}`;
    if (isAgreement(node)) return [node.title, node.kind].filter(Boolean).join(' · ');
    if (isEvent(node)) return [node.title, node.when?.$cstNode?.text].filter(Boolean).join(' · ') || undefined;
    if (isCommitment(node)) return node.due?.$cstNode ? `due ${node.due.$cstNode.text}` : node.modality;
    if (isMechanism(node)) return node.kind?.$refText;
    if (isMechanismKind(node) || isSource(node)) return node.title;
    if (isBranch(node)) return `if · ${node.condition ?? ''}`;
    return undefined;
}
