import { readFileSync } from 'node:fs';
import { commonFolder, formatSource, listWorkspaceFiles } from '@pacta/sdk';
import { workspaceIgnore } from '../config/workspace-config.js';
import { checkReport, plural } from '../report/findings.js';
import { findingLines } from '../report/text.js';
import { styleFor } from '../util/color.js';
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, describeError } from '../util/errors.js';
import { writeStdout } from '../util/io.js';
import { allPaths, displayPath, relativePath, resolveInputs } from '../util/paths.js';
import { terminalSafe } from '../util/terminal-safe.js';
import { unifiedDiff } from '../util/unified-diff.js';
import { writeFileAtomic } from '../util/write.js';

export interface FmtOptions {
    /** Print a unified diff of what formatting would change and exit 1 if anything; change nothing. */
    check?: boolean;
    /** Also format files that are links to places outside the folders given. */
    followSymlinks?: boolean;
    maxFileSize?: number;
}

/**
 * `pacta fmt`: rewrites each `.pacta` file in the canonical layout (the SDK's `formatSource`),
 * atomically, and prints the files it changed. `--check` changes nothing: it prints a unified
 * diff of what would change and exits 1 if anything would. A file with a syntax error is left as it is and
 * its errors are printed (exit 1). `-` formats stdin to stdout.
 */
export async function fmt(paths: readonly string[], options: FmtOptions): Promise<number> {
    if (paths.includes('-')) {
        if (paths.length > 1) throw new CliError("'-' (stdin) cannot be combined with other paths");
        return fmtStdin(options);
    }
    const err = styleFor(process.stderr);
    // The compiler's list and read rules: links out of the folders given, files over the size
    // limit and files that are not .pacta are reported and neither read nor written.
    const inputs = await resolveInputs(paths);
    const absolute = allPaths(inputs);
    const root = commonFolder(absolute);
    const { files, diagnostics: skipped } = await listWorkspaceFiles(absolute, root, {
        roots: inputs.map(input => input.base),
        ignore: workspaceIgnore(),
        ...(options.followSymlinks ? { followSymlinks: true } : {}),
        ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {})
    });
    const skippedReport = checkReport({ diagnostics: skipped, files: [], json: '', errorCount: 0, warningCount: 0 }, root);
    if (skipped.length > 0) process.stderr.write(findingLines(skippedReport.findings, err).join('\n') + '\n');
    let changed = 0,
        failed = 0,
        unreadable = 0;
    const listed: string[] = [];
    for (const file of files) {
        const shown = displayPath(file);
        let text: string;
        let bom = '';
        try {
            const bytes = readFileSync(file);
            // The decoder drops a byte order mark: a file that had one keeps it.
            if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bom = '\uFEFF';
            text = decode(bytes, shown);
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
        if (options.check) {
            listed.push(diffForStdout(relativePath(file), text, result.text));
            continue;
        }
        try {
            writeFileAtomic(file, bom + result.text, { source: true, followSymlinks: options.followSymlinks === true, shown });
        } catch (error) {
            // One file that cannot be written (read-only, a link out of the folder) does not stop the others.
            if (!(error instanceof CliError)) throw error;
            process.stderr.write(`${err.red('✖')} ${error.message}\n`);
            unreadable++;
            continue;
        }
        listed.push(shown + '\n');
    }
    if (listed.length > 0) await writeStdout(listed.join(''));
    const total = plural(files.length, 'file');
    const notRead = skippedReport.findings.filter(f => f.code !== 'pacta/duplicate-input').length;
    if (notRead > 0) process.stderr.write(`${err.yellow('⚠')} ${plural(notRead, 'file')} not read (above), not checked\n`);
    if (options.check) {
        if (changed > 0) process.stderr.write(`${err.red('✖')} ${plural(changed, 'file is', 'files are')} not formatted (of ${total}); run 'pacta fmt' to format ${changed === 1 ? 'it' : 'them'}\n`);
        else if (failed === 0 && unreadable === 0) process.stderr.write(`${err.green('✔')} ${total} checked, all formatted\n`);
    } else if (failed === 0 && unreadable === 0) {
        process.stderr.write(`${err.green('✔')} ${total} checked, ${changed === 0 ? 'all formatted already' : `${plural(changed, 'file')} formatted`}\n`);
    }
    if (failed > 0) process.stderr.write(`${err.red('✖')} ${plural(failed, 'file')} not formatted: ${failed === 1 ? 'it has' : 'they have'} syntax errors\n`);
    if (unreadable > 0 || skippedReport.exitCode === EXIT_USAGE) return EXIT_USAGE;
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
    if (options.check) {
        if (result.changed) await writeStdout(diffForStdout('<stdin>', text, result.text));
        return result.changed ? EXIT_FINDINGS : EXIT_OK;
    }
    await writeStdout(result.text);
    return EXIT_OK;
}

/**
 * The diff as it is for a pipe or a file (`git apply` takes it), and with control characters
 * escaped on a terminal, where the file's text must not move the cursor or fake output.
 */
function diffForStdout(name: string, before: string, after: string): string {
    const diff = unifiedDiff(name, before, after);
    return process.stdout.isTTY ? terminalSafe(diff) : diff;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array, shown: string): string {
    try {
        return decoder.decode(bytes);
    } catch {
        throw new CliError(`'${shown}' is not UTF-8 text`);
    }
}
