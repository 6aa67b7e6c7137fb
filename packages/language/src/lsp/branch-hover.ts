import { markdownText } from '../text/markdown-text.js';
import type { AstNode } from 'langium';
import { armOf, armsOf, takenArm } from '../branches/branch-members.js';
import type { Branch } from '../generated/ast.js';

/** `**only if extended**: "each Party confirms …"`: the line a hover puts above a branched member. */
export function branchNote(node: AstNode): string | undefined {
    const place = armOf(node);
    if (!place) return undefined;
    const name = place.branch.name ?? '?';
    const label = place.arm === 'if' ? `only if ${name}` : `only if not ${name}`;
    const taken = takenArm(place.branch);
    const state = taken === undefined ? '' : taken === place.arm ? ' (this arm was taken)' : ' (the other arm was taken: does not apply)';
    return `**${label}**${state}: "${markdownText(place.branch.condition ?? '')}"`;
}

/** A branch: its condition, what each arm holds, and the arm taken, if recorded. */
export function describeBranch(branch: Branch): string {
    const lines = [`**if ${branch.name}** — branch \`${branch.name}\``, `condition: "${branch.condition ?? ''}"`];
    for (const { arm, node } of armsOf(branch)) {
        const members = [...(node.events ?? []).map(e => e.name ?? e.kind), ...(node.commitments ?? []).map(c => c.name), ...(node.mechanisms ?? []).map(m => m.name)];
        const mark = node.taken?.[0];
        lines.push(`${arm}: ${members.length > 0 ? members.map(m => `\`${m}\``).join(', ') : 'nothing'}${mark ? ` — **taken**${mark.date ? ` ${mark.date}` : ''}` : ''}`);
    }
    if (takenArm(branch) === undefined) lines.push('neither arm recorded as taken: lists and status show both, labelled');
    return lines.join('  \n');
}

/** A hover summary with the branch note above it, for a member of a branch's arm. */
export function withBranchNote(node: AstNode, summary: string | undefined): string | undefined {
    const note = branchNote(node);
    if (!note) return summary;
    return summary ? `${note}  \n${summary}` : note;
}
