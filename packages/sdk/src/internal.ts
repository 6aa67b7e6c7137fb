/**
 * `@pacta/sdk/internal`: the parts of the SDK that Pacta's own tools (the CLI, the language
 * server, the benchmarks) share, and that expose Langium, ajv or LSP types. NO SEMVER GUARANTEE:
 * anything here may change or disappear in any release. Use `@pacta/sdk` (or `@pacta/sdk/core`).
 * @packageDocumentation
 */
export { compilePrepared } from './compile.js';
export type { PreparedSource } from './compile.js';
export { compileAst } from './compiler/compile-ast.js';
export type { DocumentPaths } from './compiler/compile-ast.js';
export { toPactaDiagnostic } from './diagnostics.js';
export { schemaValidator } from './schema-validator.js';
export { agreementEnd, indexAgreements } from './status/agreement-status.js';
export { occurrenceFrom, occurrencesToList } from './deadlines/occurrences.js';
