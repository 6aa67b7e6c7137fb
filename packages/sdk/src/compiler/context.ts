import { type AstNode, AstUtils, type CstNode, type LangiumDocument, type Reference } from 'langium';
import type { Dated, PactaServices } from '@pacta/language';

// The text of an expression as written, for `text` in the JSON: the language's, which chains use too.
export { expressionText as normalizedText } from '@pacta/language';
import type { Citation, SourceLocation } from '../model.js';
import { DocComments } from './doc-comments.js';

/**
 * What every builder of `compiler/` needs: the ids of elements, their locations and doc
 * comments, and the file each document is reported as.
 */
export class BuildContext {
    private readonly ids = new Map<AstNode, string>();
    private readonly docComments: DocComments;
    /** `fileOf` of each document, asked once. */
    private readonly files = new Map<LangiumDocument, string>();
    /** For `inheritedArm`: the dated elements found to count from no branch arm (keeps long chains linear). */
    readonly armlessAnchors = new Set<Dated>();
    /** The one deadline resolver, looked up once (each `services.deadlines.…` goes through Langium's injector). */
    readonly resolver: PactaServices['deadlines']['DeadlineResolver'];

    constructor(
        readonly services: PactaServices,
        /** The path (relative to the root, forward slashes) each document is reported as. */
        private readonly fileOf: (document: LangiumDocument) => string
    ) {
        this.docComments = new DocComments(services);
        this.resolver = services.deadlines.DeadlineResolver;
    }

    setId(node: AstNode, id: string): void {
        this.ids.set(node, id);
    }

    /** The id given to a node, if it is an element of the output. */
    idOf(node: AstNode | undefined): string | undefined {
        return node ? this.ids.get(node) : undefined;
    }

    /** The id of what a reference points to, or the name as written when it did not resolve. */
    refId(ref: Reference | undefined): string | undefined {
        if (!ref) return undefined;
        const target = safeRef(ref);
        const id = this.idOf(target);
        if (id !== undefined) return id;
        const text = ref.$refText;
        return typeof text === 'string' && text !== '' ? text : undefined;
    }

    /** Ids of a list of references, in source order, leaving out empty ones. */
    refIds(refs: readonly Reference[] | undefined): string[] {
        const result: string[] = [];
        for (const ref of refs ?? []) {
            const id = this.refId(ref);
            if (id !== undefined) result.push(id);
        }
        return result;
    }

    location(node: AstNode): SourceLocation {
        return this.locationOf(node.$cstNode, node);
    }

    locationOf(cst: CstNode | undefined, node: AstNode): SourceLocation {
        const document = AstUtils.getDocument(node);
        let file = this.files.get(document);
        if (file === undefined) {
            file = this.fileOf(document);
            this.files.set(document, file);
        }
        if (!cst) return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
        const { start, end } = cst.range;
        return { file, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
    }

    /** The doc comment before a declaration, as Markdown; undefined when there is none. */
    doc(node: AstNode): string | undefined {
        try {
            return this.docComments.of(node);
        } catch {
            return undefined;
        }
    }

    citations(node: { citations?: ReadonlyArray<{ source?: Reference; locator?: string }> }): Citation[] {
        const result: Citation[] = [];
        for (const citation of node.citations ?? []) {
            const source = this.refId(citation.source);
            if (source === undefined) continue;
            result.push(citation.locator !== undefined ? { source, locator: citation.locator } : { source });
        }
        return result;
    }
}

function safeRef(ref: Reference): AstNode | undefined {
    try {
        return ref.ref;
    } catch {
        return undefined;
    }
}

/** Adds `#2`, `#3`... to bases seen before, so that every id of one array is unique. */
export class IdAllocator {
    private readonly counts = new Map<string, number>();

    next(base: string): string {
        let count = (this.counts.get(base) ?? 0) + 1;
        this.counts.set(base, count);
        if (count === 1) return base;
        let candidate = `${base}#${count}`;
        // `a#2` could in principle be a base of its own; keep going until it is free.
        while (this.counts.has(candidate)) {
            candidate = `${base}#${++count}`;
            this.counts.set(base, count);
        }
        this.counts.set(candidate, 1);
        return candidate;
    }
}

/** The base id of a declaration without a usable name (only after a syntax error). */
export const UNNAMED = '(unnamed)';

export function nameOr(name: unknown): string {
    return typeof name === 'string' && name !== '' ? name : UNNAMED;
}

/** Only the given values of a closed set; undefined otherwise (a partial parse). */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
    return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function optionalString(value: unknown): string | undefined {
    return typeof value === 'string' ? value : undefined;
}
