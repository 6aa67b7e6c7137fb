import { existsSync, readFileSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import {
    CHANGE_KINDS,
    type CompileResult,
    type DiffChangeKind,
    type PactaDiff,
    type PactaOutput,
    type SourceFile,
    compileSources,
    diffOutputs,
    loadCompiledJson,
    renderDiffJson,
    renderDiffMarkdown,
    renderDiffText
} from '@pacta/sdk';
import { checkReport } from '../report/findings.js';
import { findingLines, summaryLine } from '../report/text.js';
import { styleFor } from '../util/color.js';
import { CliError, EXIT_FINDINGS, EXIT_OK, describeError } from '../util/errors.js';
import { writeStdout } from '../util/io.js';
import { terminalSafe } from '../util/terminal-safe.js';
import { parseDateOption } from './deadlines.js';
import { repositoryRoot, resolveRevision, revisionIgnore, revisionSources } from './diff-git.js';
import { compileArguments, compileFlags } from './shared.js';
import { workspaceConfig } from '../config/workspace-config.js';

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffCommandOptions {
    format: DiffFormat;
    asOf?: string;
    dueSoonDays?: number;
    failOn?: string[];
    followSymlinks?: boolean;
    maxFileSize?: number;
}

/**
 * `pacta diff <base> <head> [-- paths]`: what changed between two versions of a workspace
 * (`diffOutputs` of the SDK). Each side is a folder (or `.pacta` file), a compiled JSON file, or a
 * git revision of the repository in the current folder. Exit 0 when nothing semantic changed
 * (with `--fail-on`, when none of the kinds listed happened), 1 when it did, 2 on an error,
 * including a side that does not compile.
 */
export async function diff(base: string, head: string, paths: readonly string[], options: DiffCommandOptions): Promise<number> {
    const asOf = parseDateOption('--as-of', options.asOf ?? 'today');
    const failOn = (options.failOn ?? []).map(kind => {
        if (!(CHANGE_KINDS as readonly string[]).includes(kind)) throw new CliError(`--fail-on takes change kinds among ${CHANGE_KINDS.join(', ')}; not '${kind}'`);
        return kind as DiffChangeKind;
    });
    const before = await loadSide('base', base, paths, options);
    const after = await loadSide('head', head, paths, options);
    const result = diffOutputs(before, after, { asOf, ...(options.dueSoonDays !== undefined ? { dueSoonDays: options.dueSoonDays } : {}) });
    await writeStdout(render(result, options.format));
    if (failOn.length === 0) return result.summary.changed ? EXIT_FINDINGS : EXIT_OK;
    const failing = failOn.filter(kind => result.summary.counts[kind]);
    if (failing.length > 0) {
        process.stderr.write(`${styleFor(process.stderr).red('✖')} ${failing.map(kind => `${kind} (${result.summary.counts[kind]})`).join(', ')} (--fail-on ${failOn.join(',')})\n`);
        return EXIT_FINDINGS;
    }
    return EXIT_OK;
}

function render(result: PactaDiff, format: DiffFormat): string {
    if (format === 'json') return renderDiffJson(result);
    if (format === 'markdown') return renderDiffMarkdown(result);
    return renderDiffText(result, { color: styleFor(process.stdout).enabled });
}

/**
 * One side as a compiled document. A path that exists is read as a path (a `.json` file is a
 * compiled document; anything else is compiled); otherwise `arg` must be a git revision.
 */
async function loadSide(side: 'base' | 'head', arg: string, paths: readonly string[], options: DiffCommandOptions): Promise<PactaOutput> {
    const cwd = process.cwd();
    const absolute = nodePath.resolve(cwd, arg);
    if (arg !== '' && existsSync(absolute)) {
        if (statSync(absolute).isFile() && arg.toLowerCase().endsWith('.json')) return loadJson(side, arg, absolute);
        // `-- paths` select files within a folder side, relative to it.
        const args = paths.length > 0 && statSync(absolute).isDirectory() ? paths.map(path => nodePath.join(absolute, path)) : [absolute];
        const compiled = await compileArguments(args, `Compiling ${side}`, cwd, compileFlags(options));
        return compiledOutput(side, arg, compiled.result, compiled.root);
    }
    const commit = await resolveRevision(arg, cwd);
    if (commit === undefined) throw new CliError(`${side} '${terminalSafe(arg)}' is neither a file, a folder nor a revision of a git repository here`);
    let sources: SourceFile[];
    let root: string;
    try {
        root = await repositoryRoot(cwd);
        const { config, file } = workspaceConfig();
        const patterns = config.ignore && file ? { folder: nodePath.dirname(file), patterns: config.ignore } : undefined;
        sources = await revisionSources(commit, paths, cwd, root, await revisionIgnore(commit, root, cwd, patterns));
    } catch (error) {
        if (error instanceof CliError) throw error;
        throw new CliError(`${side} '${terminalSafe(arg)}': git could not list or read its files: ${describeError(error)}`);
    }
    const result = await compileSources(sources, compileFlags(options));
    return compiledOutput(side, `${arg} (${commit.slice(0, 12)})`, result, root);
}

function loadJson(side: string, arg: string, file: string): PactaOutput {
    let text: string;
    try {
        text = readFileSync(file, 'utf8');
    } catch (error) {
        throw new CliError(`${side} '${arg}' could not be read: ${describeError(error)}`);
    }
    const loaded = loadCompiledJson(text);
    if (!loaded.ok) {
        const first = loaded.errors
            .slice(0, 3)
            .map(e => `${e.path || '/'} ${e.message}`)
            .join('; ');
        throw new CliError(`${side} '${arg}' is not a compiled Pacta document: ${first}`);
    }
    return loaded.output;
}

/** The output of a compiled side; its findings go to stderr, and errors stop the diff (exit 2). */
function compiledOutput(side: string, what: string, result: CompileResult, root: string): PactaOutput {
    const report = checkReport(result, root);
    const err = styleFor(process.stderr);
    const lines = findingLines(report.findings, err);
    if (lines.length > 0) process.stderr.write(lines.join('\n') + '\n\n' + summaryLine(report, err) + '\n');
    if (report.errors > 0 || report.exitCode !== EXIT_OK || !result.output) {
        throw new CliError(`${side} ${terminalSafe(what)} has errors: fix them first; nothing was compared`);
    }
    return result.output;
}
