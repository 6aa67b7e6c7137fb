/**
 * Messages quote only a short, escaped excerpt of input they did not expect: a file that is not
 * Pacta (a key, a token file behind a link) never comes back whole in a log or an annotation.
 */
import { describe, expect, test } from 'vitest';
import { MAX_EXCERPT, excerpt, shortenQuotedInput, visibleText } from '../../src/index.js';
import { buildDocument, messageOf } from '../pacta-test-kit.js';

const SECRET = 'npm_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';

describe('syntax errors quote a short excerpt', () => {
    test('a long unexpected token is cut', async () => {
        const { fileDiagnostics } = await buildDocument(`${SECRET}\n//registry.example/:_authToken=${SECRET}\n`);
        expect(fileDiagnostics.length).toBeGreaterThan(0);
        for (const d of fileDiagnostics) {
            expect(d.code).toBe('pacta/syntax-error');
            expect(messageOf(d)).not.toContain(SECRET);
        }
        expect(messageOf(fileDiagnostics[0]!)).toMatch(new RegExp(`^\`${SECRET.slice(0, MAX_EXCERPT)}…\` does not start a declaration`));
    });

    test('the messages and hints written for a mistake quote only excerpts too', async () => {
        for (const text of [
            `agreement a "A" {\n    kind = ${SECRET}\n}\n`,
            `agreement a "A" {\n    commitment c {\n        ${SECRET}, ${SECRET} will "x"\n    }\n}\n`,
            `state ${SECRET}${SECRET} {\n}\n`,
            `party country ${SECRET} "${SECRET}"\n`
        ]) {
            const { fileDiagnostics } = await buildDocument(text);
            expect(fileDiagnostics.length, text).toBeGreaterThan(0);
            expect(JSON.stringify(fileDiagnostics), text).not.toContain(SECRET);
        }
    });

    test('a long quoted string is cut and control characters are escaped', async () => {
        const { fileDiagnostics } = await buildDocument(`"\u001b[2K\u001b[1Aall good, nothing to see here at all"`);
        const message = messageOf(fileDiagnostics[0]!);
        expect(message).not.toMatch(/[\u0000-\u001f]/);
        expect(message).toMatch(/^`"\\x1B\[2K\\x1B\[1Aall good, nothi…` does not start a declaration/);
    });

    test('unexpected characters are escaped', async () => {
        const { fileDiagnostics } = await buildDocument('agreement a "A" {\u0007}');
        const lexing = fileDiagnostics.find(d => messageOf(d).includes('is not part of the language'));
        expect(lexing && messageOf(lexing)).toBe('In agreement `a`: `\\x07` is not part of the language.');
    });
});

describe('excerpt and visibleText', () => {
    test('escapes invisible characters and keeps the rest', () => {
        expect(visibleText('a\u001bb\u0007c\rd\u202Ee\u2066f\tg\nh')).toBe('a\\x1Bb\\x07c\\x0Dd\\u202Ee\\u2066f\tg\nh');
        expect(visibleText('Mexico – México « Japan » 日本')).toBe('Mexico – México « Japan » 日本');
    });

    test('cuts by characters, never inside a surrogate pair', () => {
        expect(excerpt('😀'.repeat(30))).toBe('😀'.repeat(MAX_EXCERPT) + '…');
        expect(excerpt('line\nbreak\ttab')).toBe('line\\nbreak\\ttab');
    });

    test('shortenQuotedInput leaves a message without quoted input as it is', () => {
        expect(shortenQuotedInput("Expecting keyword '{' but found `x`.")).toBe("Expecting keyword '{' but found `x`.");
        expect(shortenQuotedInput("Expecting: one of these\nbut found: '" + 'y'.repeat(40) + "'")).toBe("Expecting: one of these\nbut found: '" + 'y'.repeat(24) + "…'");
    });
});
