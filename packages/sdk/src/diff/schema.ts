import diffSchemaJson from '../../schema/pacta-diff.schema.json' with { type: 'json' };
import type { JsonSchema } from '../schema.js';

/** The JSON Schema of the diff: the same object as `@pacta/sdk/schema/pacta-diff.schema.json`. */
export const pactaDiffSchema: JsonSchema = diffSchemaJson as JsonSchema;

/** `$id` of the diff schema. */
export const PACTA_DIFF_SCHEMA_ID = 'https://pacta.dev/schema/pacta-diff-1.schema.json';
