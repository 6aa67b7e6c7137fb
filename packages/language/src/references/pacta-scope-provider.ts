import { type AstNode, type AstNodeDescription, AstUtils, DefaultScopeProvider, type LocalSymbols, type ReferenceInfo, type Scope, type Stream, stream } from 'langium';

/** The local symbols of one container that fit one reference type: in order, and by name (the first of each name). */
interface LocalIndex {
    readonly all: readonly AstNodeDescription[];
    readonly byName: ReadonlyMap<string, AstNodeDescription>;
}

/**
 * A scope level over a `LocalIndex`: the same answers as Langium's `StreamScope` over the same
 * descriptions (the first element of a name, all elements in order, then the outer scope), with
 * a lookup by name that does not scan the container's symbols.
 */
class IndexedScope implements Scope {
    constructor(
        private readonly index: LocalIndex,
        private readonly outer: Scope
    ) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.index.byName.get(name) ?? this.outer.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.index.all.filter(d => d.name === name)).concat(this.outer.getElements(name));
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.index.all).concat(this.outer.getAllElements());
    }
}

/**
 * Langium's scopes, with the local symbols of each container indexed by name once per build
 * (per reference type). Langium's default scans every symbol of the container for every
 * reference: an agreement with 10,000 commitments anchoring on each other cost 10,000² steps.
 */
export class PactaScopeProvider extends DefaultScopeProvider {
    private readonly indexes = new WeakMap<LocalSymbols, Map<AstNode, Map<string, LocalIndex>>>();

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const localSymbols = AstUtils.getDocument(context.container).localSymbols;
        const levels: LocalIndex[] = [];
        if (localSymbols) {
            let current: AstNode | undefined = context.container;
            do {
                if (localSymbols.has(current)) levels.push(this.indexOf(localSymbols, current, referenceType));
                current = current.$container;
            } while (current);
        }
        let result = this.getGlobalScope(referenceType, context);
        for (let i = levels.length - 1; i >= 0; i--) result = new IndexedScope(levels[i]!, result);
        return result;
    }

    private indexOf(localSymbols: LocalSymbols, node: AstNode, referenceType: string): LocalIndex {
        let byNode = this.indexes.get(localSymbols);
        if (!byNode) {
            byNode = new Map();
            this.indexes.set(localSymbols, byNode);
        }
        let byType = byNode.get(node);
        if (!byType) {
            byType = new Map();
            byNode.set(node, byType);
        }
        let index = byType.get(referenceType);
        if (!index) {
            const all = localSymbols
                .getStream(node)
                .filter(d => this.reflection.isSubtype(d.type, referenceType))
                .toArray();
            const byName = new Map<string, AstNodeDescription>();
            for (const description of all) if (!byName.has(description.name)) byName.set(description.name, description);
            index = { all, byName };
            byType.set(referenceType, index);
        }
        return index;
    }
}
