/**
 * Small helpers shared by the rules of this folder. Nothing here reports findings.
 */
import { type AstNode, AstUtils, DocumentState, type URI, UriUtils, WorkspaceCache } from 'langium';
import { type Dated, type TimeExpr, isDateOperand, isEvent } from '../../generated/ast.js';
import { anchorsOf, dateExprOf } from '../../deadlines/deadline-resolver.js';
import { isBuiltinUri } from '../../builtins/mechanism-kinds.js';
import type { PactaServices } from '../../pacta-module.js';

// Keyed by the language's services, not `services.shared`: a check asks for a memo on every node,
// and each `services.shared` goes through Langium's injector (1–2 % of a large compile).
const memos = new WeakMap<PactaServices, WorkspaceCache<string, unknown>>();

/**
 * A value computed once per build of the workspace and shared by every check of that build
 * (e.g. a name index), so that a per-node check does not scan the whole workspace again.
 * Cleared when linking completes, i.e. before every validation phase.
 */
export function workspaceMemo<T>(services: PactaServices, key: string, compute: () => T): T {
    let cache = memos.get(services);
    if (!cache) {
        cache = new WorkspaceCache<string, unknown>(services.shared, DocumentState.Linked);
        memos.set(services, cache);
    }
    return cache.get(key, compute) as T;
}

/** The agreement (or instrument) a node is written in, if any, through any branch arm. */
export { enclosingAgreement } from '../../branches/branch-members.js';

/** 1-based line of a node's first character, if it has text. */
export function lineOf(node: AstNode | undefined): number | undefined {
    const line = node?.$cstNode?.range.start.line;
    return line === undefined ? undefined : line + 1;
}

/**
 * Where a declaration is, as seen from the file that reports it: `in parties.pacta:3`,
 * `at line 3` in the same file, or `in the built-in library`.
 */
export function describeLocation(from: URI, target: URI, line: number | undefined): string {
    if (isBuiltinUri(target.toString())) return 'in the built-in library';
    if (target.toString() === from.toString()) return line === undefined ? 'in this file' : `at line ${line}`;
    return `in ${UriUtils.relative(UriUtils.dirname(from), target)}${line === undefined ? '' : `:${line}`}`;
}

/** The URI of the document a node belongs to, or undefined for a detached node. */
export function documentUri(node: AstNode): URI | undefined {
    try {
        return AstUtils.getDocument(node).uri;
    } catch {
        return undefined;
    }
}

/**
 * The time expression that dates an event or a commitment: its `due`; an event's inline date,
 * else its preferred date claim, else its first claim.
 */
export function timeOf(node: Dated): TimeExpr | undefined {
    return dateExprOf(node);
}

/** The first anchor of a relative time expression, when it is linked. */
export function anchorOf(expr: TimeExpr): Dated | undefined {
    return anchorsOf(expr)[0];
}

/** Every linked anchor of a time expression (see `anchorsOf` of the resolver). */
export { anchorsOf };

/** True for every form counted from an event or commitment (offsets, anniversaries, month edges, recurring, earliest/latest). */
export function isRelative(expr: TimeExpr | undefined): boolean {
    return anchorsOf(expr).length > 0;
}

/** True for an expression written inside `earliest of (...)` / `latest of (...)`: the enclosing one is checked instead. */
export function isOperand(expr: TimeExpr): boolean {
    return isDateOperand(expr.$container);
}

/** `the event 'signed'` / `the commitment 'mou'`, for messages. */
export function datedWord(node: Dated): string {
    return isEvent(node) ? 'event' : 'commitment';
}

/**
 * The resolver's answer, or undefined when it cannot give one: on half-parsed input (a deadline
 * the parser recovered without its anchor or ordinal) the resolver may throw, and a rule must not.
 */
export function safely<T>(resolve: () => T): T | undefined {
    try {
        return resolve();
    } catch {
        return undefined;
    }
}
