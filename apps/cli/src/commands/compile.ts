import * as nodePath from 'node:path';
import { type CheckReport, checkReport, plural } from '../report/findings.js';
import { findingLines, summaryLine } from '../report/text.js';
import { styleFor } from '../util/color.js';
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, describeError } from '../util/errors.js';
import { writeStdout } from '../util/io.js';
import { type InputArgument, allPaths, displayPath, resolveInputs } from '../util/paths.js';
import { refuseInputAsOutput, refusePactaName, resolveOutputTarget } from '../util/output-target.js';
import { writeFileAtomic } from '../util/write.js';
import { compileFlags, compileInputs, inputFiles } from './shared.js';

export interface CompileOptions {
    /** One document for all the inputs, written to this file. */
    output?: string;
    /** One document per path argument, `DIR/<name>.json`. */
    outDir?: string;
    /** false for `--compact`: the same document on one line. */
    pretty: boolean;
    warningsAsErrors?: boolean;
    maxWarnings?: number;
    watch?: boolean;
    /** Quiet period after the last change before recompiling, in ms (watch mode). */
    debounce?: number;
    /** `--strict-sources`: also report facts that cite no source (`pacta/missing-source`). */
    strictSources?: boolean;
    followSymlinks?: boolean;
    maxFileSize?: number;
}

/** One document to build: the inputs compiled together, and where the JSON goes (undefined: stdout). */
interface Job {
    readonly args: readonly string[];
    readonly target: string | undefined;
}

export async function compile(paths: readonly string[], options: CompileOptions): Promise<number> {
    if (options.output !== undefined && options.outDir !== undefined) throw new CliError('give either -o/--output or --out-dir, not both');
    if (options.watch && options.output === undefined && options.outDir === undefined) {
        throw new CliError('--watch needs -o FILE or --out-dir DIR (it rewrites the output on every change)');
    }
    const jobs = await planJobs(paths, options);
    // Before compiling: an output that is a special file, or one of the inputs, is refused (exit 2).
    for (const job of jobs) {
        if (job.target === undefined) continue;
        const target = resolveOutputTarget(job.target, { followSymlinks: options.followSymlinks === true });
        refusePactaName(target);
        refuseInputAsOutput(target, allPaths(await resolveInputs(job.args)));
    }
    if (options.watch) {
        const { watch } = await import('./watch.js');
        const { watchIgnore } = await import('../config/workspace-config.js');
        return watch(jobs.map(job => job.args).flat(), () => runOnce(jobs, options, true), options.debounce ?? 100, watchIgnore());
    }
    return runOnce(jobs, options, false);
}

/** `-o FILE` or stdout: one job for all paths. `--out-dir DIR`: one job per path argument, named after it. */
async function planJobs(paths: readonly string[], options: CompileOptions): Promise<Job[]> {
    const args = paths.length > 0 ? paths : ['.'];
    if (options.outDir === undefined) return [{ args, target: options.output }];
    const inputs = await resolveInputs(args);
    const jobs = inputs.map(input => ({ args: [input.arg], target: nodePath.join(options.outDir!, `${documentName(input)}.json`) }));
    const seen = new Map<string, string>();
    for (const [i, job] of jobs.entries()) {
        const other = seen.get(job.target!);
        if (other !== undefined) {
            throw new CliError(`'${other}' and '${args[i]}' would both be written to '${displayPath(nodePath.resolve(job.target!))}'; use -o for one document, or name the folders apart`);
        }
        seen.set(job.target!, args[i]!);
    }
    return jobs;
}

/** The name of a path argument's document: the folder's name, the file's name without `.pacta`, a glob's base folder's name. */
export function documentName(input: InputArgument): string {
    if (input.kind === 'file') return nodePath.basename(input.paths[0]!).replace(/\.pacta$/, '');
    const folder = input.kind === 'folder' ? input.paths[0]! : input.base;
    return nodePath.basename(folder) || 'workspace';
}

/**
 * Compiles every job, prints the findings to stderr, and writes the documents only when no job
 * has an error (nor too many warnings): each atomically (temp file + rename), so an existing output
 * stays untouched when there are errors and a killed run never leaves half a file.
 */
async function runOnce(jobs: readonly Job[], options: CompileOptions, watching: boolean): Promise<number> {
    const err = styleFor(process.stderr);
    const built: Array<{ job: Job; json: string; report: CheckReport; inputs: string[] }> = [];
    let exitCode = EXIT_OK;
    for (const job of jobs) {
        let compiled;
        try {
            compiled = await compileInputs(await resolveInputs(job.args), 'Compiling', compileFlags(options));
        } catch (error) {
            if (!(error instanceof CliError) || !watching) throw error;
            process.stderr.write(`${err.red('✖')} ${error.message}\n`);
            exitCode = EXIT_USAGE;
            continue;
        }
        const report = checkReport(compiled.result, compiled.root, options);
        const lines = findingLines(report.findings, err);
        if (lines.length > 0) process.stderr.write(lines.join('\n') + '\n\n');
        if (report.exitCode !== EXIT_OK || report.findings.length > 0) process.stderr.write(summaryLine(report, err) + '\n');
        exitCode = Math.max(exitCode, report.exitCode);
        built.push({ job, json: compiled.result.json, report, inputs: inputFiles(compiled) });
        if (compiled.result.output === undefined && report.exitCode === EXIT_OK) exitCode = EXIT_USAGE;
    }
    if (exitCode !== EXIT_OK) {
        const kept = jobs.filter(job => job.target !== undefined).map(job => displayPath(nodePath.resolve(job.target!)));
        process.stderr.write(`${err.red('✖')} nothing written${kept.length > 0 ? ` (${kept.join(', ')} left as ${kept.length === 1 ? 'it was' : 'they were'})` : ''}\n`);
        return exitCode === EXIT_USAGE ? EXIT_USAGE : EXIT_FINDINGS;
    }
    for (const { job, json, report, inputs } of built) {
        const text = options.pretty ? json : JSON.stringify(JSON.parse(json)) + '\n';
        if (job.target === undefined) {
            await writeStdout(text);
            continue;
        }
        try {
            writeFileAtomic(job.target, text, { inputs, followSymlinks: options.followSymlinks === true });
        } catch (error) {
            process.stderr.write(`${err.red('✖')} ${error instanceof CliError ? error.message : describeError(error)}\n`);
            return EXIT_USAGE;
        }
        process.stderr.write(`${err.green('✔')} ${displayPath(nodePath.resolve(job.target))}: ${plural(report.files.length, 'file')} compiled, ${plural(Buffer.byteLength(text), 'byte')}\n`);
    }
    return EXIT_OK;
}
