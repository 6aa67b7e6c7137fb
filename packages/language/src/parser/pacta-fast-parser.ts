/**
 * A hand-written recursive-descent parser for well-formed Pacta text that builds exactly the AST
 * and CST that Langium's (Chevrotain-based) parser builds for the same text, in a fraction of the
 * time and memory; for anything else (a lexing error, a syntax error, any doubt) it gives up and
 * the caller uses Langium's parser, so syntax errors, error recovery and their messages are
 * Langium's own.
 *
 * "Exactly" means: the same AST objects (same properties, in the same order, same values,
 * references built by the same linker), and the same CST (the same composite and leaf nodes,
 * in the same order and nesting, with the same grammar elements, the same hidden nodes in the same
 * places, and the same offsets and ranges). It does so by replaying the builder half of Langium's
 * `LangiumParser` (`consume`, `subrule`, `construct`, `assign`, the CST node builder) step for
 * step, driven by hand-written decisions instead of Chevrotain's recogniser. The grammar's
 * decisions are all LL(2) apart from the `#suppress` prefix of declarations, which is skipped over
 * to find the deciding keyword.
 *
 * Guarded against grammar drift: the parser checks a fingerprint of the grammar when it is
 * created, and disables itself (every text goes to Langium's parser) when `pacta.langium` no
 * longer is the grammar it was written for. Update the rules below and the fingerprint together.
 */
import {
    type AstNode, AstUtils, type CstNode, CompositeCstNodeImpl, GrammarAST, GrammarUtils, type LangiumCoreServices,
    LeafCstNodeImpl, type Lexer, type Linker, type ParseResult, RootCstNodeImpl, ValueConverter
} from 'langium';
import { PactaValueConverter, type ValueConversion } from './pacta-value-converter.js';

/** Chevrotain's token and token type, as Langium's lexer gives them. */
type IToken = ReturnType<Lexer['tokenize']>['tokens'][number];
type TokenType = IToken['tokenType'];

/** The fingerprint of the grammar the rules below implement (see `grammarFingerprint`). */
export const FAST_PARSER_GRAMMAR_FINGERPRINT = '0b1c8d598ea3721a-10118';

// ------------------------------------------------------------------------------------ CST nodes

/**
 * Line starts of a text, for the ranges of leaf nodes: computed once per document, when the first
 * range is asked for. Line terminators are `\n`, `\r\n` and `\r`, as for Chevrotain and LSP.
 */
function lineStarts(text: string): number[] {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 /* \r */) {
            if (text.charCodeAt(i + 1) === 10) i++;
            starts.push(i + 1);
        } else if (c === 10 /* \n */) {
            starts.push(i + 1);
        }
    }
    return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid]! <= offset) low = mid;
        else high = mid - 1;
    }
    return low;
}

interface RangeLike {
    start: { character: number; line: number };
    end: { character: number; line: number };
}

/**
 * A leaf node: Langium's `LeafCstNodeImpl` (it inherits every getter of it), whose range is
 * computed when first asked for rather than for every token up front. The range is the one
 * Langium derives from Chevrotain's token positions: from the first character to just after the
 * last one, on the line of the last one.
 */
class FastLeafNode {
    _hidden: boolean;
    _offset: number;
    _tokenType: TokenType;
    _length: number;
    _range: RangeLike | undefined;
    grammarSource: GrammarAST.AbstractElement | undefined;
    root: FastRootNode;
    container: FastCompositeNode | undefined;

    constructor(offset: number, length: number, tokenType: TokenType, hidden: boolean, grammarSource: GrammarAST.AbstractElement | undefined, root: FastRootNode) {
        this._hidden = hidden;
        this._offset = offset;
        this._tokenType = tokenType;
        this._length = length;
        this._range = undefined;
        this.grammarSource = grammarSource;
        this.root = root;
        this.container = undefined;
    }

    get range(): RangeLike {
        let range = this._range;
        if (range === undefined) {
            const starts = this.root.lines();
            const startLine = lineOf(starts, this._offset);
            const last = this._offset + this._length - 1;
            // Only a comment can span lines.
            const endLine = startLine + 1 < starts.length && starts[startLine + 1]! <= last ? lineOf(starts, last) : startLine;
            range = {
                start: { character: this._offset - starts[startLine]!, line: startLine },
                end: { character: last + 1 - starts[endLine]!, line: endLine }
            };
            this._range = range;
        }
        return range;
    }
}
Object.setPrototypeOf(FastLeafNode.prototype, LeafCstNodeImpl.prototype);

/** A composite node: Langium's `CompositeCstNodeImpl` with a plain array of children. */
class FastCompositeNode {
    content: Array<FastLeafNode | FastCompositeNode>;
    grammarSource: GrammarAST.AbstractElement | undefined;
    root: FastRootNode;
    container: FastCompositeNode | undefined;
    _astNode: AstNode | undefined;
    _rangeCache: RangeLike | undefined;

    constructor(grammarSource: GrammarAST.AbstractElement | undefined, root: FastRootNode) {
        this.content = [];
        this.grammarSource = grammarSource;
        this.root = root;
        this.container = undefined;
        this._astNode = undefined;
        this._rangeCache = undefined;
    }
}
Object.setPrototypeOf(FastCompositeNode.prototype, CompositeCstNodeImpl.prototype);

/** The root node: Langium's `RootCstNodeImpl`, plus the line starts of its text. */
class FastRootNode extends FastCompositeNode {
    _text: string;
    private _lines: number[] | undefined;

    constructor(text: string) {
        super(undefined, undefined as unknown as FastRootNode);
        this.root = this;
        this._text = text;
        this._lines = undefined;
    }

    lines(): number[] {
        return (this._lines ??= lineStarts(this._text));
    }
}
// `RootCstNodeImpl`'s getters (`text`, `fullText`) come through the prototype chain; the class
// itself only adds `lines()`. (`super()` still runs `FastCompositeNode`'s constructor.)
Object.setPrototypeOf(FastRootNode.prototype, RootCstNodeImpl.prototype);

type CstParent = FastCompositeNode;

// ------------------------------------------------------------------------------------ sites

/** Where the grammar consumes a token or calls a rule, with what Langium's `getAssignment` finds for it. */
interface Site {
    readonly feature: GrammarAST.AbstractElement;
    readonly operator: '=' | '+=' | '?=' | undefined;
    readonly property: string | undefined;
    readonly crossRef: boolean;
    readonly keyword: boolean;
    /** How the value converter converts the text of the rule this site calls (a terminal or a data type rule). */
    readonly conversion: ValueConversion;
}

/** `conversionOf` for the rule a site calls; `call` (ask the converter) when the converter is not Pacta's own. */
type Conversions = (rule: GrammarAST.AbstractRule) => ValueConversion;

function site(feature: GrammarAST.AbstractElement, conversions: Conversions): Site {
    const assignment = AstUtils.getContainerOfType(feature, GrammarAST.isAssignment);
    const crossRef = assignment !== undefined && GrammarAST.isCrossReference(assignment.terminal);
    if (crossRef && (assignment.terminal as GrammarAST.CrossReference).isMulti) {
        throw new Error('multi-references are not supported by the fast parser');
    }
    // The rule whose text `convert` converts, found as `DefaultValueConverter.convert` finds it.
    const called = GrammarAST.isCrossReference(feature) ? GrammarUtils.getCrossReferenceTerminal(feature) : feature;
    const rule = GrammarAST.isRuleCall(called) ? called.rule.ref : undefined;
    return {
        feature,
        operator: assignment?.operator as Site['operator'],
        property: assignment?.feature,
        crossRef,
        keyword: GrammarAST.isKeyword(feature),
        conversion: rule ? conversions(rule) : 'identity'
    };
}

