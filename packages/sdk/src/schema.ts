import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import schemaJson from '../schema/pacta.schema.json' with { type: 'json' };
import type { PactaOutput } from './model.js';

/** A JSON Schema document (draft 2020-12). */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** The JSON Schema of the compiled document: the same object as `@pacta/sdk/schema/pacta.schema.json`. */
export const pactaSchema: JsonSchema = schemaJson as JsonSchema;

/** `$id` of the schema. */
export const PACTA_SCHEMA_ID = 'https://pacta.dev/schema/pacta-1.schema.json';

export interface SchemaError {
    /** JSON Pointer to the offending value (`/deadlines/0/date`); empty for the document itself. */
    path: string;
    message: string;
}

export type LoadResult =
    | { ok: true; output: PactaOutput }
    | { ok: false; errors: SchemaError[] };

// ajv and ajv-formats are CommonJS modules whose `module.exports` is also their default export;
// depending on the loader, a default import gives either. Take the function in both cases.
type Ajv2020Class = typeof Ajv2020Module.default;
const Ajv2020 = ((Ajv2020Module as unknown as { default?: Ajv2020Class }).default ?? Ajv2020Module) as Ajv2020Class;
type AddFormats = typeof addFormatsModule.default;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as AddFormats;

let validator: ValidateFunction | undefined;

/** The compiled validator, made once per process (ajv strict mode; formats from ajv-formats). */
export function schemaValidator(): ValidateFunction {
    if (!validator) {
        const ajv = new Ajv2020({ strict: true, allErrors: true });
        addFormats(ajv);
        validator = ajv.compile(schemaJson);
    }
    return validator;
}

/**
 * Validates a compiled document (its JSON text, or the parsed value) against the schema and
 * returns it typed. Never throws: bad JSON and schema violations come back as errors with paths.
 */
export function loadCompiledJson(json: string | unknown): LoadResult {
    let value: unknown = json;
    if (typeof json === 'string') {
        try {
            value = JSON.parse(json);
        } catch (error) {
            return { ok: false, errors: [{ path: '', message: `not JSON: ${error instanceof Error ? error.message : String(error)}` }] };
        }
    }
    try {
        const validate = schemaValidator();
        if (validate(value)) {
            return { ok: true, output: value as PactaOutput };
        }
        return { ok: false, errors: (validate.errors ?? []).map(toSchemaError) };
    } catch (error) {
        return { ok: false, errors: [{ path: '', message: `could not be validated: ${error instanceof Error ? error.message : String(error)}` }] };
    }
}

function toSchemaError(error: ErrorObject): SchemaError {
    const params = error.params as Record<string, unknown>;
    const detail = error.keyword === 'additionalProperties' ? ` ('${String(params['additionalProperty'])}')`
        : error.keyword === 'enum' ? ` (${(params['allowedValues'] as unknown[]).map(v => JSON.stringify(v)).join(', ')})`
            : '';
    return { path: error.instancePath, message: `${error.message ?? error.keyword}${detail}` };
}
