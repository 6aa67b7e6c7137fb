/**
 * `@pacta/sdk/core`: everything of the SDK that needs no Node API — in-memory compilation, the
 * model builder, the schema and its loader — for the language server and browsers.
 */
export { compileSources, compilePrepared, normalizeRelativePath } from './compile.js';
export type { CompileOptions, CompileResult, PreparedSource, SourceFile, Sources } from './compile.js';
export { compileAst } from './compiler/compile-ast.js';
export type { DocumentPaths } from './compiler/compile-ast.js';
export { scaleDecimal } from './compiler/money.js';
export {
    DUPLICATE_INPUT, FILE_TOO_LARGE, INTERNAL_ERROR, IO_ERROR, NO_INPUT, NOT_PACTA_FILE, OUTSIDE_WORKSPACE, SDK_CODES,
    sortDiagnostics, toPactaDiagnostic
} from './diagnostics.js';
export type { DiagnosticSeverity, PactaDiagnostic } from './diagnostics.js';
export * from './format.js';
export * from './config/core.js';
export { findRule, ruleCatalog } from './rule-catalog.js';
export type { RuleDescriptor } from './rule-catalog.js';
export { PACTA_SCHEMA_ID, loadCompiledJson, pactaSchema, schemaValidator } from './schema.js';
export type { JsonSchema, LoadResult, SchemaError } from './schema.js';
export { serializeOutput } from './serialize.js';
export * from './status/index.js';
export { addDecimals, amountTotals } from './amounts/totals.js';
export type { AmountTotal } from './amounts/totals.js';
export * from './deadlines/index.js';
export * from './model.js';
export type { AgreementEvent as PactaEvent } from './model.js';
/** For tools that show input to a person: the language's one rule for invisible characters. */
export { excerpt, visibleText } from '@pacta/language';
