/**
 * Field-by-field comparison of two elements of the compiled document. What only says where a
 * thing is written (`location`) is left out, so a reformatted or moved file compares equal; so are
 * the resolved parts of a date (its value, chain, occurrences...), which `dates` reports with their reason.
 */
import type { FieldChange } from './model.js';

/** Keys of a date value derived from its text and its anchors: reported as date moves, not as fields. */
const RESOLVED_DATE_KEYS = new Set(['status', 'value', 'precision', 'relative', 'chain', 'chainFrom', 'reason', 'occurrences', 'alternatives', 'range', 'approximate']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A date value: it has a `chain` and a `text`. */
const isDateValue = (value: Record<string, unknown>) => Array.isArray(value['chain']) && typeof value['text'] === 'string';

/**
 * The leaves of an element by path. A list of plain values is one leaf, compared as a set
 * (ids listed in source order: moving a line changes the order, not the meaning).
 */
export function flatten(value: unknown, path = '', into = new Map<string, unknown>()): Map<string, unknown> {
    if (Array.isArray(value)) {
        if (value.every(item => !isObject(item) && !Array.isArray(item))) {
            into.set(
                path,
                [...value].sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0))
            );
        } else {
            value.forEach((item, index) => flatten(item, `${path}[${index}]`, into));
            if (value.length === 0) into.set(path, []);
        }
        return into;
    }
    if (isObject(value)) {
        const dateValue = isDateValue(value);
        for (const [key, item] of Object.entries(value)) {
            if (key === 'location' || (dateValue && RESOLVED_DATE_KEYS.has(key))) continue;
            flatten(item, path === '' ? key : `${path}.${key}`, into);
        }
        return into;
    }
    into.set(path, value);
    return into;
}

/** The fields of `before` and `after` that differ (`id` left out), in head's order then base's. */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
    const a = flatten(before);
    const b = flatten(after);
    a.delete('id');
    b.delete('id');
    const changes: FieldChange[] = [];
    for (const [path, value] of b) {
        if (!a.has(path)) changes.push({ path, after: value });
        else if (JSON.stringify(a.get(path)) !== JSON.stringify(value)) changes.push({ path, before: a.get(path), after: value });
    }
    for (const [path, value] of a) if (!b.has(path)) changes.push({ path, before: value });
    return changes;
}

/** An element's leaves as JSON text by path, the id, name and doc comment left out: what `similarity` compares. */
export function fingerprint(element: unknown): Map<string, string> {
    const leaves = flatten(element);
    for (const key of ['id', 'name', 'doc']) leaves.delete(key);
    return new Map([...leaves].map(([path, value]) => [path, JSON.stringify(value)]));
}

/** How alike two elements are, 0 to 1: the share of their leaves (`fingerprint`s) that are equal. */
export function similarity(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): number {
    let same = 0;
    let common = 0;
    for (const [path, value] of a) {
        const other = b.get(path);
        if (other === undefined) continue;
        common++;
        if (other === value) same++;
    }
    const union = a.size + b.size - common;
    return union === 0 ? 1 : same / union;
}
