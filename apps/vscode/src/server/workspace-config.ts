import { existsSync, readFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import type { ValidationSettings } from '@pacta/language';
import { type ConfigHost, type IgnoreFilter, createIgnoreFilterWith, loadConfigFrom } from '@pacta/sdk/core';
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

const host: ConfigHost = {
    readFile: path => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
    exists: existsSync,
    path: nodePath
};

/**
 * The workspace's `pacta.config.json` (or package.json's `pacta`), read with the SDK's loader as
 * `pacta` reads it: found from the first workspace folder upwards, read when the server starts and
 * again whenever the editor's `pacta` settings change. When the file sets `strictSources`, it wins
 * over the `pacta.strictSources` setting (the editor shows what `pacta check` in CI reports); when
 * it does not, the setting applies. An invalid file is logged and ignored. The workspace's files
 * are those `pacta check` reads: what `.pactaignore` files and the config's `ignore` ignore is
 * not loaded (read when the server starts).
 * Call before `addValidationSettingsHandler`, so the file is read before the settings are applied.
 */
export function addWorkspaceConfig(shared: LangiumSharedServices, settings: ValidationSettings): void {
    let folder: string | undefined;
    let strictSources: boolean | undefined;
    let ignore: IgnoreFilter | undefined;
    const read = () => {
        if (folder === undefined) return;
        const loaded = loadConfigFrom(folder, host);
        for (const d of loaded.diagnostics) console.error(`Pacta: ${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);
        strictSources = loaded.config.strictSources;
        ignore ??= createIgnoreFilterWith(host, loaded.config.ignore && loaded.file ? { patterns: { folder: nodePath.dirname(loaded.file), patterns: loaded.config.ignore } } : {});
    };
    const manager = shared.workspace.WorkspaceManager as unknown as { shouldIncludeEntry(entry: { uri: URI; isDirectory: boolean }): boolean };
    const include = manager.shouldIncludeEntry.bind(manager);
    manager.shouldIncludeEntry = entry => include(entry) && !(ignore?.ignores(entry.uri.fsPath, entry.isDirectory) ?? false);
    const update = settings.update.bind(settings);
    (settings as { update: ValidationSettings['update'] }).update = options => update({ ...options, ...(strictSources !== undefined ? { strictSources } : {}) });
    shared.lsp.LanguageServer.onInitialize(params => {
        const first = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
        folder = first ? URI.parse(first).fsPath : undefined;
        read();
    });
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(() => read());
}
