import {
    type Agreement as AgreementNode,
    type Document,
    type MechanismKind as MechanismKindNode,
    type PactaServices,
    agreementCommitments,
    agreementEvents,
    agreementMechanisms,
    isAgreement,
    isBuiltinUri,
    isDocument,
    isMechanismKind,
    isParty,
    isSource,
    kindAncestors,
    preferredDue
} from '@pacta/language';
import { type LangiumDocument, URI, UriUtils } from 'langium';
import { compareStrings } from '../diagnostics.js';
import {
    type Agreement,
    type AgreementEvent,
    type Commitment,
    type Deadline,
    FORMAT_VERSION,
    type Mechanism,
    type MechanismKind,
    type PactaOutput,
    type Party,
    type Relation,
    type Source
} from '../model.js';
import { buildAgreement } from './agreements.js';
import { setBranchIds, withBranch } from './branches.js';
import { buildCommitment } from './commitments.js';
import { BuildContext, IdAllocator, UNNAMED, nameOr } from './context.js';
import { buildDeadline, compareDeadlines } from './deadlines.js';
import { buildEvent, eventName } from './events.js';
import { buildMechanismKind, isBuiltinNode } from './mechanism-kinds.js';
import { buildMechanism } from './mechanisms.js';
import { buildParty } from './parties.js';
import { buildRelation } from './relations.js';
import { buildResources, setResourceIds } from './resources.js';
import { buildSource } from './sources.js';

/**
 * How documents are named in the output: a root (every file is reported relative to it, with
 * forward slashes) or a function that gives each document's path.
 */
export type DocumentPaths = URI | string | ((document: LangiumDocument) => string);

/**
 * Turns the linked (and normally validated) documents of a workspace into the compiled model.
 * The one place the JSON is built: the SDK, the CLI and the language server all call it.
 * Built-in library documents are left out, except the built-in mechanism kinds that a
 * mechanism uses. The result does not depend on the order of `documents`.
 */
