import { type CompileOptions, type CompileResult, commonFolder, compileFiles } from '@pacta/sdk';
import { plural } from '../report/findings.js';
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
