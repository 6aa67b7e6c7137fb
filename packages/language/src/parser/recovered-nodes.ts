import type { AstNode, ParseResult } from 'langium';

/** The members and declarations a recovery can start on the rest of a broken line. */
const MEMBER_TYPES = new Set(['Agreement', 'Party', 'Source', 'MechanismKind', 'Resource', 'Stage', 'Event', 'Commitment', 'Mechanism', 'Relation', 'RoleList', 'Membership']);

/**
 * Leaves out the members and declarations that the parser's recovery started after a syntax
 * error on the same line: the rest of a broken line (`due within 30 days of signed` read as an
 * event `signed`) is not a declaration of its author, and would otherwise be reported as a
 * duplicate or checked as one. Linear in the document and the errors.
 */
export function pruneRecoveredNodes(result: ParseResult, text: string): void {
    if (result.parserErrors.length === 0) return;
    // For each error, the part of its line after it: [offset, end of line).
    const broken: Array<[number, number]> = [];
    for (const error of result.parserErrors) {
        const offset = error.token.startOffset;
        if (!Number.isFinite(offset) || offset < 0) continue;
        const lineEnd = text.indexOf('\n', offset);
        broken.push([offset, lineEnd < 0 ? text.length : lineEnd]);
    }
    if (broken.length === 0) return;
    broken.sort((a, b) => a[0] - b[0]);
    prune(result.value, broken);
}

function prune(node: AstNode, broken: ReadonlyArray<[number, number]>): void {
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('$') || !Array.isArray(value)) continue;
        for (let i = value.length - 1; i >= 0; i--) {
            const item = value[i] as AstNode | undefined;
            if (!item || typeof item !== 'object' || typeof item.$type !== 'string') continue;
            const start = item.$cstNode?.offset;
            if (MEMBER_TYPES.has(item.$type) && start !== undefined && afterAnError(broken, start)) {
                value.splice(i, 1);
            } else {
                prune(item, broken);
            }
        }
    }
}

/** True when `offset` is after an error on the error's line (the ranges are sorted by start). */
function afterAnError(broken: ReadonlyArray<[number, number]>, offset: number): boolean {
    let low = 0;
    let high = broken.length - 1;
    let candidate = -1;
    while (low <= high) {
        const mid = (low + high) >> 1;
        if (broken[mid]![0] < offset) {
            candidate = mid;
            low = mid + 1;
        } else {
            high = mid - 1;
        }
    }
    return candidate >= 0 && offset < broken[candidate]![1];
}
