import ignoreModule from 'ignore';
import type { ConfigHost } from './load-config.js';
import { PACTA_IGNORE_FILE } from './model.js';

// `ignore` is CommonJS whose `module.exports` is the factory; a default import gives it or the module.
type IgnoreFactory = typeof ignoreModule;
const createIgnore = ((ignoreModule as unknown as { default?: IgnoreFactory }).default ?? ignoreModule) as IgnoreFactory;
type Ignore = ReturnType<IgnoreFactory>;

/** Which files of a workspace no folder scan reads. */
export interface IgnoreFilter {
    /** Whether the absolute `path` (a folder when `isDirectory`) is ignored, itself or through a folder above it. */
    ignores(path: string, isDirectory?: boolean): boolean;
}

/** What an ignore filter reads. */
export interface IgnoreFilterOptions {
    /** `.gitignore`-syntax patterns relative to `folder` (the config's `ignore`, relative to the config file's folder). */
    patterns?: { readonly folder: string; readonly patterns: readonly string[] };
    /** Read `.pactaignore` files (default true). */
    pactaIgnore?: boolean;
    /** Read `.gitignore` files too (watch scans: a build output folder is not worth a rebuild). */
    gitIgnore?: boolean;
}

interface RuleSet {
    readonly folder: string;
    readonly rules: Ignore;
}

/**
 * The ignore files and patterns of a workspace, as git reads `.gitignore`: a `.pactaignore` (and,
 * with `gitIgnore`, a `.gitignore`) in any folder from the repository root (the nearest folder
 * with `.git`, else the file-system root) down to the file applies to the paths under that folder;
 * the config's `ignore` patterns apply under the config file's folder. A file under an ignored
 * folder is ignored (a `!` pattern cannot bring it back, as in git). Files are read once, lazily.
 */
export function createIgnoreFilterWith(host: ConfigHost, options: IgnoreFilterOptions = {}): IgnoreFilter {
    const nodePath = host.path;
    const names = [...(options.pactaIgnore === false ? [] : [PACTA_IGNORE_FILE]), ...(options.gitIgnore ? ['.gitignore'] : [])];
    const fixed: RuleSet[] =
        options.patterns && options.patterns.patterns.length > 0 ? [{ folder: nodePath.resolve(options.patterns.folder), rules: createIgnore().add([...options.patterns.patterns]) }] : [];
    const perFolder = new Map<string, RuleSet | undefined>();
    const decided = new Map<string, boolean>();

    const rulesIn = (folder: string): RuleSet | undefined => {
        if (perFolder.has(folder)) return perFolder.get(folder);
        let set: RuleSet | undefined;
        for (const name of names) {
            const file = nodePath.join(folder, name);
            let text: string | undefined;
            try {
                text = host.readFile(file);
            } catch {
                /* unreadable: as if there were none */
            }
            if (text === undefined) continue;
            set ??= { folder, rules: createIgnore() };
            set.rules.add(text);
        }
        perFolder.set(folder, set);
        return set;
    };

    const above = new Map<string, readonly string[]>();
    /** The folders whose ignore files apply to `path`: from the top down to its parent (per folder, once). */
    const foldersAbove = (path: string): readonly string[] => {
        const start = nodePath.dirname(path);
        const known = above.get(start);
        if (known) return known;
        const parent = nodePath.dirname(start);
        const folders = parent === start || host.exists(nodePath.join(start, '.git')) ? [start] : [...foldersAbove(start), start];
        above.set(start, folders);
        return folders;
    };

    const matches = (path: string, isDirectory: boolean): boolean => {
        const sets = [
            ...fixed,
            ...(names.length > 0
                ? foldersAbove(path)
                      .map(rulesIn)
                      .filter((s): s is RuleSet => s !== undefined)
                : [])
        ];
        return sets.some(set => {
            const relative = nodePath.relative(set.folder, path);
            if (relative === '' || relative.startsWith('..') || nodePath.isAbsolute(relative)) return false;
            return set.rules.ignores(relative.split(nodePath.sep).join('/') + (isDirectory ? '/' : ''));
        });
    };

    const ignoredFolder = (folder: string): boolean => {
        const known = decided.get(folder);
        if (known !== undefined) return known;
        const parent = nodePath.dirname(folder);
        const result = (parent !== folder && ignoredFolder(parent)) || matches(folder, true);
        decided.set(folder, result);
        return result;
    };

    return {
        ignores(path: string, isDirectory = false): boolean {
            const absolute = nodePath.resolve(path);
            if (isDirectory) return ignoredFolder(absolute);
            const parent = nodePath.dirname(absolute);
            return (parent !== absolute && ignoredFolder(parent)) || matches(absolute, false);
        }
    };
}