/** Finds the grammar elements of the rules below, and fails loudly when one is not where expected. */
class GrammarSites {
    private readonly rules = new Map<string, GrammarAST.AbstractRule>();

    constructor(grammar: GrammarAST.Grammar, private readonly conversions: Conversions) {
        for (const rule of grammar.rules) this.rules.set(rule.name, rule);
    }

    rule(name: string): GrammarAST.ParserRule {
        const rule = this.rules.get(name);
        if (!rule || !GrammarAST.isParserRule(rule)) throw new Error(`no parser rule ${name}`);
        return rule;
    }

    /** The elements of a rule in text order (the definition first). */
    private elements(ruleName: string): GrammarAST.AbstractElement[] {
        const definition = this.rule(ruleName).definition;
        return [definition, ...AstUtils.streamAllContents(definition).filter(GrammarAST.isAbstractElement)];
    }

    /** Checks that a rule creates nodes of type `type` (or is a data type rule when `type` is undefined). */
    expectType(ruleName: string, type: string | undefined): void {
        const rule = this.rule(ruleName);
        const dataType = GrammarUtils.isDataTypeRule(rule);
        if (type === undefined ? !dataType : dataType || rule.fragment || GrammarUtils.getTypeName(rule) !== type) {
            throw new Error(`rule ${ruleName} is not what the fast parser expects`);
        }
    }

    private only<T>(found: T[], what: string, nth: number, count: number): T {
        if (found.length !== count || !found[nth]) throw new Error(`expected ${count} × ${what}, found ${found.length}`);
        return found[nth]!;
    }

    /** The `nth` of `count` keywords `value` of a rule, in text order. */
    kw(ruleName: string, value: string, nth = 0, count = 1): Site {
        const found = this.elements(ruleName).filter((e): e is GrammarAST.Keyword => GrammarAST.isKeyword(e) && e.value === value);
        return site(this.only(found, `'${value}' in ${ruleName}`, nth, count), this.conversions);
    }

    /** Every keyword of a rule by value (each value once). */
    kwMap(ruleName: string): Map<string, Site> {
        const result = new Map<string, Site>();
        for (const keyword of this.elements(ruleName).filter(GrammarAST.isKeyword)) {
            if (result.has(keyword.value)) throw new Error(`'${keyword.value}' twice in ${ruleName}`);
            result.set(keyword.value, site(keyword, this.conversions));
        }
        return result;
    }

    /** The terminal of the `nth` of `count` assignments to `feature` in a rule (a rule call or a cross-reference). */
    assigned(ruleName: string, feature: string, nth = 0, count = 1): Site {
        const found = this.elements(ruleName).filter((e): e is GrammarAST.Assignment => GrammarAST.isAssignment(e) && e.feature === feature);
        return site(this.only(found, `${feature}= in ${ruleName}`, nth, count).terminal, this.conversions);
    }

    /** The `nth` of `count` unassigned calls of rule `called` in a rule. */
    call(ruleName: string, called: string, nth = 0, count = 1): Site {
        const found = this.elements(ruleName)
            .filter((e): e is GrammarAST.RuleCall => GrammarAST.isRuleCall(e) && e.rule.ref?.name === called && !GrammarAST.isAssignment(e.$container));
        return site(this.only(found, `${called} in ${ruleName}`, nth, count), this.conversions);
    }
}

/**
 * A structural description of the grammar's parser rules (kinds of elements, keywords, rule
 * calls, assignments, cardinalities) and terminals (patterns, hidden), hashed.
 */
