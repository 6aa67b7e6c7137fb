import type { ValidateFunction } from 'ajv';
import { createValidator } from './generated/pacta-validator.js';

let validator: ValidateFunction | undefined;

/**
 * The validator of the compiled document, made once per process. It is precompiled by `pnpm generate`
 * (scripts/generate.mjs) with the options the SDK compiled it with at run time before (ajv strict mode,
 * allErrors, ajv-formats): no ajv compiler and no `new Function` at run time, so a strict CSP allows it.
 */
export function schemaValidator(): ValidateFunction {
    validator ??= createValidator();
    return validator;
}
