import { type DocumentValidator, type LangiumDocument, type ParseResult, CstUtils } from 'langium';
import { NOT_READ_PAST } from '../parser/pacta-parser.js';
import { ruleNameOf } from '../parser/pacta-error-message-provider.js';
import { contextAt, explainSyntaxError } from '../parser/syntax-error-explainer.js';
import { TOO_DEEPLY_NESTED_MESSAGE } from '../parser/pacta-lexer.js';
import { excerpt } from '../text/visible-text.js';
import { SYNTAX_ERROR, TOO_DEEPLY_NESTED, UNKNOWN_RESOURCE, UNKNOWN_STAGE, UNRESOLVED_REFERENCE } from './diagnostic-codes.js';
import { type SyntaxDamage, constructAt, inRegion, syntaxDamage } from './syntax-damage.js';

type Diagnostic = Awaited<ReturnType<DocumentValidator['validateDocument']>>[number];

const TOO_DEEPLY_NESTED_HINT = 'Flatten it (`earliest of (earliest of (a, b), c)` is `earliest of (a, b, c)`), or give an inner date a name of its own (an event) and count from it.';

/** The lexer's findings as diagnostics: each unexpected character explained. */
export function lexerDiagnostics(parseResult: ParseResult, source: string | undefined): Diagnostic[] {
    const text = parseResult.value.$cstNode?.root.fullText ?? '';
    const root = parseResult.value;
    return [...parseResult.lexerErrors, ...(parseResult.lexerReport?.diagnostics ?? [])].map(error => {
        const range = {
            start: { line: error.line! - 1, character: error.column! - 1 },
            end: { line: error.line! - 1, character: error.column! + error.length - 1 }
        };
        if (error.message === TOO_DEEPLY_NESTED_MESSAGE) {
            return { severity: 1, range, message: error.message, source, code: TOO_DEEPLY_NESTED, data: { code: TOO_DEEPLY_NESTED, hint: TOO_DEEPLY_NESTED_HINT } };
        }
        const token = text.slice(error.offset, error.offset + Math.min(error.length, 40));
        const context = contextAt(text, error.offset, {
            kind: 'lexer',
            rules: [],
            token,
            where: constructAt(root, error.offset),
            message: `\`${excerpt(token)}\` is not part of the language.`
        });
        const { message, hint } = explainSyntaxError(context);
        return { severity: 1, range, message, source, code: SYNTAX_ERROR, data: { code: SYNTAX_ERROR, hint } };
    });
}

/** The parser's findings as diagnostics, in words, with the place and a hint (ranges as Langium gives them). */
export function parserDiagnostics(parseResult: ParseResult, source: string | undefined): Diagnostic[] {
    const text = parseResult.value.$cstNode?.root.fullText ?? '';
    const root = parseResult.value;
    const diagnostics: Diagnostic[] = [];
    const errors = parseResult.parserErrors;
    for (const error of errors.length > MAX_SYNTAX_ERRORS ? errors.slice(0, MAX_SYNTAX_ERRORS) : errors) {
        const { range, offset } = placeOf(error, text);
        const rules = (error.context?.ruleStack ?? []).map(ruleNameOf);
        const notReadPast = error.message.endsWith(NOT_READ_PAST);
        const context = contextAt(text, offset, {
            kind: error.name,
            rules,
            token: CstUtils.isValidTokenRange(error.token) ? error.token.image : '',
            where: rules.length > 1 ? constructAt(root, lastConsumed(text, offset)) : undefined,
            message: notReadPast ? error.message.slice(0, -NOT_READ_PAST.length) : error.message
        });
        const { message, hint } = explainSyntaxError(context);
        diagnostics.push({
            severity: 1,
            range,
            source,
            code: SYNTAX_ERROR,
            message: notReadPast ? message.replace(/\.$/, '') + NOT_READ_PAST + '.' : message,
            data: { code: SYNTAX_ERROR, hint }
        });
    }
    if (errors.length > MAX_SYNTAX_ERRORS) {
        const { range } = placeOf(errors[MAX_SYNTAX_ERRORS]!, text);
        diagnostics.push({
            severity: 1,
            range,
            source,
            code: SYNTAX_ERROR,
            message: `Syntax errors from here on are not reported: this file has more than ${MAX_SYNTAX_ERRORS}.`,
            data: { code: SYNTAX_ERROR, hint: 'Fix the errors above first (they often cause the later ones), or check that this is a Pacta file.' }
        });
    }
    return diagnostics;
}

/**
 * At most this many syntax errors of one file are reported, each in words; the rest are counted in
 * one more error. Past that, a file is rarely Pacta with mistakes, and explaining each costs time.
 */
export const MAX_SYNTAX_ERRORS = 100;

/**
 * Where the text before an error ends: inside the construct the parser was reading (the error's
 * own token is often skipped, or starts the next construct). After a `}`, the error itself.
 */
