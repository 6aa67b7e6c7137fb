/** The bidirectional embeddings, overrides and isolates (not the marks): they reorder what follows them. */
const BIDI_CONTROL_CLASS = '\\u202A-\\u202E\\u2066-\\u2069';
/**
 * Characters that change how text is shown rather than what it says: C0 and C1 controls but TAB
 * and LF (ESC, BEL, lone CR, DEL...) and the bidirectional marks, embeddings, overrides and
 * isolates of Unicode (the "Trojan Source" characters).
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = new RegExp(`[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F${BIDI_CONTROL_CLASS}]`, 'g');
const BIDI_CONTROL = new RegExp(`[${BIDI_CONTROL_CLASS}]`);

/** The bidirectional controls of a text, each with its offset. */
export function* bidiControls(text: string): Generator<{ char: string; offset: number }> {
    if (!BIDI_CONTROL.test(text)) return;
    for (const match of text.matchAll(new RegExp(BIDI_CONTROL.source, 'g'))) yield { char: match[0], offset: match.index };
}

/** `\x1B`, `\u202E`: the escape a person can read in place of an invisible character. */
export function escapeCharacter(char: string): string {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Text from the input made safe to show to a person (in a terminal, a log, an annotation): every
 * invisible character is written as its escape, so input cannot move the cursor, erase a line or
 * reorder what is shown. TAB and LF are kept.
 */
export function visibleText(text: string): string {
    return text.replace(INVISIBLE, escapeCharacter);
}

/** The longest piece of unexpected input a message quotes: enough to find it, too short to leak a file. */
export const MAX_EXCERPT = 24;

/** A short, visible excerpt of input for a message: escaped, cut to `MAX_EXCERPT` characters with `…`. */
export function excerpt(text: string, max = MAX_EXCERPT): string {
    const chars = [...text];
    const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
    return visibleText(cut).replace(/\r?\n/g, '\\n').replace(/\t/g, '\\t');
}

/**
 * The parser's messages quote the input they did not expect (`but found \`...\``, `but found: '...'`,
 * `->x<-`): a message quotes only a short, escaped excerpt of it, so a file that is not Pacta (a
 * key, a token) never comes back whole in a log.
 */
export function shortenQuotedInput(message: string): string {
    return message
        .replace(/(found:? )([`'])([\s\S]*)\2(\.?)$/, (_all, lead: string, quote: string, token: string, dot: string) => `${lead}${quote}${excerpt(token)}${quote}${dot}`)
        .replace(/->([\s\S]*?)<-/, (_all, chars: string) => `->${excerpt(chars)}<-`);
}
