/**
 * Nothing the language accepts is dropped: every field of the grammar (every assignment of every
 * parser rule, with the fragments it calls) has a reviewed entry in the tables of
 * `grammar-fields/` saying where it reaches the compiled JSON — or, for a directive to the
 * validator (`#suppress`), why it has no place there. Each entry is checked by compiling its
 * sample: the path must hold the value, so a field that is parsed and never written fails here.
 * A field added to the grammar fails the first test until it is given a place.
 *
 * A single-valued field that a block may repeat (`source s "S" { kind a kind b }`) keeps only
 * its last value: its entry has a `repeated` sample, which must report `pacta/repeated-field`.
 */
import { PactaGrammar } from '@pacta/language';
import { GrammarAST, GrammarUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import { type CompileResult, compileSources } from '../src/index.js';
import { AGREEMENT_FIELDS } from './grammar-fields/agreements.js';
import { CLAIM_FIELDS } from './grammar-fields/claims.js';
import { BRANCH_FIELDS } from './grammar-fields/branches.js';
import { DATE_FIELDS } from './grammar-fields/dates.js';
import { DECLARATION_FIELDS } from './grammar-fields/declarations.js';
import { ROLE_FIELDS } from './grammar-fields/roles.js';
import { type FieldEntry, PRELUDE, isDirective } from './grammar-fields/entries.js';

const TABLE: Record<string, FieldEntry> = { ...DECLARATION_FIELDS, ...AGREEMENT_FIELDS, ...DATE_FIELDS, ...ROLE_FIELDS, ...CLAIM_FIELDS, ...BRANCH_FIELDS };

/** Every `Type.feature` the grammar assigns, and whether it is single-valued in a part a block may repeat. */
function grammarFields(): Map<string, { repeatable: boolean }> {
    const fields = new Map<string, { repeatable: boolean }>();
    const record = (key: string, repeatable: boolean) => {
        fields.set(key, { repeatable: repeatable || (fields.get(key)?.repeatable ?? false) });
    };
    for (const rule of PactaGrammar().rules) {
        if (!GrammarAST.isParserRule(rule) || rule.fragment || GrammarUtils.isDataTypeRule(rule)) continue;
        const type = GrammarUtils.getRuleTypeName(rule);
        const visit = (element: GrammarAST.AbstractElement, inLoop: boolean): void => {
            const loop = inLoop || element.cardinality === '*' || element.cardinality === '+';
            if (GrammarAST.isAssignment(element)) {
                record(`${type}.${element.feature}`, loop && element.operator === '=');
            } else if (GrammarAST.isAction(element)) {
                if (element.feature) record(`${GrammarUtils.getActionType(element) ?? type}.${element.feature}`, false);
            } else if (GrammarAST.isRuleCall(element)) {
                const called = element.rule.ref;
                if (GrammarAST.isParserRule(called) && called.fragment) visit(called.definition, loop);
            } else if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
                for (const child of element.elements) visit(child, loop);
            }
        };
        visit(rule.definition, false);
    }
    return fields;
}

/** The value at `path` (`sources[k].kind`, `events[a.talks].claims[1].note`), or a description of where it stops. */
function at(root: unknown, path: string): unknown {
    let value = root;
    for (const [, property, selector] of path.matchAll(/\.?([\w$]+)|\[([^\]]+)\]/g)) {
        if (property !== undefined) {
            if (value === null || typeof value !== 'object' || !Object.hasOwn(value, property)) return `(no '${property}' on the way to ${path})`;
            value = (value as Record<string, unknown>)[property];
        } else {
            if (!Array.isArray(value)) return `(no array before [${selector}] on the way to ${path})`;
            const found = /^\d+$/.test(selector!) ? value[Number(selector)] : value.find(item => (item as { id?: unknown } | null)?.id === selector);
            if (found === undefined) return `(no element [${selector}] on the way to ${path}; ids: ${value.map(item => (item as { id?: unknown }).id).join(', ')})`;
            value = found;
        }
    }
    return value;
}

async function compile(sample: string): Promise<CompileResult> {
    return compileSources({ 'prelude.pacta': PRELUDE, 'sample.pacta': sample });
}

/** The codes of the errors and warnings of a result, each once, sorted. */
function findings(result: CompileResult): string[] {
    return [...new Set(result.diagnostics.filter(d => d.severity === 'error' || d.severity === 'warning').map(d => d.code))].sort();
}

function report(result: CompileResult): string {
    return result.diagnostics.map(d => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`).join('\n');
}

describe('every field the grammar accepts has a place in the output', () => {
    const fields = grammarFields();

    test('the table places exactly the fields of the grammar', () => {
        expect(fields.size).toBeGreaterThan(50);
        const missing = [...fields.keys()].filter(key => !Object.hasOwn(TABLE, key)).sort();
        const stale = Object.keys(TABLE)
            .filter(key => !fields.has(key))
            .sort();
        expect(missing, 'grammar fields with no entry in test/grammar-fields/: say where each reaches the JSON').toEqual([]);
        expect(stale, 'entries for fields the grammar no longer has').toEqual([]);
    });

    test('every single-valued field a block may repeat has a `repeated` sample', () => {
        const repeatable = [...fields]
            .filter(([, field]) => field.repeatable)
            .map(([key]) => key)
            .sort();
        const withSample = Object.entries(TABLE)
            .filter(([, entry]) => !isDirective(entry) && entry.repeated !== undefined)
            .map(([key]) => key)
            .sort();
        expect(withSample).toEqual(repeatable);
    });

    for (const [key, entry] of Object.entries(TABLE)) {
        if (isDirective(entry)) {
            test(`${key}: read by the validator, not written (${entry.why.split(';')[0]})`, async () => {
                const result = await compile(entry.sample);
                expect(findings(result), `${key}: the sample reports\n${report(result)}`).toEqual([...entry.diagnostics].sort());
                const control = await compile(entry.control.sample);
                expect(findings(control), `${key}: the control reports\n${report(control)}`).toEqual([...entry.control.diagnostics].sort());
            });
            continue;
        }
        test(`${key} → ${entry.path}`, async () => {
            const result = await compile(entry.sample);
            expect(findings(result), `${key}: the sample reports\n${report(result)}`).toEqual([...(entry.diagnostics ?? [])].sort());
            expect(at(result.output, entry.path)).toEqual(entry.value);
            if (entry.repeated !== undefined) {
                const repeated = await compile(entry.repeated);
                expect(findings(repeated), `${key}: the repeated sample reports\n${report(repeated)}`).toContain('pacta/repeated-field');
            }
        });
    }
});
