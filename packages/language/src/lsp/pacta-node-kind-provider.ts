import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver-types';

const SYMBOL_KINDS: Record<string, SymbolKind> = {
    Party: SymbolKind.Class,
    Agreement: SymbolKind.Namespace,
    Event: SymbolKind.Event,
    Commitment: SymbolKind.Method,
    Mechanism: SymbolKind.Object,
    MechanismKind: SymbolKind.Enum,
    Source: SymbolKind.File,
    Resource: SymbolKind.EnumMember,
    Stage: SymbolKind.EnumMember,
    Branch: SymbolKind.Struct
};

const COMPLETION_KINDS: Record<string, CompletionItemKind> = {
    Party: CompletionItemKind.Class,
    Agreement: CompletionItemKind.Module,
    Event: CompletionItemKind.Event,
    Commitment: CompletionItemKind.Method,
    Mechanism: CompletionItemKind.Variable,
    MechanismKind: CompletionItemKind.Enum,
    Source: CompletionItemKind.File,
    Resource: CompletionItemKind.EnumMember,
    Stage: CompletionItemKind.EnumMember
};

/** Symbol and completion kinds of Pacta's declarations (outline, workspace symbols, completion icons). */
export class PactaNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return SYMBOL_KINDS[typeOf(node)] ?? super.getSymbolKind(node);
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return COMPLETION_KINDS[typeOf(node)] ?? super.getCompletionItemKind(node);
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}
