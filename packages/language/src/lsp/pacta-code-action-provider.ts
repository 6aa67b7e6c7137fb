import { type AstNode, AstUtils, type CstNode, CstUtils, type LangiumDocument, type LangiumDocuments, type MaybePromise, UriUtils, isCompositeCstNode } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { type CodeAction, CodeActionKind, type Command, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import { isBuiltinUri } from '../builtins/mechanism-kinds.js';
import { type Agreement, type Party, isAgreement, isParty, isSuppression } from '../generated/ast.js';
import { lookupCountry } from '../reference-data/countries.js';
import { SUPPRESSION_WITHOUT_REASON, SYNTAX_ERROR, UNRESOLVED_REFERENCE, UNUSED_SUPPRESSION } from '../validation/diagnostic-codes.js';
import type { PactaLspFeatureServices } from './pacta-lsp-module.js';
import { deleteLinesEdit, removeListItemEdit } from './safe-fixes.js';

type CodeActionParams = Parameters<CodeActionProvider['getCodeActions']>[1];

/** Codes whose `data.suggestion` is the text that replaces the diagnostic's range. */
const REPLACING_CODES = new Set([
    UNRESOLVED_REFERENCE,
    'pacta/unknown-resource',
    'pacta/unknown-stage',
    'pacta/unknown-country',
    'pacta/unknown-currency',
    'pacta/shall-in-nonbinding',
    'pacta/invalid-date',
    'pacta/invalid-ordinal',
    'pacta/each-with-one-party',
    'pacta/zero-period',
    'pacta/unknown-holiday-calendar'
]);

/** Codes that cannot be suppressed (or whose suppression would make no sense). */
const UNSUPPRESSIBLE = new Set([SYNTAX_ERROR, SUPPRESSION_WITHOUT_REASON, UNUSED_SUPPRESSION]);

/** The text put in a new `#suppress` directive; the author replaces it with the real reason. */
export const SUPPRESSION_REASON_PLACEHOLDER = 'why this finding does not apply';

/**
 * A client command the server may attach to "suppress with a reason" so that the placeholder
 * reason is selected after the edit. Only sent to clients that announce it in their
 * `initializationOptions` (`{ "pacta": { "selectTextCommand": "pacta.selectText" } }`).
 */
export interface SelectTextCommandOptions {
    selectTextCommand?: string;
}

/**
 * Quick fixes from the data of Pacta's diagnostics:
 * - `data.suggestion` of an unresolved name, an unknown country or currency, `shall` in a
 *   nonbinding agreement, an invalid date or ordinal: "Change to 'X'" (preferred);
 * - an unresolved party: "Declare party 'X'" where the workspace declares its parties;
 * - an unknown country written as the party's name: "Add `code X`", and "Declare 'X' as a bloc";
 * - an actor that is not a party: "Add 'X' to the parties of 'agreement'";
 * - an unused suppression: "Remove the suppression";
 * - every finding that can be suppressed: "Suppress with a reason", which writes
 *   `#suppress "code" "reason"` above the innermost declaration around it.
 */
export class PactaCodeActionProvider implements CodeActionProvider {
    protected readonly documents: LangiumDocuments;
    protected selectTextCommand: string | undefined;

    constructor(services: PactaLspFeatureServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        services.shared.lsp.LanguageServer.onInitialize(params => {
            const options = (params.initializationOptions as { pacta?: SelectTextCommandOptions } | undefined)?.pacta;
            this.selectTextCommand = typeof options?.selectTextCommand === 'string' ? options.selectTextCommand : undefined;
        });
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            try {
                actions.push(...this.actionsFor(document, diagnostic));
            } catch {
                // A stale diagnostic on changed text: no quick fix rather than a failed request.
            }
        }
        if (params.context.only && params.context.only.length > 0) {
            return actions.filter(action => params.context.only!.some((kind: string) => action.kind === kind || action.kind?.startsWith(`${kind}.`)));
        }
        return actions;
    }

    protected actionsFor(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const code = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
        if (!code?.startsWith('pacta/')) return [];
        const data = (diagnostic.data ?? {}) as Record<string, unknown>;
        const actions: CodeAction[] = [];
        const node = this.nodeAt(document, diagnostic.range);
        const suggestion = typeof data['suggestion'] === 'string' ? data['suggestion'] : undefined;

        if (code === 'pacta/unknown-country' && isParty(node) && !node.code && suggestion) {
            // Reported on the name: the name stays (other files refer to it); the code is added.
            actions.push(this.quickFix(`Add \`code ${suggestion}\``, diagnostic, document, [this.insertAfterTitle(node, ` code ${suggestion}`)], true));
            const keyword = node.$cstNode ? CstUtils.findLeafNodeAtOffset(node.$cstNode, node.$cstNode.offset) : undefined;
            if (keyword?.text === 'state') {
                actions.push(this.quickFix(`Declare '${node.name}' as a bloc`, diagnostic, document, [{ range: keyword.range, newText: 'bloc' }], false));
            }
        } else if (suggestion && REPLACING_CODES.has(code)) {
            actions.push(this.quickFix(`Change to '${suggestion}'`, diagnostic, document, [{ range: diagnostic.range, newText: suggestion }], true));
        }

        if (code === UNRESOLVED_REFERENCE && data['referenceType'] === 'Party') {
            const name = typeof data['refText'] === 'string' ? data['refText'] : document.textDocument.getText(diagnostic.range);
            const declare = this.declarePartyAction(document, diagnostic, name);
            if (declare) actions.push(declare);
        }

        if (code === 'pacta/unknown-resource' || code === 'pacta/unknown-stage') {
            const name = typeof data['refText'] === 'string' ? data['refText'] : document.textDocument.getText(diagnostic.range);
            const declare = this.declareAboveAction(document, diagnostic, name, code === 'pacta/unknown-stage' ? 'stage' : 'resource');
            if (declare) actions.push(declare);
        }

        if (code === 'pacta/redundant-resource') {
            const edit = this.removeListItem(document, diagnostic.range);
            const resource = typeof data['resource'] === 'string' ? data['resource'] : document.textDocument.getText(diagnostic.range);
            if (edit) actions.push(this.quickFix(`Remove '${resource}' (the group covers it)`, diagnostic, document, [edit], true));
        }

        if (code === 'pacta/actor-not-party') {
            const party = typeof data['party'] === 'string' ? data['party'] : undefined;
            const agreement = node ? AstUtils.getContainerOfType(node, isAgreement) : undefined;
            if (party && agreement) {
                const edit = this.addToParties(document, agreement, party);
                if (edit) actions.push(this.quickFix(`Add '${party}' to the parties of '${agreement.name}'`, diagnostic, document, [edit], true));
            }
        }

        if (code === UNUSED_SUPPRESSION) {
            const suppression = node && AstUtils.getContainerOfType(node, isSuppression);
            if (suppression?.$cstNode) {
                // The finding's range is the directive's (as `pacta check --fix` sees it).
                actions.push(this.quickFix('Remove the unused suppression', diagnostic, document, [this.deleteLines(document, diagnostic.range)], true));
            }
        }

        if (!UNSUPPRESSIBLE.has(code)) {
            const suppress = this.suppressAction(document, diagnostic, code, node);
            if (suppress) actions.push(suppress);
        }
        return actions;
    }

    protected quickFix(title: string, diagnostic: Diagnostic, document: LangiumDocument, edits: TextEdit[], isPreferred: boolean): CodeAction {
        return {
            title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred,
            edit: { changes: { [document.textDocument.uri]: edits } }
        };
    }

    /** The innermost AST node at the start of a range. */
    protected nodeAt(document: LangiumDocument, range: Range): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        return CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(range.start))?.astNode;
    }

    protected insertAfterTitle(party: Party, text: string): TextEdit {
        const cst = party.$cstNode!;
        const title = childrenOf(cst).find(child => child.text.startsWith('"'));
        const at = (title ?? cst).range.end;
        return { range: { start: at, end: at }, newText: text };
    }

    /**
     * `state XX "Name"` for an ISO 3166-1 code, else `organisation NAME "NAME"`; written after the
     * last party of this file, else of the workspace file that declares most parties, else above
     * the declaration that uses the name.
     */
    protected declarePartyAction(document: LangiumDocument, diagnostic: Diagnostic, name: string): CodeAction | undefined {
        if (!/^[_a-zA-Z]\w*$/.test(name)) return undefined;
        const country = lookupCountry(name);
        const declaration = country ? `state ${name} "${country.name}"` : `organisation ${name} "${name}"`;
        const target = this.partiesFileFor(document);
        let edit: TextEdit;
        let where = '';
        if (target) {
            const last = target.parties[target.parties.length - 1]!.$cstNode!;
            edit = { range: { start: last.range.end, end: last.range.end }, newText: `\n\n${declaration}` };
            if (target.document !== document) where = ` in ${UriUtils.basename(target.document.uri)}`;
        } else {
            const node = this.nodeAt(document, diagnostic.range);
            const top = node ? topLevelOf(node) : undefined;
            const start = top?.$cstNode ? this.lineStart(top.$cstNode.range.start.line, top) : { line: 0, character: 0 };
            edit = { range: { start, end: start }, newText: `${declaration}\n\n` };
        }
        return {
            title: `Declare party '${name}'${where}`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: { changes: { [(target?.document ?? document).textDocument.uri]: [edit] } }
        };
    }

    /** `resource NAME "NAME"` (or `stage`) above the top-level declaration that uses the name. */
    protected declareAboveAction(document: LangiumDocument, diagnostic: Diagnostic, name: string, keyword: 'resource' | 'stage'): CodeAction | undefined {
        if (!/^[_a-zA-Z]\w*$/.test(name)) return undefined;
        const node = this.nodeAt(document, diagnostic.range);
        const top = node ? topLevelOf(node) : undefined;
        const start = top?.$cstNode ? this.lineStart(top.$cstNode.range.start.line, top) : { line: 0, character: 0 };
        return {
            title: `Declare ${keyword} '${name}'`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: { changes: { [document.textDocument.uri]: [{ range: { start, end: start }, newText: `${keyword} ${name} "${name}"\n\n` }] } }
        };
    }

    /** Deletes one item of a comma-separated list with its separator (the safe fix `pacta check --fix` applies too). */
    protected removeListItem(document: LangiumDocument, range: Range): TextEdit | undefined {
        return removeListItemEdit(document.textDocument.getText(), range);
    }

    protected partiesFileFor(document: LangiumDocument): { document: LangiumDocument; parties: Party[] } | undefined {
        const partiesOf = (doc: LangiumDocument): Party[] => (doc.parseResult.value as { elements?: AstNode[] }).elements?.filter(isParty).filter(p => p.$cstNode) ?? [];
        const own = partiesOf(document);
        if (own.length > 0) return { document, parties: own };
        let best: { document: LangiumDocument; parties: Party[] } | undefined;
        for (const other of this.documents.all) {
            if (other === document || isBuiltinUri(other.uri.toString())) continue;
            const parties = partiesOf(other);
            if (parties.length > (best?.parties.length ?? 0)) best = { document: other, parties };
        }
        return best;
    }

    /** The start of the line a declaration begins on, above its doc comment if it has one. */
    protected lineStart(line: number, node: AstNode): { line: number; character: number } {
        const comment = node.$cstNode ? CstUtils.findCommentNode(node.$cstNode, ['ML_COMMENT']) : undefined;
        return { line: comment ? comment.range.start.line : line, character: 0 };
    }

    protected addToParties(document: LangiumDocument, agreement: Agreement, party: string): TextEdit | undefined {
        const list = (agreement.roles ?? []).find(roles => roles.role === 'parties');
        const last = list?.$cstNode;
        if (last) return { range: { start: last.range.end, end: last.range.end }, newText: `, ${party}` };
        const open = childrenOf(agreement.$cstNode).find(child => child.text === '{');
        if (!open) return undefined;
        const indent = this.indentOf(document, agreement.$cstNode!.range.start.line) + '    ';
        return { range: { start: open.range.end, end: open.range.end }, newText: `\n${indent}parties ${party}` };
    }

    /** The range, or its whole lines when it is alone on them (the safe fix `pacta check --fix` applies too). */
    protected deleteLines(document: LangiumDocument, range: Range): TextEdit {
        return deleteLinesEdit(document.textDocument.getText(), range);
    }

    protected suppressAction(document: LangiumDocument, diagnostic: Diagnostic, code: string, node: AstNode | undefined): CodeAction | undefined {
        const declaration = node && AstUtils.getContainerOfType(node, hasSuppressions);
        const cst = declaration?.$cstNode;
        if (!cst) return undefined;
        const start = cst.range.start;
        const indent = document.textDocument.getText({ start: { line: start.line, character: 0 }, end: start });
        const atLineStart = indent.trim() === '';
        const directive = `#suppress "${code}" "${SUPPRESSION_REASON_PLACEHOLDER}"`;
        const newText = atLineStart ? `${directive}\n${indent}` : `${directive} `;
        const edit: WorkspaceEdit = { changes: { [document.textDocument.uri]: [{ range: { start, end: start }, newText }] } };
        const reasonStart = start.character + directive.length - SUPPRESSION_REASON_PLACEHOLDER.length - 1;
        const reasonRange: Range = {
            start: { line: start.line, character: reasonStart },
            end: { line: start.line, character: reasonStart + SUPPRESSION_REASON_PLACEHOLDER.length }
        };
        const name = (declaration as { name?: string }).name;
        return {
            title: `Suppress ${code} ${name ? `in '${name}' ` : ''}with a reason`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit,
            ...(this.selectTextCommand ? { command: { title: 'Select the reason', command: this.selectTextCommand, arguments: [document.textDocument.uri, reasonRange] } } : {})
        };
    }

    protected indentOf(document: LangiumDocument, line: number): string {
        const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
        return /^[ \t]*/.exec(text)?.[0] ?? '';
    }
}

/** Declarations that accept `#suppress` (party, agreement or instrument, event, commitment, mechanism). */
function hasSuppressions(node: AstNode): node is AstNode & { suppressions: unknown[] } {
    return Array.isArray((node as { suppressions?: unknown }).suppressions);
}

function topLevelOf(node: AstNode): AstNode {
    let current = node;
    while (current.$container && current.$container.$container) current = current.$container;
    return current;
}

function childrenOf(node: CstNode | undefined): readonly CstNode[] {
    return node && isCompositeCstNode(node) ? node.content : [];
}
