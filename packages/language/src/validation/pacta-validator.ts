import { type AstNode, type ValidationAcceptor, type ValidationChecks, isOperationCancelled } from 'langium';
import type { PactaAstType } from '../generated/ast.js';
import type { PactaServices } from '../pacta-module.js';
import type { PactaRule, RuleContext, RuleReport } from './rule.js';
import { PACTA_RULES } from './rules/index.js';

type Check = (node: AstNode, accept: ValidationAcceptor) => unknown;

/** What Langium's `ValidationRegistry.handleException` prefixes the message of a check that throws with. */
const CHECK_FAILED = 'An error occurred during validation';

/**
 * Registers every rule of `rules/` with Langium's validation registry.
 *
 * The checks of all rules for one node type are registered as one check that runs them in the
 * order Langium would (rule by rule, each rule's types in order), each in its own try/catch
 * that reports a failure as Langium's registry does: the same findings in the same order, with
 * one asynchronous call per node and type instead of one per rule. (When a rule checks an
 * abstract type or every `AstNode`, each rule is registered on its own, as Langium expects.)
 */
export function registerValidationRules(services: PactaServices, rules: readonly PactaRule[] = PACTA_RULES): void {
    const registry = services.validation.ValidationRegistry;
    const reflection = services.shared.AstReflection;
    const perRule: Array<Record<string, Check>> = [];
    const byType = new Map<string, Check[]>();
    let combinable = true;
    // A rule of an opt-in category (`strict-sources`) is registered on its own, in its category.
    for (const rule of rules.filter(r => r.category !== undefined)) {
        const contextFor = ruleContexts(rule, services);
        const checks: Record<string, Check> = {};
        for (const [type, check] of Object.entries(rule.checks)) {
            checks[type] = (node, accept) => (check as (node: AstNode, context: RuleContext) => unknown)(node, contextFor(accept));
        }
        registry.register(checks as ValidationChecks<PactaAstType>, undefined, rule.category);
    }
    for (const rule of rules.filter(r => r.category === undefined)) {
        const contextFor = ruleContexts(rule, services);
        const checks: Record<string, Check> = {};
        for (const [type, check] of Object.entries(rule.checks)) {
            const run: Check = (node, accept) => (check as (node: AstNode, context: RuleContext) => unknown)(node, contextFor(accept));
            checks[type] = run;
            const subtypes = type === 'AstNode' ? [] : reflection.getAllSubTypes(type);
            if (subtypes.length !== 1 || subtypes[0] !== type) combinable = false;
            const list = byType.get(type);
            if (list) list.push(run);
            else byType.set(type, [run]);
        }
        perRule.push(checks);
    }
    if (!combinable) {
        for (const checks of perRule) registry.register(checks as ValidationChecks<PactaAstType>);
        return;
    }
    const combined: Record<string, Check> = {};
    for (const [type, runs] of byType) {
        combined[type] = runs.length === 1 ? runs[0]! : (node, accept) => runAll(runs, 0, node, accept);
    }
    registry.register(combined as ValidationChecks<PactaAstType>);
}

/**
 * Runs `runs[from..]` on a node as Langium runs separately registered checks: one after the
 * other, a failure of one reported (and logged) as Langium's registry reports it, the next run
 * anyway. Synchronous while the checks are; waits for a check that returns a promise.
 */
function runAll(runs: readonly Check[], from: number, node: AstNode, accept: ValidationAcceptor): Promise<void> | undefined {
    for (let i = from; i < runs.length; i++) {
        let result: unknown;
        try {
            result = runs[i]!(node, accept);
        } catch (error) {
            reportFailure(error, node, accept);
            continue;
        }
        if (result && typeof (result as PromiseLike<unknown>).then === 'function') {
            return Promise.resolve(result).then(
                () => runAll(runs, i + 1, node, accept),
                error => {
                    reportFailure(error, node, accept);
                    return runAll(runs, i + 1, node, accept);
                }
            );
        }
    }
    return undefined;
}

/** `ValidationRegistry.handleException`, for one rule of a combined check. */
function reportFailure(error: unknown, node: AstNode, accept: ValidationAcceptor): void {
    if (isOperationCancelled(error)) throw error;
    console.error(`${CHECK_FAILED}:`, error);
    if (error instanceof Error && error.stack) console.error(error.stack);
    const details = error instanceof Error ? error.message : String(error);
    accept('error', `${CHECK_FAILED}: ${details}`, { node });
}

/**
 * A rule's context only depends on the acceptor, which is the same for every node of a
 * document: it is made once per document, not once per node and check.
 */
function ruleContexts(rule: PactaRule, services: PactaServices): (accept: ValidationAcceptor) => RuleContext {
    let lastAccept: ValidationAcceptor | undefined;
    let lastContext: RuleContext | undefined;
    return accept => {
        if (accept !== lastAccept || !lastContext) {
            lastAccept = accept;
            lastContext = {
                services,
                report: <N extends AstNode>(report: RuleReport<N>) => {
                    accept(rule.severity, report.message, {
                        node: report.node,
                        ...(report.range ? { range: report.range } : {}),
                        property: report.property,
                        index: report.index,
                        code: rule.code,
                        data: { ...report.data, hint: report.hint }
                    });
                }
            };
        }
        return lastContext;
    };
}
