import { PIPELINE_CODES } from '../validation/diagnostic-codes.js';
import { PACTA_RULES } from '../validation/rules/index.js';

/**
 * Where the documentation of every finding lives: `docs/validation.md` of the repository, one
 * section per code. Anchors are GitHub's heading slugs: "### `pacta/unknown-country`" becomes
 * `#pactaunknown-country` (the same anchors the page's own summary table links to).
 */
export const PACTA_VALIDATION_DOCS_URL = 'https://github.com/pacta-lang/pacta/blob/main/docs/validation.md';

/** Links a diagnostic code to the section of the documentation that explains it. */
export interface RuleDocumentation {
    /** The address of the section documenting `code`, or undefined for a code without one. */
    urlOf(code: string): string | undefined;
}

export class DefaultRuleDocumentation implements RuleDocumentation {
    protected readonly documented: ReadonlySet<string>;

    constructor(protected readonly baseUrl: string = PACTA_VALIDATION_DOCS_URL) {
        this.documented = new Set<string>([...PIPELINE_CODES.map(entry => entry.code), ...PACTA_RULES.map(rule => rule.code)]);
    }

    urlOf(code: string): string | undefined {
        if (!this.documented.has(code)) return undefined;
        return `${this.baseUrl}#${anchorOf(code)}`;
    }
}

/** GitHub's slug of a heading that is just the code in backticks: lower case, punctuation other than `-` and `_` dropped. */
export function anchorOf(code: string): string {
    return code
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-');
}
