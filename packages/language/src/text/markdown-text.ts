/**
 * Text from a document inside Markdown (a hover, a table cell, a pull-request comment): no HTML, no
 * link or image (`[…](…)`), no emphasis or code of its own, no table break or line break, and no
 * `@name` that would notify someone where the Markdown is posted (a zero-width space follows the `@`).
 * Titles and texts are the author's words, shown as they are written. A text not written yet (half-typed
 * input) is empty.
 */
export function markdownText(text: string | undefined): string {
    return (text ?? '')
        .replace(/[\\`*_[\]<>|&]/g, c => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`))
        .replace(/[\r\n\u0000-\u001f]+/g, ' ')
        .replace(/@(?=[A-Za-z0-9])/g, '@\u200b');
}
