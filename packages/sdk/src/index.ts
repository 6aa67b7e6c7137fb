/**
 * `@pacta/sdk`: compile Pacta files, folders or in-memory sources to the versioned JSON model,
 * with diagnostics; validate compiled JSON against the published schema.
 * The Node-free part is also available as `@pacta/sdk/core`.
 */
export * from './core.js';
export { commonFolder, compileFiles, compileFolder } from './node/compile-files.js';
export { DEFAULT_MAX_FILE_SIZE, listWorkspaceFiles, resolvesOutside } from './node/workspace-files.js';
export type { WorkspaceFileOptions, WorkspaceFiles } from './node/workspace-files.js';
export type { FileCompileOptions } from './node/compile-files.js';
