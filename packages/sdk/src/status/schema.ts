import statusSchemaJson from '../../schema/pacta-status.schema.json' with { type: 'json' };
import type { JsonSchema } from '../schema.js';

/** The JSON Schema of the status report: the same object as `@pacta/sdk/schema/pacta-status.schema.json`. */
export const pactaStatusSchema: JsonSchema = statusSchemaJson as JsonSchema;

/** `$id` of the status report schema. */
export const PACTA_STATUS_SCHEMA_ID = 'https://pacta.dev/schema/pacta-status-2.schema.json';