function lastConsumed(text: string, offset: number): number {
    let i = offset - 1;
    while (i >= 0 && offset - i < 200 && /\s/.test(text.charAt(i))) i--;
    return i < 0 || text.charAt(i) === '}' ? offset : i;
}

type ParserError = ParseResult['parserErrors'][number];
type Range = Diagnostic['range'];

/**
 * Where a parser error is shown: on its token; at the end of the text before it when its token is
 * a `}` (or the end of the file) on a later line, because what is missing is missing there
 * (`due within 60 days` lacks `after EVENT` on its own line, not before the next `}`).
 */
function placeOf(error: ParserError, text: string): { range: Range; offset: number } {
    const token = error.token;
    if (CstUtils.isValidTokenRange(token)) {
        const before = lastConsumed(text, token.startOffset);
        if ((token.image === '}' || token.image === '') && before < token.startOffset && text.slice(before, token.startOffset).includes('\n')) {
            const position = positionAfter(text, before, token.startOffset, token.startLine! - 1);
            return { range: { start: position, end: position }, offset: before + 1 };
        }
        return { range: CstUtils.tokenToRange(token), offset: token.startOffset };
    }
    const previous = (error as { previousToken?: typeof token }).previousToken;
    if (previous && CstUtils.isValidTokenRange(previous)) {
        const position = { line: previous.endLine! - 1, character: previous.endColumn! };
        return { range: { start: position, end: position }, offset: previous.endOffset! + 1 };
    }
    return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, offset: 0 };
}

/**
 * The position right after the character at `offset`, from a token after it on line `tokenLine`
 * (0-based): counts only the lines between them and the line of `offset` (each line once).
 */
function positionAfter(text: string, offset: number, tokenOffset: number, tokenLine: number): Range['start'] {
    let line = tokenLine;
    for (let i = offset; i < tokenOffset; i++) if (text.charCodeAt(i) === 10) line--;
    return { line, character: offset + 1 - (text.lastIndexOf('\n', offset) + 1) };
}

const damageCache = new WeakMap<ParseResult, SyntaxDamage>();

/** The damage of a document's syntax errors; undefined when it has none. Computed once per parse. */
export function damageOf(document: LangiumDocument): SyntaxDamage | undefined {
    const parseResult = document.parseResult;
    if (parseResult.lexerErrors.length === 0 && parseResult.parserErrors.length === 0) return undefined;
    let damage = damageCache.get(parseResult);
    if (!damage) {
        const offsets = syntaxOffsets(document);
        damage = syntaxDamage(document, offsets);
        damageCache.set(parseResult, damage);
    }
    return damage;
}

/**
 * The offsets of a document's syntax errors (but nesting too deep, which damages nothing), line by
 * line, the lexer's first on each line: an unexpected character (`$`, a lone `"`) is the cause of
 * what the parser finds on its line.
 */
function syntaxOffsets(document: LangiumDocument): number[] {
    const errors: Array<{ offset: number; line: number; lexer: boolean }> = [];
    const parseResult = document.parseResult;
    const at = (offset: number, lexer: boolean) => ({ offset, line: document.textDocument.positionAt(offset).line, lexer });
    for (const error of parseResult.lexerErrors) {
        if (error.message !== TOO_DEEPLY_NESTED_MESSAGE) errors.push(at(error.offset, true));
    }
    const text = document.textDocument.getText();
    for (const error of parseResult.parserErrors) errors.push(at(placeOf(error, text).offset, false));
    return errors.sort((a, b) => a.line - b.line || Number(b.lexer) - Number(a.lexer) || a.offset - b.offset).map(error => error.offset);
}

/**
 * One mistake, one finding: the syntax errors that follow from an earlier one are left out, and
 * so is every other finding inside the damaged region of a syntax error.
 */
export function withoutCascades(document: LangiumDocument, diagnostics: Diagnostic[]): Diagnostic[] {
    const damage = damageOf(document);
    if (!damage) return diagnostics;
    const shown = new Set<number>();
    return diagnostics.filter(diagnostic => {
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        if (diagnostic.code === SYNTAX_ERROR) {
            // One finding per place: a lexer and a parser error at one character are one mistake.
            if (!damage.reported.has(offset) || shown.has(offset)) return false;
            shown.add(offset);
            return true;
        }
        if (diagnostic.code === TOO_DEEPLY_NESTED) return true;
        return !inRegion(damage.regions, offset);
    });
}

/** True for an unresolved name that a broken declaration of the workspace seems to declare. */
export function isBrokenName(code: string, refText: string, brokenNames: ReadonlySet<string>): boolean {
    if (code !== UNRESOLVED_REFERENCE && code !== UNKNOWN_RESOURCE && code !== UNKNOWN_STAGE) return false;
    return brokenNames.has(refText.split('.').at(-1) ?? refText);
}