export function grammarFingerprint(grammar: GrammarAST.Grammar): string {
    const parts: string[] = [];
    const visit = (element: GrammarAST.AbstractElement): void => {
        parts.push(`(${element.$type}${element.cardinality ?? ''}`);
        if (GrammarAST.isKeyword(element)) parts.push(JSON.stringify(element.value));
        else if (GrammarAST.isRuleCall(element)) parts.push(element.rule.$refText);
        else if (GrammarAST.isAssignment(element)) {
            parts.push(element.feature + element.operator);
            visit(element.terminal);
        } else if (GrammarAST.isCrossReference(element)) {
            parts.push(`${element.type.$refText}:${element.isMulti ? 'multi' : 'single'}`);
            if (element.terminal) visit(element.terminal);
        } else if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
            if (GrammarAST.isGroup(element) && element.guardCondition) parts.push('guard');
            for (const child of element.elements) visit(child);
        } else if (GrammarAST.isAction(element)) {
            parts.push(`${element.type?.$refText ?? ''}.${element.feature ?? ''}${element.operator ?? ''}`);
        }
        parts.push(')');
    };
    for (const rule of grammar.rules) {
        if (GrammarAST.isParserRule(rule)) {
            parts.push(`rule ${rule.name} ${rule.entry ? 'entry' : ''} ${rule.fragment ? 'fragment' : ''} ${rule.dataType ?? ''} ${rule.parameters.length}`);
            visit(rule.definition);
        } else if (GrammarAST.isTerminalRule(rule)) {
            parts.push(`terminal ${rule.name} ${rule.hidden ? 'hidden' : ''} ${rule.fragment ? 'fragment' : ''} ${rule.type?.name ?? ''} ${GrammarUtils.terminalRegex(rule).toString()}`);
        } else {
            parts.push(`rule ${rule.name} ${rule.$type}`);
        }
    }
    // FNV-1a, 32 bits, twice with different seeds: a fingerprint, not a secret.
    const text = parts.join(' ');
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ 0x5bd1e995;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193) >>> 0;
        b = Math.imul(b ^ c, 0x01000193 + 2) >>> 0;
    }
    return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}-${text.length}`;
}

// ------------------------------------------------------------------------------------ the parser

/** Thrown to give up on a text; the caller then parses it with Langium's parser. */
class GiveUp {
    static readonly instance = new GiveUp();
}

/** The temporary node of a data type rule (a name, a keyword phrase), as in Langium. */
interface DatatypeNode {
    $type: typeof DATATYPE;
    value: string;
    $cstNode?: CstNode;
    /** How its value is converted once the rule is done (the `conversion` of the site that called it). */
    conversion: ValueConversion;
}
const DATATYPE = Symbol('Datatype');

type AnyNode = Record<string, unknown> & { $type: string | typeof DATATYPE; $cstNode?: CstNode };

interface MandatoryProperty { readonly name: string; readonly array: boolean; readonly value: unknown }

/** `isAstNode`, for the values the parser assigns. */
function isNode(value: unknown): value is AnyNode & { $container?: unknown; $containerProperty?: unknown; $containerIndex?: unknown } {
    return typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';
}

/** The texts of the tokens under a CST node, joined by one space: the `phrase` conversion. */
function phrase(node: FastCompositeNode): string {
    const texts: string[] = [];
    const visit = (parent: FastCompositeNode): void => {
        for (const child of parent.content) {
            if (child instanceof FastCompositeNode) visit(child);
            else if (!child._hidden) texts.push((child as unknown as CstNode).text);
        }
    };
    visit(node);
    return texts.join(' ');
}

export class PactaFastParser {
    private readonly linker: Linker;
    private readonly converter: ValueConverter;
    private readonly lexer: LangiumCoreServices['parser']['Lexer'];
    private readonly mandatory = new Map<string, readonly MandatoryProperty[]>();
    private readonly reflection: LangiumCoreServices['shared']['AstReflection'];

    // Per parse.
    private tokens: IToken[] = [];
    private names: string[] = [];
    private pos = 0;
    private hidden: IToken[] = [];
    private hiddenPos = 0;
    private root!: FastRootNode;
    private nodeStack: CstParent[] = [];
    private stack: AnyNode[] = [];

    private readonly S: ReturnType<typeof buildSites>;

    /** The conversion of the data type rule called next (set by `subrule`, read by `startDatatype`). */
    private nextConversion: ValueConversion = 'call';

    constructor(services: LangiumCoreServices) {
        this.linker = services.references.Linker;
        this.converter = services.parser.ValueConverter;
        this.lexer = services.parser.Lexer;
        this.reflection = services.shared.AstReflection;
        // The shortcuts of `conversionOf` hold for Pacta's converter itself, not for a subclass that may convert otherwise.
        const converter = this.converter;
        const conversions: Conversions = converter instanceof PactaValueConverter && Object.getPrototypeOf(converter) === PactaValueConverter.prototype
            ? rule => converter.conversionOf(rule)
            : () => 'call';
        this.S = buildSites(new GrammarSites(services.Grammar, conversions));
        // Each rule as a function bound once, so that calling a rule allocates nothing.
        this.R = {
            TopLevel: this.TopLevel.bind(this), Party: this.Party.bind(this), Agreement: this.Agreement.bind(this),
            MechanismKind: this.MechanismKind.bind(this), Source: this.Source.bind(this), Suppression: this.Suppression.bind(this),
            Name: this.Name.bind(this), QualifiedName: this.QualifiedName.bind(this), DateLiteral: this.DateLiteral.bind(this),
            Citation: this.Citation.bind(this), RoleList: this.RoleList.bind(this), Event: this.Event.bind(this),
            TimeExpr: this.TimeExpr.bind(this), AbsoluteDate: this.AbsoluteDate.bind(this), OffsetDeadline: this.OffsetDeadline.bind(this),
            DeadlineBound: this.DeadlineBound.bind(this), AnniversaryDeadline: this.AnniversaryDeadline.bind(this),
            Commitment: this.Commitment.bind(this), Modality: this.Modality.bind(this), Mechanism: this.Mechanism.bind(this),
            Money: this.Money.bind(this), MoneyQualifier: this.MoneyQualifier.bind(this), MoneyScope: this.MoneyScope.bind(this),
            Decimal: this.Decimal.bind(this), Relation: this.Relation.bind(this), keywordRule: this.keywordRule.bind(this)
        };
    }

    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    private readonly R: Record<string, (arg?: any) => unknown>;

    /** The parse result Langium's parser would give, or undefined when the text is not well-formed Pacta (or in doubt). */
    parse(text: string): ParseResult<AstNode> | undefined {
        const lexed = this.lexer.tokenize(text);
        if (lexed.errors.length > 0 || (lexed.report?.diagnostics?.length ?? 0) > 0) return undefined;
        const tokens = lexed.tokens;
        const names = new Array<string>(tokens.length);
        for (let i = 0; i < tokens.length; i++) names[i] = tokens[i]!.tokenType.name;
        this.tokens = tokens;
        this.names = names;
        this.pos = 0;
        this.hidden = lexed.hidden;
        this.hiddenPos = 0;
        this.root = new FastRootNode(text);
        this.nodeStack = [this.root];
        this.stack = [];
        try {
            const value = this.Document();
            if (this.pos !== tokens.length || this.stack.length > 0) return undefined;
            // Comments after the last token: Langium adds them to the root once parsing is done.
            this.addHiddenNodes(this.hidden.length);
            // `$container`, `$containerProperty` and `$containerIndex` were set by `assign`, as Langium's
            // `linkContentToContainer` sets them after parsing.
            return {
                value: value as unknown as AstNode,
                lexerErrors: lexed.errors,
                lexerReport: lexed.report,
                parserErrors: []
            };
        } catch (error) {
            if (error === GiveUp.instance) return undefined;
            throw error;
        } finally {
            this.tokens = [];
            this.names = [];
            this.hidden = [];
            this.nodeStack = [];
            this.stack = [];
            this.root = undefined as unknown as FastRootNode;
        }
    }

    // -------------------------------------------------------------------- builder (Langium's, replayed)

    private get current(): CstParent {
        return this.nodeStack[this.nodeStack.length - 1] ?? this.root;
    }

    /** The name of the token `k` ahead, or '' at the end. */
    private la(k = 0): string {
        return this.names[this.pos + k] ?? '';
    }

    private fail(): never {
        throw GiveUp.instance;
    }

    /** `LangiumParser.consume` for the next token, which must be of type `name`. */
    private consume(s: Site, name: string): void {
        if (this.names[this.pos] !== name) this.fail();
        this.consumeAny(s);
    }

    /** `LangiumParser.consume` for the next token, whatever its type (the caller has checked it). */
    private consumeAny(s: Site): void {
        const token = this.tokens[this.pos++]!;
        const hidden = this.hidden;
        if (this.hiddenPos < hidden.length && hidden[this.hiddenPos]!.startOffset <= token.startOffset) {
            let end = this.hiddenPos;
            while (end < hidden.length && hidden[end]!.startOffset <= token.startOffset) end++;
            this.addHiddenNodes(end);
        }
        const current = this.current;
        const leaf = new FastLeafNode(token.startOffset, token.image.length, token.tokenType, false, s.feature, this.root);
        leaf.container = current;
        current.content.push(leaf);
        if (s.operator !== undefined) {
            const value = s.keyword ? token.image : this.convert(s, token.image, leaf);
            this.assign(s, value, leaf);
        } else {
            const top = this.stack[this.stack.length - 1];
            if (top !== undefined && top.$type === DATATYPE) {
                const dt = top as unknown as DatatypeNode;
                dt.value += s.keyword ? token.image : this.convert(s, token.image, leaf)!.toString();
            }
        }
    }

    /** `ValueConverter.convert(image, leaf)` for the token of a terminal rule, with the converter's shortcuts. */
    private convert(s: Site, image: string, leaf: FastLeafNode): unknown {
        switch (s.conversion) {
            case 'identity':
                return image;
            case 'string':
                // Without escapes, `convertString` gives the text between the quotes.
                return image.indexOf('\\') < 0 ? image.substring(1, image.length - 1) : ValueConverter.convertString(image);
            case 'id':
                return ValueConverter.convertID(image);
            case 'int':
                return Number(image.replace(/_/g, ''));
            default:
                return this.converter.convert(image, leaf as unknown as CstNode);
        }
    }

    /** `CstNodeBuilder.addHiddenNodes` for the hidden tokens before index `end`. */
    private addHiddenNodes(end: number): void {
        if (this.hiddenPos >= end) return;
        const nodes: FastLeafNode[] = [];
        for (let i = this.hiddenPos; i < end; i++) {
            const token = this.hidden[i]!;
            nodes.push(new FastLeafNode(token.startOffset, token.image.length, token.tokenType, true, undefined, this.root));
        }
        this.hiddenPos = end;
        let current: CstParent = this.current;
        if (current.content.length > 0) {
            for (const node of nodes) {
                node.container = current;
                current.content.push(node);
            }
            return;
        }
        while (current.container) {
            const parent: CstParent = current.container;
            const index = parent.content.indexOf(current);
            if (index > 0) {
                for (const node of nodes) node.container = parent;
                parent.content.splice(index, 0, ...nodes);
                return;
            }
            current = parent;
        }
        for (const node of nodes) node.container = this.root;
        this.root.content.unshift(...nodes);
    }

    /**
     * `LangiumParser.subrule` for a rule that is not a fragment: `body(arg)` starts and constructs
     * its node. (Langium checks that the new CST node has a length; a node with content has one,
     * since every token has a length and hidden nodes only join nodes that have content.)
     */
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    private subrule(s: Site, body: (arg?: any) => unknown, arg?: unknown): void {
        const cst = new FastCompositeNode(s.feature, this.root);
        const current = this.current;
        cst.container = current;
        current.content.push(cst);
        this.nodeStack.push(cst);
        this.nextConversion = s.conversion;
        const result = (body as (arg: unknown) => unknown)(arg);
        if (result !== undefined && cst.content.length > 0) {
            this.performSubruleAssignment(result, s, cst);
        }
    }

    private performSubruleAssignment(result: unknown, s: Site, cst: FastCompositeNode): void {
        if (s.operator !== undefined) {
            this.assign(s, result, cst);
            return;
        }
        const current = this.stack[this.stack.length - 1]!;
        if (current.$type === DATATYPE) {
            (current as unknown as DatatypeNode).value += (result as { toString(): string }).toString();
        } else if (typeof result === 'object' && result) {
            const object = this.assignWithoutOverride(result as AnyNode, current);
            this.stack.pop();
            this.stack.push(object);
        }
    }

    private assign(s: Site, value: unknown, cst: FastLeafNode | FastCompositeNode): void {
        const obj = this.stack[this.stack.length - 1]!;
        const feature = s.property!;
        const item = s.crossRef && typeof value === 'string'
            ? this.linker.buildReference(obj as unknown as AstNode, feature, cst as unknown as CstNode, value)
            : value;
        switch (s.operator) {
            case '=': {
                const previous = obj[feature];
                if (isNode(previous) && previous !== item) {
                    // A field written twice: the earlier node is dropped from the tree, and Langium never links it.
                    delete previous.$container;
                    delete previous.$containerProperty;
                }
                obj[feature] = item;
                if (isNode(item)) {
                    item.$container = obj;
                    item.$containerProperty = feature;
                }
                break;
            }
            case '?=':
                obj[feature] = true;
                break;
            case '+=': {
                let list = obj[feature] as unknown[] | undefined;
                if (!Array.isArray(list)) obj[feature] = list = [];
                if (isNode(item)) {
                    item.$container = obj;
                    item.$containerProperty = feature;
                    item.$containerIndex = list.length;
                }
                list.push(item);
                break;
            }
        }
    }

    private assignWithoutOverride(target: AnyNode, source: AnyNode): AnyNode {
        for (const [name, existingValue] of Object.entries(source)) {
            const newValue = target[name];
            if (newValue === undefined) {
                target[name] = existingValue;
            } else if (Array.isArray(newValue) && Array.isArray(existingValue)) {
                existingValue.push(...newValue);
                target[name] = existingValue;
            }
        }
        const targetCstNode = target.$cstNode as unknown as FastCompositeNode | undefined;
        if (targetCstNode) {
            targetCstNode._astNode = undefined;
            target.$cstNode = undefined;
        }
        return target;
    }

    /** `startImplementation` of a rule that creates a node. */
    private start(type: string): void {
        this.stack.push({ $type: type });
    }

    private startDatatype(): void {
        const node: DatatypeNode = { $type: DATATYPE, value: '', conversion: this.nextConversion };
        this.stack.push(node as unknown as AnyNode);
    }

    /** `LangiumParser.construct` with `CstNodeBuilder.construct`. */
    private construct(): unknown {
        const obj = this.stack.pop()!;
        const current = this.current;
        if (typeof obj.$type === 'string') current._astNode = obj as unknown as AstNode;
        obj.$cstNode = current as unknown as CstNode;
        const node = this.nodeStack.pop();
        if (node !== undefined) {
            if (node.content.length === 0) {
                const parent = node.container;
                if (parent) {
                    const index = parent.content.indexOf(node);
                    if (index >= 0) parent.content.splice(index, 1);
                }
            } else {
                // Done with this node: keep its children in an array of their size (an array that grew
                // one push at a time has room for at least 16 more), which is most of the CST's memory.
                node.content = node.content.slice();
            }
        }
        if (obj.$type === DATATYPE) {
            const dt = obj as unknown as DatatypeNode;
            switch (dt.conversion) {
                case 'identity':
                    return dt.value;
                case 'phrase':
                    return phrase(current);
                default:
                    return this.converter.convert(dt.value, current as unknown as CstNode);
            }
        }
        this.assignMandatoryProperties(obj);
        return obj;
    }

    /** `AstUtils.assignMandatoryProperties`, with the properties of each type looked up once. */
    private assignMandatoryProperties(obj: AnyNode): void {
        const type = obj.$type as string;
        let properties = this.mandatory.get(type);
        if (!properties) {
            properties = Object.values(this.reflection.getTypeMetaData(type).properties)
                .filter(property => property.defaultValue !== undefined)
                .map(property => ({ name: property.name, array: Array.isArray(property.defaultValue), value: property.defaultValue }));
            if (properties.some(p => p.array && (p.value as unknown[]).length > 0)) {
                throw new Error('non-empty default arrays are not supported by the fast parser');
            }
            this.mandatory.set(type, properties);
        }
        for (const property of properties) {
            const value = obj[property.name];
            if (value === undefined) obj[property.name] = property.array ? [] : property.value;
            // As for CST nodes: a list that grew one item at a time, trimmed to its size.
            else if (property.array && Array.isArray(value) && value.length > 0) obj[property.name] = value.slice();
        }
    }

    // -------------------------------------------------------------------- rules

    private Document(): unknown {
        const S = this.S;
        this.start('Document');
        while (this.pos < this.names.length) this.subrule(S.Document.elements, this.R.TopLevel);
        return this.construct();
    }

    private TopLevel(): unknown {
        const S = this.S;
        this.start('TopLevel');
        const k = this.skipSuppressions(this.pos);
        const name = this.names[k];
        if (name !== undefined && S.PartyKind.has(name)) this.subrule(S.TopLevel.Party, this.R.Party);
        else if (name === 'agreement' || name === 'instrument') this.subrule(S.TopLevel.Agreement, this.R.Agreement);
        else if (name === 'mechanism_kind' && k === this.pos) this.subrule(S.TopLevel.MechanismKind, this.R.MechanismKind);
        else if (name === 'source' && k === this.pos) this.subrule(S.TopLevel.Source, this.R.Source);
        else this.fail();
        return this.construct();
    }

    /** The index of the first token after `#suppress "code" "reason"?` directives starting at `k`. */
    private skipSuppressions(k: number): number {
        const names = this.names;
        while (names[k] === '#suppress') {
            if (names[k + 1] !== 'STRING') this.fail();
            k += names[k + 2] === 'STRING' ? 3 : 2;
        }
        return k;
    }

    private suppressions(s: Site): void {
        while (this.names[this.pos] === '#suppress') this.subrule(s, this.R.Suppression);
    }

    private Suppression(): unknown {
        const S = this.S.Suppression;
        this.start('Suppression');
        this.consume(S.suppress, '#suppress');
        this.consume(S.code, 'STRING');
        if (this.la() === 'STRING') this.consumeAny(S.reason);
        return this.construct();
    }

    /** A data type rule that is one keyword out of a set (`PartyKind`, `EventKind`...). */
    private keywordRule(keywords: ReadonlyMap<string, Site>): unknown {
        this.startDatatype();
        const s = keywords.get(this.la());
        if (!s) this.fail();
        this.consumeAny(s);
        return this.construct();
    }

    private Name(): unknown {
        const S = this.S.Name;
        this.startDatatype();
        const name = this.la();
        if (name === 'ID') this.consumeAny(S.ID);
        else {
            const s = S.keywords.get(name);
            if (!s) this.fail();
            this.consumeAny(s);
        }
        return this.construct();
    }

    private isName(name: string): boolean {
        return name === 'ID' || this.S.Name.keywords.has(name);
    }

    private QualifiedName(): unknown {
        const S = this.S.QualifiedName;
        this.startDatatype();
        this.subrule(S.first, this.R.Name);
        while (this.la() === '.') {
            this.consumeAny(S.dot);
            this.subrule(S.next, this.R.Name);
        }
        return this.construct();
    }

    private DateLiteral(): unknown {
        this.startDatatype();
        this.consume(this.S.DateLiteral.DATE, 'DATE');
        return this.construct();
    }

    /** `X (',' X)*` where X is a name or a reference to one. */
    private nameList(first: Site, comma: Site, next: Site): void {
        this.subrule(first, this.R.Name);
        while (this.la() === ',') {
            this.consumeAny(comma);
            this.subrule(next, this.R.Name);
        }
    }

    private Party(): unknown {
        const S = this.S.Party;
        this.start('Party');
        this.suppressions(S.suppressions);
        this.subrule(S.kind, this.R.keywordRule, this.S.PartyKind);
        this.subrule(S.name, this.R.Name);
        this.consume(S.title, 'STRING');
        if (this.la() === 'code') {
            this.consumeAny(S.codeKeyword);
            this.subrule(S.code, this.R.Name);
        }
        if (this.la() === 'of') {
            this.consumeAny(S.ofKeyword);
            this.subrule(S.parent, this.R.Name);
        }
        if (this.la() === '{') {
            this.consumeAny(S.open);
            for (;;) {
                const name = this.la();
                if (name === 'members') {
                    this.consumeAny(S.membersKeyword);
                    this.nameList(S.members, S.membersComma, S.moreMembers);
                } else if (name === 'office') {
                    this.consumeAny(S.officeKeyword);
                    this.consume(S.office, 'STRING');
                } else if (name === 'cite' || name === 'uncertain') {
                    this.Cited();
                } else break;
            }
            this.consume(S.close, '}');
        }
        return this.construct();
    }

    private Cited(): void {
        const S = this.S.Cited;
        if (this.la() === 'cite') {
            this.consumeAny(S.cite);
            this.subrule(S.citations, this.R.Citation);
        } else {
            this.consume(S.uncertain, 'uncertain');
        }
    }

    private Citation(): unknown {
        const S = this.S.Citation;
        this.start('Citation');
        this.subrule(S.source, this.R.Name);
        if (this.la() === 'STRING') this.consumeAny(S.locator);
        return this.construct();
    }

    private Source(): unknown {
        const S = this.S.Source;
        this.start('Source');
        this.consume(S.source, 'source');
        this.subrule(S.name, this.R.Name);
        this.consume(S.title, 'STRING');
        if (this.la() === '{') {
            this.consumeAny(S.open);
            for (;;) {
                const name = this.la();
                if (name === 'url') {
                    this.consumeAny(S.urlKeyword);
                    this.consume(S.url, 'STRING');
                } else if (name === 'publisher') {
                    this.consumeAny(S.publisherKeyword);
                    this.consume(S.publisher, 'STRING');
                } else if (name === 'published') {
                    this.consumeAny(S.publishedKeyword);
                    this.subrule(S.published, this.R.DateLiteral);
                } else if (name === 'accessed') {
                    this.consumeAny(S.accessedKeyword);
                    this.subrule(S.accessed, this.R.DateLiteral);
                } else break;
            }
            this.consume(S.close, '}');
        }
        return this.construct();
    }

    private MechanismKind(): unknown {
        const S = this.S.MechanismKind;
        this.start('MechanismKind');
        this.consume(S.keyword, 'mechanism_kind');
        this.subrule(S.name, this.R.Name);
        this.consume(S.title, 'STRING');
        return this.construct();
    }

    private Agreement(): unknown {
        const S = this.S.Agreement;
        this.start('Agreement');
        this.suppressions(S.suppressions);
        const form = this.la() === 'agreement' ? S.agreement : this.la() === 'instrument' ? S.instrument : this.fail();
        this.consumeAny(form);
        this.subrule(S.name, this.R.Name);
        this.consume(S.title, 'STRING');
        this.consume(S.open, '{');
        while (this.AgreementMember());
        this.consume(S.close, '}');
        return this.construct();
    }

    /** One member of an agreement; false (nothing consumed) when the next token starts none. */
    private AgreementMember(): boolean {
        const S = this.S.AgreementMember;
        const T = this.S;
        let name = this.la();
        if (name === '#suppress') {
            name = this.names[this.skipSuppressions(this.pos)] ?? '';
            if (T.EventKind.has(name)) this.subrule(S.events, this.R.Event);
            else if (name === 'commitment') this.subrule(S.commitments, this.R.Commitment);
            else if (name === 'mechanism') this.subrule(S.mechanisms, this.R.Mechanism);
            else this.fail();
            return true;
        }
        if (name === 'kind') {
            this.consumeAny(S.kindKeyword);
            this.subrule(S.kind, this.R.Name);
        } else if (name === 'binding' || name === 'nonbinding') {
            this.subrule(S.binding, this.R.keywordRule, T.Binding);
        } else if (T.Role.has(name)) {
            this.subrule(S.roles, this.R.RoleList);
        } else if (name === 'resources') {
            this.consumeAny(S.resourcesKeyword);
            this.subrule(S.resources, this.R.Name);
            while (this.la() === ',') {
                this.consumeAny(S.resourcesComma);
                this.subrule(S.moreResources, this.R.Name);
            }
        } else if (name === 'sectors') {
            this.consumeAny(S.sectorsKeyword);
            this.consume(S.sectors, 'STRING');
            while (this.la() === ',') {
                this.consumeAny(S.sectorsComma);
                this.consume(S.moreSectors, 'STRING');
            }
        } else if (T.EventKind.has(name)) {
            this.subrule(S.events, this.R.Event);
        } else if (name === 'commitment') {
            this.subrule(S.commitments, this.R.Commitment);
        } else if (name === 'mechanism') {
            this.subrule(S.mechanisms, this.R.Mechanism);
        } else if (T.RelationKind.has(name)) {
            this.subrule(S.relations, this.R.Relation);
        } else if (name === 'cite' || name === 'uncertain') {
            this.Cited();
        } else {
            return false;
        }
        return true;
    }

    private RoleList(): unknown {
        const S = this.S.RoleList;
        this.start('RoleList');
        this.subrule(S.role, this.R.keywordRule, this.S.Role);
        this.nameList(S.parties, S.comma, S.moreParties);
        return this.construct();
    }

    private Event(): unknown {
        const S = this.S.Event;
        this.start('Event');
        this.suppressions(S.suppressions);
        this.subrule(S.kind, this.R.keywordRule, this.S.EventKind);
        if (this.la() === 'ID') this.consumeAny(S.name);
        if (this.la() === 'STRING') this.consumeAny(S.title);
        if (this.startsTimeExpr(this.la())) this.subrule(S.when, this.R.TimeExpr);
        if (this.la() === 'by') {
            this.consumeAny(S.byKeyword);
            this.nameList(S.by, S.byComma, S.moreBy);
        }
        if (this.la() === '{') {
            this.consumeAny(S.open);
            while (this.la() === 'cite' || this.la() === 'uncertain') this.Cited();
            this.consume(S.close, '}');
        }
        return this.construct();
    }

    private startsTimeExpr(name: string): boolean {
        switch (name) {
            case 'DATE': case 'year': case 'within': case 'no': case 'not': case 'on': case 'INT': case 'the': case 'ORDINAL':
                return true;
            default:
                return false;
        }
    }

    private TimeExpr(): unknown {
        const S = this.S.TimeExpr;
        this.start('TimeExpr');
        switch (this.la()) {
            case 'DATE': case 'year':
                this.subrule(S.AbsoluteDate, this.R.AbsoluteDate);
                break;
            case 'within': case 'no': case 'not': case 'INT':
                this.subrule(S.OffsetDeadline, this.R.OffsetDeadline);
                break;
            case 'on': {
                const next = this.la(1);
                if (next === 'INT') this.subrule(S.OffsetDeadline, this.R.OffsetDeadline);
                else if (next === 'the' || next === 'ORDINAL') this.subrule(S.AnniversaryDeadline, this.R.AnniversaryDeadline);
                else this.fail();
                break;
            }
            case 'the': case 'ORDINAL':
                this.subrule(S.AnniversaryDeadline, this.R.AnniversaryDeadline);
                break;
            default:
                this.fail();
        }
        return this.construct();
    }

    private AbsoluteDate(): unknown {
        const S = this.S.AbsoluteDate;
        this.start('AbsoluteDate');
        if (this.la() === 'DATE') {
            this.subrule(S.date, this.R.DateLiteral);
        } else {
            this.consume(S.yearKeyword, 'year');
            this.consume(S.year, 'INT');
        }
        return this.construct();
    }

    private OffsetDeadline(): unknown {
        const S = this.S.OffsetDeadline;
        this.start('OffsetDeadline');
        if (this.la() !== 'INT') this.subrule(S.bound, this.R.DeadlineBound);
        this.consume(S.amount, 'INT');
        this.subrule(S.unit, this.R.keywordRule, this.S.TimeUnit);
        const direction = this.la() === 'after' ? S.after : this.la() === 'before' ? S.before : this.fail();
        this.consumeAny(direction);
        this.subrule(S.anchor, this.R.QualifiedName);
        return this.construct();
    }

    private DeadlineBound(): unknown {
        const S = this.S.DeadlineBound;
        this.startDatatype();
        switch (this.la()) {
            case 'within':
                this.consumeAny(S.within);
                break;
            case 'no':
                this.consumeAny(S.no);
                this.consume(S.later, 'later');
                this.consume(S.than, 'than');
                break;
            case 'not':
                this.consumeAny(S.not);
                this.consume(S.before, 'before');
                break;
            case 'on':
                this.consumeAny(S.on);
                break;
            default:
                this.fail();
        }
        return this.construct();
    }

    private AnniversaryDeadline(): unknown {
        const S = this.S.AnniversaryDeadline;
        this.start('AnniversaryDeadline');
        if (this.la() === 'on') this.consumeAny(S.on);
        if (this.la() === 'the') this.consumeAny(S.the);
        this.consume(S.ordinal, 'ORDINAL');
        this.consume(S.anniversary, 'anniversary');
        this.consume(S.of, 'of');
        this.subrule(S.anchor, this.R.QualifiedName);
        return this.construct();
    }

    private Commitment(): unknown {
        const S = this.S.Commitment;
        const T = this.S;
        this.start('Commitment');
        this.suppressions(S.suppressions);
        this.consume(S.keyword, 'commitment');
        this.subrule(S.name, this.R.Name);
        this.consume(S.open, '{');
        for (;;) {
            const name = this.la();
            if (name === 'by') {
                this.consumeAny(S.byKeyword);
                this.nameList(S.actors, S.actorsComma, S.moreActors);
            } else if (name === 'shall' || name === 'will' || name === 'intends' || name === 'may') {
                this.subrule(S.modality, this.R.Modality);
                this.consume(S.text, 'STRING');
            } else if (name === 'mechanism') {
                this.consumeAny(S.mechanismKeyword);
                this.subrule(S.mechanism, this.R.QualifiedName);
            } else if (name === 'due') {
                this.consumeAny(S.dueKeyword);
                this.subrule(S.due, this.R.TimeExpr);
            } else if (name === 'status') {
                this.consumeAny(S.statusKeyword);
                this.subrule(S.status, this.R.keywordRule, T.CommitmentStatus);
            } else if (name === 'cite' || name === 'uncertain') {
                this.Cited();
            } else break;
        }
        this.consume(S.close, '}');
        return this.construct();
    }

    private Modality(): unknown {
        const S = this.S.Modality;
        this.startDatatype();
        switch (this.la()) {
            case 'shall':
                this.consumeAny(S.shall);
                if (this.la() === 'not') this.consumeAny(S.shallNot);
                break;
            case 'will':
                this.consumeAny(S.will);
                if (this.la() === 'explore') this.consumeAny(S.explore);
                else if (this.la() === 'not') this.consumeAny(S.willNot);
                break;
            case 'intends':
                this.consumeAny(S.intends);
                this.consume(S.to, 'to');
                break;
            case 'may':
                this.consumeAny(S.may);
                break;
            default:
                this.fail();
        }
        return this.construct();
    }

    private Mechanism(): unknown {
        const S = this.S.Mechanism;
        const T = this.S;
        this.start('Mechanism');
        this.suppressions(S.suppressions);
        this.consume(S.keyword, 'mechanism');
        this.subrule(S.name, this.R.Name);
        this.consume(S.colon, ':');
        this.subrule(S.kind, this.R.Name);
        if (this.la() === '{') {
            this.consumeAny(S.open);
            for (;;) {
                const name = this.la();
                if (name === 'status') {
                    this.consumeAny(S.statusKeyword);
                    this.subrule(S.status, this.R.keywordRule, T.MechanismStatus);
                } else if (name === 'parties') {
                    this.consumeAny(S.partiesKeyword);
                    this.nameList(S.parties, S.partiesComma, S.moreParties);
                } else if (name === 'amount') {
                    this.consumeAny(S.amountKeyword);
                    this.subrule(S.amount, this.R.Money);
                } else if (name === 'resources') {
                    this.consumeAny(S.resourcesKeyword);
                    this.nameList(S.resources, S.resourcesComma, S.moreResources);
                } else if (name === 'note') {
                    this.consumeAny(S.noteKeyword);
                    this.consume(S.note, 'STRING');
                } else if (name === 'cite' || name === 'uncertain') {
                    this.Cited();
                } else break;
            }
            this.consume(S.close, '}');
        }
        return this.construct();
    }

    private Money(): unknown {
        const S = this.S.Money;
        const T = this.S;
        this.start('Money');
        const first = this.la();
        if (first === 'exactly' || first === 'at' || first === 'up' || first === 'about') this.subrule(S.qualifier, this.R.MoneyQualifier);
        this.subrule(S.value, this.R.Decimal);
        if (T.Scale.has(this.la())) this.subrule(S.scale, this.R.keywordRule, T.Scale);
        if (this.isName(this.la())) this.subrule(S.currency, this.R.Name);
        const scope = this.la();
        if (scope === 'each' || scope === 'in') this.subrule(S.scope, this.R.MoneyScope);
        return this.construct();
    }

    private MoneyQualifier(): unknown {
        const S = this.S.MoneyQualifier;
        this.startDatatype();
        switch (this.la()) {
            case 'exactly':
                this.consumeAny(S.exactly);
                break;
            case 'at':
                this.consumeAny(S.at);
                this.consume(S.least, 'least');
                break;
            case 'up':
                this.consumeAny(S.up);
                this.consume(S.to, 'to');
                break;
            case 'about':
                this.consumeAny(S.about);
                break;
            default:
                this.fail();
        }
        return this.construct();
    }

    private MoneyScope(): unknown {
        const S = this.S.MoneyScope;
        this.startDatatype();
        if (this.la() === 'each') {
            this.consumeAny(S.each);
        } else {
            this.consume(S.in, 'in');
            this.consume(S.total, 'total');
        }
        return this.construct();
    }

    private Decimal(): unknown {
        const S = this.S.Decimal;
        this.startDatatype();
        const name = this.la();
        if (name === 'INT') this.consumeAny(S.INT);
        else if (name === 'DECIMAL') this.consumeAny(S.DECIMAL);
        else this.fail();
        return this.construct();
    }

    private Relation(): unknown {
        const S = this.S.Relation;
        this.start('Relation');
        this.subrule(S.kind, this.R.keywordRule, this.S.RelationKind);
        this.subrule(S.target, this.R.Name);
        if (this.la() === 'for') {
            this.consumeAny(S.forKeyword);
            this.nameList(S.parties, S.partiesComma, S.moreParties);
        }
        if (this.la() === '{') {
            this.consumeAny(S.open);
            while (this.la() === 'cite' || this.la() === 'uncertain') this.Cited();
            this.consume(S.close, '}');
        }
        return this.construct();
    }
}

