import { type CompileOptions, type CompileResult, type PactaOutput, commonFolder, compileFiles } from '@pacta/sdk';
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

/**
 * Resolves path arguments (files, folders, globs; `.` when none) and compiles them with the SDK as
 * one workspace. Shows a progress note on a terminal when it takes more than a second.
 * Throws a `CliError` (exit 2) for a missing path or a glob that matches nothing.
 */
export async function compileArguments(args: readonly string[], verb: string, cwd = process.cwd(), options: CompileOptions = {}): Promise<Compiled> {
    const inputs = await resolveInputs(args, cwd);
    return compileInputs(inputs, verb, options);
}

/** `options`: the SDK's (`strictSources` for `--strict-sources`). */
export async function compileInputs(inputs: readonly InputArgument[], verb: string, options: CompileOptions = {}): Promise<Compiled> {
    const paths = allPaths(inputs);
    const root = commonFolder(paths);
    const progress = new Progress();
    if (progress.active) {
        const size = estimateInput(paths);
        progress.start(`${verb} ${plural(size.files, 'file')}…`, size.bytes);
    }
    try {
        const result = await compileFiles(paths, { ...options, root });
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
export async function compileForListing(paths: readonly string[], what: string): Promise<{ output: PactaOutput } | { exitCode: number }> {
    const { result, root } = await compileArguments(paths, 'Compiling');
    const report = checkReport(result, root);
    const err = styleFor(process.stderr);
    const lines = findingLines(report.findings, err);
    if (lines.length > 0) process.stderr.write(lines.join('\n') + '\n\n' + summaryLine(report, err) + '\n');
    if (report.exitCode !== EXIT_OK || !result.output) {
        process.stderr.write(`${err.red('✖')} ${what}: fix the errors first\n`);
        return { exitCode: report.exitCode || EXIT_FINDINGS };
    }
    return { output: result.output };
}
