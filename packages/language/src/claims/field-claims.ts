import { type AstNode, type CstNode, GrammarUtils } from 'langium';
import { type Agreement, type Commitment, type FieldNote, type Mechanism, type Money, type TimeExpr, isAgreement, isCommitment, isMechanism } from '../generated/ast.js';

/** The single-valued fields that can carry claims (`amount X { cite a } or Y { cite b }`) (1.4). */
export type ClaimedField = 'kind' | 'binding' | 'title' | 'due' | 'status' | 'amount';

/** A node whose fields can carry claims. */
export type ClaimHolder = Agreement | Commitment | Mechanism;

/** One claim on a field as written: the first value (with its `{ ... }` note) or one after `or`. */
export interface WrittenClaim<V = unknown> {
    field: ClaimedField;
    value: V;
    /** `{ cite ... uncertain preferred }` after the value. */
    note?: FieldNote;
    /** Where its value is written. */
    cst?: CstNode;
    /** The node it belongs to (the alternative's own node, else the holder)... */
    node: AstNode;
    /** ...and the property of that node its value is in (`value` for an alternative). */
    property: string;
    /** True for the claim the field's value is taken from: the one marked `preferred`, else the first. */
    preferred: boolean;
}

/** The claims of one field, when it has more than one or any of them has a note; first as written. */
export interface FieldClaimGroup<V = unknown> {
    field: ClaimedField;
    claims: Array<WrittenClaim<V>>;
}

interface Alternative<V> {
    value?: V;
    note?: FieldNote;
    $cstNode?: CstNode;
}

/**
 * Every field of `node` written with claims or a note, in a fixed order of fields; a field
 * written once without a note is left out. The claim a field's value comes from is marked
 * `preferred` (the first marked `preferred`, else the first).
 */
export function fieldClaimGroups(node: AstNode): FieldClaimGroup[] {
    const groups: FieldClaimGroup[] = [];
    const add = <V>(field: ClaimedField, first: V | undefined, property: string, note: FieldNote | undefined, alternatives: ReadonlyArray<Alternative<V>> | undefined, always = false): void => {
        if (first === undefined || first === '') return;
        if (!note && (alternatives?.length ?? 0) === 0 && !always) return;
        const cstNodes = node.$cstNode ? GrammarUtils.findNodesForProperty(node.$cstNode, property) : [];
        const claims: Array<WrittenClaim<V>> = [{ field, value: first, note, cst: cstNodes[cstNodes.length - 1], node, property, preferred: false }];
        for (const alternative of alternatives ?? []) {
            if (alternative.value === undefined) continue;
            const cst = alternative.$cstNode ? GrammarUtils.findNodeForProperty(alternative.$cstNode, 'value') : undefined;
            claims.push({ field, value: alternative.value, note: alternative.note, cst, node: alternative as unknown as AstNode, property: 'value', preferred: false });
        }
        const chosen = claims.find(claim => claim.note?.preferred) ?? claims[0]!;
        chosen.preferred = true;
        groups.push({ field, claims: claims as WrittenClaim[] });
    };
    if (isAgreement(node)) {
        add('title', node.title, 'title', undefined, node.titleClaims);
        add('kind', node.kind, 'kind', node.kindNote, node.kindClaims);
        add('binding', node.binding, 'binding', node.bindingNote, node.bindingClaims);
    } else if (isCommitment(node)) {
        add<TimeExpr>('due', node.due, 'due', node.dueNote, node.dueClaims);
        add('status', node.status, 'status', node.statusNote, node.statusClaims);
    } else if (isMechanism(node)) {
        add('status', node.status, 'status', node.statusNote, node.statusClaims);
        add<Money>('amount', node.amount, 'amount', node.amountNote, node.amountClaims);
    }
    return groups;
}

/** The claims of one field of `node`, or undefined when it is written once without a note. */
export function fieldClaimGroup(node: AstNode, field: ClaimedField): FieldClaimGroup | undefined {
    return fieldClaimGroups(node).find(group => group.field === field);
}

/** The value a field is taken from: its preferred claim's, else the value written first. */
export function preferredValue<V>(node: AstNode, field: ClaimedField, first: V | undefined): V | undefined {
    const group = fieldClaimGroup(node, field);
    return group ? (group.claims.find(claim => claim.preferred)?.value as V | undefined) : first;
}

/** A commitment's deadline: its preferred `due` claim. */
export function preferredDue(commitment: Commitment): TimeExpr | undefined {
    if ((commitment.dueClaims?.length ?? 0) === 0) return commitment.due;
    return preferredValue<TimeExpr>(commitment, 'due', commitment.due);
}

/** The binding status of an agreement: its preferred claim. */
export function preferredBinding(agreement: Agreement): string | undefined {
    if ((agreement.bindingClaims?.length ?? 0) === 0) return agreement.binding;
    return preferredValue<string>(agreement, 'binding', agreement.binding);
}

/** True when the field's claims disagree: it has claims besides the preferred one, or its preferred one is marked `uncertain`. */
export function isContested(group: FieldClaimGroup | undefined): boolean {
    if (!group) return false;
    return group.claims.length > 1 || group.claims.some(claim => claim.preferred && claim.note?.uncertain === true);
}
