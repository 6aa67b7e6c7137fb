import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import schemaJson from '../schema/pacta.schema.json' with { type: 'json' };

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
