import { type AstNode, AstUtils, CstUtils, type CstNode, type LangiumDocument, type LangiumDocuments, type NameProvider, type ReferenceDescription, type References } from 'langium';
import type { RenameProvider } from 'langium/lsp';
import type { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { isBuiltinUri } from '../builtins/mechanism-kinds.js';
import { isAgreement, isEvent } from '../generated/ast.js';
import type { PactaLspFeatureServices } from './pacta-lsp-module.js';
import { RequestFailure } from './request-failure.js';

type RenameParams = Parameters<RenameProvider['rename']>[1];
type TextDocumentPositionParams = Parameters<RenameProvider['prepareRename']>[1];

const NAME = /^[_a-zA-Z]\w*$/;

interface RenameTarget {
    node: AstNode;
    /** The text to select for the new name: the name, or the segment of a qualified name under the cursor. */
    range: Range;
}

/**
 * Rename across files that knows Pacta's names:
 * - a member of an agreement is written `name` inside it and `agreement.name` elsewhere: only
 *   the last segment of a qualified reference changes;
 * - renaming an agreement also changes the first segment of every `agreement.member` reference;
 * - on `usmca.in_force`, the cursor picks what is renamed: `usmca` the agreement, `in_force` the event;
 * - an event named by its kind (`signed 2026-02-04`) gets a name: `signed jr_signing 2026-02-04`;
 * - the built-in mechanism kinds cannot be renamed.
 */
export class PactaRenameProvider implements RenameProvider {
    protected readonly references: References;
    protected readonly nameProvider: NameProvider;
    protected readonly documents: LangiumDocuments;

    constructor(services: PactaLspFeatureServices) {
        this.references = services.references.References;
        this.nameProvider = services.references.NameProvider;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        return this.findTarget(document, params)?.range;
    }

    async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const target = this.findTarget(document, params);
        if (!target) return undefined;
        const newName = params.newName.includes('.') ? params.newName.slice(params.newName.lastIndexOf('.') + 1) : params.newName;
        if (!NAME.test(newName)) {
            throw new RequestFailure(`'${params.newName}' is not a valid name: use letters, digits and _, not starting with a digit.`);
        }
        const changes: Record<string, TextEdit[]> = {};
        const add = (uri: string, edit: TextEdit): void => {
            const list = (changes[uri] ??= []);
            if (!list.some(existing => sameRange(existing.range, edit.range))) list.push(edit);
        };
        const node = target.node;
        const declarationEdit = this.declarationEdit(node, newName);
        if (declarationEdit) add(AstUtils.getDocument(node).textDocument.uri, declarationEdit);

        for (const ref of this.references.findReferences(node, { includeDeclaration: false })) {
            add(ref.sourceUri.toString(), { range: this.segmentRange(ref, 'last'), newText: newName });
        }
        if (isAgreement(node)) {
            for (const member of AstUtils.streamContents(node)) {
                if (!this.nameProvider.getName(member)) continue;
                for (const ref of this.references.findReferences(member, { includeDeclaration: false })) {
                    if (this.refText(ref).includes('.')) add(ref.sourceUri.toString(), { range: this.segmentRange(ref, 'first'), newText: newName });
                }
            }
        }
        return { changes };
    }

    protected findTarget(document: LangiumDocument, params: TextDocumentPositionParams): RenameTarget | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = [offset, offset - 1].map(at => CstUtils.findLeafNodeAtOffset(root, at)).find(found => found && !found.hidden && NAME.test(found.text));
        if (!leaf) return undefined;
        const declared = this.references.findDeclarations(leaf)[0];
        let node: AstNode | undefined;
        if (declared && !this.isNameNode(leaf)) {
            // A reference: `agreement.member` renames the agreement when the cursor is on its first segment.
            const segments = this.referenceLeaves(leaf);
            node = segments.length > 1 && segments[0] === leaf ? (AstUtils.getContainerOfType(declared, isAgreement) ?? declared) : declared;
        } else if (this.isNameNode(leaf)) {
            node = leaf.astNode;
        }
        if (!node || this.isBuiltin(node)) return undefined;
        return { node, range: leaf.range };
    }

    protected isNameNode(leaf: CstNode): boolean {
        const nameNode = this.nameProvider.getNameNode(leaf.astNode);
        return nameNode !== undefined && nameNode.offset === leaf.offset && nameNode.length === leaf.length;
    }

    /** The name-like leaves of the reference a leaf belongs to, in order (one for a simple name). */
    protected referenceLeaves(leaf: CstNode): CstNode[] {
        for (const info of AstUtils.streamReferences(leaf.astNode)) {
            const refNode = info.reference.$refNode;
            if (refNode && refNode.offset <= leaf.offset && leaf.end <= refNode.end) {
                return CstUtils.flattenCst(refNode)
                    .filter(node => !node.hidden && NAME.test(node.text))
                    .toArray();
            }
        }
        return [leaf];
    }

    protected declarationEdit(node: AstNode, newName: string): TextEdit | undefined {
        const nameNode = this.nameProvider.getNameNode(node);
        if (!nameNode) return undefined;
        if (isEvent(node) && !node.name) {
            // The name is the event's kind, a keyword: keep it and add a name after it.
            return { range: { start: nameNode.range.end, end: nameNode.range.end }, newText: ` ${newName}` };
        }
        return { range: nameNode.range, newText: newName };
    }

    protected refText(ref: ReferenceDescription): string {
        const document = this.documents.getDocument(ref.sourceUri);
        return document ? document.textDocument.getText(ref.segment.range) : '';
    }

    /** The range of the first or last segment of a (possibly qualified) reference. */
    protected segmentRange(ref: ReferenceDescription, which: 'first' | 'last'): Range {
        const document = this.documents.getDocument(ref.sourceUri);
        if (!document) return ref.segment.range;
        const text = document.textDocument.getText(ref.segment.range);
        if (!text.includes('.')) return ref.segment.range;
        const start = document.textDocument.offsetAt(ref.segment.range.start);
        if (which === 'first') {
            const name = /^\s*(\w+)/.exec(text);
            const from = start + (name ? name.index + name[0].length - name[1]!.length : 0);
            return { start: document.textDocument.positionAt(from), end: document.textDocument.positionAt(from + (name?.[1]?.length ?? 0)) };
        }
        const name = /(\w+)\s*$/.exec(text);
        const from = start + (name ? name.index : text.length);
        return { start: document.textDocument.positionAt(from), end: document.textDocument.positionAt(from + (name?.[1]?.length ?? 0)) };
    }

    protected isBuiltin(node: AstNode): boolean {
        try {
            return isBuiltinUri(AstUtils.getDocument(node).uri.toString());
        } catch {
            return true;
        }
    }
}

function sameRange(a: Range, b: Range): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
