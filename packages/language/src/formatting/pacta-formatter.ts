import { type AstNode, type CstNode, CstUtils, GrammarAST, type LangiumCoreServices, type LangiumDocument, isCompositeCstNode } from 'langium';
import { AbstractFormatter, Formatting, type FormattingAction, type FormattingRegion, type Formatter, type NodeFormatter } from 'langium/lsp';
import { type Agreement, type Commitment, isAgreement, isBranchArm, isCommitment, isDocument, isEvent, isParty } from '../generated/ast.js';
import { type GapRule, type LayoutToken, type Replacement, applyReplacements, comparableToken, layoutTokens } from './layout.js';

export type TextEdit = Awaited<ReturnType<Formatter['formatDocument']>>[number];
export type FormattingOptions = Parameters<Formatter['formatDocument']>[1]['options'];
type Range = Parameters<Formatter['formatDocumentRange']>[1]['range'];

/** Where a declaration or a member starts: on a new line, keeping one blank line before it if the author had one. */
const MEMBER = Formatting.newLines(2, { allowLess: true });
/** After `{` and before `}`: a line break, no blank line (wins over MEMBER). */
const BRACE_LINE = Formatting.newLine({ priority: 1 });
/** Between the `{}` of an empty body (wins over BRACE_LINE). */
const EMPTY_BODY = Formatting.noSpace({ priority: 2 });

/** The keywords that start a member of each declaration's `{ ... }` body. */
const MEMBER_KEYWORDS: Readonly<Record<string, ReadonlySet<string>>> = {
    Party: new Set(['members', 'office', 'holidays', 'cite', 'uncertain']),
    Membership: new Set(['cite', 'uncertain']),
    Source: new Set(['kind', 'url', 'publisher', 'published', 'accessed']),
    Resource: new Set(['members']),
    Agreement: new Set(['kind', 'title', 'resources', 'stages', 'sectors', 'requires', 'cite', 'uncertain']),
    StatedNegative: new Set(['cite', 'uncertain']),
    Event: new Set(['cite', 'uncertain']),
    DateClaim: new Set(['cite', 'uncertain']),
    Commitment: new Set(['by', 'mechanism', 'due', 'status', 'cite', 'uncertain']),
    Mechanism: new Set(['status', 'parties', 'lead', 'participants', 'amount', 'resources', 'stages', 'note', 'cite', 'uncertain']),
    Relation: new Set(['cite', 'uncertain']),
    Figure: new Set(['cite', 'uncertain']),
    BranchArm: new Set(['cite', 'uncertain']),
    Taken: new Set(['cite', 'uncertain'])
};

/**
 * The one formatter of Pacta, used by `pacta fmt` (through `formatDocumentText` and the SDK's
 * `formatSource`) and by the language server (document and range formatting).
 *
 * `format(node)` states the layout with Langium's `Formatting` API: one declaration per line,
 * members one per line, `{` on the declaration's line, `}` on its own line, no space before `,`,
 * `:` and around `.`, one space everywhere else. Langium's own realisation of those rules
 * mishandles comments, so this class realises them with `layoutTokens` instead: every gap between
 * two tokens of the lexer (comments included) gets exactly one layout, indentation is the brace
 * depth, and the result is checked to have the same tokens as the input before any edit is returned.
 * A document with a lexer or parser error is not formatted (no edits).
 */
export class PactaFormatter extends AbstractFormatter {
    /** Core services are enough (it reads the lexer): the SDK formats without the LSP services. */
    protected readonly services: LangiumCoreServices;

    constructor(services: LangiumCoreServices) {
        super();
        this.services = services;
    }

