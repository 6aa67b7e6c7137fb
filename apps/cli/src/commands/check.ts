import type { CompileResult } from '@pacta/sdk';
import { type CheckReport, checkReport } from '../report/findings.js';
import { renderGithub } from '../report/github.js';
import { renderJson } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';
import { renderText, summaryLine } from '../report/text.js';
import { styleFor } from '../util/color.js';
import { CliError } from '../util/errors.js';
import { repositoryRoot } from '../util/paths.js';
import { writeFileAtomic } from '../util/write.js';
import { compileArguments, compileFlags, inputFiles } from './shared.js';
import { writeStdout } from '../util/io.js';

export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckOptions {
    format: CheckFormat;
    warningsAsErrors?: boolean;
    maxWarnings?: number;
    /** Write the report to this file (atomically) instead of stdout; the summary goes to stderr. */
    output?: string;
    /** `--strict-sources`: also report facts that cite no source (`pacta/missing-source`). */
    strictSources?: boolean;
    followSymlinks?: boolean;
    maxFileSize?: number;
    /** `--quiet`: list errors only; the summary still counts everything. */
    quiet?: boolean;
    /** `--fix`: apply the safe quick fixes first. */
    fix?: boolean;
    /** With the path `-`: the path the text on stdin stands for. */
    stdinFilename?: string;
    watch?: boolean;
    debounce?: number;
}

/** `pacta check`: parse, link and validate; report in one of four formats. Returns the exit code. */
export async function check(paths: readonly string[], options: CheckOptions): Promise<number> {
    if (paths.includes('-')) {
        if (options.watch || options.fix) throw new CliError(`'-' (stdin) cannot be combined with ${options.watch ? '--watch' : '--fix'}`);
        const { checkStdin } = await import('./check-stdin.js');
        const { result, root, only } = await checkStdin(
            paths.filter(path => path !== '-'),
            options
        );
        return report(result, root, options, [], only);
    }
    if (options.stdinFilename !== undefined) throw new CliError("--stdin-filename is for checking stdin: give '-' as the path");
    if (options.watch) {
        const { watch } = await import('./watch.js');
        const { watchIgnore } = await import('../config/workspace-config.js');
        return watch(paths, () => checkOnce(paths, options), options.debounce ?? 100, watchIgnore());
    }
    return checkOnce(paths, options);
}

async function checkOnce(paths: readonly string[], options: CheckOptions): Promise<number> {
    if (options.fix) {
        const { applySafeFixes } = await import('./fix.js');
        await applySafeFixes(paths, options);
    }
    // Only the findings are printed: the SDK builds no model and no JSON for them.
    const compiled = await compileArguments(paths, 'Checking', process.cwd(), { ...compileFlags(options), diagnosticsOnly: true });
    return report(compiled.result, compiled.root, options, inputFiles(compiled));
}

/** Renders the report of a compile in the format asked for, to stdout or `-o`; returns the exit code. `only`: report these files alone (stdin). */
async function report(result: CompileResult, root: string, options: CheckOptions, inputs: readonly string[], only?: string): Promise<number> {
    const full = checkReport(only === undefined ? result : { ...result, files: [only], diagnostics: result.diagnostics.filter(d => d.file === only) }, root, {
        ...(options.warningsAsErrors ? { warningsAsErrors: true } : {}),
        ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {})
    });
    // --quiet lists errors only; the counts and the exit code stay those of every finding.
    const shown: CheckReport = options.quiet ? { ...full, findings: full.findings.filter(f => f.severity === 'error') } : full;
    const toFile = options.output !== undefined;
    const style = styleFor(toFile ? { isTTY: false } : process.stdout);
    let text: string;
    switch (options.format) {
        case 'json':
            text = renderJson(shown);
            break;
        case 'sarif':
            text = renderSarif(shown, repositoryRoot());
            break;
        case 'github':
            text = renderGithub(shown, repositoryRoot()) + summaryLine(shown, style) + '\n';
            break;
        default:
            text = renderText(shown, style);
    }
    if (toFile) {
        writeFileAtomic(options.output!, text, { inputs, followSymlinks: options.followSymlinks === true });
        process.stderr.write(summaryLine(shown, styleFor(process.stderr)) + '\n');
    } else {
        await writeStdout(text);
    }
    return full.exitCode;
}
