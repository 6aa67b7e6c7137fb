import type { PactaDiagnostic } from '../diagnostics.js';
import { configSchemaErrors } from './config-schema.js';
import { JsonSyntaxError, lineAndColumn, parseJsonWithPositions } from './json-positions.js';
import { CONFIG_FILE, INVALID_CONFIG, PACKAGE_JSON, type PactaConfig } from './model.js';

/** What `loadConfig` found. */
export interface LoadedConfig {
    /** The options the file sets (empty when there is no file, or when it is invalid). */
    readonly config: PactaConfig;
    /** The absolute path of the file read (`pacta.config.json` or a `package.json` with a `pacta` key); undefined when none. */
    readonly file?: string;
    /** Findings about the file, each `pacta/invalid-config` (an error) with its line and column. Empty when it is valid. */
    readonly diagnostics: PactaDiagnostic[];
}

/**
 * The file access `loadConfigFrom` needs, so that the loader has no Node import of its own (it is
 * part of `@pacta/sdk/core`; the language server passes Node's). `loadConfig` uses Node's.
 */
export interface ConfigHost {
    /** The file's text, or undefined when it does not exist; throws when it exists but cannot be read. */
    readFile(path: string): string | undefined;
    /** Whether a file or folder exists at the path. */
    exists(path: string): boolean;
    /** `node:path`'s functions (or the same for another platform). */
    readonly path: {
        /** As `path.resolve`. */
        resolve(...paths: string[]): string;
        /** As `path.dirname`. */
        dirname(path: string): string;
        /** As `path.join`. */
        join(...paths: string[]): string;
        /** As `path.relative`. */
        relative(from: string, to: string): string;
        /** As `path.basename`. */
        basename(path: string): string;
        /** As `path.isAbsolute`. */
        isAbsolute(path: string): boolean;
        readonly sep: string;
    };
}

/** Options of the config loaders. */
export interface LoadConfigOptions {
    /**
     * The last folder to look in. Default: the repository root (the nearest folder at or above
     * `dir` holding `.git`), else the root of the file system.
     */
    stopAt?: string;
}

/**
 * Finds and reads the workspace's config: in `dir` and each folder above it, `pacta.config.json`,
 * else a `package.json` that has a `pacta` key (one without it is passed over), up to the
 * repository root (a folder with `.git`) or the root of the file system. The nearest file wins;
 * files further up are not merged in. Validated against `pacta-config.schema.json`: an invalid
 * file gives `pacta/invalid-config` errors (file relative to `dir`, line and column of the bad
 * value) and no options at all, so a typo never half-applies. Never throws.
 */
export function loadConfigFrom(dir: string, host: ConfigHost, options: LoadConfigOptions = {}): LoadedConfig {
    const path = host.path;
    const file = findConfigFile(path.resolve(dir), host, options.stopAt !== undefined ? path.resolve(options.stopAt) : undefined);
    if (!file) return { config: {}, diagnostics: [] };
    return readConfigFile(file.path, file.key, path.resolve(dir), host);
}

/** The config file `loadConfig` would read, and whether its options are the `pacta` key of a package.json. */
export function findConfigFile(dir: string, host: ConfigHost, stopAt?: string): { path: string; key?: 'pacta' } | undefined {
    const path = host.path;
    let folder = dir;
    for (;;) {
        const config = path.join(folder, CONFIG_FILE);
        if (host.exists(config)) return { path: config };
        const manifest = path.join(folder, PACKAGE_JSON);
        if (host.exists(manifest) && hasPactaKey(manifest, host)) return { path: manifest, key: 'pacta' };
        const parent = path.dirname(folder);
        if (folder === stopAt || parent === folder || (stopAt === undefined && host.exists(path.join(folder, '.git')))) return undefined;
        folder = parent;
    }
}

function hasPactaKey(manifest: string, host: ConfigHost): boolean {
    try {
        const value = JSON.parse(host.readFile(manifest) ?? 'null') as unknown;
        return typeof value === 'object' && value !== null && !Array.isArray(value) && 'pacta' in value;
    } catch {
        return false; // a broken package.json is npm's business, not a Pacta config
    }
}

function readConfigFile(path: string, key: 'pacta' | undefined, dir: string, host: ConfigHost): LoadedConfig {
    const shown = host.path.relative(dir, path).split(host.path.sep).join('/') || host.path.basename(path);
    const finding = (text: string, offset: number, message: string): LoadedConfig => {
        const { line, column } = lineAndColumn(text, offset);
        return { config: {}, file: path, diagnostics: [invalid(shown, line, column, message)] };
    };
    let text: string;
    try {
        text = host.readFile(path) ?? '';
    } catch (error) {
        return { config: {}, file: path, diagnostics: [invalid(shown, 1, 1, `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)] };
    }
    let parsed: ReturnType<typeof parseJsonWithPositions>;
    try {
        parsed = parseJsonWithPositions(text);
    } catch (error) {
        if (error instanceof JsonSyntaxError) return finding(text, error.offset, `is not valid JSON: ${error.message}`);
        throw error;
    }
    const base = key === undefined ? '' : `/${key}`;
    const value = key === undefined ? parsed.value : (parsed.value as Record<string, unknown>)[key];
    const errors = configSchemaErrors(value);
    if (errors.length === 0) return { config: value as PactaConfig, file: path, diagnostics: [] };
    const diagnostics = errors.map(error => {
        const offset = nearestOffset(parsed.offsets, `${base}${error.pointer}`);
        const { line, column } = lineAndColumn(text, offset);
        return invalid(shown, line, column, error.message);
    });
    return { config: {}, file: path, diagnostics: diagnostics.sort((a, b) => a.line - b.line || a.column - b.column) };
}

/** The offset of the value at `pointer`, or of the nearest enclosing value that exists (an unknown key is reported where it is written). */
function nearestOffset(offsets: ReadonlyMap<string, number>, pointer: string): number {
    let current = pointer;
    for (;;) {
        const offset = offsets.get(current);
        if (offset !== undefined) return offset;
        if (current === '') return 0;
        current = current.slice(0, current.lastIndexOf('/'));
    }
}

function invalid(file: string, line: number, column: number, message: string): PactaDiagnostic {
    return {
        code: INVALID_CONFIG,
        severity: 'error',
        message: `${file}: ${message}.`,
        hint: 'Fix the value, or remove it to use the default; the options are in docs/cli.md#configuration (schema: @pacta/sdk/schema/pacta-config.schema.json).',
        file,
        line,
        column,
        endLine: line,
        endColumn: column
    };
}
