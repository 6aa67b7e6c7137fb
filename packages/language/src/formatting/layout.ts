/**
 * The layout engine of the Pacta formatter: given the tokens of a text (code tokens and comments,
 * in order) and the rule for the gap between each two consecutive code tokens, it computes the
 * whitespace of every gap. It only ever replaces whitespace between tokens, plus the whitespace
 * inside comments (trailing blanks, the indentation of a block comment's continuation lines), so
 * the tokens and their order never change.
 *
 * Pure functions over strings, no Langium: the formatter (`pacta-formatter.ts`) feeds it the
 * lexer's tokens and the rules its `format(node)` registered through Langium's `Formatting` API.
 */

/** A token of the text: a code token, or a comment (hidden token). Offsets into the text; `end` is exclusive. */
export interface LayoutToken {
    readonly start: number;
    readonly end: number;
    readonly text: string;
    /** `line` for `// ...` (it runs to the end of its line), `block` for `/* ... *\/`; absent for code. */
    readonly comment?: 'line' | 'block';
}

/**
 * What goes between two consecutive code tokens: `count` spaces on the same line, or a line
 * break — `min` to `max` of them, as many as the text had within those bounds (2 keeps one blank line).
 */
export type GapRule = { readonly kind: 'space'; readonly count: number } | { readonly kind: 'lines'; readonly min: number; readonly max: number };

export interface LayoutOptions {
    /** Columns of one indentation level (and of a tab, when widths are measured). */
    readonly tabSize: number;
    /** Indent with spaces (`tabSize` per level), or with one tab per level. */
    readonly insertSpaces: boolean;
}

/** Replace `text.slice(start, end)` by `text`. */
export interface Replacement {
    readonly start: number;
    readonly end: number;
    readonly text: string;
    /** Set when the replacement rewrites a comment (not the gap before a token). */
    readonly comment?: true;
}

const LINE_BREAK = /\r\n|\r|\n/g;
const BOM = '\uFEFF';

/** Around the declarations of a file and the comments before and after them: one blank line at most. */
const FILE_LEVEL: GapRule = { kind: 'lines', min: 1, max: 2 };

/**
 * The line break of the output: CRLF when the first line break of the text is CRLF, LF otherwise
 * (also for a text without any line break). Mixed line endings are normalised to that one.
 */
export function detectEol(text: string): '\n' | '\r\n' {
    const match = /\r\n|\r|\n/.exec(text);
    return match?.[0] === '\r\n' ? '\r\n' : '\n';
}

function countLineBreaks(text: string): number {
    return text.match(LINE_BREAK)?.length ?? 0;
}

function clamp(value: number, min: number, max: number): number {
    return Math.max(min, Math.min(max, value));
}

/**
 * Lays out every gap of `text`. `tokens` are all tokens (code and comments) sorted by offset,
 * not overlapping; `rule(a, b)` gives the rule between two consecutive code tokens. Returns only
 * the replacements that change something, in text order, never overlapping.
 *
 * - Indentation is the brace depth: a token is indented one level per `{` still open before it
 *   (a `}` by the level of its `{`).
 * - A comment on the same line as what precedes it stays there, after one space (a trailing
 *   comment). A comment on a line of its own keeps its own line, indented like the token that
 *   follows it (like the block's members when that token is the closing `}`), with the blank line
 *   before it kept (at most one) except right after `{`, right before `}` and at the start of the file.
 * - Where the rule breaks lines, a doc comment (`/** ... *\/`) gets lines of its own, and what it
 *   documents starts on the next line.
 * - Where a rule asks for spaces but a comment forces a line break (after a `//` comment, or a
 *   comment the author put on its own line), the rest continues on the next line, one level deeper.
 * - The file starts with its first token (a byte-order mark is kept) and ends with exactly one
 *   line break; an empty or blank file becomes empty.
 */
