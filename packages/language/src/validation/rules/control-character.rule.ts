import { createRule } from '../rule.js';
import { rangeIn, stringTokens } from './string-tokens.js';

/** C0 controls but line breaks (a string cannot hold one), DEL and C1 controls. */
const CONTROL = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f]/;
const CONTROL_GLOBAL = new RegExp(CONTROL.source, 'g');

const NAMES: Record<number, string> = { 0: 'NUL', 7: 'BEL', 8: 'BACKSPACE', 9: 'TAB', 11: 'VT', 12: 'FF', 27: 'ESC', 127: 'DEL' };

/**
 * A control character inside a quoted text (NUL, TAB, ESC...): invisible in an editor, and in the
 * outputs it may cut a C string, move a terminal's cursor or break a CSV row. One finding per text.
 */
export const controlCharacterRule = createRule({
    code: 'pacta/control-character',
    severity: 'error',
    description: 'A control character (NUL, TAB, ESC...) inside a text.',
    checks: {
        Document: (document, context) => {
            for (const token of stringTokens(document, CONTROL)) {
                const found = [...token.text.matchAll(CONTROL_GLOBAL)];
                const first = found[0];
                if (!first) continue;
                const code = first[0].charCodeAt(0);
                const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}${NAMES[code] ? ` (${NAMES[code]})` : ''}`;
                const more = found.length > 1 ? ` and ${found.length - 1} more` : '';
                context.report({
                    node: document,
                    range: rangeIn(token, first.index, 1),
                    message: `This text holds the control character ${name}${more}.`,
                    hint: 'Remove it, or write a space for a TAB: text is one line of visible characters.',
                    data: {}
                });
            }
        }
    }
});
