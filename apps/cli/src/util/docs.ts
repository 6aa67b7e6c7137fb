/**
 * Where the documentation lives. The validation page has one section per code, and its anchors
 * are GitHub's heading slugs: "### `pacta/unknown-country`" is `#pactaunknown-country` (the same
 * anchors the page's own summary table uses, and the editor's hovers link to).
 */
export const DOCS_BASE_URL = 'https://github.com/pacta-lang/pacta/blob/main/docs/';
export const VALIDATION_DOCS_URL = `${DOCS_BASE_URL}validation.md`;
export const CLI_DOCS_URL = `${DOCS_BASE_URL}cli.md`;

/** GitHub's slug of a heading that is just the code in backticks: lower case, punctuation other than `-` and `_` dropped. */
export function anchorOf(code: string): string {
    return code
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-');
}