export function layoutTokens(text: string, tokens: readonly LayoutToken[], rule: (a: LayoutToken, b: LayoutToken) => GapRule, options: LayoutOptions): Replacement[] {
    const eol = detectEol(text);
    const bom = text.startsWith(BOM) ? 1 : 0;
    const tabSize = Math.max(1, Math.floor(options.tabSize) || 1);
    const unit = options.insertSpaces ? ' '.repeat(tabSize) : '\t';
    const indentText = (level: number) => unit.repeat(Math.max(0, level));
    const width = (s: string) => {
        let w = 0;
        for (const ch of s) w += ch === '\t' ? tabSize : 1;
        return w;
    };
    const columnsText = (columns: number) => (options.insertSpaces ? ' '.repeat(columns) : '\t'.repeat(Math.floor(columns / tabSize)) + ' '.repeat(columns % tabSize));

    // The indentation level of each code token: its brace depth.
    const level = new Map<LayoutToken, number>();
    let depth = 0;
    for (const token of tokens) {
        if (token.comment) continue;
        if (token.text === '}') depth--;
        level.set(token, Math.max(0, depth));
        if (token.text === '{') depth++;
    }
    const levelOf = (token: LayoutToken) => level.get(token) ?? 0;

    const replacements: Replacement[] = [];
    let column = 0; // the output column after what has been laid out so far
    const emit = (s: string) => {
        const lines = s.split(LINE_BREAK);
        column = lines.length > 1 ? width(lines[lines.length - 1]!) : column + width(s);
    };
    const replace = (start: number, end: number, replacement: string, comment = false) => {
        if (text.slice(start, end) !== replacement) replacements.push({ start, end, text: replacement, ...(comment ? { comment: true as const } : {}) });
        emit(replacement);
    };
    /** The column of `offset` in the input, measured like the output's. */
    const inputColumn = (offset: number) => {
        const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
        return width(text.slice(Math.max(lineStart, bom), offset));
    };

    /**
     * A comment without trailing blanks. The continuation lines of a block comment whose lines all
     * start with `*` (a doc comment) are aligned one column right of its `/`; those of another
     * block comment move by as many columns as its first line moved.
     */
    const layoutComment = (comment: LayoutToken): string => {
        if (comment.comment === 'line') return comment.text.trimEnd();
        const lines = comment.text.split(LINE_BREAK);
        if (lines.length === 1) return comment.text.trimEnd();
        const rest = lines
            .slice(1)
            .map(line => line.trim())
            .filter(line => line !== '');
        const starred = rest.every(line => line.startsWith('*'));
        const shift = column - inputColumn(comment.start);
        return lines
            .map((line, index) => {
                if (index === 0) return line.trimEnd();
                const indent = /^[ \t]*/.exec(line)![0];
                const body = line.slice(indent.length).trimEnd();
                if (body === '') return '';
                return columnsText(starred ? column + 1 : Math.max(0, width(indent) + shift)) + body;
            })
            .join(eol);
    };

    const layoutGap = (a: LayoutToken | undefined, comments: readonly LayoutToken[], b: LayoutToken | undefined) => {
        const gapRule = a && b ? rule(a, b) : FILE_LEVEL;
        const inBlockEdge = (a?.text === '{' && !a.comment) || (b?.text === '}' && !b.comment) || !a || !b;
        const commentIndent = gapRule.kind === 'space' ? (b ? levelOf(b) + 1 : 0) : !b ? 0 : b.text === '}' ? levelOf(b) + 1 : levelOf(b);
        /** Most line breaks between two items of this gap, when at least one is a comment. */
        const maxLines = (x: LayoutToken, y: LayoutToken) => {
            if (gapRule.kind === 'space') return 1;
            if ((x === a && x.text === '{') || (y === b && y.text === '}')) return 1;
            return inBlockEdge ? 2 : gapRule.max;
        };
        // Where the rule breaks lines, a doc comment has lines of its own: it documents what follows it.
        const breakBefore = (y: LayoutToken) => gapRule.kind === 'lines' && isDocComment(y);
        const breakAfter = (x: LayoutToken) => x.comment === 'line' || (gapRule.kind === 'lines' && isDocComment(x));
        const items: Array<LayoutToken | undefined> = [a, ...comments, b];
        let broken = false; // a comment of this gap has started a line of its own
        for (let i = 0; i + 1 < items.length; i++) {
            const x = items[i];
            const y = items[i + 1];
            const start = x ? x.end : bom;
            const end = y ? y.start : text.length;
            const lines = countLineBreaks(text.slice(start, end));
            let gap: string;
            if (!x) {
                gap = ''; // the start of the file: what comes first starts a line of its own
                broken = true;
            } else if (!y) {
                gap = eol; // the end of the file
            } else if (y.comment) {
                if (lines === 0 && !breakAfter(x) && !breakBefore(y)) {
                    gap = ' ';
                } else {
                    gap = eol.repeat(clamp(lines, 1, maxLines(x, y))) + indentText(commentIndent);
                    broken = true;
                }
            } else if (x === a) {
                gap = gapRule.kind === 'space' ? ' '.repeat(gapRule.count) : eol.repeat(clamp(lines, gapRule.min, gapRule.max)) + indentText(levelOf(y));
            } else if (lines > 0 || breakAfter(x)) {
                gap = gapRule.kind === 'space' ? eol + indentText(levelOf(y) + 1) : eol.repeat(clamp(lines, 1, maxLines(x, y))) + indentText(levelOf(y));
            } else {
                // A block comment on the line of the next token: `/* note */ kind x` stays as written,
                // unless the rule wants a line break that no comment of this gap has given yet.
                gap = gapRule.kind === 'lines' && !broken ? eol.repeat(gapRule.min) + indentText(levelOf(y)) : ' ';
            }
            replace(start, end, gap);
            if (y?.comment) {
                replace(y.start, y.end, layoutComment(y), true);
            } else if (y) {
                emit(y.text);
            }
        }
    };

    let previous: LayoutToken | undefined;
    let pending: LayoutToken[] = [];
    for (const token of tokens) {
        if (token.comment) {
            pending.push(token);
            continue;
        }
        layoutGap(previous, pending, token);
        previous = token;
        pending = [];
    }
    layoutGap(previous, pending, undefined);
    return replacements;
}

/** `/** ... *\/`: a block comment that documents the declaration after it. */
export function isDocComment(token: LayoutToken): boolean {
    return token.comment === 'block' && token.text.startsWith('/**') && token.text !== '/**/';
}

/** Applies replacements (in text order, not overlapping) to a text. */
export function applyReplacements(text: string, replacements: readonly Replacement[]): string {
    let result = '';
    let at = 0;
    for (const r of replacements) {
        result += text.slice(at, r.start) + r.text;
        at = r.end;
    }
    return result + text.slice(at);
}

/**
 * A token as the formatter must keep it: code tokens exactly; comments up to the whitespace the
 * formatter may change (line endings, trailing blanks, the indentation of continuation lines).
 */
export function comparableToken(token: LayoutToken): string {
    if (!token.comment) return token.text;
    return token.text
        .split(LINE_BREAK)
        .map(line => line.trim())
        .join('\n');
}
