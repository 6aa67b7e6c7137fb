/**
 * Everything the report shows from the input (titles, texts, URLs) goes through here: the files
 * are the user's, so a title may hold `<script>` or a quote, and a URL may be `javascript:`.
 */

/** Text for HTML content and quoted attribute values: `& < > " '` escaped. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, c => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/** The URL when it is an absolute `http:` or `https:` address (only those become links); undefined otherwise. */
export function httpUrl(url: string | undefined): string | undefined {
    if (url === undefined) return undefined;
    try {
        const parsed = new URL(url);
        return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
    } catch {
        return undefined;
    }
}

/** An id as an HTML `id` / fragment: ids are identifiers with dots; anything else becomes `_`. */
export function anchorId(prefix: string, id: string): string {
    return `${prefix}-${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

/** A text cut to `max` characters with `…` (labels in the SVGs; the full text is in their title). */
export function shorten(text: string, max: number): string {
    const chars = [...text];
    return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
