import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { PactaAstType } from '../generated/ast.js';
import type { PactaServices } from '../pacta-module.js';
import type { PactaRule, RuleContext, RuleReport } from './rule.js';
import { PACTA_RULES } from './rules/index.js';

/** Registers every rule of `rules/` with Langium's validation registry. */
export function registerValidationRules(services: PactaServices, rules: readonly PactaRule[] = PACTA_RULES): void {
    const registry = services.validation.ValidationRegistry;
    for (const rule of rules) {
        // A rule's context only depends on the acceptor, which is the same for every node of a
        // document: it is made once per document, not once per node and check.
        let lastAccept: ValidationAcceptor | undefined;
        let lastContext: RuleContext | undefined;
        const contextFor = (accept: ValidationAcceptor): RuleContext => {
            if (accept !== lastAccept || !lastContext) {
                lastAccept = accept;
                lastContext = {
                    services,
                    report: <N extends AstNode>(report: RuleReport<N>) => {
                        accept(rule.severity, report.message, {
                            node: report.node,
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
        const checks: Record<string, (node: AstNode, accept: ValidationAcceptor) => void> = {};
        for (const [type, check] of Object.entries(rule.checks)) {
            checks[type] = (node, accept) => {
                (check as (node: AstNode, context: RuleContext) => void)(node, contextFor(accept));
            };
        }
        registry.register(checks as ValidationChecks<PactaAstType>);
    }
}
