import type { Range, TextEdit } from 'vscode-languageserver-types';

/**
 * The quick fixes that are safe to apply without a person looking: they change nothing in the
 * compiled document, only remove what does nothing. `pacta check --fix` applies these; the editor
 * offers them as code actions. Removing a redundant resource (`rare_earths, neodymium`) is not one:
 * the compiled `resources` list changes, and keeping the member on purpose is allowed — the editor
 * offers it, `--fix` does not. The other quick fixes ("Change to 'MX'", "Declare party") guess at
 * what the author meant, so only the editor offers them. Both compute their edits in `safeFixEdit`.
 */
export const SAFE_FIX_CODES: ReadonlySet<string> = new Set(['pacta/unused-suppression']);

/** The edit of the safe fix of a finding (`code` and 0-based `range`), or undefined when it has none here. */
export function safeFixEdit(text: string, code: string, range: Range): TextEdit | undefined {
    switch (code) {
        case 'pacta/redundant-resource':
            return removeListItemEdit(text, range);
        case 'pacta/unused-suppression':
            return deleteLinesEdit(text, range);
        default:
            return undefined;
    }
}

/** Deletes one item of a comma-separated list with its separator: `, x` (or `x, ` for the first item). */
export function removeListItemEdit(text: string, range: Range): TextEdit | undefined {
    const start = offsetAt(text, range.start);
    const end = offsetAt(text, range.end);
    const before = /,\s*$/.exec(text.slice(0, start));
    if (before) return { range: { start: positionAt(text, before.index), end: range.end }, newText: '' };
    const after = /^\s*,\s*/.exec(text.slice(end));
    if (after) return { range: { start: range.start, end: positionAt(text, end + after[0].length) }, newText: '' };
    return undefined;
}

/** Deletes a range; when it is alone on its lines, the whole lines with their line break. */
export function deleteLinesEdit(text: string, range: Range): TextEdit {
    const lineStart = offsetAt(text, { line: range.start.line, character: 0 });
    const before = text.slice(lineStart, offsetAt(text, range.start));
    const endOffset = offsetAt(text, range.end);
    const lineEnd = text.indexOf('\n', endOffset);
    const rest = text.slice(endOffset, lineEnd === -1 ? text.length : lineEnd);
    if (before.trim() === '' && rest.trim() === '') {
        return { range: { start: { line: range.start.line, character: 0 }, end: { line: range.end.line + 1, character: 0 } }, newText: '' };
    }
    return { range, newText: '' };
}

/** The offset of a 0-based line and character (UTF-16), clamped to the text, as a TextDocument gives it. */
export function offsetAt(text: string, position: { line: number; character: number }): number {
    let offset = 0;
    for (let line = 0; line < position.line; line++) {
        const next = text.indexOf('\n', offset);
        if (next === -1) return text.length;
        offset = next + 1;
    }
    const lineEnd = text.indexOf('\n', offset);
    return Math.min(offset + Math.max(0, position.character), lineEnd === -1 ? text.length : lineEnd);
}

function positionAt(text: string, offset: number): { line: number; character: number } {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