    protected override format(node: AstNode): void {
        const formatter = this.getNodeFormatter(node);
        if (isDocument(node)) {
            formatter.nodes(...node.elements).prepend(MEMBER);
            // Punctuation, wherever it is: `a, b`, `name: kind`, `agreement.member`. One pass over the whole CST.
            const punctuation = keywordLeaves(node.$cstNode, new Set([',', ':', '.', '..', '(', ')']), false);
            formatter.cst(punctuation.filter(leaf => leaf.text === ',' || leaf.text === ':' || leaf.text === ')')).prepend(Formatting.noSpace());
            formatter.cst(punctuation.filter(leaf => leaf.text === '.' || leaf.text === '..')).surround(Formatting.noSpace());
            // `earliest of (a, b)`: one space before `(`, none inside the parentheses.
            formatter.cst(punctuation.filter(leaf => leaf.text === '(')).append(Formatting.noSpace());
            return;
        }
        const suppressions = (node as { suppressions?: AstNode[] }).suppressions;
        if (suppressions) {
            // Each `#suppress` on a line of its own, right above its declaration.
            formatter.nodes(...suppressions).append(Formatting.newLine());
        }
        const memberKeywords = MEMBER_KEYWORDS[node.$type];
        if (!memberKeywords) return;
        const members = [formatter.cst(keywordLeaves(node.$cstNode, memberKeywords, true))];
        if (isAgreement(node)) {
            const agreement = formatter as NodeFormatter<Agreement>;
            members.push(
                agreement.property('binding'),
                agreement.nodes(...node.roles, ...node.negatives, ...node.aliases, ...node.memberships, ...node.events, ...node.commitments, ...node.mechanisms, ...node.relations, ...node.branches)
            );
        } else if (isParty(node)) {
            members.push(formatter.nodes(...node.memberships, ...node.aliases));
        } else if (isEvent(node)) {
            members.push(formatter.nodes(...node.claims));
        } else if (isCommitment(node)) {
            members.push((formatter as NodeFormatter<Commitment>).property('modality'));
        } else if (isBranchArm(node)) {
            members.push(formatter.nodes(...node.taken, ...node.events, ...node.commitments, ...node.mechanisms));
        }
        // Figures (1.4): each on a line of its own, on agreements, events, commitments and mechanisms.
        const figures = (node as { figures?: AstNode[] }).figures;
        if (figures?.length) members.push(formatter.nodes(...figures));
        this.formatBody(formatter, members);
    }

    /** `{` on the declaration's line, each member on a line of its own, `}` on its own line; `{}` when empty. */
    protected formatBody(formatter: NodeFormatter<AstNode>, members: readonly FormattingRegion[]): void {
        const open = formatter.keyword('{');
        const close = formatter.keyword('}');
        const openNode = open.nodes[0];
        const closeNode = close.nodes[0];
        if (!openNode || !closeNode) return;
        open.prepend(Formatting.oneSpace());
        const inside = openNode.root.fullText.slice(openNode.end, closeNode.offset);
        if (inside.trim() === '') {
            close.prepend(EMPTY_BODY);
            return;
        }
        open.append(BRACE_LINE);
        close.prepend(BRACE_LINE);
        for (const member of members) member.prepend(MEMBER);
    }

    /**
     * The edits of a full or range formatting. Only edits of gaps before a token that starts
     * inside `range` are returned for a range. No edit at all when the edits would change a token
     * (a bug: the layout only touches whitespace) or when the text does not lex.
     */
    protected override doDocumentFormat(document: LangiumDocument, options: FormattingOptions, range?: Range): TextEdit[] {
        const textDocument = document.textDocument;
        const text = textDocument.getText();
        const tokens = this.tokenize(text);
        if (!tokens) return [];

        const rules = new Map<string, FormattingAction>();
        this.collector = (node, mode, formatting) => {
            const key = mode === 'prepend' ? `>${node.offset}` : `<${node.end}`;
            const existing = rules.get(key);
            if (!existing || compareActions(formatting, existing) >= 0) rules.set(key, formatting);
        };
        try {
            this.iterateAstFormatting(document);
        } finally {
            this.collector = () => {
                /* outside a formatting run */
            };
        }
        const ruleBetween = (a: LayoutToken, b: LayoutToken): GapRule => {
            const append = rules.get(`<${a.end}`);
            const prepend = rules.get(`>${b.start}`);
            const action = !append ? prepend : !prepend ? append : compareActions(append, prepend) > 0 ? append : prepend;
            return toGapRule(action);
        };

        let replacements = layoutTokens(text, tokens, ruleBetween, {
            tabSize: options.tabSize ?? 4,
            insertSpaces: options.insertSpaces ?? true
        });
        if (range) {
            const start = textDocument.offsetAt(range.start);
            const end = textDocument.offsetAt(range.end);
            replacements = replacements.filter(r => this.startsInRange(r, start, end));
        }
        if (!this.keepsTokens(text, tokens, applyReplacements(text, replacements))) return [];
        return replacements.map(r => ({
            range: { start: textDocument.positionAt(r.start), end: textDocument.positionAt(r.end) },
            newText: r.text
        }));
    }

