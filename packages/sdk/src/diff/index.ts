/** `pacta diff` as SDK functions: `diffOutputs` and its renderers (docs/diff.md). */
export { CHANGE_KINDS, diffOutputs } from './diff-outputs.js';
export { renderDiffText } from './render-text.js';
export { MARKDOWN_LIMIT, MARKDOWN_MARKER, renderDiffJson, renderDiffMarkdown } from './render-markdown.js';
export type { DiffTextOptions } from './render-text.js';
export { PACTA_DIFF_SCHEMA_ID, pactaDiffSchema } from './schema.js';
export * from './model.js';
