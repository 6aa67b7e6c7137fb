import { closestMatch } from '../reference-data/closest.js';
import { excerpt } from '../text/visible-text.js';
import { capitalise } from './pacta-error-message-provider.js';
import { targetedExplanation } from './syntax-mistakes.js';
import { BLOCK_CONTENTS, SYNONYMS, TOP_LEVEL_KEYWORDS } from './syntax-vocabulary.js';

/** A syntax error as the explainer sees it: the parser's (or lexer's) finding and the text around it. */
export interface SyntaxErrorContext {
    /** `lexer`, or the parser's exception: `MismatchedTokenException`, `NoViableAltException`, … */
    readonly kind: string;
    /** The message of `PactaParserErrorMessageProvider` (or the lexer's). */
    readonly message: string;
    /** The grammar rules being read, outermost first (`Document`, …, `Commitment`, `TimeExpr`). */
    readonly rules: readonly string[];
    /** The unexpected token (for the lexer: the unexpected characters). */
    readonly token: string;
    /** Its start in the text. */
    readonly offset: number;
    /** The line up to the token (at most `WINDOW` characters). */
    readonly before: string;
    /** The line from the token on (at most `WINDOW` characters). */
    readonly after: string;
    /** The text before the token, across lines (at most `WINDOW` characters). */
    readonly preceding: string;
    /** The construct the error is in, for the message: "commitment `mou`". */
    readonly where?: string;
}

export interface Explanation {
    message: string;
    hint: string;
    /** False when the construct the parser was reading is itself a misreading (`February 4, 2026` read as an event `February`). */
    place?: false;
}

/** How much text around an error the explainer looks at: the work per error is bounded. */
export const WINDOW = 160;

/** The context of an error at `offset` (of a token `token`) in `text`; reads at most 3 × `WINDOW` characters. */
export function contextAt(text: string, offset: number, fields: Omit<SyntaxErrorContext, 'offset' | 'before' | 'after' | 'preceding'>): SyntaxErrorContext {
    const preceding = text.slice(Math.max(0, offset - WINDOW), offset);
    const lineStart = preceding.lastIndexOf('\n') + 1;
    const rest = text.slice(offset, offset + WINDOW);
    const lineEnd = rest.search(/\r?\n/);
    return { ...fields, offset, preceding, before: preceding.slice(lineStart), after: lineEnd < 0 ? rest : rest.slice(0, lineEnd) };
}

/**
 * The message and hint of a syntax error: a targeted one for a known mistake (`due by DATE`, a
 * missing quote, `party country US`…), else the parser's message in words, with the place and a
 * misspelt keyword's closest match.
 */
export function explainSyntaxError(context: SyntaxErrorContext): Explanation {
    const targeted = targetedExplanation(context) ?? misspeltKeyword(context);
    const { message, hint } = targeted ?? { message: context.message, hint: genericHint(context) };
    // The place, unless the message names it already ("Agreement `a` has no title").
    const name = context.where?.slice(context.where.indexOf('`'));
    if (!context.where || message.includes(name!) || targeted?.place === false) return { message, hint };
    return { message: `In ${context.where}: ${lowerFirst(message)}`, hint };
}

/** The innermost rule that reads a block, and the one reading the error's token. */
export function innermost(context: SyntaxErrorContext): string {
    return context.rules.at(-1) ?? 'Document';
}

