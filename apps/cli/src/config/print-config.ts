import * as nodePath from 'node:path';
import { DEFAULT_MAX_FILE_SIZE } from '@pacta/sdk';
import { relativePath } from '../util/paths.js';
import { parseFileSize } from '../util/sizes.js';
import { workspaceConfig } from './workspace-config.js';

/** The options of a command after the config and the flags: what `--print-config` shows. */
export function effectiveConfig(options: Record<string, unknown>): Record<string, unknown> {
    const { config, file } = workspaceConfig();
    const pick = <T>(name: string, fallback: T): unknown => (name in options && options[name] !== undefined ? options[name] : fallback);
    const size = pick('maxFileSize', config.maxFileSize);
    return {
        file: file !== undefined ? relativePath(file) : null,
        strictSources: pick('strictSources', config.strictSources ?? false) === true,
        dueSoonDays: pick('dueSoonDays', config.dueSoonDays ?? 14),
        horizon: pick('horizon', config.horizon ?? null),
        ignore: config.ignore ?? [],
        ignoreBase: file !== undefined && config.ignore ? relativePath(nodePath.dirname(file)) : null,
        maxWarnings: pick('maxWarnings', config.maxWarnings ?? null),
        warningsAsErrors: pick('warningsAsErrors', config.warningsAsErrors ?? false) === true,
        maxFileSize: size === undefined ? DEFAULT_MAX_FILE_SIZE : typeof size === 'number' ? size : (parseFileSize(size as string) ?? DEFAULT_MAX_FILE_SIZE)
    };
}
