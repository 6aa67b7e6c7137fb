import { type AstNode, type CstNode, type LangiumDocument, isCompositeCstNode } from 'langium';
import { NODE_WORDS } from '../parser/syntax-vocabulary.js';
import { excerpt } from '../text/visible-text.js';

/**
 * After a syntax error the parser recovers by skipping or inventing tokens, and what it reads
 * next may be a fragment of the broken text. One mistake gives one finding: a syntax error that
 * follows from the previous one (`followsFrom`) is not reported, and no other rule reports inside
 * the damaged region around an error: from the start of the member it is in to the next member
 * or declaration that starts a line.
 */

/** The members and declarations whose start on a line of their own shows that parsing is back on track. */
const RESTART_TYPES = new Set(['Agreement', 'Party', 'Source', 'MechanismKind', 'Resource', 'Stage', 'Event', 'Commitment', 'Mechanism', 'Relation', 'RoleList', 'Membership', 'DateClaim']);

/** The members a damaged region starts with, when the error is inside one. */
const MEMBER_TYPES = new Set([...RESTART_TYPES].filter(type => type !== 'Agreement'));

export interface SyntaxDamage {
    /** The offsets of the syntax errors to report (the others follow from an earlier one). */
    reported: Set<number>;
    /** Sorted, disjoint `[start, end)` ranges in which no other finding is reported. */
    regions: Array<[number, number]>;
    /** Names a broken declaration seems to declare: references to them are not reported as unknown. */
    brokenNames: Set<string>;
}

/** The damage of the syntax errors at `offsets` (line by line) in a document. */
export function syntaxDamage(document: LangiumDocument, offsets: readonly number[]): SyntaxDamage {
    const text = document.textDocument.getText();
    const root = document.parseResult.value;
    const restarts = restartOffsets(document, root);
    const reported = new Set<number>();
    const regions: Array<[number, number]> = [];
    const brokenNames = new Set<string>();
    let previous: { line: number; member: AstNode | undefined } | undefined;
    for (const offset of offsets) {
        const line = document.textDocument.positionAt(offset).line;
        const member = innermostAt(root, offset, node => MEMBER_TYPES.has(node.$type) || node.$container?.$type === 'Document');
        if (!previous || !followsFrom(previous, line, member, text.charAt(offset), firstRestartAfterLine(restarts, previous.line), offset)) {
            reported.add(offset);
            previous = { line, member };
        }
        // An error shown right after the text that lacks something (`within 60 days|`) damages nothing before it.
        const lineStart = /\s/.test(text.charAt(offset)) ? offset : text.lastIndexOf('\n', offset - 1) + 1;
        const start = Math.min(member?.$cstNode?.offset ?? lineStart, lineStart);
        const end = firstRestartAfterLine(restarts, line)?.offset ?? text.length;
        regions.push([start, end]);
        for (const name of declaredNames(text.slice(offset, Math.min(end, offset + 400)))) brokenNames.add(name);
    }
    return { reported, regions: merged(regions), brokenNames };
}

/**
 * True when an error follows from the last one reported: it is on the same line, or nothing that
 * starts a line was read since, and it is a stray `}` or in the same member or declaration.
 */
function followsFrom(last: { line: number; member: AstNode | undefined }, line: number, member: AstNode | undefined, char: string, restart: Restart | undefined, offset: number): boolean {
    if (line === last.line) return true;
    if (restart !== undefined && restart.offset <= offset) return false;
    return char === '}' || member === last.member;
}

/** The ranges sorted, overlapping ones merged. */
function merged(ranges: Array<[number, number]>): Array<[number, number]> {
    const result: Array<[number, number]> = [];
    for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
        const last = result.at(-1);
        if (last && start <= last[1]) last[1] = Math.max(last[1], end);
        else result.push([start, end]);
    }
    return result;
}

/** True when `offset` is inside one of the sorted, disjoint regions. */
export function inRegion(regions: ReadonlyArray<[number, number]>, offset: number): boolean {
    let low = 0;
    let high = regions.length - 1;
    while (low <= high) {
        const mid = (low + high) >> 1;
        const [start, end] = regions[mid]!;
        if (offset < start) high = mid - 1;
        else if (offset >= end) low = mid + 1;
        else return true;
    }
    return false;
}

/** The construct an error is in, for its message: "commitment `mou`"; a construct that starts at the error does not count. */
export function constructAt(root: AstNode, offset: number): string | undefined {
    const node = innermostAt(root, offset, candidate => NODE_WORDS[candidate.$type] !== undefined && nameOf(candidate) !== undefined);
    return node ? `${NODE_WORDS[node.$type]} \`${excerpt(nameOf(node)!)}\`` : undefined;
}

/** A construct's name; an event without one is named by its kind. */
function nameOf(node: AstNode): string | undefined {
    const { name, kind } = node as { name?: unknown; kind?: unknown };
    if (typeof name === 'string' && name !== '') return name;
    return node.$type === 'Event' && typeof kind === 'string' && kind !== 'event' ? kind : undefined;
}

/** The innermost node around `offset` (starting before it) that satisfies `accept`: a descent of the CST by binary search. */
function innermostAt(root: AstNode, offset: number, accept: (node: AstNode) => boolean): AstNode | undefined {
    let cst: CstNode | undefined = root.$cstNode;
    let found: AstNode | undefined;
    while (cst && isCompositeCstNode(cst)) {
        const content = cst.content;
        let low = 0;
        let high = content.length - 1;
        let next: CstNode | undefined;
        while (low <= high) {
            const mid = (low + high) >> 1;
            const child = content[mid]!;
            if (offset < child.offset) high = mid - 1;
            else if (offset >= child.end) low = mid + 1;
            else {
                next = child;
                break;
            }
        }
        if (!next) break;
        if (next.offset < offset && next.astNode !== cst.astNode && accept(next.astNode)) found = next.astNode;
        cst = next;
    }
    return found;
}

interface Restart {
    offset: number;
    line: number;
}

/** The starts of the members and declarations that begin a line, in order. */
function restartOffsets(document: LangiumDocument, root: AstNode): Restart[] {
    const text = document.textDocument.getText();
    const restarts: Restart[] = [];
    const visit = (node: AstNode): void => {
        for (const child of childrenOf(node)) {
            const cst = child.$cstNode;
            if (cst && RESTART_TYPES.has(child.$type)) {
                const position = document.textDocument.positionAt(cst.offset);
                if (position.character < 200 && text.slice(cst.offset - position.character, cst.offset).trim() === '') {
                    restarts.push({ offset: cst.offset, line: position.line });
                }
            }
            visit(child);
        }
    };
    visit(root);
    return restarts.sort((a, b) => a.offset - b.offset);
}

function childrenOf(node: AstNode): AstNode[] {
    const children: AstNode[] = [];
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('$')) continue;
        if (Array.isArray(value)) {
            for (const item of value) if (isNode(item)) children.push(item);
        } else if (isNode(value)) {
            children.push(value);
        }
    }
    return children;
}

function isNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && typeof (value as AstNode).$type === 'string';
}

/** The first restart on a line after `line`. */
function firstRestartAfterLine(restarts: readonly Restart[], line: number): Restart | undefined {
    let low = 0;
    let high = restarts.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (restarts[mid]!.line <= line) low = mid + 1;
        else high = mid;
    }
    return restarts[low];
}

/** Names a piece of broken text seems to declare: a name right before a title in quotes or a `{`. */
function declaredNames(text: string): string[] {
    const names: string[] = [];
    for (const match of text.matchAll(/([A-Za-z_]\w*)\s*(?:"|\{)/g)) names.push(match[1]!);
    return names;
}
