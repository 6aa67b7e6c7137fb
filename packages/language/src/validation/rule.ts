import type { AstNode, Properties } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { PactaAstType } from '../generated/ast.js';
import type { PactaServices } from '../pacta-module.js';

export type RuleSeverity = 'error' | 'warning' | 'info' | 'hint';

/** What every finding of Pacta carries in `Diagnostic.data` besides the LSP basics. */
export interface PactaDiagnosticData {
    /** How to fix it, in one sentence. */
    hint?: string;
    /** Machine-readable extras a quick fix can use (e.g. `suggestion`, the closest valid name). */
    [key: string]: unknown;
}

export interface RuleReport<N extends AstNode> {
    node: N;
    message: string;
    /** How to fix it, in one sentence. */
    hint?: string;
    property?: Properties<N>;
    index?: number;
    /** A range of its own, finer than a node or a property: one character in a comment, one escape in a string. */
    range?: Range;
    data?: Record<string, unknown>;
}

export interface RuleContext {
    readonly services: PactaServices;
    report<N extends AstNode>(report: RuleReport<N>): void;
}

export type RuleChecks = {
    [K in keyof PactaAstType]?: (node: PactaAstType[K], context: RuleContext) => void;
};

/** A validation rule: one stable code, one severity, one file (`*.rule.ts`). */
export interface PactaRule {
    /** Stable, documented, never reused: `pacta/unknown-country`. */
    readonly code: string;
    readonly severity: RuleSeverity;
    /** One line: what the rule finds. */
    readonly description: string;
    /**
     * The validation category of an opt-in rule (see `validation-categories.ts`), e.g.
     * `strict-sources`; absent for the rules that always run.
     */
    readonly category?: string;
    readonly checks: RuleChecks;
}

export function createRule(rule: PactaRule): PactaRule {
    return rule;
}
