import type { PactaOutput } from './model.js';
import { pactaSchema } from './schema.js';

type SchemaNode = Readonly<Record<string, unknown>>;

/**
 * The canonical bytes of a compiled document: 2-space indentation, a trailing newline, and the
 * keys of every object in the order of the schema (which is the order the compiler writes them),
 * whatever order the given object has them in. Same document, same bytes.
 */
export function serializeOutput(output: PactaOutput): string {
    return JSON.stringify(canonical(output, pactaSchema), null, 2) + '\n';
}

function canonical(value: unknown, schema: SchemaNode | undefined): unknown {
    const node = resolve(schema);
    if (Array.isArray(value)) {
        const items = node?.['items'] as SchemaNode | undefined;
        return value.map(item => canonical(item, items));
    }
    if (value === null || typeof value !== 'object') return value;
    const properties = (node?.['properties'] ?? {}) as Record<string, SchemaNode>;
    const result: Record<string, unknown> = {};
    const record = value as Record<string, unknown>;
    const known = Object.keys(properties);
    const rest = Object.keys(record).filter(key => !Object.hasOwn(properties, key)).sort();
    for (const key of [...known, ...rest]) {
        if (!Object.hasOwn(record, key) || record[key] === undefined) continue;
        // defineProperty, not assignment: a key named `__proto__` stays an ordinary key.
        Object.defineProperty(result, key, {
            value: canonical(record[key], Object.hasOwn(properties, key) ? properties[key] : undefined), enumerable: true, writable: true, configurable: true
        });
    }
    return result;
}

const DEFS = (pactaSchema['$defs'] ?? {}) as Record<string, SchemaNode>;

/** Follows `$ref`s into `$defs`; for `anyOf` (nullable values), the first object-like branch. */
function resolve(schema: SchemaNode | undefined): SchemaNode | undefined {
    let node = schema;
    for (let depth = 0; node && depth < 10; depth++) {
        const ref = node['$ref'];
        if (typeof ref === 'string' && ref.startsWith('#/$defs/')) {
            node = DEFS[ref.slice('#/$defs/'.length)];
            continue;
        }
        const anyOf = node['anyOf'];
        if (Array.isArray(anyOf)) {
            node = (anyOf as SchemaNode[]).find(branch => branch['$ref'] !== undefined || branch['properties'] !== undefined);
            continue;
        }
        break;
    }
    return node;
}
