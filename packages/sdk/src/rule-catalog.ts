import { PACTA_RULES, PIPELINE_CODES } from '@pacta/language';
import { type DiagnosticSeverity, SDK_CODES } from './diagnostics.js';

/** One code a diagnostic can carry: what SARIF calls a rule. */
export interface RuleDescriptor {
    /** Stable, never reused: `pacta/unknown-country`. */
    readonly code: string;
    /** The severity it is reported with. */
    readonly severity: DiagnosticSeverity;
    /** One line: what it finds. */
    readonly description: string;
    /** Who reports it: the parser, linker or suppressions (`pipeline`), a validation rule (`rule`), the SDK (`sdk`). */
    readonly origin: 'pipeline' | 'rule' | 'sdk';
}

/** Every code a `PactaDiagnostic` can have: pipeline codes, validation rules, then the SDK's own. */
export const ruleCatalog: readonly RuleDescriptor[] = Object.freeze(
    [
        ...PIPELINE_CODES.map(({ code, severity, description }) => ({ code, severity, description, origin: 'pipeline' as const })),
        ...PACTA_RULES.map(({ code, severity, description }) => ({ code, severity, description, origin: 'rule' as const })),
        ...SDK_CODES.map(({ code, severity, description }) => ({ code, severity, description, origin: 'sdk' as const }))
    ].map(entry => Object.freeze(entry))
);

/** The catalogue entry of a code, if it is one. */
export function findRule(code: string): RuleDescriptor | undefined {
    return ruleCatalog.find(entry => entry.code === code);
}
