import { enclosingAgreement } from '../branches/branch-members.js';
import {
    type AstNode,
    type AstNodeDescription,
    AstUtils,
    CstUtils,
    GrammarAST,
    type LangiumDocument,
    type LangiumDocuments,
    type MaybePromise,
    type ReferenceInfo,
    type Stream,
    TextDocument,
    URI
} from 'langium';
import {
    type CompletionAcceptor,
    type CompletionBacktrackingInformation,
    type CompletionContext,
    type CompletionProviderOptions,
    type CompletionValueItem,
    DefaultCompletionProvider,
    type NextFeature
} from 'langium/lsp';
import { type CompletionList, CompletionItemKind, InsertTextFormat, type MarkupContent } from 'vscode-languageserver-types';
import { kindPathText } from '../builtins/kind-path.js';
import { isBuiltinUri } from '../builtins/mechanism-kinds.js';
import { limitCandidates } from './reference-candidate-limit.js';
import { referenceListItems } from './reference-list-completion.js';
import { type Agreement, type Dated, type Document, isCommitment, isEvent, isMechanismKind, isParty, isResource, isStage } from '../generated/ast.js';
import type { DeadlineResolver } from '../deadlines/deadline-resolver.js';
import { allCountryCodes, lookupCountry } from '../reference-data/countries.js';
import { allCurrencyCodes, lookupCurrency } from '../reference-data/currencies.js';
import { builtinStages } from '../reference-data/resources.js';
import type { PactaLspFeatureServices } from './pacta-lsp-module.js';
import { timeZoneItems } from './time-zone-completion.js';

/** Names the docs recommend for `kind` of an agreement (docs/language.md, "Kind"). */
export const AGREEMENT_KINDS = [
    'treaty',
    'trade_agreement',
    'framework',
    'mou',
    'joint_statement',
    'action_plan',
    'partnership',
    'fund_agreement',
    'executive_order',
    'directive',
    'regulation'
] as const;

/** Datatype rules whose keywords stand for a name the author chooses, not for syntax to offer. */
const NAME_RULES = new Set(['Name', 'QualifiedName']);

interface Snippet {
    label: string;
    detail: string;
    body: string;
}

const SNIPPETS: Record<string, Snippet> = {
    if: {
        label: 'if',
        detail: 'Conditional branch: what happens if a condition is met, and otherwise',
        body: ['if ${1:extended} "${2:condition as the text states it}" {', '\t$0', '} otherwise {', '\t', '}'].join('\n')
    },
    agreement: {
        label: 'agreement',
        detail: 'Agreement with kind, binding status, parties and a date',
        body: [
            'agreement ${1:name} "${2:Title}" {',
            '\tkind ${3|joint_statement,treaty,trade_agreement,framework,mou,action_plan,partnership,fund_agreement|}',
            '\t${4|nonbinding,binding|}',
            '\tparties ${5:US}',
            '\t${6|signed,announced|} ${7:2026-01-01}',
            '\t$0',
            '}'
        ].join('\n')
    },
    instrument: {
        label: 'instrument',
        detail: 'Unilateral instrument (executive order, regulation...)',
        body: ['instrument ${1:name} "${2:Title}" {', '\tkind ${3|executive_order,regulation,directive|}', '\tbinding', '\tparties ${4:US}', '\tsigned ${5:2026-01-01}', '\t$0', '}'].join('\n')
    },
    commitment: {
        label: 'commitment',
        detail: 'Commitment with actors, modality, text and a deadline',
        body: ['commitment ${1:name} {', '\tby ${2:party}', '\t${3|will,shall,intends to,will explore,may,will not,shall not|} "${4:what}"', '\tdue ${5:within 30 days after signed}', '}'].join('\n')
    },
    or: {
        label: 'or',
        detail: 'Another claim on this field, from a source that disagrees',
        body: 'or ${1:value} { cite ${2:source} }'
    },
    mechanism: {
        label: 'mechanism',
        detail: 'Mechanism with a kind, status and parties',
        body: ['mechanism ${1:name}: ${2:kind} {', '\tstatus ${3|exploring,agreed,operational,suspended,ended|}', '\tparties ${4:party}', '}'].join('\n')
    }
};

