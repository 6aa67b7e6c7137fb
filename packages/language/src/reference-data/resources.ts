/**
 * The resource reference data shipped with Pacta: the published lists of critical minerals and
 * raw materials (USGS 2022 and 2025, EU Critical Raw Materials Act 2024 annexes) with their
 * provenance, each entry as published with the Pacta id it maps to; the resources and groups
 * those ids name; the value-chain stages. The data is in `resources/*.json` (bundled into the
 * build); the built-in document `pacta-builtin:///resources.pacta` is generated from it
 * (`builtins/resources.ts`). See docs/resources.md.
 */
import catalog from './resources/resources.json' with { type: 'json' };
import euCrmaCritical from './resources/eu-crma-2024-critical.json' with { type: 'json' };
import euCrmaStrategic from './resources/eu-crma-2024-strategic.json' with { type: 'json' };
import usgs2022 from './resources/usgs-2022.json' with { type: 'json' };
import usgs2025 from './resources/usgs-2025.json' with { type: 'json' };

/** One entry of a published list: its name as published, and the Pacta id it maps to. */
export interface ReferenceListEntry {
    /** The name exactly as the list publishes it (`Nickel – battery grade`). */
    readonly name: string;
    /** The Pacta resource (mineral or group) it maps to (`nickel`). */
    readonly id: string;
    /** The point of the annex (`a`, `ab`...), for the EU lists. */
    readonly point?: string;
}

/** A published reference list, with its provenance. */
export interface ReferenceListInfo {
    /** Pacta's id of the list: `usgs-2022`, `usgs-2025`, `eu-crma-2024-strategic`, `eu-crma-2024-critical`. */
    readonly id: string;
    /** Its title, as published. */
    readonly title: string;
    readonly publisher: string;
    /** Date of publication, YYYY-MM-DD. */
    readonly published: string;
    readonly url: string;
    /** How to cite it (Federal Register page, Official Journal reference). */
    readonly citation: string;
    /** The number of entries, as published. */
    readonly count: number;
    readonly note: string;
    readonly entries: readonly ReferenceListEntry[];
}

export type BuiltinResourceKind = 'mineral' | 'group';

/** A resource of the built-in library: a mineral (one material) or a group of minerals. */
export interface BuiltinResource {
    readonly id: string;
    readonly title: string;
    readonly kind: BuiltinResourceKind;
    /** Ids of the members of a group; empty for a mineral. */
    readonly members: readonly string[];
    readonly note?: string;
}

/** A value-chain stage of the built-in library. */
export interface BuiltinStage {
    readonly id: string;
    readonly title: string;
    readonly note?: string;
}

/** Every shipped reference list, by id. */
export const REFERENCE_LISTS: readonly ReferenceListInfo[] = [usgs2022, usgs2025, euCrmaStrategic, euCrmaCritical];

interface Index {
    readonly resources: readonly BuiltinResource[];
    readonly byId: ReadonlyMap<string, BuiltinResource>;
    readonly stages: readonly BuiltinStage[];
    readonly stagesById: ReadonlyMap<string, BuiltinStage>;
    /** Resource id → the entries of lists that map to it, in list order. */
    readonly listings: ReadonlyMap<string, ReadonlyArray<{ list: ReferenceListInfo; entry: ReferenceListEntry }>>;
    /** Member id → the built-in groups it belongs to. */
    readonly groupsOf: ReadonlyMap<string, readonly BuiltinResource[]>;
}

let index: Index | undefined;

function buildIndex(): Index {
    const resources: BuiltinResource[] = [
        ...catalog.minerals.map(mineral => ({ id: mineral.id, title: mineral.title, kind: 'mineral' as const, members: [] })),
        ...catalog.groups.map(group => ({ id: group.id, title: group.title, kind: 'group' as const, members: group.members, note: group.note }))
    ];
    const byId = new Map(resources.map(resource => [resource.id, resource]));
    const stages: BuiltinStage[] = catalog.stages.map(stage => ({ id: stage.id, title: stage.title, note: stage.note }));
    const listings = new Map<string, Array<{ list: ReferenceListInfo; entry: ReferenceListEntry }>>();
    for (const list of REFERENCE_LISTS) {
        for (const entry of list.entries) {
            let entries = listings.get(entry.id);
            if (!entries) listings.set(entry.id, (entries = []));
            entries.push({ list, entry });
        }
    }
    const groupsOf = new Map<string, BuiltinResource[]>();
    for (const group of resources) {
        for (const member of group.members) {
            let groups = groupsOf.get(member);
            if (!groups) groupsOf.set(member, (groups = []));
            groups.push(group);
        }
    }
    return { resources, byId, stages, stagesById: new Map(stages.map(stage => [stage.id, stage])), listings, groupsOf };
}

function data(): Index {
    return (index ??= buildIndex());
}

/** Every built-in resource: the minerals by id, then the groups in their documented order. */
export function builtinResources(): readonly BuiltinResource[] {
    return data().resources;
}

/** The built-in resource (mineral or group) with this id. */
export function lookupBuiltinResource(id: string): BuiltinResource | undefined {
    return data().byId.get(id);
}

/** Every built-in value-chain stage, in value-chain order. */
export function builtinStages(): readonly BuiltinStage[] {
    return data().stages;
}

export function lookupBuiltinStage(id: string): BuiltinStage | undefined {
    return data().stagesById.get(id);
}

export function lookupReferenceList(id: string): ReferenceListInfo | undefined {
    return REFERENCE_LISTS.find(list => list.id === id);
}

/** The entries of the reference lists that map to this resource id (directly, not through a group). */
export function listingsOf(id: string): ReadonlyArray<{ list: ReferenceListInfo; entry: ReferenceListEntry }> {
    return data().listings.get(id) ?? [];
}

/** The ids of the reference lists a resource is on (directly), in list order, without repeats. */
export function listIdsOf(id: string): string[] {
    return [...new Set(listingsOf(id).map(listing => listing.list.id))];
}

/** The built-in groups a resource is a member of. */
export function builtinGroupsOf(id: string): readonly BuiltinResource[] {
    return data().groupsOf.get(id) ?? [];
}
