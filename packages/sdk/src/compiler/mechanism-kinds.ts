import { type MechanismKind as MechanismKindNode, isBuiltinUri, kindAncestors } from '@pacta/language';
import { AstUtils } from 'langium';
import type { MechanismKind } from '../model.js';
import { type BuildContext, nameOr, optionalString } from './context.js';

export function isBuiltinNode(node: MechanismKindNode): boolean {
    return isBuiltinUri(AstUtils.getDocument(node).uri.toString());
}

export function buildMechanismKind(node: MechanismKindNode, context: BuildContext): MechanismKind {
    const id = context.idOf(node) ?? nameOr(node.name);
    const title = optionalString(node.title) ?? '';
    // `of PARENT` (1.4): the parent as an id (or as written when it does not link), and every kind above it.
    const parent = node.parent ? context.refId(node.parent) : undefined;
    const ancestors = kindAncestors(node).map(kind => context.idOf(kind) ?? nameOr(kind.name));
    const hierarchy = {
        ...(parent !== undefined ? { parent } : {}),
        ...(ancestors.length > 0 ? { ancestors } : {})
    };
    if (isBuiltinNode(node)) {
        return { id, title, ...hierarchy, builtin: true };
    }
    const doc = context.doc(node);
    return { id, title, ...hierarchy, builtin: false, ...(doc !== undefined ? { doc } : {}), location: context.location(node) };
}
