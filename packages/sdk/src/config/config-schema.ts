import type { ErrorObject, ValidateFunction } from 'ajv';
import configSchemaJson from '../../schema/pacta-config.schema.json' with { type: 'json' };
import { createValidator } from '../generated/config-validator.js';
import type { JsonSchema } from '../schema.js';

/** The JSON Schema of `pacta.config.json`: the same object as `@pacta/sdk/schema/pacta-config.schema.json`. */
export const pactaConfigSchema: JsonSchema = configSchemaJson as JsonSchema;

let validator: ValidateFunction | undefined;

/** Precompiled by `pnpm generate` (scripts/generate.mjs): no ajv compiler at run time. */
function configValidator(): ValidateFunction {
    validator ??= createValidator();
    return validator;
}

export interface ConfigSchemaError {
    /** JSON Pointer of the value, relative to the config object. */
    readonly pointer: string;
    readonly message: string;
}

/** The schema's complaints about a config object, one per value (the most telling one), in document order of pointers. */
export function configSchemaErrors(value: unknown): ConfigSchemaError[] {
    const validate = configValidator();
    if (validate(value)) return [];
    const byPointer = new Map<string, ConfigSchemaError>();
    for (const error of validate.errors ?? []) {
        const described = describe(error);
        // `oneOf` reports each branch and then itself; the value's own message says it best.
        if (error.keyword === 'oneOf' || byPointer.has(described.pointer)) continue;
        byPointer.set(described.pointer, described);
    }
    return [...byPointer.values()];
}

function describe(error: ErrorObject): ConfigSchemaError {
    const params = error.params as Record<string, unknown>;
    const name = error.instancePath === '' ? 'the configuration' : `'${error.instancePath.slice(1).replace(/\//g, '.')}'`;
    if (error.keyword === 'additionalProperties') {
        const key = String(params['additionalProperty']);
        const known = Object.keys((configSchemaJson as { properties: Record<string, unknown> }).properties).filter(k => k !== '$schema');
        return { pointer: `${error.instancePath}/${key}`, message: `unknown option '${key}' (known: ${known.join(', ')})` };
    }
    if (error.keyword === 'pattern' && error.instancePath === '/horizon') {
        return { pointer: error.instancePath, message: `${name} must be a number and d, w, m or y, such as "90d", "6m" or "1y"` };
    }
    if (error.instancePath === '/maxFileSize') {
        return { pointer: error.instancePath, message: `${name} must be bytes or a size such as "512KB" or "20MB"` };
    }
    return { pointer: error.instancePath, message: `${name} ${error.message ?? error.keyword}` };
}
