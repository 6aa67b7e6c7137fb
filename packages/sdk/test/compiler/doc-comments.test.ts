import { describe, expect, test } from 'vitest';
import { compileSources } from '../../src/index.js';
import { dedent } from '../../src/compiler/doc-comments.js';

describe('doc comments', () => {
    test('a /** */ comment right before a declaration is its doc, as Markdown, lines dedented', async () => {
        const result = await compileSources({
            'a.pacta': `/**
 * The United States.
 * Second line, with a list:
 * - one
 *
 *     indented code stays indented
 */
state US "United States"
/* not a doc comment */
state JP "Japan"
/** Separated by a line comment, so not the doc of MX. */
// a line comment
state MX "Mexico"
`
        });
        const docs = Object.fromEntries(result.output!.parties.map(p => [p.id, p.doc]));
        expect(docs).toEqual({
            US: 'The United States.\nSecond line, with a list:\n- one\n\n    indented code stays indented',
            JP: undefined,
            MX: undefined
        });
    });

    test('members of an agreement have docs too; links render as text', async () => {
        const result = await compileSources({
            'a.pacta': `state US "United States"
agreement a "A" {
    parties US
    /** Signed by {@link US}. */
    signed 2026-01-01
    /** Do it. */
    commitment c { by US will "x" }
    /** The floor. */
    mechanism m: price_floor
}`
        });
        expect(result.output!.events[0]!.doc).toBe('Signed by US.');
        expect(result.output!.commitments[0]!.doc).toBe('Do it.');
        expect(result.output!.mechanisms[0]!.doc).toBe('The floor.');
    });

    test('dedent', () => {
        expect(dedent('a\n b\n  c')).toBe('a\nb\n c');
        expect(dedent('a\n\n b')).toBe('a\n\nb');
        expect(dedent('a')).toBe('a');
        expect(dedent('a\r\n b')).toBe('a\nb');
    });
});
