import { type MechanismKind as MechanismKindNode, isBuiltinUri } from '@pacta/language';
import { AstUtils } from 'langium';
import type { MechanismKind } from '../model.js';
import { type BuildContext, nameOr, optionalString } from './context.js';

export function isBuiltinNode(node: MechanismKindNode): boolean {
    return isBuiltinUri(AstUtils.getDocument(node).uri.toString());
}

export function buildMechanismKind(node: MechanismKindNode, context: BuildContext): MechanismKind {
    const id = context.idOf(node) ?? nameOr(node.name);
    const title = optionalString(node.title) ?? '';
    if (isBuiltinNode(node)) {
        return { id, title, builtin: true };
    }
    const doc = context.doc(node);
    return { id, title, builtin: false, ...(doc !== undefined ? { doc } : {}), location: context.location(node) };
}
