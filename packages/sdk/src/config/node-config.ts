import { existsSync, readFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import { type IgnoreFilter, type IgnoreFilterOptions, createIgnoreFilterWith } from './ignore-filter.js';
import { type ConfigHost, type LoadConfigOptions, type LoadedConfig, loadConfigFrom } from './load-config.js';

/** Node's file system and paths for `loadConfigFrom`. */
export const nodeConfigHost: ConfigHost = {
    readFile(path: string): string | undefined {
        try {
            return readFileSync(path, 'utf8');
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
            throw error;
        }
    },
    exists: existsSync,
    path: nodePath
};

/**
 * The workspace config for `dir`: the nearest `pacta.config.json`, or package.json with a `pacta`
 * key, at or above it up to the repository root (see `loadConfigFrom`). Never throws.
 */
export function loadConfig(dir: string, options: LoadConfigOptions = {}): LoadedConfig {
    return loadConfigFrom(dir, nodeConfigHost, options);
}

/** `createIgnoreFilterWith` on Node's file system: what folder scans skip (`.pactaignore`, the config's `ignore`, `.gitignore` when asked). */
export function createIgnoreFilter(options: IgnoreFilterOptions = {}): IgnoreFilter {
    return createIgnoreFilterWith(nodeConfigHost, options);
}
