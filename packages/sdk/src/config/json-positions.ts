/**
 * A small JSON reader that remembers where each value starts, so that a finding about a config
 * file (a schema error at `/dueSoonDays`) can point at its line and column. `JSON.parse` gives
 * the value but no positions; this parser accepts exactly JSON (RFC 8259) and nothing more.
 */

export interface PositionedJson {
    readonly value: unknown;
    /** The offset where the value at each JSON Pointer starts (`''` for the document; a member's key for an object member). */
    readonly offsets: ReadonlyMap<string, number>;
}

export class JsonSyntaxError extends Error {
    constructor(
        message: string,
        readonly offset: number
    ) {
        super(message);
    }
}

/** Parses `text` as JSON; throws `JsonSyntaxError` with the offset of the first error. */
export function parseJsonWithPositions(text: string): PositionedJson {
    const offsets = new Map<string, number>();
    let at = 0;
    const fail = (what: string): never => {
        throw new JsonSyntaxError(at >= text.length ? `unexpected end of the file (${what})` : `unexpected ${JSON.stringify(text[at])} (${what})`, at);
    };
    const space = () => {
        while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
    };
    const literal = (word: string, value: unknown) => {
        if (text.startsWith(word, at)) {
            at += word.length;
            return value;
        }
        return fail('a value was expected');
    };
    const string = (): string => {
        const start = at;
        at++;
        while (at < text.length && text[at] !== '"') {
            if (text[at] === '\\') at++;
            else if (text.charCodeAt(at) < 0x20) fail('a control character in a string');
            at++;
        }
        if (at >= text.length) fail('a string is not closed');
        at++;
        try {
            return JSON.parse(text.slice(start, at)) as string;
        } catch {
            at = start;
            return fail('a bad escape in a string');
        }
    };
    const value = (pointer: string): unknown => {
        space();
        offsets.set(pointer, at);
        const c = text[at];
        if (c === '{') {
            at++;
            const result: Record<string, unknown> = {};
            space();
            if (text[at] === '}') {
                at++;
                return result;
            }
            for (;;) {
                space();
                if (text[at] !== '"') fail('a key in double quotes was expected');
                const keyAt = at;
                const key = string();
                const child = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
                space();
                if (text[at] !== ':') fail("':' was expected");
                at++;
                result[key] = value(child);
                offsets.set(child, keyAt);
                space();
                if (text[at] === ',') {
                    at++;
                    continue;
                }
                if (text[at] === '}') {
                    at++;
                    return result;
                }
                fail("',' or '}' was expected");
            }
        }
        if (c === '[') {
            at++;
            const result: unknown[] = [];
            space();
            if (text[at] === ']') {
                at++;
                return result;
            }
            for (;;) {
                result.push(value(`${pointer}/${result.length}`));
                space();
                if (text[at] === ',') {
                    at++;
                    continue;
                }
                if (text[at] === ']') {
                    at++;
                    return result;
                }
                fail("',' or ']' was expected");
            }
        }
        if (c === '"') return string();
        if (c === 't') return literal('true', true);
        if (c === 'f') return literal('false', false);
        if (c === 'n') return literal('null', null);
        const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
        if (!number) return fail('a value was expected');
        at += number[0].length;
        return Number(number[0]);
    };
    if (text.charCodeAt(0) === 0xfeff) at = 1;
    const result = value('');
    space();
    if (at < text.length) fail('the document should end here');
    return { value: result, offsets };
}

/** 1-based line and column (UTF-16 code units) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
    let line = 1,
        lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text[i] === '\n') {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: Math.min(offset, text.length) - lineStart + 1 };
}