/**
 * Completion that knows where the cursor is. On top of Langium's grammar-driven completion
 * (which parses only the text before the cursor, so it works in a file that does not parse):
 * - no keyword is offered where a name is expected (`Name` admits event kinds as names);
 * - a deadline's anchor offers the events and commitments of the enclosing agreement by their
 *   short name and those of other agreements qualified (`usmca.in_force`), never the deadline's
 *   own event or commitment;
 * - a party position offers parties, the agreement's own parties first;
 * - ISO 3166-1 codes with their names after `state` and `code`, ISO 4217 currencies after an amount
 *   and as the unit of a figure,
 *   the recommended agreement kinds after `kind`;
 * - snippets for an agreement, an instrument, a commitment and a mechanism.
 */
export class PactaCompletionProvider extends DefaultCompletionProvider {
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['.'] };
    protected readonly documents: LangiumDocuments;
    protected readonly resolver: DeadlineResolver;
    /** The text of the current request and where its window starts (see `windowStart`). */
    private window: { text: string; start: number } | undefined;

    constructor(services: PactaLspFeatureServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.resolver = services.deadlines.DeadlineResolver;
    }

    /** `2026-02-04`, `due 2026-03-06`, or nothing when the date does not resolve. */
    protected dateOf(node: Dated): string | undefined {
        try {
            const resolution = this.resolver.resolveDated(node);
            if (resolution.status !== 'resolved') return undefined;
            return isCommitment(node) ? `due ${resolution.date}` : resolution.date;
        } catch {
            return undefined;
        }
    }

    override async getCompletion(
        document: LangiumDocument,
        params: Parameters<DefaultCompletionProvider['getCompletion']>[1],
        cancelToken?: Parameters<DefaultCompletionProvider['getCompletion']>[2]
    ): Promise<CompletionList | undefined> {
        const text = document.textDocument.getText();
        const offset = document.textDocument.offsetAt(params.position);
        // Nothing to complete inside a comment (the text before the cursor may leave it unclosed).
        if (insideComment(document, offset)) return undefined;
        this.window = { text, start: this.windowStart(document, offset) };
        return super.getCompletion(document, params, cancelToken);
    }

    /**
     * Where the text that decides the completion at `offset` starts: the top-level declaration
     * the cursor is in (or after). The grammar is the same at the start of every top-level
     * declaration as at the start of the file, so parsing from there gives the same features as
     * parsing the whole text before the cursor — in a long file, much faster.
     */
    protected windowStart(document: LangiumDocument, offset: number): number {
        let start = 0;
        for (const element of (document.parseResult.value as Partial<Document>).elements ?? []) {
            const at = element.$cstNode?.offset;
            if (at === undefined) continue;
            if (at < offset) start = at;
            else break;
        }
        return start;
    }

    protected override findFeaturesAt(textDocument: TextDocument, offset: number): NextFeature[] {
        const document = this.documents.getDocument(URI.parse(textDocument.uri));
        const start = document && document.textDocument === textDocument ? this.windowStart(document, offset) : 0;
        if (start === 0) return withoutNameKeywords(super.findFeaturesAt(textDocument, offset));
        const window = TextDocument.create(textDocument.uri, textDocument.languageId, textDocument.version, textDocument.getText().slice(start, offset));
        return withoutNameKeywords(super.findFeaturesAt(window, offset - start));
    }

    /** The tokens around the cursor, lexed from the window's start to the end of the cursor's line only. */
    protected override backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation {
        const window = this.window;
        if (!window || window.start === 0 || window.start > offset || window.text !== text) return super.backtrackToAnyToken(text, offset);
        const newline = text.indexOf('\n', offset);
        const local = super.backtrackToAnyToken(text.slice(window.start, newline < 0 ? text.length : newline), offset - window.start);
        const shift = (value: number | undefined): number | undefined => (value === undefined ? undefined : value + window.start);
        return {
            nextTokenStart: local.nextTokenStart + window.start,
            nextTokenEnd: local.nextTokenEnd + window.start,
            previousTokenStart: shift(local.previousTokenStart),
            previousTokenEnd: shift(local.previousTokenEnd)
        };
    }

    /** Doc comments of the agreement's own members and of top-level names; not of every member of every other agreement. */
    protected override getReferenceDocumentation(description: AstNodeDescription): MarkupContent | string | undefined {
        return description.name.includes('.') ? undefined : super.getReferenceDocumentation(description);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const values = this.valueCompletions(context, next);
        if (values) {
            values.forEach(value => acceptor(context, value));
            return;
        }
        if (GrammarAST.isKeyword(next.feature)) {
            const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
            if (rule && NAME_RULES.has(rule.name)) return;
            const snippet = this.snippetFor(next.feature, rule);
            if (snippet) {
                acceptor(context, {
                    label: snippet.label,
                    labelDetails: { description: 'snippet' },
                    kind: CompletionItemKind.Snippet,
                    detail: snippet.detail,
                    insertText: snippet.body,
                    insertTextFormat: InsertTextFormat.Snippet,
                    sortText: '2'
                });
            }
        }
        return super.completionFor(context, next, acceptor);
    }

    /** Values of a name position with a known set of good answers: ISO codes, agreement kinds. */
    protected valueCompletions(context: CompletionContext, next: NextFeature): CompletionValueItem[] | undefined {
        if (!GrammarAST.isKeyword(next.feature) && !GrammarAST.isRuleCall(next.feature)) return undefined;
        const property = next.property;
        // The words just before the token are enough (and a regex over a long text is not free).
        const before = context.textDocument.getText().slice(Math.max(0, context.tokenOffset - 64), context.tokenOffset);
        if (property === 'code' && /\bcode\s*$/.test(before)) return this.countryItems();
        if (property === 'name' && /\bstate\s*$/.test(before)) return this.countryItems();
        if (property === 'currency') return this.currencyItems();
        if (property === 'resourceLists') return referenceListItems();
        if (property === 'timeZone' && /\bzone\s*"?[^"\n]*$/.test(before)) return timeZoneItems();
        // A figure's unit (1.4): currencies here; `%`, `percent`, `days`… come as keywords.
        if (property === 'unit' && /\bfigure\s+\S+\s+/.test(before)) return this.currencyItems();
        // `kind executive_order { cite a } or |`: another claim on the kind (1.4).
        if ((property === 'kind' && /\bkind\s*$/.test(before)) || (property === 'value' && /\bkind\s+\w+[^\n]*\bor\s*$/.test(before))) {
            return AGREEMENT_KINDS.map((kind, index) => ({
                label: kind,
                kind: CompletionItemKind.EnumMember,
                detail: 'agreement kind',
                sortText: `0${String(index).padStart(2, '0')}`
            }));
        }
        return undefined;
    }

    protected countryItems(): CompletionValueItem[] {
        return allCountryCodes().map(code => {
            const country = lookupCountry(code);
            return {
                label: code,
                kind: CompletionItemKind.Constant,
                detail: country ? `${country.name} (${country.alpha3})` : 'ISO 3166-1',
                labelDetails: country ? { description: country.name } : undefined,
                filterText: country ? `${code} ${country.name}` : code,
                sortText: `0${code}`
            };
        });
    }

    protected currencyItems(): CompletionValueItem[] {
        return allCurrencyCodes().map(code => {
            const currency = lookupCurrency(code);
            return {
                label: code,
                kind: CompletionItemKind.Unit,
                detail: currency ? `${currency.name} (ISO 4217)` : 'ISO 4217',
                labelDetails: currency ? { description: currency.name } : undefined,
                filterText: currency ? `${code} ${currency.name}` : code,
                sortText: `0${code}`
            };
        });
    }

    /** `%` (the unit of a share, 1.4) is offered although it is not a word. */
    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        return keyword.value === '%' || super.filterKeyword(context, keyword);
    }

    protected snippetFor(keyword: GrammarAST.Keyword, rule: GrammarAST.ParserRule | undefined): Snippet | undefined {
        if (keyword.value === 'agreement' || keyword.value === 'instrument') return SNIPPETS[keyword.value];
        if (keyword.value === 'commitment' && rule?.name === 'Commitment') return SNIPPETS['commitment'];
        if (keyword.value === 'mechanism' && rule?.name === 'Mechanism') return SNIPPETS['mechanism'];
        if (keyword.value === 'or') return SNIPPETS['or'];
        if (keyword.value === 'if' && rule?.name === 'Branch') return SNIPPETS['if'];
        return undefined;
    }

    /**
     * The candidates that match what is typed, the first `REFERENCE_ITEMS_LIMIT` in the order the
     * list is shown: a 20,000-line document has thousands of anchors, and each item costs (its date
     * is resolved) and travels. The list is incomplete (`isIncomplete`), so the editor asks again
     * as the name is typed.
     */
    protected override getReferenceCandidates(written: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const refInfo = this.anchorReference(written, context);
        const typed = context.textDocument.getText().substring(context.tokenOffset, context.offset);
        return limitCandidates(this.candidatesFor(refInfo, context), typed, this.fuzzyMatcher, description => this.referenceSortText(description, refInfo));
    }

    protected candidatesFor(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        const type = this.astReflection.getReferenceType(refInfo);
        if (type === 'Party' || type === 'Resource' || type === 'Stage') {
            // `parties EU, US, |`, `resources lithium, |`: the names already in the list are not offered again.
            const list = (refInfo.container as unknown as Record<string, unknown>)[refInfo.property];
            const listed = new Set(
                Array.isArray(list)
                    ? list
                          .filter(
                              (ref: { $refText?: string; $refNode?: { offset: number; end: number } }) =>
                                  ref.$refText && !(ref.$refNode && ref.$refNode.offset <= context.offset && context.offset <= ref.$refNode.end)
                          )
                          .map((ref: { $refText: string }) => ref.$refText)
                    : []
            );
            return listed.size > 0 ? candidates.filter(description => !listed.has(description.name)) : candidates;
        }
        // `mechanism_kind x "X" of |`: a kind is not its own parent.
        if (type === 'MechanismKind' && isMechanismKind(refInfo.container)) return candidates.filter(description => description.node !== refInfo.container);
        if (type !== 'Dated' && type !== 'Mechanism') return candidates;
        // A member of the enclosing agreement is offered by its short name only; the deadline's own
        // event or commitment is not an anchor it can have.
        const agreement = enclosingAgreement(refInfo.container);
        const own = AstUtils.getContainerOfType(refInfo.container, node => isEvent(node) || isCommitment(node));
        return candidates.filter(description => {
            if (agreement?.name && description.name.startsWith(`${agreement.name}.`)) return false;
            if (own && description.node === own) return false;
            return true;
        });
    }

    /**
     * Since an event's date may begin with `by` or `about` (1.4), Langium's completion can name the
     * event, not the deadline, as the container of a deadline's `anchor`/`end`: then it is the
     * deadline's (a `Dated` reference), inside that event.
     */
    protected anchorReference(refInfo: ReferenceInfo, context: CompletionContext): ReferenceInfo {
        try {
            this.astReflection.getReferenceType(refInfo);
            return refInfo;
        } catch {
            if (refInfo.property !== 'anchor' && refInfo.property !== 'end') return refInfo;
            // The node of the parsed document just before the cursor (the deadline being written).
            const root = context.document.parseResult.value.$cstNode;
            const leaf = root ? CstUtils.findLeafNodeBeforeOffset(root, context.tokenOffset) : undefined;
            const $container = leaf?.astNode ?? refInfo.container;
            const $type = refInfo.property === 'anchor' ? 'SameDayDeadline' : 'RecurringDeadline';
            return { ...refInfo, container: { $type, $container } as unknown as AstNode };
        }
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = description.node;
        let detail = item.detail;
        if (isParty(node)) {
            detail = `${node.kind} · ${node.title}`;
        } else if (isMechanismKind(node)) {
            // A sub-kind shows its path (`Project finance › Loan`, 1.4).
            detail = `${kindPathText(node)}${isBuiltinUri(description.documentUri.toString()) ? ' (built-in)' : ''}`;
        } else if (isResource(node) || isStage(node)) {
            const builtin = isBuiltinUri(description.documentUri.toString());
            const what = isStage(node) ? 'stage' : node.kind === 'resource_group' ? 'resource group' : 'resource';
            detail = `${what} · ${node.title}${builtin ? ' (built-in)' : ''}`;
        } else if (isEvent(node) || isCommitment(node)) {
            // An anchor is chosen for its date: show it.
            const date = this.dateOf(node);
            detail = [isEvent(node) ? 'event' : 'commitment', isEvent(node) ? node.title : undefined, date].filter(Boolean).join(' · ');
        }
        return { ...item, detail, sortText: this.referenceSortText(description, refInfo) };
    }

    /**
     * The order of a name among the candidates: the agreement's own members and parties first,
     * then qualified names and other parties; ~100 built-in resources after the workspace's own
     * (stages in value-chain order). Also decides which candidates are kept when there are more
     * than `REFERENCE_ITEMS_LIMIT`.
     */
    protected referenceSortText(description: AstNodeDescription, refInfo: ReferenceInfo): string {
        const node = description.node;
        if (isParty(node)) {
            const agreement = enclosingAgreement(refInfo.container);
            return (agreement && !partiesOf(agreement).has(node.name) ? '1' : '0') + description.name;
        }
        if (isResource(node) || isStage(node)) {
            const builtin = isBuiltinUri(description.documentUri.toString());
            const stageIndex = builtin && isStage(node) ? builtinStages().findIndex(stage => stage.id === node.name) : -1;
            if (stageIndex >= 0) return `1${String(stageIndex).padStart(2, '0')}`;
            return (builtin ? '1' : '0') + description.name;
        }
        return (description.name.includes('.') ? '1' : '0') + description.name;
    }
}

