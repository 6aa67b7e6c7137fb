/**
 * The few things of `@pacta/language` that the public API shows, declared here so that a
 * consumer's type check never loads the language's declarations (and through them Langium's and
 * vscode-jsonrpc's). The functions delegate: the rules stay the language's, in one place. The
 * checks at the end keep the types identical to the language's.
 */
import * as language from '@pacta/language';

/** One fact marked `uncertain` (or otherwise not certain) that a listed date depends on. */
export interface UncertainFact {
    /** Id of the element marked `uncertain` (for a date claim, the id of its event). */
    id: string;
    /**
     * `approximate_date` (1.4): its own date is written `about` (not marked `uncertain`, but not known
     * to the day); `due_claims` (1.4): sources disagree on a commitment's deadline; `date_claims`:
     * an event's date claims give different dates (claims that agree on the date are no dispute).
     */
    kind: 'commitment' | 'event' | 'date_claim' | 'agreement' | 'approximate_date' | 'due_claims' | 'date_claims';
    /**
     * How the date depends on it: it is the deadline's own commitment or event (`subject`), the
     * date claim the subject's date is taken from (`claim`), an event or commitment the date is
     * counted from at any depth (`anchor`, or its date claim), or the agreement it belongs to (`agreement`).
     */
    role: 'subject' | 'claim' | 'anchor' | 'agreement';
    /**
     * For `due_claims` and `date_claims`: the other claims on the date, `60 days after announced per b`
     * (for an event, only those giving another date than the one its date is taken from).
     */
    detail?: string;
}

/** A calendar date as precise as it was written: `2026-07-01` (day), `2026-07` (month) or `2026` (year). */
export interface CalendarDate {
    readonly value: string;
    readonly precision: 'day' | 'month' | 'year';
}

/**
 * Text from the input made safe to show to a person (in a terminal, a log, an annotation): every
 * invisible character is written as its escape (`\x1B`, `\u202E`), so input cannot move the
 * cursor, erase a line or reorder what is shown. TAB and LF are kept. Never throws.
 */
export function visibleText(text: string): string {
    return language.visibleText(text);
}

/** A short, visible excerpt of input for a message: escaped as {@link visibleText}, cut to `max` (24) characters with `…`. */
export function excerpt(text: string, max?: number): string {
    return language.excerpt(text, max);
}

/** What is uncertain, in the words every list and hover uses: `uncertain: this commitment; anchor usmca.in_force (event)`. */
export function uncertaintyText(facts: readonly UncertainFact[]): string {
    return language.uncertaintyText(facts);
}

/**
 * An exact decimal string with the scale applied, without leading zeros or trailing fractional
 * zeros: (`12`, `billion`) → `12000000000`, (`1.25`, `thousand`) → `1250`, (`10.50`) → `10.5`.
 * Undefined for text that is not a decimal. Never goes through a float.
 */
export function scaleDecimal(written: string, scale?: string): string | undefined {
    return language.scaleDecimal(written, scale);
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
void (true satisfies Same<UncertainFact, language.UncertainFact>);
void (true satisfies Same<CalendarDate, language.CalendarDate>);
