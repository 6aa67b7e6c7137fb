/** The workspace config (`pacta.config.json`, package.json's `pacta`) and ignore files (`.pactaignore`): one loader for the CLI and the language server. */
export * from './core.js';
export { createIgnoreFilter } from './ignore-filter.js';
export type { IgnoreFilter, IgnoreFilterOptions } from './ignore-filter.js';
export { loadConfig, nodeConfigHost } from './node-config.js';