export function compileAst(documents: readonly LangiumDocument[], services: PactaServices, paths: DocumentPaths): PactaOutput {
    const fileOf = pathFunction(paths);
    const context = new BuildContext(services, fileOf);

    const userDocuments = documents
        .filter(document => !isBuiltinUri(document.uri.toString()))
        .map(document => ({ document, file: fileOf(document) }))
        .sort((a, b) => compareStrings(a.file, b.file) || compareStrings(a.document.uri.toString(), b.document.uri.toString()))
        .map(entry => entry.document);
    const roots = userDocuments.map(document => document.parseResult?.value).filter((root): root is Document => isDocument(root));

    // Ids first, in file then text order, so references can be written as ids.
    const kindIds = new IdAllocator();
    for (const kind of builtinKinds(services)) context.setId(kind, kindIds.next(nameOr(kind.name)));
    const partyIds = new IdAllocator();
    const agreementIds = new IdAllocator();
    const sourceIds = new IdAllocator();
    const eventIds = new IdAllocator();
    const commitmentIds = new IdAllocator();
    const mechanismIds = new IdAllocator();
    const relationIds = new IdAllocator();
    const branchIds = new IdAllocator();
    const agreements: AgreementNode[] = [];
    for (const root of roots) {
        for (const element of root.elements ?? []) {
            if (isParty(element)) context.setId(element, partyIds.next(nameOr(element.name)));
            else if (isSource(element)) context.setId(element, sourceIds.next(nameOr(element.name)));
            else if (isMechanismKind(element)) context.setId(element, kindIds.next(nameOr(element.name)));
            else if (isAgreement(element)) {
                const id = agreementIds.next(nameOr(element.name));
                context.setId(element, id);
                agreements.push(element);
                setBranchIds(element, id, context, branchIds);
                for (const event of agreementEvents(element)) context.setId(event, eventIds.next(`${id}.${eventName(event) ?? event.kind ?? UNNAMED}`));
                for (const commitment of agreementCommitments(element)) context.setId(commitment, commitmentIds.next(`${id}.${nameOr(commitment.name)}`));
                for (const mechanism of agreementMechanisms(element)) context.setId(mechanism, mechanismIds.next(`${id}.${nameOr(mechanism.name)}`));
            }
        }
    }
    setResourceIds(roots, context, new IdAllocator(), new IdAllocator());
    // Relations are named after their target, so after every agreement has its id.
    for (const agreement of agreements) {
        const id = context.idOf(agreement) ?? UNNAMED;
        for (const relation of agreement.relations ?? []) {
            const target = context.refId(relation.target) ?? UNNAMED;
            context.setId(relation, relationIds.next(`${id}.${relation.kind ?? UNNAMED}.${target}`));
        }
    }

    const parties: Party[] = [];
    const sources: Source[] = [];
    const mechanismKinds: MechanismKind[] = [];
    for (const root of roots) {
        for (const element of root.elements ?? []) {
            if (isParty(element)) push(parties, buildParty(element, context));
            else if (isSource(element)) sources.push(buildSource(element, context));
            else if (isMechanismKind(element)) mechanismKinds.push(buildMechanismKind(element, context));
        }
    }

    const agreementModels: Agreement[] = [];
    const events: AgreementEvent[] = [];
    const commitments: Commitment[] = [];
    const mechanisms: Mechanism[] = [];
    const relations: Relation[] = [];
    const deadlines: Deadline[] = [];
    const usedBuiltinKinds = new Set<MechanismKindNode>();
    for (const node of agreements) {
        const agreement = buildAgreement(node, context);
        agreementModels.push(agreement);
        for (const eventNode of agreementEvents(node)) {
            const event = buildEvent(eventNode, agreement.id, context);
            if (!event) continue;
            events.push(withBranch(event, eventNode, context));
            // Relative and open-ended event dates are deadlines; absolute ones stay on their events.
            const dateExpr = services.deadlines.DeadlineResolver.dateOf(eventNode);
            if (event.date && dateExpr && event.date.form !== 'absolute') {
                deadlines.push(
                    withBranch(
                        buildDeadline(
                            {
                                subject: event.id,
                                subjectKind: 'event',
                                agreement: agreement.id,
                                date: event.date,
                                actors: event.by,
                                expr: dateExpr
                            },
                            context
                        ),
                        eventNode,
                        context
                    )
                );
            }
        }
        for (const commitmentNode of agreementCommitments(node)) {
            const commitment = buildCommitment(commitmentNode, agreement.id, context);
            if (!commitment) continue;
            commitments.push(withBranch(commitment, commitmentNode, context));
            const dueExpr = preferredDue(commitmentNode);
            if (commitment.due && dueExpr) {
                deadlines.push(
                    withBranch(
                        buildDeadline(
                            {
                                subject: commitment.id,
                                subjectKind: 'commitment',
                                agreement: agreement.id,
                                date: commitment.due,
                                actors: commitment.actors,
                                expr: dueExpr
                            },
                            context
                        ),
                        commitmentNode,
                        context
                    )
                );
            }
        }
        for (const mechanismNode of agreementMechanisms(node)) {
            const mechanism = buildMechanism(mechanismNode, agreement.id, context);
            push(mechanisms, mechanism && withBranch(mechanism, mechanismNode, context));
            const kind = safeTarget(mechanismNode.kind);
            if (isMechanismKind(kind) && isBuiltinNode(kind)) usedBuiltinKinds.add(kind);
        }
        for (const relationNode of node.relations ?? []) {
            push(relations, buildRelation(relationNode, agreement.id, context));
        }
    }
    // A kind's parents are in the output with it (1.4), so `parent` and `ancestors` always name a listed kind.
    for (const root of roots) {
        for (const element of root.elements ?? []) if (isMechanismKind(element)) usedBuiltinKinds.add(element);
    }
    for (const kind of [...usedBuiltinKinds]) {
        for (const ancestor of kindAncestors(kind)) usedBuiltinKinds.add(ancestor);
    }
    for (const kind of usedBuiltinKinds) {
        if (isBuiltinNode(kind)) mechanismKinds.push(buildMechanismKind(kind, context));
    }
    const { resources, stages, referenceLists } = buildResources(roots, agreements, context);

    return {
        formatVersion: FORMAT_VERSION,
        parties: byId(parties),
        agreements: byId(agreementModels),
        events: byId(events),
        commitments: byId(commitments),
        mechanisms: byId(mechanisms),
        mechanismKinds: byId(mechanismKinds),
        relations: byId(relations),
        sources: byId(sources),
        resources,
        stages,
        referenceLists,
        deadlines: deadlines.sort(compareDeadlines)
    };
}

function pathFunction(paths: DocumentPaths): (document: LangiumDocument) => string {
    if (typeof paths === 'function') return paths;
    const root = typeof paths === 'string' ? URI.parse(paths) : paths;
    const cache = new Map<LangiumDocument, string>();
    return document => {
        let file = cache.get(document);
        if (file === undefined) {
            file = UriUtils.relative(root, document.uri);
            cache.set(document, file);
        }
        return file;
    };
}

/** The mechanism kinds of the built-in library documents loaded in the workspace. */
function builtinKinds(services: PactaServices): MechanismKindNode[] {
    const result: MechanismKindNode[] = [];
    for (const document of services.shared.workspace.LangiumDocuments.all) {
        if (!isBuiltinUri(document.uri.toString())) continue;
        const root = document.parseResult?.value;
        if (!isDocument(root)) continue;
        for (const element of root.elements ?? []) {
            if (isMechanismKind(element)) result.push(element);
        }
    }
    return result;
}

function safeTarget(ref: { ref?: unknown } | undefined): unknown {
    try {
        return ref?.ref;
    } catch {
        return undefined;
    }
}

function push<T>(list: T[], item: T | undefined): void {
    if (item !== undefined) list.push(item);
}

function byId<T extends { id: string }>(items: T[]): T[] {
    return items.sort((a, b) => compareStrings(a.id, b.id));
}
