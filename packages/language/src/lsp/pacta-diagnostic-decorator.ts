import type { Diagnostic } from 'vscode-languageserver-types';
import type { PactaLspFeatureServices } from './pacta-lsp-module.js';
import type { RuleDocumentation } from './pacta-rule-documentation.js';

/**
 * Turns Pacta's findings into what an editor shows: `source` "pacta", a link to the rule's
 * documentation (`codeDescription.href`) and the fix hint (`data.hint`) as a second line of the
 * message, so it is read in the hover and the Problems panel without opening anything.
 * `data` is left as it is: quick fixes read `data.suggestion`, clients may read `data.hint`.
 */
export interface DiagnosticDecorator {
    decorate(diagnostic: Diagnostic): Diagnostic;
}

export const HINT_PREFIX = 'Hint: ';

export class DefaultDiagnosticDecorator implements DiagnosticDecorator {
    protected readonly documentation: RuleDocumentation;

    constructor(services: PactaLspFeatureServices) {
        this.documentation = services.lspFeatures.RuleDocumentation;
    }

    decorate(diagnostic: Diagnostic): Diagnostic {
        const code = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
        const href = code ? this.documentation.urlOf(code) : undefined;
        const hint = hintOf(diagnostic);
        // LSP 3.18 allows Markdown messages; Pacta's rules write plain text, so a hint is a plain line after it.
        const text = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
        const message = hint && !text.includes(hint) ? `${text}\n${HINT_PREFIX}${hint}` : diagnostic.message;
        return {
            ...diagnostic,
            message,
            source: 'pacta',
            ...(href ? { codeDescription: { href } } : {})
        };
    }
}

/** `data.hint` of a Pacta diagnostic, if it has one. */
export function hintOf(diagnostic: Diagnostic): string | undefined {
    const data = diagnostic.data as { hint?: unknown } | undefined;
    return typeof data?.hint === 'string' && data.hint.trim() !== '' ? data.hint : undefined;
}