    /**
     * A replacement belongs to a range when the token after its gap (or the comment it rewrites)
     * starts in the range: at or after its start, before its end (at it, for an empty range).
     */
    protected startsInRange(replacement: Replacement, start: number, end: number): boolean {
        const anchor = replacement.comment ? replacement.start : replacement.end;
        return anchor >= start && (anchor < end || anchor === start);
    }

    /** Code tokens and comments of the text, in order; undefined when the text does not lex. */
    tokenize(text: string): LayoutToken[] | undefined {
        const result = this.services.parser.Lexer.tokenize(text);
        if (result.errors && result.errors.length > 0) return undefined;
        const tokens: LayoutToken[] = result.tokens.map(t => ({ start: t.startOffset, end: t.startOffset + t.image.length, text: t.image }));
        for (const t of result.hidden ?? []) {
            if (t.image.trim() === '') continue;
            tokens.push({
                start: t.startOffset,
                end: t.startOffset + t.image.length,
                text: t.image,
                comment: t.image.startsWith('//') ? 'line' : 'block'
            });
        }
        return tokens.sort((x, y) => x.start - y.start);
    }

    /** Whether `after` has the same tokens as `before` (comments up to their whitespace). */
    keepsTokens(before: string, beforeTokens: readonly LayoutToken[], after: string): boolean {
        if (after === before) return true;
        const afterTokens = this.tokenize(after);
        if (!afterTokens || afterTokens.length !== beforeTokens.length) return false;
        return beforeTokens.every((token, i) => {
            const other = afterTokens[i]!;
            return Boolean(token.comment) === Boolean(other.comment) && comparableToken(token) === comparableToken(other);
        });
    }
}

/**
 * The keyword leaves of a CST node with one of the given values: only the node's own (not those of
 * the AST nodes inside it) when `own`, all of them otherwise. One pass; `findNodesForKeyword`
 * would walk the node once per keyword.
 */
function keywordLeaves(root: CstNode | undefined, values: ReadonlySet<string>, own: boolean): CstNode[] {
    const found: CstNode[] = [];
    if (!root) return found;
    const iterator = CstUtils.streamCst(root).iterator();
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
        const leaf = next.value;
        if (own && leaf.astNode !== root.astNode) {
            iterator.prune();
        } else if (!isCompositeCstNode(leaf) && GrammarAST.isKeyword(leaf.grammarSource) && values.has(leaf.grammarSource.value)) {
            found.push(leaf);
        }
    }
    return found;
}

/** > 0 when `a` wins over `b`: the higher priority, then a line break over spaces, then more lines. */
function compareActions(a: FormattingAction, b: FormattingAction): number {
    const priority = (a.options.priority ?? 0) - (b.options.priority ?? 0);
    if (priority !== 0) return priority;
    const ra = toGapRule(a);
    const rb = toGapRule(b);
    if (ra.kind !== rb.kind) return ra.kind === 'lines' ? 1 : -1;
    return ra.kind === 'lines' && rb.kind === 'lines' ? ra.min - rb.min || ra.max - rb.max : 0;
}

/**
 * A Langium formatting action as a gap rule. `newLines(n)` is n line breaks; with `allowLess`,
 * 1 to n (as many as the text has: never fewer than one); with `allowMore`, n or more. Moves with
 * `tabs` are line breaks too: indentation is the brace depth. No action: one space.
 */
function toGapRule(action: FormattingAction | undefined): GapRule {
    const move = action?.moves[0];
    if (!action || !move) return { kind: 'space', count: 1 };
    if (move.lines !== undefined || move.tabs !== undefined) {
        const lines = Math.max(1, move.lines ?? 1);
        return {
            kind: 'lines',
            min: action.options.allowLess ? 1 : lines,
            max: action.options.allowMore ? Math.max(lines, 2) : lines
        };
    }
    return { kind: 'space', count: Math.max(0, move.characters ?? 1) };
}
