/** The config loader without Node imports (`@pacta/sdk/core`): the language server gives it Node's file access. */
export { pactaConfigSchema } from './config-schema.js';
export { createIgnoreFilterWith } from './ignore-filter.js';
export type { IgnoreFilter, IgnoreFilterOptions } from './ignore-filter.js';
export { findConfigFile, loadConfigFrom } from './load-config.js';
export type { ConfigHost, LoadConfigOptions, LoadedConfig } from './load-config.js';
export { CONFIG_FILE, INVALID_CONFIG, PACTA_IGNORE_FILE } from './model.js';
export type { PactaConfig } from './model.js';
