import {
    type AstNode, type AstNodeDescription, AstUtils, Cancellation, type CstNode, DefaultLinker, DocumentState, type LangiumDocument,
    type LinkingError, type Reference, type ReferenceInfo, RefResolving, isAstNode, isAstNodeDescription, isLinkingError,
    isMultiReference, isReference
} from 'langium';
import { PactaScopeProvider } from './pacta-scope-provider.js';

/**
 * A cross-reference as `DefaultLinker.buildReference` makes it, as a class: the same properties
 * (`$refNode`, `$refText`, `_ref`, later `_nodeDescription`), the same lazy resolution on first
 * access of `ref` and the same errors, without the three closures and the context that every
 * reference built as an object literal with getters carries. What it refers from is kept in
 * private fields, so its own properties are those of Langium's references.
 */
class LinkedReference implements Reference {
    readonly #linker: PactaLinker;
    readonly #container: AstNode;
    readonly #property: string;
    $refNode: CstNode | undefined;
    $refText: string;
    _ref: AstNode | LinkingError | typeof RefResolving | undefined;
    declare _nodeDescription?: AstNodeDescription;

    constructor(linker: PactaLinker, container: AstNode, property: string, refNode: CstNode | undefined, refText: string) {
        this.#linker = linker;
        this.#container = container;
        this.#property = property;
        this.$refNode = refNode;
        this.$refText = refText;
        this._ref = undefined;
    }

    get ref(): AstNode | undefined {
        return this.#linker.resolveReference(this, this.#container, this.#property);
    }

    get $nodeDescription(): AstNodeDescription | undefined {
        return this._nodeDescription;
    }

    get error(): LinkingError | undefined {
        return isLinkingError(this._ref) ? this._ref : undefined;
    }
}

/**
 * Langium's linker with lighter references (`LinkedReference`), a walk over the AST without
 * streams, and candidates found with `PactaScopeProvider.findElement`; resolution is Langium's
 * (`DefaultLinker`), step for step, in the same order.
 */
export class PactaLinker extends DefaultLinker {
    /**
     * Links every reference of the document in the order of Langium's `link` (`streamAst`, then
     * `streamReferences` of each node); with a cancellation token or the profiler on, Langium's own.
     */
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (cancelToken !== Cancellation.CancellationToken.None || this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        const visit = (node: AstNode): void => {
            const record = node as unknown as Record<string, unknown>;
            for (const property of Object.keys(record)) {
                if (property.startsWith('$')) continue;
                const value = record[property];
                if (isReference(value) || isMultiReference(value)) {
                    this.doLink({ reference: value, container: node, property }, document);
                } else if (Array.isArray(value)) {
                    for (let index = 0; index < value.length; index++) {
                        const element = value[index];
                        // `streamReferences` asks `isMultiReference` of the array, not of the element.
                        if (isReference(element) || isMultiReference(value)) {
                            this.doLink({ reference: element, container: node, property, index }, document);
                        }
                    }
                }
            }
            for (const property of Object.keys(record)) {
                if (property.startsWith('$')) continue;
                const value = record[property];
                if (isAstNode(value)) visit(value);
                else if (Array.isArray(value)) {
                    for (const element of value) {
                        if (isAstNode(element)) visit(element);
                    }
                }
            }
        };
        visit(document.parseResult.value);
    }

    override getCandidate(refInfo: ReferenceInfo): AstNodeDescription | LinkingError {
        if (this.scopeProvider instanceof PactaScopeProvider) {
            return this.scopeProvider.findElement(refInfo) ?? this.createLinkingError(refInfo);
        }
        return super.getCandidate(refInfo);
    }

    override buildReference(node: AstNode, property: string, refNode: CstNode | undefined, refText: string): Reference {
        return new LinkedReference(this, node, property, refNode, refText);
    }

    /** The `ref` getter of `DefaultLinker.buildReference`'s references. */
    resolveReference(reference: LinkedReference, node: AstNode, property: string): AstNode | undefined {
        if (isAstNode(reference._ref)) {
            // Most frequent case: the target is already resolved.
            return reference._ref;
        } else if (isAstNodeDescription(reference._nodeDescription)) {
            // A candidate has been found before, but it is not loaded yet.
            const linkedNode = this.loadAstNode(reference._nodeDescription);
            reference._ref = linkedNode ?? this.createLinkingError({ reference, container: node, property }, reference._nodeDescription);
        } else if (reference._ref === undefined) {
            // The reference has not been linked yet, so do that now.
            reference._ref = RefResolving;
            const document = AstUtils.findRootNode(node).$document;
            const refData = this.getLinkedNode({ reference, container: node, property });
            if (refData.error && document && document.state < DocumentState.ComputedScopes) {
                // Document scope is not ready, don't set `_ref` so the linker can retry later.
                return (reference._ref = undefined);
            }
            reference._ref = refData.node ?? refData.error;
            reference._nodeDescription = refData.descr;
            document?.references.push(reference);
        } else if (reference._ref === RefResolving) {
            this.throwCyclicReferenceError(node, property, reference.$refText);
        }
        return isAstNode(reference._ref) ? reference._ref : undefined;
    }
}
