import { readFileSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import { DEFAULT_MAX_FILE_SIZE, formatSource, resolvesOutside } from '@pacta/sdk';
import { glob } from 'tinyglobby';
import { checkReport, plural } from '../report/findings.js';
import { findingLines } from '../report/text.js';
import { styleFor } from '../util/color.js';
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, describeError } from '../util/errors.js';
import { writeStdout } from '../util/io.js';
import { displayPath, resolveInputs } from '../util/paths.js';
import { writeFileAtomic } from '../util/write.js';

export interface FmtOptions {
    /** List the files that are not formatted and exit 1 if any; change nothing. */
    check?: boolean;
    /** Also format files that are links to places outside the folders given. */
    followSymlinks?: boolean;
    maxFileSize?: number;
}

/**
 * `pacta fmt`: rewrites each `.pacta` file in the canonical layout (the SDK's `formatSource`),
 * atomically, and prints the files it changed. `--check` changes nothing: it prints the files
 * that would change and exits 1 if there is one. A file with a syntax error is left as it is and
 * its errors are printed (exit 1). `-` formats stdin to stdout.
 */
export async function fmt(paths: readonly string[], options: FmtOptions): Promise<number> {
    if (paths.includes('-')) {
        if (paths.length > 1) throw new CliError("'-' (stdin) cannot be combined with other paths");
        return fmtStdin(options);
    }
    const files = await listFiles(paths);
    const err = styleFor(process.stderr);
    let changed = 0, failed = 0, unreadable = 0;
    const listed: string[] = [];
    const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    for (const { path: file, root } of files) {
        const shown = displayPath(file);
        // As the compiler: a link out of the folders given is neither read nor written through.
        if (!options.followSymlinks && resolvesOutside(file, [root])) {
            process.stderr.write(`${err.yellow('⚠')} '${shown}' is a symbolic link to a file outside the folders given; left as it is (pacta/outside-workspace; --follow-symlinks formats it)\n`);
            continue;
        }
        let text: string;
        try {
            if (statSync(file).size > maxFileSize) throw new CliError(`'${shown}' is larger than --max-file-size; left as it is (pacta/file-too-large)`);
            text = decode(readFileSync(file), shown);
        } catch (error) {
            process.stderr.write(`${err.red('✖')} ${error instanceof CliError ? error.message : `cannot read '${shown}': ${describeError(error)}`}\n`);
            unreadable++;
            continue;
        }
        const result = await formatSource(text, { path: shown });
        if (result.diagnostics.length > 0) {
            const report = checkReport({ diagnostics: result.diagnostics, files: [], json: '', errorCount: 0, warningCount: 0 }, process.cwd());
            process.stderr.write(findingLines(report.findings, err).join('\n') + '\n');
            failed++;
            continue;
        }
        if (!result.changed) continue;
        changed++;
        if (!options.check) writeFileAtomic(file, result.text);
        listed.push(shown);
    }
    if (listed.length > 0) await writeStdout(listed.join('\n') + '\n');
    const total = plural(files.length, 'file');
    if (options.check) {
        if (changed > 0) process.stderr.write(`${err.red('✖')} ${plural(changed, 'file is', 'files are')} not formatted (of ${total}); run 'pacta fmt' to format ${changed === 1 ? 'it' : 'them'}\n`);
        else if (failed === 0 && unreadable === 0) process.stderr.write(`${err.green('✔')} ${total} checked, all formatted\n`);
    } else if (failed === 0 && unreadable === 0) {
        process.stderr.write(`${err.green('✔')} ${total} checked, ${changed === 0 ? 'all formatted already' : `${plural(changed, 'file')} formatted`}\n`);
    }
    if (failed > 0) process.stderr.write(`${err.red('✖')} ${plural(failed, 'file')} not formatted: ${failed === 1 ? 'it has' : 'they have'} syntax errors\n`);
    if (unreadable > 0) return EXIT_USAGE;
    return failed > 0 || (options.check && changed > 0) ? EXIT_FINDINGS : EXIT_OK;
}

async function fmtStdin(options: FmtOptions): Promise<number> {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    const text = decode(Buffer.concat(chunks), '<stdin>');
    const result = await formatSource(text, { path: '<stdin>' });
    if (result.diagnostics.length > 0) {
        const report = checkReport({ diagnostics: result.diagnostics, files: [], json: '', errorCount: 0, warningCount: 0 }, process.cwd());
        process.stderr.write(findingLines(report.findings, styleFor(process.stderr)).join('\n') + '\n');
        return EXIT_FINDINGS;
    }
    if (options.check) return result.changed ? EXIT_FINDINGS : EXIT_OK;
    await writeStdout(result.text);
    return EXIT_OK;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array, shown: string): string {
    try {
        return decoder.decode(bytes);
    } catch {
        throw new CliError(`'${shown}' is not UTF-8 text`);
    }
}

/**
 * The `.pacta` files of the arguments, each with the folder of its argument: files as given,
 * folders walked as the compiler does (no `node_modules`, no dot folders).
 */
async function listFiles(paths: readonly string[]): Promise<Array<{ path: string; root: string }>> {
    const files = new Map<string, string>();
    for (const input of await resolveInputs(paths)) {
        if (input.kind !== 'folder') {
            input.paths.forEach(path => { if (!files.has(path)) files.set(path, input.base); });
            continue;
        }
        const found = await glob('**/*.pacta', {
            cwd: input.paths[0]!, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**']
        });
        found.map(path => nodePath.resolve(path)).sort().forEach(path => { if (!files.has(path)) files.set(path, input.base); });
    }
    return [...files].map(([path, root]) => ({ path, root }));
}
