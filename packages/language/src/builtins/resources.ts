import { builtinResources, builtinStages } from '../reference-data/resources.js';

/**
 * The built-in resources (minerals and groups of the shipped reference lists) and value-chain
 * stages, written in Pacta and loaded into every workspace as a read-only document, so that
 * `resources lithium, rare_earths` and `stages refining` link, complete, hover and navigate like
 * user declarations. Generated from the reference data (`reference-data/resources/*.json`).
 */
export const BUILTIN_RESOURCES_URI = 'pacta-builtin:///resources.pacta';

let text: string | undefined;

/** The text of the built-in resources document, generated once per process. */
export function builtinResourcesText(): string {
    return (text ??= generate());
}

function generate(): string {
    const lines = [
        '// Built-in resources and value-chain stages, generated from the reference lists shipped with Pacta',
        '// (docs/resources.md). Declare your own with `resource NAME "Title"`, `resource_group NAME "Title" { members ... }`',
        '// and `stage NAME "Title"`.'
    ];
    for (const resource of builtinResources()) {
        if (resource.kind === 'mineral') {
            lines.push(`resource ${resource.id} ${quote(resource.title)}`);
        } else {
            const members = resource.members.length > 0 ? ` { members ${resource.members.join(', ')} }` : '';
            lines.push(`resource_group ${resource.id} ${quote(resource.title)}${members}`);
        }
    }
    for (const stage of builtinStages()) lines.push(`stage ${stage.id} ${quote(stage.title)}`);
    return lines.join('\n') + '\n';
}

function quote(title: string): string {
    return `"${title.replace(/["\\]/g, ch => `\\${ch}`)}"`;
}
