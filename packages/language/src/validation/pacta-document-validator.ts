import {
    type AstNode,
    type AstReflection,
    AstUtils,
    Cancellation,
    CstUtils,
    DefaultDocumentValidator,
    type DocumentValidator,
    type LangiumDocument,
    type ParseResult,
    type ReferenceInfo,
    type ScopeProvider,
    type ValidationAcceptor,
    ValidationCategory,
    type ValidationOptions
} from 'langium';
import { preorder } from '../references/ast-walk.js';
import { type Suppression, isSuppression } from '../generated/ast.js';
import type { PactaServices } from '../pacta-module.js';
import { closestMatch } from '../reference-data/closest.js';
import { builtinStages } from '../reference-data/resources.js';
import { SUPPRESSION_WITHOUT_REASON, SYNTAX_ERROR, UNKNOWN_RESOURCE, UNKNOWN_STAGE, UNRESOLVED_REFERENCE, UNUSED_SUPPRESSION } from './diagnostic-codes.js';
import { PACTA_RULES } from './rules/index.js';
import { workspaceMemo } from './rules/rule-support.js';
import { damageOf, isBrokenName, lexerDiagnostics, parserDiagnostics, withoutCascades } from './syntax-diagnostics.js';

/** The validation category each code is reported in: `fast` but for the opt-in rules. */
const CATEGORY_OF_CODE = new Map<string, string>(PACTA_RULES.map(rule => [rule.code, rule.category ?? 'fast']));

type Diagnostic = Awaited<ReturnType<DocumentValidator['validateDocument']>>[number];

const REFERENCE_WORDS: Record<string, string> = {
    Party: 'party',
    Dated: 'event or commitment',
    Agreement: 'agreement or instrument',
    MechanismKind: 'mechanism kind',
    Mechanism: 'mechanism',
    Source: 'source',
    Resource: 'resource',
    Stage: 'stage'
};

/** Reference types whose unresolved names have a code of their own (the generic one otherwise). */
const UNRESOLVED_CODES: Record<string, string> = {
    Resource: UNKNOWN_RESOURCE,
    Stage: UNKNOWN_STAGE
};

const DECLARATION_HINTS: Record<string, string> = {
    Party: 'declare it, e.g. `state XX "Name"` or `agency NAME "Name" of XX`',
    Dated: 'declare the event in the agreement, e.g. `signed 2026-02-04`',
    Agreement: 'declare it with `agreement NAME "Title" { ... }`',
    MechanismKind: 'use a built-in kind or declare one with `mechanism_kind NAME "Title"`',
    Mechanism: 'declare it in the agreement with `mechanism NAME: KIND`',
    Source: 'declare it with `source NAME "Title"`',
    Resource: 'use an id of the reference lists (docs/resources.md) or declare it with `resource NAME "Title"`',
    Stage: `use a built-in stage (${builtinStages()
        .map(stage => stage.id)
        .join(', ')}) or declare it with \`stage NAME "Title"\``
};

/**
 * Gives every finding a stable `pacta/...` code (the parser's and linker's too), a fix hint in
 * `data.hint`, and applies `#suppress "code" "reason"` directives.
 */
export class PactaDocumentValidator extends DefaultDocumentValidator {
    private readonly scopeProvider: ScopeProvider;
    private readonly reflection: AstReflection;
    private readonly services: PactaServices;

    constructor(services: PactaServices) {
        super(services);
        this.services = services;
        this.scopeProvider = services.references.ScopeProvider;
        this.reflection = services.shared.AstReflection;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        // Without categories Langium runs every check: the opt-in rules (`strict-sources`) run only when named.
        const categories = options.categories ?? [...ValidationCategory.defaults];
        const diagnostics = await super.validateDocument(document, { ...options, categories }, cancelToken);
        return this.applySuppressions(document, withoutCascades(document, diagnostics), categories);
    }

