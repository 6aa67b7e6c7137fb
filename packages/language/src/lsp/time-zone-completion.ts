import { CompletionItemKind } from 'vscode-languageserver-types';

/** A completion of a `zone "…"` value (1.4): every IANA time zone the runtime's Intl knows, quoted. */
export interface TimeZoneItem {
    label: string;
    kind: CompletionItemKind;
    detail: string;
    insertText: string;
    filterText: string;
    sortText: string;
}

let items: TimeZoneItem[] | undefined;

export function timeZoneItems(): TimeZoneItem[] {
    if (!items) {
        const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
        const zones = intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : [];
        items = zones.map(zone => ({
            label: JSON.stringify(zone),
            kind: CompletionItemKind.Value,
            detail: 'IANA time zone',
            insertText: JSON.stringify(zone),
            filterText: JSON.stringify(zone),
            sortText: `0${zone}`
        }));
    }
    return items;
}
