/**
 * `@pacta/sdk`: compile Pacta files, folders or in-memory sources to the versioned JSON model,
 * with diagnostics; validate compiled JSON against the published schema.
 * The Node-free part is also available as `@pacta/sdk/core`.
 */
import './node/supported-node.js'; // first: on an older Node, one clear error before anything else runs
export * from './core.js';
export * from './diff/index.js'; // `pacta diff`: diffOutputs and its renderers (docs/diff.md)
export * from './report/index.js'; // `pacta report`: renderReport, renderReportMarkdown (docs/report.md)
export { SUPPORTED_NODE, isSupportedNode } from './node/supported-node.js';
export { commonFolder, compileFiles, compileFolder } from './node/compile-files.js';
export { DEFAULT_MAX_FILE_SIZE, listWorkspaceFiles, resolvesOutside } from './node/workspace-files.js';
export type { WorkspaceFileOptions, WorkspaceFiles } from './node/workspace-files.js';
export type { FileCompileOptions } from './node/compile-files.js';
export * from './config/index.js';
