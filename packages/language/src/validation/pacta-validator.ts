import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { PactaAstType } from '../generated/ast.js';
import type { PactaServices } from '../pacta-module.js';
import type { PactaRule, RuleContext, RuleReport } from './rule.js';
import { PACTA_RULES } from './rules/index.js';

/** Registers every rule of `rules/` with Langium's validation registry. */
export function registerValidationRules(services: PactaServices, rules: readonly PactaRule[] = PACTA_RULES): void {
    const registry = services.validation.ValidationRegistry;
    for (const rule of rules) {
        const checks: Record<string, (node: AstNode, accept: ValidationAcceptor) => void> = {};
        for (const [type, check] of Object.entries(rule.checks)) {
            checks[type] = (node, accept) => {
                const context: RuleContext = {
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
                (check as (node: AstNode, context: RuleContext) => void)(node, context);
            };
        }
        registry.register(checks as ValidationChecks<PactaAstType>);
    }
}
