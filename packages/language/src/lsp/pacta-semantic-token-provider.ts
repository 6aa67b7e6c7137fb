import { type AstNode, AstUtils, type Properties, type Reference } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver-types';
import { isBuiltinUri } from '../builtins/mechanism-kinds.js';
import {
    type Dated,
    isAbsoluteDate,
    isAgreement,
    isAnniversaryDeadline,
    isCitation,
    isCommitment,
    isDateOperand,
    isEvent,
    isMechanism,
    isMechanismKind,
    isMoney,
    isMonthEdgeDeadline,
    isOffsetDeadline,
    isParty,
    isRecurringDeadline,
    isRelation,
    isResource,
    isRoleList,
    isSameDayDeadline,
    isSource,
    isStage,
    isSuppression
} from '../generated/ast.js';

/**
 * Semantic highlighting: what a name stands for, which the TextMate grammar cannot know.
 * Parties are classes, agreements namespaces, events events, commitments functions, mechanisms
 * variables, mechanism kinds types (built-in ones `defaultLibrary`), sources decorators (`cite`),
 * ISO codes enum members, dates and amounts numbers; declarations carry `declaration`.
 */
export class PactaSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const declaration = SemanticTokenModifiers.declaration;
        if (isParty(node)) {
            this.property(acceptor, node, 'name', SemanticTokenTypes.class, declaration);
            this.property(acceptor, node, 'code', SemanticTokenTypes.enumMember);
            this.reference(acceptor, node, 'parent', node.parent, SemanticTokenTypes.class);
            this.references(acceptor, node, 'members', node.members, SemanticTokenTypes.class);
        } else if (isAgreement(node)) {
            this.property(acceptor, node, 'name', SemanticTokenTypes.namespace, declaration);
            this.property(acceptor, node, 'kind', SemanticTokenTypes.type);
            (node.resources ?? []).forEach((_, index) => acceptor({ node, property: 'resources', index, type: SemanticTokenTypes.enumMember }));
            (node.stages ?? []).forEach((_, index) => acceptor({ node, property: 'stages', index, type: SemanticTokenTypes.enumMember }));
        } else if (isRoleList(node)) {
            this.references(acceptor, node, 'parties', node.parties, SemanticTokenTypes.class);
        } else if (isEvent(node)) {
            if (node.name) this.property(acceptor, node, 'name', SemanticTokenTypes.event, declaration);
            this.references(acceptor, node, 'by', node.by, SemanticTokenTypes.class);
        } else if (isCommitment(node)) {
            this.property(acceptor, node, 'name', SemanticTokenTypes.function, declaration);
            this.references(acceptor, node, 'actors', node.actors, SemanticTokenTypes.class);
            this.reference(acceptor, node, 'mechanism', node.mechanism, SemanticTokenTypes.variable);
        } else if (isMechanism(node)) {
            this.property(acceptor, node, 'name', SemanticTokenTypes.variable, declaration);
            const builtin = node.kind?.ref ? isBuiltin(node.kind.ref) : false;
            this.reference(acceptor, node, 'kind', node.kind, SemanticTokenTypes.type, builtin ? SemanticTokenModifiers.defaultLibrary : undefined);
            this.references(acceptor, node, 'parties', node.parties, SemanticTokenTypes.class);
            (node.resources ?? []).forEach((_, index) => acceptor({ node, property: 'resources', index, type: SemanticTokenTypes.enumMember }));
            (node.stages ?? []).forEach((_, index) => acceptor({ node, property: 'stages', index, type: SemanticTokenTypes.enumMember }));
        } else if (isMechanismKind(node)) {
            this.property(acceptor, node, 'name', SemanticTokenTypes.type, declaration);
        } else if (isResource(node)) {
            this.property(acceptor, node, 'name', SemanticTokenTypes.enumMember, declaration);
            (node.members ?? []).forEach((_, index) => acceptor({ node, property: 'members', index, type: SemanticTokenTypes.enumMember }));
        } else if (isStage(node)) {
            this.property(acceptor, node, 'name', SemanticTokenTypes.enumMember, declaration);
        } else if (isSource(node)) {
            this.property(acceptor, node, 'name', SemanticTokenTypes.decorator, declaration);
            this.property(acceptor, node, 'published', SemanticTokenTypes.number);
            this.property(acceptor, node, 'accessed', SemanticTokenTypes.number);
        } else if (isCitation(node)) {
            this.reference(acceptor, node, 'source', node.source, SemanticTokenTypes.decorator);
        } else if (isRelation(node)) {
            this.reference(acceptor, node, 'target', node.target, SemanticTokenTypes.namespace);
            this.references(acceptor, node, 'parties', node.parties, SemanticTokenTypes.class);
        } else if (isOffsetDeadline(node) || isAnniversaryDeadline(node) || isMonthEdgeDeadline(node) || isRecurringDeadline(node) || isSameDayDeadline(node) || isDateOperand(node)) {
            // Anchors are events, or commitments (whose deadline they count from).
            const kind = (ref: Reference<Dated> | undefined) => (isCommitment(ref?.ref) ? SemanticTokenTypes.function : SemanticTokenTypes.event);
            this.reference(acceptor, node, 'anchor', node.anchor, kind(node.anchor));
            if (isRecurringDeadline(node)) {
                this.reference(acceptor, node, 'end', node.end, kind(node.end));
                this.property(acceptor, node, 'amount', SemanticTokenTypes.number);
                this.property(acceptor, node, 'endDate', SemanticTokenTypes.number);
            }
            if (isOffsetDeadline(node)) this.property(acceptor, node, 'amount', SemanticTokenTypes.number);
            if (isAnniversaryDeadline(node) || isMonthEdgeDeadline(node)) this.property(acceptor, node, 'ordinal', SemanticTokenTypes.number);
            if (isMonthEdgeDeadline(node)) this.property(acceptor, node, 'month', SemanticTokenTypes.number);
        } else if (isAbsoluteDate(node)) {
            this.property(acceptor, node, 'date', SemanticTokenTypes.number);
            this.property(acceptor, node, 'year', SemanticTokenTypes.number);
        } else if (isMoney(node)) {
            this.property(acceptor, node, 'value', SemanticTokenTypes.number);
            this.property(acceptor, node, 'currency', SemanticTokenTypes.enumMember);
        } else if (isSuppression(node)) {
            acceptor({ node, keyword: '#suppress', type: SemanticTokenTypes.macro });
        }
    }

    private property<N extends AstNode>(acceptor: SemanticTokenAcceptor, node: N, property: Properties<N>, type: string, modifier?: string): void {
        if ((node as Record<string, unknown>)[property as string] === undefined) return;
        acceptor({ node, property, type, ...(modifier ? { modifier } : {}) });
    }

    private reference<N extends AstNode>(acceptor: SemanticTokenAcceptor, node: N, property: Properties<N>, ref: Reference | undefined, type: string, modifier?: string): void {
        if (!ref?.$refNode) return;
        acceptor({ node, property, type, ...(modifier ? { modifier } : {}) });
    }

    private references<N extends AstNode>(acceptor: SemanticTokenAcceptor, node: N, property: Properties<N>, refs: readonly Reference[] | undefined, type: string): void {
        (refs ?? []).forEach((ref, index) => {
            if (ref.$refNode) acceptor({ node, property, index, type });
        });
    }
}

function isBuiltin(node: AstNode): boolean {
    try {
        return isBuiltinUri(AstUtils.getDocument(node).uri.toString());
    } catch {
        return false;
    }
}
