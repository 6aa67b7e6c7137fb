import type { CompletionValueItem } from 'langium/lsp';
import { CompletionItemKind } from 'vscode-languageserver-types';
import { referenceListName } from '../builtins/resource-lists.js';
import { REFERENCE_LISTS } from '../reference-data/resources.js';

/** After `resources every`: the shipped reference lists, by the name Pacta text gives them (`usgs_2025`). */
export function referenceListItems(): CompletionValueItem[] {
    return REFERENCE_LISTS.map((list, index) => ({
        label: referenceListName(list.id),
        kind: CompletionItemKind.Constant,
        detail: `reference list · ${list.title} (${list.count} entries)`,
        labelDetails: { description: list.publisher },
        documentation: `${list.citation}\n\n${list.url}`,
        sortText: `0${String(index).padStart(2, '0')}`
    }));
}
