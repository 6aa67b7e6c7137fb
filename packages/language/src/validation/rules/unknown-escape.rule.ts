import { createRule } from '../rule.js';
import { rangeIn, stringTokens } from './string-tokens.js';

/**
 * `"line one\nline two"`, `"tab\there"`, `"\0"`: a backslash before anything but `"` or `\`. Pacta
 * text has two escapes, `\"` and `\\` (docs/language.md, "Text"); any other backslash is kept as
 * written (the value of `"a\nb"` is `a`, a backslash, `n`, `b`), which is rarely what was meant.
 */
export const unknownEscapeRule = createRule({
    code: 'pacta/unknown-escape',
    severity: 'warning',
    description: 'A backslash in a text that starts no escape (only `\\"` and `\\\\` are escapes): it is kept as written.',
    checks: {
        Document: (document, context) => {
            for (const token of stringTokens(document, /\\/)) {
                const text = token.text;
                // The closing quote is never escaped: an escaped quote does not end the token.
                for (let i = 1; i < text.length - 1; i++) {
                    if (text[i] !== '\\') continue;
                    const next = text[i + 1]!;
                    if (next === '"' || next === '\\') {
                        i++;
                        continue;
                    }
                    const shown = /[\x21-\x7e]/.test(next) ? `\\${next}` : `\\ followed by U+${next.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
                    context.report({
                        node: document,
                        range: rangeIn(token, i, 2),
                        message: `'${shown}' is not an escape in Pacta text: it is kept as written, backslash and all.`,
                        hint: 'Only \\" (a quote) and \\\\ (a backslash) are escapes: write \\\\ for a backslash; text is one line, with no tabs or line breaks.',
                        data: {}
                    });
                }
            }
        }
    }
});
