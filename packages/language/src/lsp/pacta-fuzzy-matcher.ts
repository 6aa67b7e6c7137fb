import { DefaultFuzzyMatcher } from 'langium/lsp';

const DOT = '.'.charCodeAt(0);

/**
 * Langium's fuzzy matching (a query matches from the start of a word), with `.` also starting a
 * word: `joint` finds `usmca.joint_review`, `in` completes to `usmca.in_force`.
 */
export class PactaFuzzyMatcher extends DefaultFuzzyMatcher {
    protected override isWordTransition(previous: number, current: number): boolean {
        return super.isWordTransition(previous, current) || (previous === DOT && current !== DOT);
    }
}
