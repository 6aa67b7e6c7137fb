import * as nodePath from 'node:path';
import { type CompileResult, type FileCompileOptions, type PactaOutput, commonFolder, compileFiles } from '@pacta/sdk';
import { workspaceIgnore } from '../config/workspace-config.js';
import { checkReport, plural } from '../report/findings.js';
import { findingLines, summaryLine } from '../report/text.js';
import { styleFor } from '../util/color.js';
import { EXIT_FINDINGS, EXIT_OK } from '../util/errors.js';
import { type InputArgument, allPaths, resolveInputs } from '../util/paths.js';
import { Progress, estimateInput } from '../util/progress.js';

export interface Compiled {
    readonly result: CompileResult;
    /** The workspace root the SDK reported paths against (the deepest folder holding every input). */
    readonly root: string;
    readonly inputs: readonly InputArgument[];
}

/** Every file a run read or was given (absolute): an output must be none of them. */
export function inputFiles(compiled: Compiled): string[] {
    const compiledFiles = compiled.result.files.map(file => nodePath.resolve(compiled.root, file));
    return [...new Set([...allPaths(compiled.inputs), ...compiledFiles])];
}

/** The SDK's options a command passes on: `--strict-sources`, `--follow-symlinks`, `--max-file-size`, and what folder scans ignore. */
export type CompileFlags = Pick<FileCompileOptions, 'strictSources' | 'followSymlinks' | 'maxFileSize' | 'ignore' | 'diagnosticsOnly'>;

/** The flags of the command line (after pacta.config.json) as the SDK's options (only those given), with the workspace's ignore rules. */
export function compileFlags(options: { strictSources?: boolean; followSymlinks?: boolean; maxFileSize?: number }): CompileFlags {
    return {
        ignore: workspaceIgnore(),
        ...(options.strictSources === true ? { strictSources: true } : {}),
        ...(options.followSymlinks === true ? { followSymlinks: true } : {}),
        ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {})
    };
}

/**
 * Resolves path arguments (files, folders, globs; `.` when none) and compiles them with the SDK as
 * one workspace. Shows a progress note on a terminal when it takes more than a second.
 * Throws a `CliError` (exit 2) for a missing path or a glob that matches nothing.
 */
export async function compileArguments(args: readonly string[], verb: string, cwd = process.cwd(), options: CompileFlags = {}): Promise<Compiled> {
    const inputs = await resolveInputs(args, cwd);
    return compileInputs(inputs, verb, options);
}

/**
 * `options`: the SDK's. The roots a linked file may lead into are the folders of the arguments
 * (a glob's static folder), so a link out of them is reported, not read (unless `followSymlinks`).
 */
export async function compileInputs(inputs: readonly InputArgument[], verb: string, options: CompileFlags = {}): Promise<Compiled> {
    const paths = allPaths(inputs);
    const root = commonFolder(paths);
    const progress = new Progress();
    if (progress.active) {
        const size = estimateInput(paths);
        progress.start(`${verb} ${plural(size.files, 'file')}…`, size.bytes);
    }
    try {
        const result = await compileFiles(paths, { ...options, root, roots: inputs.map(input => input.base) });
        return { result, root, inputs };
    } finally {
        progress.done();
    }
}

/**
 * Compiles for a command that lists what the document says (`deadlines`, `status`): the findings
 * go to stderr; with errors nothing is listed, `✖ no <what> listed: fix the errors first`, and the
 * result is the exit code.
 */
export async function compileForListing(paths: readonly string[], what: string, options: CompileFlags = {}): Promise<{ output: PactaOutput; inputs: string[] } | { exitCode: number }> {
    const compiled = await compileArguments(paths, 'Compiling', process.cwd(), options);
    const { result, root } = compiled;
    const report = checkReport(result, root);
    const err = styleFor(process.stderr);
    const lines = findingLines(report.findings, err);
    if (lines.length > 0) process.stderr.write(lines.join('\n') + '\n\n' + summaryLine(report, err) + '\n');
    if (report.exitCode !== EXIT_OK || !result.output) {
        process.stderr.write(`${err.red('✖')} ${what}: fix the errors first\n`);
        return { exitCode: report.exitCode || EXIT_FINDINGS };
    }
    return { output: result.output, inputs: inputFiles(compiled) };
}
