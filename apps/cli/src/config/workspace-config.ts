import * as nodePath from 'node:path';
import { type IgnoreFilter, type LoadedConfig, type PactaConfig, createIgnoreFilter, loadConfig } from '@pacta/sdk';
import { checkReport } from '../report/findings.js';
import { findingLines } from '../report/text.js';
import { styleFor } from '../util/color.js';
import { CliError } from '../util/errors.js';
import { parseFileSize } from '../util/sizes.js';

/**
 * The config of this run: the SDK's `loadConfig` from the current folder (the nearest
 * `pacta.config.json` or package.json with a `pacta` key, up to the repository root), read once.
 * An invalid config stops the command with exit 2 and its findings (file:line:col, pacta/invalid-config).
 */
let loaded: LoadedConfig | undefined;

export function workspaceConfig(cwd = process.cwd()): LoadedConfig {
    if (loaded) return loaded;
    const result = loadConfig(cwd);
    if (result.diagnostics.length > 0) {
        const report = checkReport({ diagnostics: result.diagnostics, files: [], json: '', errorCount: result.diagnostics.length, warningCount: 0 }, cwd);
        process.stderr.write(findingLines(report.findings, styleFor(process.stderr)).join('\n') + '\n');
        throw new CliError(`the configuration in '${nodePath.relative(cwd, result.file!) || result.file}' is not valid (above); fix it, or give the options as flags`);
    }
    loaded = result;
    return loaded;
}

/** The config's options (empty when there is no config file). */
export function configOptions(): PactaConfig {
    return workspaceConfig().config;
}

let filter: IgnoreFilter | undefined;
let gitIgnore = false;

/**
 * What folder scans and globs skip: `.pactaignore` files and the config's `ignore` patterns
 * (relative to the config file's folder); in watch mode `.gitignore` files too.
 */
export function workspaceIgnore(): IgnoreFilter {
    if (filter) return filter;
    const { config, file } = workspaceConfig();
    filter = createIgnoreFilter({
        gitIgnore,
        ...(config.ignore && file ? { patterns: { folder: nodePath.dirname(file), patterns: config.ignore } } : {})
    });
    return filter;
}

/**
 * Watch mode: from now on scans also skip what `.gitignore` files ignore, and the watcher does
 * not watch it, so what is watched and what is read are the same files (a build output folder
 * or a cache never triggers a run).
 */
export function watchIgnore(): IgnoreFilter {
    if (!gitIgnore) {
        gitIgnore = true;
        filter = undefined;
    }
    return workspaceIgnore();
}

/** Option names of the command line, and the config key each takes its value from when the flag is not given. */
const FROM_CONFIG: Readonly<Record<string, keyof PactaConfig>> = {
    strictSources: 'strictSources',
    dueSoonDays: 'dueSoonDays',
    horizon: 'horizon',
    maxWarnings: 'maxWarnings',
    warningsAsErrors: 'warningsAsErrors',
    maxFileSize: 'maxFileSize'
};

/** The minimal view of a commander command this needs (its options and where each value came from). */
export interface OptionHolder {
    options: readonly { attributeName(): string }[];
    getOptionValueSource(key: string): string | undefined;
    setOptionValueWithSource(key: string, value: unknown, source: 'config'): unknown;
}

/**
 * Fills the options of a command that the command line did not give from the config: a flag
 * always wins, the config wins over a built-in default (`--due-soon-days` 14).
 */
export function applyConfig(command: OptionHolder): void {
    const config = configOptions();
    for (const option of command.options) {
        const name = option.attributeName();
        const key = FROM_CONFIG[name];
        if (!key || config[key] === undefined) continue;
        const source = command.getOptionValueSource(name);
        if (source === 'cli' || source === 'env') continue;
        const value = key === 'maxFileSize' ? parseFileSize(config.maxFileSize!) : config[key];
        command.setOptionValueWithSource(name, value, 'config');
    }
}
