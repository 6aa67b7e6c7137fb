/**
 * `@pacta/sdk/core`: everything of the SDK that needs no Node API — in-memory compilation, the
 * model builder, the schema and its loader — for the language server and browsers.
 */
export { compileSources, normalizeRelativePath } from './compile-sources.js';
export type { CompileOptions, CompileResult, SourceFile, Sources } from './compile-types.js';
export { perFile } from './per-file.js';
export type { FileView } from './per-file.js';
export { excerpt, scaleDecimal, uncertaintyText, visibleText } from './language-facade.js';
export type { CalendarDate, UncertainFact } from './language-facade.js';
export {
    DUPLICATE_INPUT,
    FILE_TOO_LARGE,
    INTERNAL_ERROR,
    IO_ERROR,
    NO_INPUT,
    NOT_PACTA_FILE,
    OUTSIDE_WORKSPACE,
    SDK_CODES,
    sortDiagnostics
} from './diagnostics.js';
export type { DiagnosticSeverity, PactaDiagnostic } from './diagnostics.js';
export * from './format.js';
export * from './config/core.js';
export { findRule, ruleCatalog } from './rule-catalog.js';
export type { RuleDescriptor } from './rule-catalog.js';
export { PACTA_SCHEMA_ID, loadCompiledJson, pactaSchema } from './schema.js';
export type { JsonSchema, LoadResult, SchemaError } from './schema.js';
export { serializeOutput } from './serialize.js';
export * from './status/index.js';
export { addDecimals, amountTotals } from './amounts/totals.js';
export type { AmountTotal } from './amounts/totals.js';
export * from './deadlines/index.js';
export * from './model.js';
export type { AgreementEvent as PactaEvent } from './model.js';