function partiesOf(agreement: Agreement): Set<string> {
    return new Set((agreement.roles ?? []).flatMap(list => (list.parties ?? []).map(ref => ref.$refText)));
}

/** True when `offset` is inside a comment: after its first character, and before the end of a block comment. */
function insideComment(document: LangiumDocument, offset: number): boolean {
    const root = document.parseResult.value.$cstNode;
    if (!root) return false;
    const leaf = CstUtils.findLeafNodeAtOffset(root, offset) ?? CstUtils.findLeafNodeAtOffset(root, offset - 1);
    if (!leaf?.hidden || !/COMMENT/.test(leaf.tokenType.name) || offset <= leaf.offset) return false;
    return leaf.tokenType.name === 'SL_COMMENT' ? offset <= leaf.end : offset < leaf.end;
}

/**
 * The features without the keywords a name may be spelt as (`note`, `first`...): Langium keeps
 * one feature per keyword value, and the name's would otherwise hide the same keyword where it
 * starts a field (`note "..."` after an amount, whose currency is a name).
 */
function withoutNameKeywords(features: NextFeature[]): NextFeature[] {
    return features.filter(next => {
        if (!GrammarAST.isKeyword(next.feature)) return true;
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
        return !(rule && NAME_RULES.has(rule.name));
    });
}
