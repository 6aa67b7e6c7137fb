import { AstUtils } from 'langium';
import { bidiControls, escapeCharacter } from '../../text/visible-text.js';
import { createRule } from '../rule.js';

const NAMES: Record<string, string> = {
    '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
    '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
    '\u202C': 'POP DIRECTIONAL FORMATTING',
    '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
    '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
    '\u2066': 'LEFT-TO-RIGHT ISOLATE',
    '\u2067': 'RIGHT-TO-LEFT ISOLATE',
    '\u2068': 'FIRST STRONG ISOLATE',
    '\u2069': 'POP DIRECTIONAL ISOLATE'
};

/**
 * A bidirectional embedding, override or isolate in a string or a comment ("Trojan Source",
 * CVE-2021-42574): it makes an editor or a review show the text in another order than the one
 * that is compiled. One finding per line that has one (outside strings and comments the lexer
 * already refuses the character).
 */
export const bidiControlRule = createRule({
    code: 'pacta/bidi-control',
    severity: 'warning',
    description: 'A bidirectional control character (U+202A–U+202E, U+2066–U+2069) that can make the text read differently from what is compiled.',
    checks: {
        Document: (document, context) => {
            const text = document.$cstNode?.root.fullText;
            if (text === undefined) return;
            let lastLine = -1;
            for (const { char, offset } of bidiControls(text)) {
                const start = AstUtils.getDocument(document).textDocument.positionAt(offset);
                if (start.line === lastLine) continue;
                lastLine = start.line;
                context.report({
                    node: document,
                    range: { start, end: { line: start.line, character: start.character + 1 } },
                    message: `An invisible ${NAMES[char] ?? 'bidirectional control'} character (${escapeCharacter(char)}) can make this line read differently from what is compiled.`,
                    hint: 'Remove it; to write right-to-left text, type the characters in their logical order without direction controls.',
                    data: { character: escapeCharacter(char) }
                });
            }
        }
    }
});
