/** Codes of findings that do not come from a rule in `rules/`: the parser, the linker, suppressions. */
export const SYNTAX_ERROR = 'pacta/syntax-error';
export const TOO_DEEPLY_NESTED = 'pacta/too-deeply-nested';
export const UNRESOLVED_REFERENCE = 'pacta/unresolved-reference';
export const UNKNOWN_RESOURCE = 'pacta/unknown-resource';
export const UNKNOWN_STAGE = 'pacta/unknown-stage';
export const SUPPRESSION_WITHOUT_REASON = 'pacta/suppression-without-reason';
export const UNUSED_SUPPRESSION = 'pacta/unused-suppression';

export const PIPELINE_CODES = [
    { code: SYNTAX_ERROR, severity: 'error', description: 'The text does not follow the grammar of Pacta.' },
    { code: TOO_DEEPLY_NESTED, severity: 'error', description: '`earliest of` / `latest of` nested more than 32 levels deep.' },
    { code: UNRESOLVED_REFERENCE, severity: 'error', description: 'A name refers to nothing declared in the workspace.' },
    { code: UNKNOWN_RESOURCE, severity: 'error', description: 'A resource that is neither on the shipped reference lists nor declared in the workspace.' },
    { code: UNKNOWN_STAGE, severity: 'error', description: 'A value-chain stage that is neither built in nor declared in the workspace.' },
    { code: SUPPRESSION_WITHOUT_REASON, severity: 'error', description: 'A `#suppress` directive gives no reason.' },
    { code: UNUSED_SUPPRESSION, severity: 'warning', description: 'A `#suppress` directive silences nothing.' }
] as const;
