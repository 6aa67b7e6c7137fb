import { markdownText } from '../text/markdown-text.js';
import type { Agreement, Mechanism, RoleList } from '../generated/ast.js';

/** ` from 2024-07 until 2026-06`, as written, for a role list with a span; empty without one (1.4). */
export function describeRoleSpan(list: RoleList): string {
    const from = list.from?.$cstNode?.text;
    const until = list.until?.$cstNode?.text;
    return `${from ? ` from ${from}` : ''}${until ? ` until ${until}` : ''}`;
}

/** The agreement's stated negatives and `requires ratification`, one line each (1.4). */
export function describeRoleExtras(agreement: Agreement): string[] {
    const lines: string[] = [];
    for (const negative of agreement.negatives ?? []) {
        const parties = (negative.parties ?? []).map(ref => `\`${ref.$refText}\``).join(', ');
        lines.push(`excludes ${negative.role}: ${parties}${negative.note ? ` — ${markdownText(negative.note)}` : ''}`);
    }
    if (agreement.requiresRatification) lines.push('requires ratification');
    return lines;
}

/** `lead: …` and `participants: …` of a mechanism (1.4). */
export function describeMechanismRoles(mechanism: Mechanism): string[] {
    const list = (label: string, refs: Mechanism['lead'] | undefined) => (refs?.length ? [`${label}: ${refs.map(ref => `\`${ref.$refText}\``).join(', ')}`] : []);
    return [...list('lead', mechanism.lead), ...list('participants', mechanism.participants)];
}
