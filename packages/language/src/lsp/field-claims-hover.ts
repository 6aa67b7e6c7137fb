import type { AstNode, CstNode, Reference } from 'langium';
import { type FieldClaimGroup, fieldClaimGroups } from '../claims/field-claims.js';
import type { FieldNote } from '../generated/ast.js';

/** `cite wh "sec. 3", cite ft · uncertain`: a claim's note in words. */
export function noteWords(note: FieldNote | undefined): string[] {
    const words: string[] = [];
    for (const citation of note?.citations ?? []) {
        const source = (citation.source as Reference | undefined)?.$refText ?? '?';
        words.push(`cite \`${source}\`${citation.locator !== undefined ? ` "${citation.locator}"` : ''}`);
    }
    if (note?.uncertain) words.push('uncertain');
    return words;
}

/** The claims of one field in Markdown: the preferred one in bold, each with its sources. */
export function fieldClaimsMarkdown(group: FieldClaimGroup): string {
    const count = group.claims.length;
    const head = count > 1 ? `**${group.field}** — ${count} claims; sources disagree` : `**${group.field}** — sources`;
    const lines = group.claims.map(claim => {
        const text = claim.cst?.text ?? String(claim.value);
        const words = [...(claim.preferred && count > 1 ? ['preferred'] : []), ...noteWords(claim.note)];
        const value = claim.preferred ? `**${text}**` : text;
        return `- ${value}${words.length > 0 ? ` — ${words.join(' · ')}` : ''}`;
    });
    return [head, ...lines].join('\n');
}

/**
 * The field whose claims the leaf is on: on a claim's value or note, or on the field's keyword
 * just before the first claim. Undefined elsewhere.
 */
export function fieldClaimsAt(leaf: CstNode): FieldClaimGroup | undefined {
    // Up to the holder (agreement, commitment, mechanism), at most a few levels.
    for (let depth = 0, node: AstNode | undefined = leaf.astNode; depth < 8 && node; depth++, node = node.$container) {
        for (const group of fieldClaimGroups(node)) {
            const first = group.claims[0]?.cst;
            if (!first) continue;
            let end = first.end;
            for (const claim of group.claims) {
                end = Math.max(end, claim.cst?.end ?? 0, claim.note?.$cstNode?.end ?? 0);
            }
            if (leaf.offset >= first.offset && leaf.end <= end) return group;
            const between = leaf.root.fullText.slice(leaf.end, first.offset);
            if (leaf.text === group.field && leaf.end <= first.offset && between.trim() === '') return group;
        }
    }
    return undefined;
}
