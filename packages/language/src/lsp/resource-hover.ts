import { markdownText } from '../text/markdown-text.js';
import { AstUtils } from 'langium';
import { isBuiltinUri } from '../builtins/mechanism-kinds.js';
import type { Resource, Stage } from '../generated/ast.js';
import { builtinGroupsOf, listingsOf, lookupBuiltinResource, lookupBuiltinStage } from '../reference-data/resources.js';

function isBuiltinNode(node: Resource | Stage): boolean {
    try {
        return isBuiltinUri(AstUtils.getDocument(node).uri.toString());
    } catch {
        return false; // a detached node: not built in
    }
}

/**
 * The hover of a resource (declared or referred to): its title and kind, the reference lists it
 * is on with their titles and the name each list gives it, the members of a group, the groups of
 * the built-in library it belongs to.
 */
export function describeResource(resource: Resource): string {
    const builtin = isBuiltinNode(resource);
    const group = resource.kind === 'resource_group';
    const kind = group ? 'resource group' : 'resource';
    const lines = [`**${markdownText(resource.title ?? resource.name)}** — ${kind} \`${resource.name}\`${builtin ? ' (built-in)' : ''}`];
    const info = builtin ? lookupBuiltinResource(resource.name) : undefined;
    if (info?.note) lines.push(info.note);
    const members = (resource.members ?? []).map(ref => `\`${ref.$refText}\``);
    if (group) lines.push(members.length > 0 ? `members (${members.length}): ${members.join(', ')}` : 'members: none (unspecified)');
    if (builtin) {
        const listings = listingsOf(resource.name);
        if (listings.length > 0) {
            lines.push('on the reference lists:');
            for (const { list, entry } of listings) {
                const as = entry.name.toLowerCase() === (resource.title ?? resource.name).toLowerCase() ? '' : ` — as “${entry.name}”`;
                lines.push(`- ${list.title} (${list.published})${as}`);
            }
        } else {
            lines.push('on none of the shipped reference lists');
        }
        const groups = builtinGroupsOf(resource.name);
        if (groups.length > 0) lines.push(`member of: ${groups.map(g => `${g.title} (\`${g.id}\`)`).join(', ')}`);
    }
    return lines.join('  \n');
}

/** The hover of a value-chain stage. */
export function describeStage(stage: Stage): string {
    const builtin = isBuiltinNode(stage);
    const lines = [`**${markdownText(stage.title ?? stage.name)}** — value-chain stage \`${stage.name}\`${builtin ? ' (built-in)' : ''}`];
    const note = builtin ? lookupBuiltinStage(stage.name)?.note : undefined;
    if (note) lines.push(note);
    return lines.join('  \n');
}
