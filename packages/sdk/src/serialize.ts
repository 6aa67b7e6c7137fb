import type { PactaOutput } from './model.js';
import { pactaSchema } from './schema.js';

type SchemaNode = Readonly<Record<string, unknown>>;

interface Shape {
    /** Keys in schema order, with the shape of each value. */
    readonly properties: ReadonlyMap<string, Shape | undefined>;
    readonly items: Shape | undefined;
}

/**
 * The canonical bytes of a compiled document: 2-space indentation, a trailing newline, and the
 * keys of every object in the order of the schema (which is the order the compiler writes them),
 * whatever order the given object has them in; keys the schema does not know come last, sorted.
 * Same document, same bytes.
 */
export function serializeOutput(output: PactaOutput): string {
    const shape = rootShape();
    // The compiler writes every object in schema order: then the document is its own canonical
    // form, and the copy that would put its keys in order is not needed.
    const value = isCanonical(output, shape) ? output : canonical(output, shape);
    return JSON.stringify(value, null, 2) + '\n';
}

/**
 * True when `JSON.stringify(value)` gives the same text as `JSON.stringify(canonical(value))`,
 * checked conservatively: plain objects and arrays only, every object's keys (leaving out those
 * whose value is `undefined`, which neither writes) in the order `canonical` gives them — the
 * schema's first, in schema order, then the others sorted —, no key `JSON.stringify` or
 * `canonical` would treat in a special way (`__proto__`, array-index keys, function or symbol
 * values), no `toJSON`. Anything else is left to `canonical`.
 */
function isCanonical(value: unknown, shape: Shape | undefined): boolean {
    if (value === null || typeof value !== 'object') return typeof value !== 'function' && typeof value !== 'symbol';
    if (Array.isArray(value)) {
        if (Object.getPrototypeOf(value) !== Array.prototype) return false;
        const items = shape?.items;
        for (let i = 0; i < value.length; i++) {
            if (!(i in value) || !isCanonical(value[i], items)) return false;
        }
        return true;
    }
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) return false;
    const record = value as Record<string, unknown>;
    if ('toJSON' in record) return false;
    const positions = shape ? positionsOf(shape) : undefined;
    let next = 0;
    let lastOther: string | undefined;
    for (const key of Object.keys(record)) {
        const child = record[key];
        if (child === undefined) continue;
        if (typeof child === 'function' || typeof child === 'symbol' || key === '__proto__' || isIndexKey(key)) return false;
        const position = positions?.get(key);
        if (position !== undefined) {
            if (lastOther !== undefined || position < next) return false;
            next = position + 1;
            if (!isCanonical(child, shape!.properties.get(key))) return false;
        } else {
            if (lastOther !== undefined && !(lastOther < key)) return false;
            lastOther = key;
            if (!isCanonical(child, undefined)) return false;
        }
    }
    return true;
}

/** Keys that objects keep before all others (`"0"`, `"12"`...): left to `canonical`. */
function isIndexKey(key: string): boolean {
    const c = key.charCodeAt(0);
    return c >= 48 && c <= 57;
}

const positionCache = new WeakMap<Shape, Map<string, number>>();

/** The position of each key of a shape in schema order. */
function positionsOf(shape: Shape): Map<string, number> {
    let positions = positionCache.get(shape);
    if (!positions) {
        positions = new Map([...shape.properties.keys()].map((key, index) => [key, index]));
        positionCache.set(shape, positions);
    }
    return positions;
}

function canonical(value: unknown, shape: Shape | undefined): unknown {
    if (Array.isArray(value)) {
        const items = shape?.items;
        return value.map(item => canonical(item, items));
    }
    if (value === null || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    const result: Record<string, unknown> = {};
    const set = (key: string, child: Shape | undefined) => {
        if (!Object.hasOwn(record, key) || record[key] === undefined) return;
        const copy = canonical(record[key], child);
        // A key named `__proto__` must stay an ordinary key: assigning it would set the prototype.
        if (key === '__proto__') Object.defineProperty(result, key, { value: copy, enumerable: true, writable: true, configurable: true });
        else result[key] = copy;
    };
    const properties = shape?.properties;
    if (properties) {
        for (const [key, child] of properties) set(key, child);
    }
    const rest = Object.keys(record).filter(key => !properties?.has(key));
    if (rest.length > 0) {
        for (const key of rest.sort()) set(key, undefined);
    }
    return result;
}

let root: Shape | undefined;

function rootShape(): Shape | undefined {
    root ??= shapeOf(pactaSchema, new Map());
    return root;
}

const DEFS = (pactaSchema['$defs'] ?? {}) as Record<string, SchemaNode>;

/** The key order and nesting the schema gives, with `$ref`s followed (memoised: `$defs` may be shared). */
function shapeOf(schema: SchemaNode | undefined, memo: Map<SchemaNode, Shape>): Shape | undefined {
    const node = resolve(schema);
    if (!node) return undefined;
    const known = memo.get(node);
    if (known) return known;
    const properties = new Map<string, Shape | undefined>();
    const shape: Shape = { properties, items: undefined };
    memo.set(node, shape);
    const props = node['properties'];
    if (props && typeof props === 'object') {
        for (const [key, child] of Object.entries(props as Record<string, SchemaNode>)) properties.set(key, shapeOf(child, memo));
    }
    const items = node['items'];
    if (items && typeof items === 'object') (shape as { items: Shape | undefined }).items = shapeOf(items as SchemaNode, memo);
    return shape;
}

/** Follows `$ref`s into `$defs`; for `anyOf` (nullable values), the first branch that is a reference or an object. */
function resolve(schema: SchemaNode | undefined): SchemaNode | undefined {
    let node = schema;
    for (let depth = 0; node && depth < 10; depth++) {
        const ref = node['$ref'];
        if (typeof ref === 'string' && ref.startsWith('#/$defs/')) {
            const name = ref.slice('#/$defs/'.length);
            node = Object.hasOwn(DEFS, name) ? DEFS[name] : undefined;
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
