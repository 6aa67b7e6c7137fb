import { checkReport } from '../report/findings.js';
import { renderGithub } from '../report/github.js';
import { renderJson } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';
import { renderText, summaryLine } from '../report/text.js';
import { styleFor } from '../util/color.js';
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
}

/** `pacta check`: parse, link and validate; report in one of four formats. Returns the exit code. */
export async function check(paths: readonly string[], options: CheckOptions): Promise<number> {
    // Only the findings are printed: the SDK builds no model and no JSON for them.
    const compiled = await compileArguments(paths, 'Checking', process.cwd(), { ...compileFlags(options), diagnosticsOnly: true });
    const { result, root } = compiled;
    const report = checkReport(result, root, {
        ...(options.warningsAsErrors ? { warningsAsErrors: true } : {}),
        ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {})
    });
    const toFile = options.output !== undefined;
    const style = styleFor(toFile ? { isTTY: false } : process.stdout);
    let text: string;
    switch (options.format) {
        case 'json': text = renderJson(report); break;
        case 'sarif': text = renderSarif(report, repositoryRoot()); break;
        case 'github': text = renderGithub(report, repositoryRoot()) + summaryLine(report, style) + '\n'; break;
        default: text = renderText(report, style);
    }
    if (toFile) {
        writeFileAtomic(options.output!, text, { inputs: inputFiles(compiled), followSymlinks: options.followSymlinks === true });
        process.stderr.write(summaryLine(report, styleFor(process.stderr)) + '\n');
    } else {
        await writeStdout(text);
    }
    return report.exitCode;
}
