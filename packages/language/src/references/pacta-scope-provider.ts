import {
    type AstNode, type AstNodeDescription, AstUtils, DefaultAstNodeDescriptionProvider, DefaultScopeProvider, type DocumentSegment,
    type LangiumDocument, type LocalSymbols, type ReferenceInfo, type URI, CstUtils
} from 'langium';

/**
 * Langium's scope provider plus `findElement`, the linker's question (`getScope(ref).getElement(name)`)
 * answered without building the scope: the same description, found through maps kept per
 * document's local symbols instead of a stream filtered for every reference.
 */
export class PactaScopeProvider extends DefaultScopeProvider {
    /** Per local-symbol table (one per document and build): container → reference type → name → first description. */
    private readonly localIndexes = new WeakMap<LocalSymbols, Map<AstNode, Map<string, Map<string, AstNodeDescription>>>>();

    /** `this.getScope(context).getElement(context.reference.$refText)`. */
    findElement(context: ReferenceInfo): AstNodeDescription | undefined {
        const referenceType = this.reflection.getReferenceType(context);
        const name = context.reference.$refText;
        const localSymbols = AstUtils.getDocument(context.container).localSymbols;
        if (localSymbols) {
            let current: AstNode | undefined = context.container;
            do {
                if (localSymbols.has(current)) {
                    const found = this.localIndex(localSymbols, current, referenceType).get(name);
                    if (found) return found;
                }
                current = current.$container;
            } while (current);
        }
        return this.getGlobalScope(referenceType, context).getElement(name);
    }

    /** The local symbols of `container` that a reference of `referenceType` can see, by name (the first of each name, as a scope finds it). */
    private localIndex(localSymbols: LocalSymbols, container: AstNode, referenceType: string): Map<string, AstNodeDescription> {
        let byContainer = this.localIndexes.get(localSymbols);
        if (!byContainer) {
            byContainer = new Map();
            this.localIndexes.set(localSymbols, byContainer);
        }
        let byType = byContainer.get(container);
        if (!byType) {
            byType = new Map();
            byContainer.set(container, byType);
        }
        let byName = byType.get(referenceType);
        if (!byName) {
            byName = new Map();
            for (const description of localSymbols.getStream(container)) {
                if (!byName.has(description.name) && this.reflection.isSubtype(description.type, referenceType)) {
                    byName.set(description.name, description);
                }
            }
            byType.set(referenceType, byName);
        }
        return byName;
    }
}

/**
 * A description as `DefaultAstNodeDescriptionProvider.createDescription` makes it, whose
 * `selectionSegment` and `path` are worked out when first read rather than for every named node
 * up front (a batch build reads them for a handful of findings at most). For a workspace that
 * does not change while its descriptions are in use: a batch build.
 */
class LazyAstNodeDescription implements AstNodeDescription {
    readonly #provider: PactaAstNodeDescriptionProvider;
    #nameSegment: DocumentSegment | undefined | null = null;
    #selectionSegment: DocumentSegment | undefined | null = null;
    #path: string | undefined;

    constructor(provider: PactaAstNodeDescriptionProvider, readonly node: AstNode, readonly name: string, readonly type: string, readonly documentUri: URI) {
        this.#provider = provider;
    }

    get nameSegment(): DocumentSegment | undefined {
        if (this.#nameSegment === null) this.#nameSegment = this.#provider.nameSegmentOf(this.node);
        return this.#nameSegment;
    }

    get selectionSegment(): DocumentSegment | undefined {
        if (this.#selectionSegment === null) this.#selectionSegment = CstUtils.toDocumentSegment(this.node.$cstNode);
        return this.#selectionSegment;
    }

    get path(): string {
        return (this.#path ??= this.#provider.pathOf(this.node));
    }
}

/** Descriptions with lazy segments and paths (`LazyAstNodeDescription`): for batch builds only. */
export class PactaAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const doc = document ?? AstUtils.getDocument(node);
        name ??= this.nameProvider.getName(node);
        if (!name) {
            throw new Error(`Node at path ${this.astNodeLocator.getAstNodePath(node)} has no name.`);
        }
        return new LazyAstNodeDescription(this, node, name, node.$type, doc.uri);
    }

    nameSegmentOf(node: AstNode): DocumentSegment | undefined {
        return CstUtils.toDocumentSegment(this.nameProvider.getNameNode(node) ?? node.$cstNode);
    }

    pathOf(node: AstNode): string {
        return this.astNodeLocator.getAstNodePath(node);
    }
}
