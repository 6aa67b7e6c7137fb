/** The workspace config (`pacta.config.json`, package.json's `pacta`) and ignore files (`.pactaignore`): one loader for the CLI and the language server. */
export * from './core.js';
export { createIgnoreFilter, loadConfig, nodeConfigHost } from './node-config.js';
