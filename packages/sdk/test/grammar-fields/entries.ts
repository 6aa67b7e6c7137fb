/**
 * The shape of the reviewed table that says where each field of the grammar goes (see
 * `../grammar-fields.test.ts`). Every entry is checked by compiling its sample.
 */

/** A field that reaches the compiled JSON. */
export interface Reaches {
    readonly sample: string;
    /**
     * Where it lands: property names and `[…]` selectors, e.g. `sources[k].kind` or
     * `commitments[a.c].due.occurrences.dates`. `[id]` picks the element of an array with that
     * `id`, `[2]` the element at that index.
     */
    readonly path: string;
    /** What the path holds for the sample (compared with deep equality). */
    readonly value: unknown;
    /** Findings (errors and warnings) the sample reports; none unless given. */
    readonly diagnostics?: readonly string[];
    /**
     * For a single-valued field the grammar lets a block repeat (`kind a kind b`): a sample that
     * repeats it, which must report `pacta/repeated-field`, since the parser keeps only the last.
     */
    readonly repeated?: string;
}

/** A directive for the validator, not a fact of the agreement: it has no place in the JSON. */
export interface Directive {
    /** Why it is not in the JSON, for the reviewer. */
    readonly why: string;
    readonly sample: string;
    /** The findings the sample reports. */
    readonly diagnostics: readonly string[];
    /** The same sample without the field (or with another value): the findings it reports instead. */
    readonly control: { readonly sample: string; readonly diagnostics: readonly string[] };
}

export type FieldEntry = Reaches | Directive;

export const SUPPRESSION_WHY = 'a `#suppress` directive silences a finding of the validator (pacta/unused-suppression when it silences nothing); it says nothing about the agreement';

export const reaches = (sample: string, path: string, value: unknown, extra: Pick<Reaches, 'diagnostics' | 'repeated'> = {}): Reaches => ({ sample, path, value, ...extra });

export function isDirective(entry: FieldEntry): entry is Directive {
    return 'why' in entry;
}

/** Declared beside every sample: two states (Japan with its holiday calendar) and a source. */
export const PRELUDE = ['state US "United States"', 'state JP "Japan" { holidays "JP" }', 'source s "A source"', ''].join('\n');

/** An agreement `a` between US and JP, signed on 2026-01-01, with the given lines in its body. */
export function agreement(...lines: string[]): string {
    return ['agreement a "A" {', '    parties US, JP', '    signed 2026-01-01', ...lines.map(line => `    ${line}`), '}', ''].join('\n');
}

/** A commitment `a.c` by US that is due as given. */
export function due(time: string, ...lines: string[]): string {
    return agreement(...lines, `commitment c { by US will "act" due ${time} }`);
}
