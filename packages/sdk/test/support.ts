import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { type CompileResult, serializeOutput } from '../src/index.js';

type Ajv2020Class = typeof Ajv2020Module.default;
const Ajv2020 = ((Ajv2020Module as unknown as { default?: Ajv2020Class }).default ?? Ajv2020Module) as Ajv2020Class;
type AddFormats = typeof addFormatsModule.default;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as AddFormats;

/** The checked-in schema file, read from disk (not through the SDK's import). */
export const schemaFile = JSON.parse(readFileSync(new URL('../schema/pacta.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

let validator: ReturnType<InstanceType<Ajv2020Class>['compile']> | undefined;

/** A strict ajv of the test's own (with formats) compiling a schema: independent of the SDK's loaders. */
export function compileStrict(schema: Record<string, unknown>) {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    return ajv.compile(schema);
}

/** An ajv of the test's own, strict, over the schema file: independent of the SDK's loader. */
export function strictValidator() {
    validator ??= compileStrict(schemaFile);
    return validator;
}

type SchemaNode = Record<string, unknown>;

/**
 * What a published schema must have and lacks: a description on every object, definition and
 * property (a property that is only a `$ref` may go without, unless `everyProperty`), and
 * `additionalProperties: false` on every object. One problem per line, `path: what`.
 */
export function schemaProblems(schema: SchemaNode, options: { everyProperty?: boolean } = {}): string[] {
    const problems: string[] = [];
    const visit = (node: SchemaNode, path: string) => {
        if (node['type'] === 'object') {
            if (node['additionalProperties'] !== false) problems.push(`${path}: additionalProperties`);
            if (typeof node['description'] !== 'string') problems.push(`${path}: description`);
            for (const [key, child] of Object.entries((node['properties'] ?? {}) as Record<string, SchemaNode>)) {
                if (typeof child !== 'object') continue;
                const described = typeof child['description'] === 'string' || (!options.everyProperty && typeof child['$ref'] === 'string');
                if (!described) problems.push(`${path}/${key}: description`);
                visit(child, `${path}/${key}`);
            }
        }
        if (node['type'] === 'array' && typeof node['items'] === 'object') visit(node['items'] as SchemaNode, `${path}[]`);
    };
    visit(schema, '#');
    for (const [name, def] of Object.entries(schema['$defs'] as Record<string, SchemaNode>)) {
        if (typeof def['description'] !== 'string') problems.push(`$defs/${name}: description`);
        visit(def, `$defs/${name}`);
    }
    return problems;
}

/** The result has an output, its JSON is what serializeOutput gives, and it validates against the schema. */
export function expectValidOutput(result: CompileResult): void {
    expect(result.output, JSON.stringify(result.diagnostics.slice(0, 5))).toBeDefined();
    expect(result.json.endsWith('\n')).toBe(true);
    const parsed: unknown = JSON.parse(result.json);
    expect(parsed).toEqual(result.output);
    // The compile writes its document without serializeOutput's check of every key (serializeCompiled): its keys must be in canonical order already.
    expect(serializeOutput(result.output!)).toBe(result.json);
    const validate = strictValidator();
    const valid = validate(parsed);
    expect(validate.errors ?? [], 'schema errors').toEqual([]);
    expect(valid).toBe(true);
}

/** `file:line:col code` of each diagnostic, for compact assertions. */
export function codes(result: CompileResult): string[] {
    return result.diagnostics.map(d => `${d.file}:${d.line}:${d.column} ${d.code}`);
}

export const PARTIES = `// Parties and sources shared by the files of the test workspace.
source report "News report" {
    url "https://example.org/report"
    publisher "Example News"
    published 2026-02-05
    accessed 2026-02
}

/** The United States. See {@link JP}. */
state US "United States"
state JP "Japan"
state Germany "Germany" code DEU
bloc EU "European Union" { members Germany }
agency USTR "Office of the U.S. Trade Representative" of US
person greer "Jamieson Greer" of USTR {
    office "U.S. Trade Representative"
    cite report "p. 2"
}
/** Pooled money. */
mechanism_kind joint_fund "Joint fund"
`;

export const DEAL = `/**
 * The deal.
 */
agreement deal "Critical minerals deal" {
    kind joint_statement
    binding
    parties EU, US, JP
    lead USTR
    resources critical_minerals, rare_earths
    sectors "mining", "refining"
    announced 2026-02-04 by USTR { cite report "para 2" }
    signed 2026-03
    ratified
    review joint_review "First review" on the 1st anniversary of announced
    event "Kick-off meeting" 2026-03-01
    event "Second meeting"

    /** Finalize an MoU. */
    commitment mou {
        by EU, US
        shall "finalize a memorandum of understanding"
        mechanism project_mou
        due within 30 /* thirty */ days   after announced
        cite report "para 4"
    }
    commitment report_back {
        by US
        will "report before the USMCA review"
        due no later than 1 week before usmca.joint_review
        status in_progress
    }
    commitment open {
        by JP
        will explore "price floors"
    }
    commitment waiting {
        by JP
        will "wait for ratification"
        due 10 days after ratified
    }

    mechanism project_mou: mou_to_conclude { status agreed parties EU, US }
    mechanism fund: joint_fund {
        status exploring
        parties EU, US, JP
        amount up to 1.5 billion EUR each
    }
    mechanism reserve: strategic_reserve { amount 12_000.50 million USD }
    continues old_framework for JP { cite report "para 5" uncertain }
    cite report
}

agreement old_framework "Old framework" {
    kind framework
    nonbinding
    parties US, JP
    signed 2025-10
}
`;

export const USMCA = `agreement usmca "USMCA" {
    kind trade_agreement
    binding
    parties US
    in_force 2020-07-01
    review joint_review on the 6th anniversary of in_force
    expiry on the 16th anniversary of in_force
}
`;

/** A small workspace that uses most of the language, in three files (one in a subfolder). */
export const WORKSPACE: Record<string, string> = {
    'parties.pacta': PARTIES,
    'agreements/deal.pacta': DEAL,
    'agreements/usmca.pacta': USMCA
};