/** A word found where a keyword starts a member or a declaration, close to one of them. */
function misspeltKeyword(context: SyntaxErrorContext): Explanation | undefined {
    if (!/^[A-Za-z_#]\w*$/.test(context.token)) return undefined;
    const rule = innermost(context);
    const atTop = context.kind === 'NotAllInputParsedException' || rule === 'Document' || rule === 'TopLevel';
    const keywords = atTop ? TOP_LEVEL_KEYWORDS : BLOCK_CONTENTS[rule]?.keywords;
    if (!keywords || (!context.message.includes('cannot be written here') && !context.message.includes('does not start a declaration'))) return undefined;
    const synonym = SYNONYMS[context.token.toLowerCase()];
    const match = synonym && keywords.includes(synonym) ? synonym : closestMatch(context.token, keywords);
    if (!match) return undefined;
    const word = `\`${excerpt(context.token)}\``;
    if (match.toLowerCase() === context.token.toLowerCase()) {
        return { message: `${word} is written in lowercase: \`${match}\`.`, hint: `Write \`${match}\`: the words of the language are lowercase.` };
    }
    return { message: `${capitalise(word)} is not a word of the language: did you mean \`${match}\`?`, hint: `Write \`${match}\`.` };
}

const HINTS: Array<[readonly string[], string]> = [
    [
        ['TimeExpr', 'DueTime', 'ByDate', 'OffsetDeadline', 'TimeUnit', 'DeadlineBound', 'AbsoluteDate', 'DateLiteral', 'DateOperand', 'OpenForm'],
        'Write a date (`2026-03-06`, `2026-03`, `year 2026`) or a deadline (`within 30 days after signed`); see "Dates and deadlines" in docs/language.md.'
    ],
    [
        ['Figure', 'Quantity', 'PercentSign', 'AmountPurpose', 'PerUnit'],
        'Write a figure as `figure NAME [at least | more than | …] NUMBER UNIT "what"`, the unit `%`, a currency, `days`… or a noun; see "Figures" in docs/language.md.'
    ],
    [
        ['Money', 'Decimal', 'MoneyQualifier', 'Scale', 'MoneyScope'],
        'Write an amount as `[exactly | at least | up to | about | more than | less than] 12 billion USD [per UNIT] [each | in total] [committed | pledged | forecast | estimated | disbursed]`; see "Money" in docs/language.md.'
    ],
    [['Name', 'QualifiedName'], 'A name starts with a letter or `_` and goes on with letters, digits and `_`; the words of the language are reserved (see "Names" in docs/language.md).'],
    [['Modality'], 'Write one of `shall`, `shall not`, `will`, `will not`, `will explore`, `intends to`, `may`, then the text in quotes.'],
    [['Citation', 'Cited'], 'Write `cite SOURCE "locator"`, where SOURCE is declared with `source NAME "Title"`.'],
    [['Commitment', 'CommitmentMember'], 'A commitment is written `commitment NAME { by PARTY  will "…"  due DATE }`; see "Commitments" in docs/language.md.'],
    [['Mechanism', 'MechanismMember'], 'A mechanism is written `mechanism NAME: KIND { status …  parties …  amount … }`; see "Mechanisms" in docs/language.md.'],
    [['Agreement', 'AgreementMember'], 'An agreement is written `agreement NAME "Title" { … }`, one member per line; see "Agreements and instruments" in docs/language.md.'],
    [['Party', 'PartyMember'], 'A party is written `state US "United States"` (or `bloc`, `organisation`, `agency`, `company`, `person`); see "Parties" in docs/language.md.']
];

/** The rules whose words are a closed list: a misspelt one has a closest match. */
const WORD_LISTS: Record<string, readonly string[]> = {
    CommitmentStatus: ['pending', 'in_progress', 'fulfilled', 'breached', 'lapsed', 'superseded'],
    MechanismStatus: ['exploring', 'agreed', 'operational', 'suspended', 'ended'],
    TimeUnit: ['day', 'days', 'business', 'week', 'weeks', 'month', 'months', 'year', 'years'],
    Scale: ['thousand', 'million', 'billion', 'trillion'],
    RelationKind: ['builds_on', 'implements', 'amends', 'supersedes', 'succeeds', 'continues', 'references', 'reviewed_by'],
    Binding: ['binding', 'nonbinding']
};

function genericHint(context: SyntaxErrorContext): string {
    if (context.kind === 'lexer') return 'Remove the unexpected characters, or put them inside a text in "double quotes".';
    const list = WORD_LISTS[innermost(context)];
    if (list) {
        const match = closestMatch(context.token, list);
        return match ? `Did you mean \`${match}\`?` : `Write one of ${list.map(word => `\`${word}\``).join(', ')}.`;
    }
    for (let i = context.rules.length - 1; i >= 0; i--) {
        const rule = context.rules[i]!;
        const found = HINTS.find(([rules]) => rules.includes(rule));
        if (found) return found[1];
    }
    return 'Compare the line with the language reference (docs/language.md): a file is a list of declarations such as `state US "United States"` and `agreement NAME "Title" { … }`.';
}

function lowerFirst(text: string): string {
    return text.startsWith('`') ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
