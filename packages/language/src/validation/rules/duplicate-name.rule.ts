import type { AstNode, AstNodeDescription, URI } from 'langium';
import { type Agreement, type Commitment, type Event, type Mechanism, type TopLevel, isAgreement, isEvent, isMechanismKind, isParty, isResource, isStage } from '../../generated/ast.js';
import type { PactaServices } from '../../pacta-module.js';
import { type RuleContext, createRule } from '../rule.js';
import { isBuiltinUri } from '../../builtins/mechanism-kinds.js';
import { describeLocation, lineOf, workspaceMemo } from './rule-support.js';
import { agreementCommitments, agreementEvents, agreementMechanisms } from '../../branches/branch-members.js';

const TOP_LEVEL_WORDS: Record<string, string> = {
    Party: 'party',
    Agreement: 'agreement',
    MechanismKind: 'mechanism kind',
    Source: 'source',
    Resource: 'resource',
    Stage: 'stage'
};

interface Declarations {
    readonly entries: AstNodeDescription[];
    /** One of them is in the built-in library. */
    builtin: boolean;
}

/** Top-level declarations of the whole workspace by name, built once per build. */
function topLevelIndex(services: PactaServices): Map<string, Declarations> {
    return workspaceMemo(services, 'duplicate-name/top-level', () => {
        const documents = services.shared.workspace.LangiumDocuments;
        const index = new Map<string, Declarations>();
        for (const description of services.shared.workspace.IndexManager.allElements()) {
            if (!(description.type in TOP_LEVEL_WORDS) || !documents.hasDocument(description.documentUri)) continue;
            let declarations = index.get(description.name);
            if (!declarations) {
                declarations = { entries: [], builtin: false };
                index.set(description.name, declarations);
            }
            declarations.entries.push(description);
            declarations.builtin ||= isBuiltinUri(description.documentUri.toString());
        }
        return index;
    });
}

/** At most `limit` items of a list other than `self`, without scanning a long list to its end. */
function firstOthers<T>(items: readonly T[], isSelf: (item: T) => boolean, limit = 3): T[] {
    const others: T[] = [];
    for (const item of items) {
        if (others.length === limit) break;
        if (!isSelf(item)) others.push(item);
    }
    return others;
}

function andMore(shown: string[], total: number): string {
    return shown.join(', ') + (total > shown.length ? ` and ${total - shown.length} more` : '');
}

function topLevelWord(node: AstNode | undefined, type: string): string {
    if (isParty(node)) return node.kind;
    if (isAgreement(node)) return node.form;
    if (isResource(node)) return node.kind === 'resource_group' ? 'resource group' : 'resource';
    return TOP_LEVEL_WORDS[type] ?? 'declaration';
}

function isSelf(description: AstNodeDescription, element: TopLevel, uri: URI, path: string): boolean {
    return description.node === element || (description.documentUri.toString() === uri.toString() && description.path === path);
}

function article(word: string): string {
    return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}

type Member = Event | Commitment | Mechanism;

function memberWord(member: Member): string {
    return isEvent(member) ? 'event' : member.$type === 'Commitment' ? 'commitment' : 'mechanism';
}

function checkTopLevel(element: TopLevel, uri: URI, context: RuleContext): void {
    const name = element.name;
    if (!name) return;
    const declarations = topLevelIndex(context.services).get(name);
    if (!declarations || declarations.entries.length < 2) return;
    const path = context.services.workspace.AstNodeLocator.getAstNodePath(element);
    const others = firstOthers(declarations.entries, entry => isSelf(entry, element, uri, path));
    if (others.length === 0) return;
    const builtin = declarations.builtin;
    const places = others.map(other => {
        const line = other.nameSegment ? other.nameSegment.range.start.line + 1 : undefined;
        return `${article(topLevelWord(other.node, other.type))} ${describeLocation(uri, other.documentUri, line)}`;
    });
    const shown = andMore(places, declarations.entries.length - 1);
    const builtinWord = isMechanismKind(element) ? 'mechanism kind' : isResource(element) ? 'resource' : isStage(element) ? 'stage' : undefined;
    const duplicatesBuiltin = builtin && builtinWord !== undefined;
    const message = duplicatesBuiltin ? `'${name}' is a built-in ${builtinWord}; this declaration duplicates it.` : `'${name}' is declared more than once: also as ${shown}.`;
    context.report({
        node: element,
        property: 'name',
        message,
        hint: duplicatesBuiltin
            ? `Remove this declaration and use the built-in ${isMechanismKind(element) ? 'kind' : builtinWord}, or give yours another name.`
            : `Rename one of them (names of parties, agreements, mechanism kinds and sources are shared by the whole workspace).`,
        data: { name, duplicates: places }
    });
}

function checkMembers(agreement: Agreement, uri: URI, context: RuleContext): void {
    const nameProvider = context.services.references.NameProvider;
    const byName = new Map<string, Member[]>();
    const members: Member[] = [...agreementEvents(agreement), ...agreementCommitments(agreement), ...agreementMechanisms(agreement)];
    for (const member of members) {
        const name = nameProvider.getName(member);
        if (!name) continue;
        const list = byName.get(name);
        if (list) list.push(member);
        else byName.set(name, [member]);
    }
    for (const [name, list] of byName) {
        if (list.length < 2) continue;
        for (const member of list) {
            const others = firstOthers(list, other => other === member).map(other => `the ${memberWord(other)} ${describeLocation(uri, uri, lineOf(other))}`);
            const unnamedEvent = isEvent(member) && !member.name;
            context.report<AstNode>({
                node: member,
                property: unnamedEvent ? 'kind' : 'name',
                message: `'${name}' names more than one member of '${agreement.name}': also ${andMore(others, list.length - 1)}.`,
                hint: unnamedEvent
                    ? `Give one of the events its own name, e.g. \`${member.kind} ${member.kind}_2 ...\`, so deadlines can tell them apart.`
                    : `Rename one of them; \`${agreement.name}.${name}\` must name one member.`,
                data: { name }
            });
        }
    }
}

/**
 * One name, one declaration: the top-level names of the workspace (parties, agreements,
 * instruments, mechanism kinds, sources, resources, stages; the built-in ones included) share one
 * namespace, and so do the events, commitments and mechanisms of one agreement.
 */
export const duplicateNameRule = createRule({
    code: 'pacta/duplicate-name',
    severity: 'error',
    description: 'Two top-level declarations of the workspace, or two members of one agreement, have the same name.',
    checks: {
        Document: (document, context) => {
            const root = document.$document;
            if (!root) return;
            for (const element of document.elements ?? []) {
                checkTopLevel(element, root.uri, context);
                if (isAgreement(element)) checkMembers(element, root.uri, context);
            }
        }
    }
});
