import { type LangiumDocument, type ValidationCategory, ValidationCategory as Categories, ValidationRegistry } from 'langium';

/**
 * The validation category of the rules that only run on request: `pacta/missing-source`
 * (`pacta check --strict-sources`, the SDK's `strictSources: true`, the editor's
 * `pacta.strictSources` setting).
 */
export const STRICT_SOURCES_CATEGORY = 'strict-sources';

/** Categories that run only when a front end asks for them; every other rule is in `fast`. */
export const OPT_IN_CATEGORIES: readonly ValidationCategory[] = [STRICT_SOURCES_CATEGORY];

/** The switches of the opt-in rules, as the SDK, the CLI and the editor take them. */
export interface PactaValidationOptions {
    /** Report facts without a source (`pacta/missing-source`). */
    strictSources?: boolean;
}

/**
 * The validation categories of a full build with these options: Langium's defaults (`built-in`,
 * `fast`, `slow`) and the opt-in categories switched on. Pass them as the build's
 * `validation: { categories }`; `validation: true` runs the defaults only.
 */
export function pactaValidationCategories(options: PactaValidationOptions = {}): ValidationCategory[] {
    return [...Categories.defaults, ...(options.strictSources ? [STRICT_SOURCES_CATEGORY] : [])];
}

/**
 * Langium's registry, with the opt-in categories left out of "every category": a build with
 * `validation: true` (the default of the test kits, the SDK and the editor's first build) runs
 * the defaults only, and a rule of an opt-in category runs when a build names its category.
 */
export class PactaValidationRegistry extends ValidationRegistry {
    override getAllValidationCategories(_document: LangiumDocument): ReadonlySet<ValidationCategory> {
        return new Set([...this.knownCategories].filter(category => !OPT_IN_CATEGORIES.includes(category)));
    }
}
