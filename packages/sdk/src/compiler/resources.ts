import {
    type Agreement as AgreementNode,
    type Document,
    type Resource as ResourceNode,
    type Stage as StageNode,
    isBuiltinUri,
    BUILTIN_RESOURCES_URI,
    agreementMechanisms,
    isDocument,
    isResource,
    isStage,
    listIdsOf,
    lookupReferenceList,
    lookupReferenceListByName,
    referenceListResourceIds
} from '@pacta/language';
import { AstUtils, type Reference, URI } from 'langium';
import { compareStrings } from '../diagnostics.js';
import type { ReferenceList, Resource, Stage } from '../model.js';
import { type BuildContext, type IdAllocator, nameOr, optionalString } from './context.js';

/** The top-level `resources`, `stages` and `referenceLists` of the output. */
export interface ResourceOutput {
    resources: Resource[];
    stages: Stage[];
    referenceLists: ReferenceList[];
}

/** Gives the resources and stages the workspace declares their ids (in file then text order, like every top-level name). */
export function setResourceIds(roots: readonly Document[], context: BuildContext, resourceIds: IdAllocator, stageIds: IdAllocator): void {
    for (const root of roots) {
        for (const element of root.elements ?? []) {
            if (isResource(element)) context.setId(element, resourceIds.next(nameOr(element.name)));
            else if (isStage(element)) context.setId(element, stageIds.next(nameOr(element.name)));
        }
    }
}

function isBuiltin(node: ResourceNode | StageNode): boolean {
    try {
        return isBuiltinUri(AstUtils.getDocument(node).uri.toString());
    } catch {
        return false;
    }
}

function target<T>(ref: Reference<T & ResourceNode> | Reference<T & StageNode> | undefined): T | undefined {
    try {
        return ref?.ref as T | undefined;
    } catch {
        return undefined;
    }
}

/**
 * What the output says about resources: every resource the workspace declares, and every one an
 * agreement or a mechanism lists (built-in or declared), with the members of every group among
 * them (a group brings its members, through nested groups too); every stage declared or listed;
 * the reference lists those resources are on. Each sorted by id. References that do not link are
 * left out here (the agreement keeps the name as written).
 */
export function buildResources(roots: readonly Document[], agreements: readonly AgreementNode[], context: BuildContext): ResourceOutput {
    const resources = new Set<ResourceNode>();
    const stages = new Set<StageNode>();
    const addResource = (node: ResourceNode | undefined): void => {
        if (!node || resources.has(node)) return;
        resources.add(node);
        for (const member of node.members ?? []) addResource(target<ResourceNode>(member));
    };
    for (const root of roots) {
        for (const element of root.elements ?? []) {
            if (isResource(element)) addResource(element);
            else if (isStage(element)) stages.add(element);
        }
    }
    for (const agreement of agreements) {
        for (const holder of [agreement, ...agreementMechanisms(agreement)]) {
            for (const ref of holder.resources ?? []) addResource(target<ResourceNode>(ref));
            // `resources every usgs_2025` (1.4): every resource on the list, each listing it in `lists`.
            for (const name of holder.resourceLists ?? []) {
                const list = lookupReferenceListByName(name);
                if (!list) continue;
                for (const id of referenceListResourceIds(list)) addResource(builtinResourceNode(id, context));
            }
            for (const ref of holder.stages ?? []) {
                const stage = target<StageNode>(ref);
                if (stage) stages.add(stage);
            }
        }
    }

    const resourceModels = [...resources].map(node => buildResource(node, context));
    const listIds = new Set(resourceModels.flatMap(resource => resource.lists));
    const referenceLists: ReferenceList[] = [];
    for (const id of listIds) {
        const list = lookupReferenceList(id);
        if (list) {
            referenceLists.push({ id: list.id, title: list.title, publisher: list.publisher, published: list.published, url: list.url, count: list.count });
        }
    }
    return {
        resources: byId(resourceModels),
        stages: byId([...stages].map(node => buildStage(node, context))),
        referenceLists: byId(referenceLists)
    };
}

const builtinResourceNodes = new WeakMap<object, Map<string, ResourceNode>>();

/** The resource of the built-in library document with this id (looked up once per compilation). */
function builtinResourceNode(id: string, context: BuildContext): ResourceNode | undefined {
    const documents = context.services.shared.workspace.LangiumDocuments;
    let byName = builtinResourceNodes.get(context);
    if (!byName) {
        byName = new Map();
        const root = documents.getDocument(URI.parse(BUILTIN_RESOURCES_URI))?.parseResult?.value;
        if (isDocument(root)) {
            for (const element of root.elements ?? []) if (isResource(element)) byName.set(element.name, element);
        }
        builtinResourceNodes.set(context, byName);
    }
    return byName.get(id);
}

function buildResource(node: ResourceNode, context: BuildContext): Resource {
    const builtin = isBuiltin(node);
    const id = context.idOf(node) ?? nameOr(node.name);
    // Keys in schema order (serializeOutput relies on it).
    return {
        id,
        kind: node.kind === 'resource_group' ? 'group' : 'mineral',
        title: optionalString(node.title) ?? '',
        members: context.refIds(node.members),
        lists: builtin ? listIdsOf(node.name) : [],
        builtin,
        ...(builtin ? {} : { location: context.location(node) })
    };
}

function buildStage(node: StageNode, context: BuildContext): Stage {
    const builtin = isBuiltin(node);
    return {
        id: context.idOf(node) ?? nameOr(node.name),
        title: optionalString(node.title) ?? '',
        builtin,
        ...(builtin ? {} : { location: context.location(node) })
    };
}

function byId<T extends { id: string }>(items: T[]): T[] {
    return items.sort((a, b) => compareStrings(a.id, b.id));
}
