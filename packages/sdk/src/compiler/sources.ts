import type { Source as SourceNode } from '@pacta/language';
import type { Source } from '../model.js';
import { type BuildContext, nameOr, optionalString } from './context.js';
import { calendarDate } from './dates.js';

export function buildSource(node: SourceNode, context: BuildContext): Source {
    const kind = optionalString(node.kind);
    const urls = (node.urls ?? []).filter((url): url is string => typeof url === 'string');
    const url = urls[0];
    const publisher = optionalString(node.publisher);
    const published = calendarDate(optionalString(node.published));
    const accessed = calendarDate(optionalString(node.accessed));
    const doc = context.doc(node);
    return {
        id: context.idOf(node) ?? nameOr(node.name),
        title: optionalString(node.title) ?? '',
        ...(kind !== undefined ? { kind } : {}),
        ...(url !== undefined ? { url } : {}),
        ...(urls.length > 1 ? { urls } : {}),
        ...(publisher !== undefined ? { publisher } : {}),
        ...(published !== undefined ? { published } : {}),
        ...(accessed !== undefined ? { accessed } : {}),
        ...(doc !== undefined ? { doc } : {}),
        location: context.location(node)
    };
}