/** Every grammar element the rules above consume or call, looked up once per parser. */
function buildSites(g: GrammarSites) {
    for (const type of ['Document', 'TopLevel', 'Suppression', 'Party', 'Source', 'Citation', 'MechanismKind', 'Agreement', 'RoleList', 'Event',
        'TimeExpr', 'AbsoluteDate', 'OffsetDeadline', 'AnniversaryDeadline', 'Commitment', 'Mechanism', 'Money', 'Relation']) {
        g.expectType(type, type);
    }
    for (const rule of ['PartyKind', 'Binding', 'Role', 'EventKind', 'DeadlineBound', 'TimeUnit', 'DateLiteral', 'QualifiedName', 'Name', 'Modality',
        'CommitmentStatus', 'MechanismStatus', 'MoneyQualifier', 'Scale', 'MoneyScope', 'Decimal', 'RelationKind']) {
        g.expectType(rule, undefined);
    }
    return {
        Document: { elements: g.assigned('Document', 'elements') },
        TopLevel: {
            Party: g.call('TopLevel', 'Party'), Agreement: g.call('TopLevel', 'Agreement'),
            MechanismKind: g.call('TopLevel', 'MechanismKind'), Source: g.call('TopLevel', 'Source')
        },
        Suppression: { suppress: g.kw('Suppression', '#suppress'), code: g.assigned('Suppression', 'code'), reason: g.assigned('Suppression', 'reason') },
        Party: {
            suppressions: g.assigned('Party', 'suppressions'), kind: g.assigned('Party', 'kind'), name: g.assigned('Party', 'name'),
            title: g.assigned('Party', 'title'), codeKeyword: g.kw('Party', 'code'), code: g.assigned('Party', 'code'),
            ofKeyword: g.kw('Party', 'of'), parent: g.assigned('Party', 'parent'), open: g.kw('Party', '{'), close: g.kw('Party', '}'),
            membersKeyword: g.kw('PartyMember', 'members'), members: g.assigned('PartyMember', 'members', 0, 2),
            membersComma: g.kw('PartyMember', ','), moreMembers: g.assigned('PartyMember', 'members', 1, 2),
            officeKeyword: g.kw('PartyMember', 'office'), office: g.assigned('PartyMember', 'office')
        },
        PartyKind: g.kwMap('PartyKind'),
        Source: {
            source: g.kw('Source', 'source'), name: g.assigned('Source', 'name'), title: g.assigned('Source', 'title'),
            open: g.kw('Source', '{'), close: g.kw('Source', '}'),
            urlKeyword: g.kw('SourceField', 'url'), url: g.assigned('SourceField', 'url'),
            publisherKeyword: g.kw('SourceField', 'publisher'), publisher: g.assigned('SourceField', 'publisher'),
            publishedKeyword: g.kw('SourceField', 'published'), published: g.assigned('SourceField', 'published'),
            accessedKeyword: g.kw('SourceField', 'accessed'), accessed: g.assigned('SourceField', 'accessed')
        },
        Cited: { cite: g.kw('Cited', 'cite'), citations: g.assigned('Cited', 'citations'), uncertain: g.kw('Cited', 'uncertain') },
        Citation: { source: g.assigned('Citation', 'source'), locator: g.assigned('Citation', 'locator') },
        MechanismKind: { keyword: g.kw('MechanismKind', 'mechanism_kind'), name: g.assigned('MechanismKind', 'name'), title: g.assigned('MechanismKind', 'title') },
        Agreement: {
            suppressions: g.assigned('Agreement', 'suppressions'), agreement: g.kw('Agreement', 'agreement'), instrument: g.kw('Agreement', 'instrument'),
            name: g.assigned('Agreement', 'name'), title: g.assigned('Agreement', 'title'), open: g.kw('Agreement', '{'), close: g.kw('Agreement', '}')
        },
        AgreementMember: {
            kindKeyword: g.kw('AgreementMember', 'kind'), kind: g.assigned('AgreementMember', 'kind'),
            binding: g.assigned('AgreementMember', 'binding'), roles: g.assigned('AgreementMember', 'roles'),
            resourcesKeyword: g.kw('AgreementMember', 'resources'), resources: g.assigned('AgreementMember', 'resources', 0, 2),
            resourcesComma: g.kw('AgreementMember', ',', 0, 2), moreResources: g.assigned('AgreementMember', 'resources', 1, 2),
            sectorsKeyword: g.kw('AgreementMember', 'sectors'), sectors: g.assigned('AgreementMember', 'sectors', 0, 2),
            sectorsComma: g.kw('AgreementMember', ',', 1, 2), moreSectors: g.assigned('AgreementMember', 'sectors', 1, 2),
            events: g.assigned('AgreementMember', 'events'), commitments: g.assigned('AgreementMember', 'commitments'),
            mechanisms: g.assigned('AgreementMember', 'mechanisms'), relations: g.assigned('AgreementMember', 'relations')
        },
        Binding: g.kwMap('Binding'),
        RoleList: {
            role: g.assigned('RoleList', 'role'), parties: g.assigned('RoleList', 'parties', 0, 2), comma: g.kw('RoleList', ','),
            moreParties: g.assigned('RoleList', 'parties', 1, 2)
        },
        Role: g.kwMap('Role'),
        Event: {
            suppressions: g.assigned('Event', 'suppressions'), kind: g.assigned('Event', 'kind'), name: g.assigned('Event', 'name'),
            title: g.assigned('Event', 'title'), when: g.assigned('Event', 'when'), byKeyword: g.kw('Event', 'by'),
            by: g.assigned('Event', 'by', 0, 2), byComma: g.kw('Event', ','), moreBy: g.assigned('Event', 'by', 1, 2),
            open: g.kw('Event', '{'), close: g.kw('Event', '}')
        },
        EventKind: g.kwMap('EventKind'),
        TimeExpr: {
            AbsoluteDate: g.call('TimeExpr', 'AbsoluteDate'), OffsetDeadline: g.call('TimeExpr', 'OffsetDeadline'),
            AnniversaryDeadline: g.call('TimeExpr', 'AnniversaryDeadline')
        },
        AbsoluteDate: { date: g.assigned('AbsoluteDate', 'date'), yearKeyword: g.kw('AbsoluteDate', 'year'), year: g.assigned('AbsoluteDate', 'year') },
        OffsetDeadline: {
            bound: g.assigned('OffsetDeadline', 'bound'), amount: g.assigned('OffsetDeadline', 'amount'), unit: g.assigned('OffsetDeadline', 'unit'),
            after: g.kw('OffsetDeadline', 'after'), before: g.kw('OffsetDeadline', 'before'), anchor: g.assigned('OffsetDeadline', 'anchor')
        },
        DeadlineBound: {
            within: g.kw('DeadlineBound', 'within'), no: g.kw('DeadlineBound', 'no'), later: g.kw('DeadlineBound', 'later'),
            than: g.kw('DeadlineBound', 'than'), not: g.kw('DeadlineBound', 'not'), before: g.kw('DeadlineBound', 'before'),
            on: g.kw('DeadlineBound', 'on')
        },
        TimeUnit: g.kwMap('TimeUnit'),
        AnniversaryDeadline: {
            on: g.kw('AnniversaryDeadline', 'on'), the: g.kw('AnniversaryDeadline', 'the'), ordinal: g.assigned('AnniversaryDeadline', 'ordinal'),
            anniversary: g.kw('AnniversaryDeadline', 'anniversary'), of: g.kw('AnniversaryDeadline', 'of'),
            anchor: g.assigned('AnniversaryDeadline', 'anchor')
        },
        DateLiteral: { DATE: g.call('DateLiteral', 'DATE') },
        QualifiedName: { first: g.call('QualifiedName', 'Name', 0, 2), dot: g.kw('QualifiedName', '.'), next: g.call('QualifiedName', 'Name', 1, 2) },
        Name: { ID: g.call('Name', 'ID'), keywords: g.kwMap('Name') },
        Commitment: {
            suppressions: g.assigned('Commitment', 'suppressions'), keyword: g.kw('Commitment', 'commitment'), name: g.assigned('Commitment', 'name'),
            open: g.kw('Commitment', '{'), close: g.kw('Commitment', '}'),
            byKeyword: g.kw('CommitmentMember', 'by'), actors: g.assigned('CommitmentMember', 'actors', 0, 2),
            actorsComma: g.kw('CommitmentMember', ','), moreActors: g.assigned('CommitmentMember', 'actors', 1, 2),
            modality: g.assigned('CommitmentMember', 'modality'), text: g.assigned('CommitmentMember', 'text'),
            mechanismKeyword: g.kw('CommitmentMember', 'mechanism'), mechanism: g.assigned('CommitmentMember', 'mechanism'),
            dueKeyword: g.kw('CommitmentMember', 'due'), due: g.assigned('CommitmentMember', 'due'),
            statusKeyword: g.kw('CommitmentMember', 'status'), status: g.assigned('CommitmentMember', 'status')
        },
        Modality: {
            shall: g.kw('Modality', 'shall'), shallNot: g.kw('Modality', 'not', 0, 2), will: g.kw('Modality', 'will'),
            explore: g.kw('Modality', 'explore'), willNot: g.kw('Modality', 'not', 1, 2), intends: g.kw('Modality', 'intends'),
            to: g.kw('Modality', 'to'), may: g.kw('Modality', 'may')
        },
        CommitmentStatus: g.kwMap('CommitmentStatus'),
        Mechanism: {
            suppressions: g.assigned('Mechanism', 'suppressions'), keyword: g.kw('Mechanism', 'mechanism'), name: g.assigned('Mechanism', 'name'),
            colon: g.kw('Mechanism', ':'), kind: g.assigned('Mechanism', 'kind'), open: g.kw('Mechanism', '{'), close: g.kw('Mechanism', '}'),
            statusKeyword: g.kw('MechanismMember', 'status'), status: g.assigned('MechanismMember', 'status'),
            partiesKeyword: g.kw('MechanismMember', 'parties'), parties: g.assigned('MechanismMember', 'parties', 0, 2),
            partiesComma: g.kw('MechanismMember', ',', 0, 2), moreParties: g.assigned('MechanismMember', 'parties', 1, 2),
            amountKeyword: g.kw('MechanismMember', 'amount'), amount: g.assigned('MechanismMember', 'amount'),
            resourcesKeyword: g.kw('MechanismMember', 'resources'), resources: g.assigned('MechanismMember', 'resources', 0, 2),
            resourcesComma: g.kw('MechanismMember', ',', 1, 2), moreResources: g.assigned('MechanismMember', 'resources', 1, 2),
            noteKeyword: g.kw('MechanismMember', 'note'), note: g.assigned('MechanismMember', 'note')
        },
        MechanismStatus: g.kwMap('MechanismStatus'),
        Money: {
            qualifier: g.assigned('Money', 'qualifier'), value: g.assigned('Money', 'value'), scale: g.assigned('Money', 'scale'),
            currency: g.assigned('Money', 'currency'), scope: g.assigned('Money', 'scope')
        },
        MoneyQualifier: {
            exactly: g.kw('MoneyQualifier', 'exactly'), at: g.kw('MoneyQualifier', 'at'), least: g.kw('MoneyQualifier', 'least'),
            up: g.kw('MoneyQualifier', 'up'), to: g.kw('MoneyQualifier', 'to'), about: g.kw('MoneyQualifier', 'about')
        },
        Scale: g.kwMap('Scale'),
        MoneyScope: { each: g.kw('MoneyScope', 'each'), in: g.kw('MoneyScope', 'in'), total: g.kw('MoneyScope', 'total') },
        Decimal: { INT: g.call('Decimal', 'INT'), DECIMAL: g.call('Decimal', 'DECIMAL') },
        Relation: {
            kind: g.assigned('Relation', 'kind'), target: g.assigned('Relation', 'target'), forKeyword: g.kw('Relation', 'for'),
            parties: g.assigned('Relation', 'parties', 0, 2), partiesComma: g.kw('Relation', ','), moreParties: g.assigned('Relation', 'parties', 1, 2),
            open: g.kw('Relation', '{'), close: g.kw('Relation', '}')
        },
        RelationKind: g.kwMap('RelationKind')
    };
}
