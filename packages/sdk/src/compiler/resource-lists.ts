import { lookupReferenceListByName } from '@pacta/language';

/**
 * The ids of the reference lists named by `resources every NAME` (1.4): `usgs_2025` is written
 * as the list's id `usgs-2025`; a name that is no shipped list is kept as written (an error,
 * `pacta/unknown-reference-list`). Without repeats; `undefined` when there are none, so the
 * field is left out.
 */
export function resourceListIds(names: readonly string[] | undefined): string[] | undefined {
    const ids: string[] = [];
    for (const name of names ?? []) {
        if (typeof name !== 'string' || name === '') continue;
        const id = lookupReferenceListByName(name)?.id ?? name;
        if (!ids.includes(id)) ids.push(id);
    }
    return ids.length > 0 ? ids : undefined;
}

/** `{ [key]: value }` when there is a value, `{}` otherwise: for optional fields spread into a model. */
export function optionalList<K extends string>(key: K, value: string[] | undefined): { [P in K]?: string[] } {
    return (value !== undefined ? { [key]: value } : {}) as { [P in K]?: string[] };
}
