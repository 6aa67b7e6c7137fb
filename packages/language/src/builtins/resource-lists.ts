import { REFERENCE_LISTS, type ReferenceListInfo } from '../reference-data/resources.js';

/**
 * How a shipped reference list is named in Pacta text: its id with `_` for `-`
 * (`resources every usgs_2025` names the list `usgs-2025`).
 */
export function referenceListName(id: string): string {
    return id.replace(/-/g, '_');
}

/** The shipped reference list a name in `resources every NAME` stands for. */
export function lookupReferenceListByName(name: string | undefined): ReferenceListInfo | undefined {
    if (typeof name !== 'string') return undefined;
    return REFERENCE_LISTS.find(list => referenceListName(list.id) === name);
}

/** The names `resources every` accepts, in list order. */
export function referenceListNames(): string[] {
    return REFERENCE_LISTS.map(list => referenceListName(list.id));
}

/** The ids of the resources on a list (minerals or groups), in list order, without repeats. */
export function referenceListResourceIds(list: ReferenceListInfo): string[] {
    return [...new Set(list.entries.map(entry => entry.id))];
}