    /**
     * Langium's, for a build that cannot be cancelled: the same nodes in the same order (`streamAst`),
     * the same checks in the same order, without a stream over the AST, a stream of checks per node
     * (they are looked up once per type and document) and an `await` per node. With a cancellation
     * token, the profiler on, or per-node options, Langium's own.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (
            cancelToken !== Cancellation.CancellationToken.None
            || this.profiler?.isActive('validating')
            || this.validateSingleNodeOptions !== DefaultDocumentValidator.prototype['validateSingleNodeOptions']
        ) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        const nodes = preorder(rootNode);
        const checksByType = new Map<string, ReturnType<typeof this.checksOf>>();
        for (const node of nodes) {
            let checks = checksByType.get(node.$type);
            if (!checks) {
                checks = this.checksOf(node.$type, options);
                checksByType.set(node.$type, checks);
            }
            for (const check of checks) {
                await check(node, acceptor, cancelToken);
            }
        }
    }

    private checksOf(type: string, options: ValidationOptions) {
        return this.validationRegistry.getChecks(type, options.categories).toArray();
    }

    /** The lexer's findings, each unexpected character explained (`syntax-diagnostics.ts`). */
    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        diagnostics.push(...lexerDiagnostics(parseResult, this.getSource()));
    }

    /** The parser's findings, in words, with the place and a hint (`syntax-diagnostics.ts`). */
    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        diagnostics.push(...parserDiagnostics(parseResult, this.getSource()));
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        let brokenNames: ReadonlySet<string> | undefined;
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) continue;
            const info = error.info;
            const type = this.reflection.getReferenceType(info);
            const refText = info.reference.$refText;
            const code = UNRESOLVED_CODES[type] ?? UNRESOLVED_REFERENCE;
            // A name that a broken declaration would have declared: its syntax error is the one finding.
            brokenNames ??= this.brokenNames();
            if (isBrokenName(code, refText, brokenNames)) continue;
            const word = REFERENCE_WORDS[type] ?? type;
            const suggestion = this.suggest(info, refText);
            const hint = suggestion ? `Did you mean '${suggestion}'? Otherwise ${DECLARATION_HINTS[type] ?? 'declare it'}.` : `Check the spelling or ${DECLARATION_HINTS[type] ?? 'declare it'}.`;
            diagnostics.push(
                this.toDiagnostic('error', `Unknown ${word} '${refText}'.`, {
                    node: info.container,
                    range: reference.$refNode?.range,
                    property: info.property,
                    index: info.index,
                    code,
                    data: { code, hint, suggestion, refText, referenceType: type }
                })
            );
        }
    }

    /** The names the broken declarations of the workspace seem to declare (once per build). */
    private brokenNames(): ReadonlySet<string> {
        return workspaceMemo(this.services, 'broken-declaration-names', () => {
            const names = new Set<string>();
            for (const document of this.services.shared.workspace.LangiumDocuments.all) {
                for (const name of damageOf(document)?.brokenNames ?? []) names.add(name);
            }
            return names;
        });
    }

    private suggest(info: ReferenceInfo, refText: string): string | undefined {
        try {
            const names = this.scopeProvider
                .getScope(info)
                .getAllElements()
                .map(d => d.name)
                .distinct()
                .toArray();
            return closestMatch(refText, names);
        } catch {
            return undefined;
        }
    }

    /**
     * Drops the findings a `#suppress` silences. A pass of validation may run only some categories
     * (the editor adds `strict-sources` to a validated document): a suppression is reported as
     * unused only by the pass that runs its code's category, and one without a reason only by
     * the pass of the default rules.
     */
    private applySuppressions(document: LangiumDocument, diagnostics: Diagnostic[], categories: readonly string[]): Diagnostic[] {
        const root = document.parseResult.value;
        // Without the `#suppress` keyword in its text, a document has no suppressions to look for.
        const text = root.$cstNode?.root.fullText;
        if (text !== undefined && !text.includes('#suppress')) return diagnostics;
        const suppressions = AstUtils.streamAllContents(root).filter(isSuppression).toArray();
        if (suppressions.length === 0) return diagnostics;
        const used = new Set<Suppression>();
        const kept = diagnostics.filter(diagnostic => {
            const code = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
            if (!code || code === SYNTAX_ERROR) return true;
            const suppression = this.findSuppression(document, diagnostic, code);
            if (suppression) {
                used.add(suppression);
                return false;
            }
            return true;
        });
        const defaultPass = categories.includes('fast');
        for (const suppression of suppressions) {
            if (!suppression.reason || suppression.reason.trim() === '') {
                if (!defaultPass) continue;
                kept.push(
                    this.toDiagnostic('error', `The suppression of ${suppression.code} gives no reason.`, {
                        node: suppression,
                        property: 'code',
                        code: SUPPRESSION_WITHOUT_REASON,
                        data: { hint: 'Say why the finding does not apply: `#suppress "' + suppression.code + '" "the text says so"`.' }
                    })
                );
            } else if (!used.has(suppression) && categories.includes(CATEGORY_OF_CODE.get(suppression.code) ?? 'fast')) {
                kept.push(
                    this.toDiagnostic('warning', `Nothing here is reported as ${suppression.code}; the suppression has no effect.`, {
                        node: suppression,
                        code: UNUSED_SUPPRESSION,
                        data: { hint: 'Remove the `#suppress` line, or check the code it names.' }
                    })
                );
            }
        }
        return kept;
    }

    /** The innermost declaration around the finding that suppresses its code with a reason. */
    private findSuppression(document: LangiumDocument, diagnostic: Diagnostic, code: string): Suppression | undefined {
        const rootCst = document.parseResult.value.$cstNode;
        if (!rootCst) return undefined;
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        let node: AstNode | undefined = CstUtils.findLeafNodeAtOffset(rootCst, offset)?.astNode;
        while (node) {
            const list = (node as { suppressions?: Suppression[] }).suppressions;
            const match = list?.find(s => s.code === code && s.reason && s.reason.trim() !== '');
            if (match) return match;
            node = node.$container;
        }
        return undefined;
    }
}
