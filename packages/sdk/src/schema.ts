import type { ErrorObject } from 'ajv';
import schemaJson from '../schema/pacta.schema.json' with { type: 'json' };
import type { PactaOutput } from './model.js';
import { schemaValidator } from './schema-validator.js';

/** A JSON Schema document (draft 2020-12). */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** The JSON Schema of the compiled document: the same object as `@pacta/sdk/schema/pacta.schema.json`. */
export const pactaSchema: JsonSchema = schemaJson as JsonSchema;

/** `$id` of the schema. */
export const PACTA_SCHEMA_ID = 'https://pacta.dev/schema/pacta-1.schema.json';

/** One way a JSON document breaks the schema. */
export interface SchemaError {
    /** JSON Pointer to the offending value (`/deadlines/0/date`); empty for the document itself. */
    path: string;
    message: string;
}

/** What {@link loadCompiledJson} gives: the typed document, or the schema errors. */
export type LoadResult = { ok: true; output: PactaOutput } | { ok: false; errors: SchemaError[] };

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
    const detail =
        error.keyword === 'additionalProperties'
            ? ` ('${String(params['additionalProperty'])}')`
            : error.keyword === 'enum'
              ? ` (${(params['allowedValues'] as unknown[]).map(v => JSON.stringify(v)).join(', ')})`
              : '';
    return { path: error.instancePath, message: `${error.message ?? error.keyword}${detail}` };
}
