/**
 * Renames: an element whose id is gone from base and a new one in head with (nearly) the same
 * content are one element renamed. Found by similarity, top-level declarations first (a renamed
 * agreement renames its members' ids), and applied to base so everything else compares by head's ids.
 */
import type { PactaOutput } from '../model.js';
import { fingerprint, similarity } from './fields.js';
import type { DiffCollection } from './model.js';

/**
 * The share of equal fields from which a gone and a new element are taken for one renamed: when
 * they say the same thing (the same title, or for a commitment the same text), and whatever they say.
 */
export const RENAME_SIMILARITY = 0.75;
export const RENAME_SIMILARITY_ANY_TEXT = 0.9;

/** What an element says, for people: its title, or a commitment's text. */
const says = (element: { title?: unknown; text?: unknown }) => JSON.stringify(element.title ?? element.text ?? null);

type Element = { id: string; title?: unknown; text?: unknown };
const elements = (output: PactaOutput, collection: DiffCollection) => output[collection] as unknown as Element[];

/** Pairs of base id → head id, best match first; each id in at most one pair. */
export function findRenames(base: PactaOutput, head: PactaOutput, collection: DiffCollection): Map<string, string> {
    const headIds = new Set(elements(head, collection).map(e => e.id));
    const baseIds = new Set(elements(base, collection).map(e => e.id));
    const gone = elements(base, collection).filter(e => !headIds.has(e.id));
    const added = elements(head, collection).filter(e => !baseIds.has(e.id));
    const candidates: { from: string; to: string; score: number }[] = [];
    const addedPrints = added.map(after => ({ id: after.id, says: says(after), print: fingerprint(after) }));
    for (const before of gone) {
        const print = fingerprint(before);
        const what = says(before);
        for (const after of addedPrints) {
            const threshold = after.says === what ? RENAME_SIMILARITY : RENAME_SIMILARITY_ANY_TEXT;
            // Two sets of leaves can share at most min/max of the larger: skip pairs that cannot reach the threshold.
            if (Math.min(print.size, after.print.size) < threshold * Math.max(print.size, after.print.size)) continue;
            const score = similarity(print, after.print);
            if (score >= threshold) candidates.push({ from: before.id, to: after.id, score });
        }
    }
    // Best score first; ties by ids so the result does not depend on input order.
    candidates.sort((a, b) => b.score - a.score || (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
    const renames = new Map<string, string>();
    const taken = new Set<string>();
    for (const { from, to } of candidates) {
        if (renames.has(from) || taken.has(to)) continue;
        renames.set(from, to);
        taken.add(to);
    }
    return renames;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `output` with every reference to a renamed id written with its new id: ids and references
 * (`us_mx`, `us_mx.plan`, `us_mx.plan.due`, a relation's `a.supersedes.us_mx`) and the ids named
 * in chains. Free text (titles, notes) is left as written.
 */
export function applyRenames<T>(output: T, renames: ReadonlyMap<string, string>): T {
    if (renames.size === 0) return output;
    const pattern = new RegExp(`(?<![\\w.])(${[...renames.keys()].map(escapeRegExp).join('|')})(?![\\w])`, 'g');
    // A renamed id at the start of a longer id (`us_mx.plan.due`) or at its end (a relation's target).
    const renameId = (id: string): string => {
        const exact = renames.get(id);
        if (exact !== undefined) return exact;
        if (!id.includes('.')) return id;
        let result = id;
        const parts = id.split('.');
        for (let n = parts.length - 1; n >= 1; n--) {
            const to = renames.get(parts.slice(0, n).join('.'));
            if (to !== undefined) {
                result = [to, ...parts.slice(n)].join('.');
                break;
            }
        }
        const tail = result.split('.');
        for (let n = 1; n < tail.length; n++) {
            const to = renames.get(tail.slice(n).join('.'));
            if (to !== undefined) {
                result = [...tail.slice(0, n), to].join('.');
                break;
            }
        }
        return result;
    };
    const walk = (value: unknown, inChain: boolean): unknown => {
        if (typeof value === 'string') return inChain ? value.replace(pattern, from => renames.get(from) ?? from) : renameId(value);
        if (Array.isArray(value)) return value.map(item => walk(item, inChain));
        if (typeof value === 'object' && value !== null) {
            return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, key === 'chain' ? walk(item, true) : FREE_TEXT.has(key) ? item : walk(item, false)]));
        }
        return value;
    };
    return walk(output, false) as T;
}

/** Keys whose strings are prose or as written, never ids. */
const FREE_TEXT = new Set([
    'title',
    'text',
    'doc',
    'note',
    'condition',
    'reason',
    'label',
    'url',
    'urls',
    'publisher',
    'locator',
    'office',
    'kind',
    'form',
    'status',
    'aliases',
    'place',
    'timeZone',
    'value',
    'published',
    'accessed',
    'iso',
    'code',
    'currency',
    'holidays',
    'name',
    'field',
    'role',
    'arm',
    'unit',
    'qualifier',
    'scope',
    'purpose',
    'precision',
    'bound',
    'modality',
    'binding'
]);
