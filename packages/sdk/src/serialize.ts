import type { PactaOutput } from './model.js';
import { pactaSchema } from './schema.js';

type SchemaNode = Readonly<Record<string, unknown>>;

interface Shape {
    /** Keys in schema order, with the shape of each value. */
    readonly properties: ReadonlyMap<string, Shape | undefined>;
    readonly items: Shape | undefined;
    /**
     * Keys whose value may be one of several objects (`anyOf` two or more object schemas: a
     * claim's value is an amount or a date): `canonical` reads such a value with the shape of
     * the first, so its key order is not the order the compiler writes.
     */
    readonly mixed: ReadonlySet<string>;
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
 * `serializeOutput` of a document `compileAst` has just built, without walking all of it: the
 * compiler writes every object's keys in schema order, so the document is its own canonical
 * form except where the schema allows several objects (`Shape.mixed`), which are put in
 * canonical order here (copies; the document is not changed). The walk `isCanonical` makes
 * cost a third of serializing a large workspace. That the compiler's documents are canonical is
 * checked on every test workspace (test/support.ts `expectValidOutput` compares the bytes with
 * `serializeOutput`'s). For a document from anywhere else, `serializeOutput`.
 */
export function serializeCompiled(output: PactaOutput): string {
    return JSON.stringify(withMixedInOrder(output, rootShape()), null, 2) + '\n';
}

/** `value` with every value under a mixed key replaced by its canonical copy; `value` itself when there is none. */
function withMixedInOrder(value: unknown, shape: Shape | undefined): unknown {
    if (!shape || !leadsToMixed(shape) || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
        let copy: unknown[] | undefined;
        for (let i = 0; i < value.length; i++) {
            const item: unknown = value[i];
            const fixed = withMixedInOrder(item, shape.items);
            if (fixed !== item) {
                copy ??= value.slice();
                copy[i] = fixed;
            }
        }
        return copy ?? value;
    }
    const record = value as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    for (const [key, child] of shape.properties) {
        if (!Object.hasOwn(record, key) || key === '__proto__') continue;
        const item = record[key];
        if (item === undefined) continue;
        const fixed = shape.mixed.has(key) ? canonical(item, child) : withMixedInOrder(item, child);
        if (fixed !== item) {
            copy ??= { ...record }; // the spread keeps the key order, and the new value takes the old one's place
            copy[key] = fixed;
        }
    }
    return copy ?? value;
}

const leading = new WeakMap<Shape, boolean>();

/** True when a mixed key is at or below `shape` (a recursive schema counts each shape once). */
function leadsToMixed(shape: Shape, visiting = new Set<Shape>()): boolean {
    const known = leading.get(shape);
    if (known !== undefined) return known;
    if (visiting.has(shape)) return false;
    visiting.add(shape);
    const children = [...shape.properties.values(), shape.items];
    const result = shape.mixed.size > 0 || children.some(child => child !== undefined && leadsToMixed(child, visiting));
    visiting.delete(shape);
    // Inside a cycle a `false` may only be "not yet": kept only once the walk is back at its start.
    if (result || visiting.size === 0) leading.set(shape, result);
    return result;
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
    const mixed = new Set<string>();
    const shape: Shape = { properties, items: undefined, mixed };
    memo.set(node, shape);
    const props = node['properties'];
    if (props && typeof props === 'object') {
        for (const [key, child] of Object.entries(props as Record<string, SchemaNode>)) {
            properties.set(key, shapeOf(child, memo));
            if (isMixed(child)) mixed.add(key);
        }
    }
    const items = node['items'];
    if (items && typeof items === 'object') (shape as { items: Shape | undefined }).items = shapeOf(items as SchemaNode, memo);
    return shape;
}

/** True when a schema (after its `$ref`s) is an `anyOf` or `oneOf` of two or more object schemas. */
function isMixed(schema: SchemaNode | undefined): boolean {
    let node = schema;
    for (let depth = 0; node && depth < 10; depth++) {
        const ref = node['$ref'];
        if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) break;
        const name = ref.slice('#/$defs/'.length);
        node = Object.hasOwn(DEFS, name) ? DEFS[name] : undefined;
    }
    const branches = node?.['anyOf'] ?? node?.['oneOf'];
    if (!Array.isArray(branches)) return false;
    return (branches as SchemaNode[]).filter(branch => branch['$ref'] !== undefined || branch['properties'] !== undefined || branch['type'] === 'object').length >= 2;
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
