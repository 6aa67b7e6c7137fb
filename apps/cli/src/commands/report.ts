import { renderReport, renderReportMarkdown } from '@pacta/sdk';
import { CliError, EXIT_OK } from '../util/errors.js';
import { writeStdout } from '../util/io.js';
import { writeFileAtomic } from '../util/write.js';
import { parseDateOption } from './deadlines.js';
import { compileFlags, compileForListing } from './shared.js';

export const REPORT_FORMATS = ['html', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportCommandOptions {
    asOf?: string;
    format?: ReportFormat;
    title?: string;
    dueSoonDays?: number;
    output?: string;
    followSymlinks?: boolean;
    maxFileSize?: number;
}

/** The format asked for, or else the output's extension (`.md`, `.markdown`), or else HTML. */
export function reportFormat(options: Pick<ReportCommandOptions, 'format' | 'output'>): ReportFormat {
    if (options.format !== undefined) return options.format;
    return options.output !== undefined && /\.(md|markdown)$/i.test(options.output) ? 'md' : 'html';
}

/**
 * `pacta report`: the SDK's `renderReport` (one self-contained HTML page) or
 * `renderReportMarkdown` of the compiled workspace, written atomically with `-o` (else to
 * stdout). Findings go to stderr; with errors nothing is written and the exit code is 1.
 */
export async function report(paths: readonly string[], options: ReportCommandOptions): Promise<number> {
    const asOf = parseDateOption('--as-of', options.asOf ?? 'today');
    if (options.title !== undefined && options.title.trim() === '') throw new CliError('--title is empty: give the page a title, or leave the flag out');
    const format = reportFormat(options);
    const compiled = await compileForListing(paths, 'no report written', compileFlags(options));
    if ('exitCode' in compiled) return compiled.exitCode;
    const reportOptions = { asOf, ...(options.title !== undefined ? { title: options.title } : {}), ...(options.dueSoonDays !== undefined ? { dueSoonDays: options.dueSoonDays } : {}) };
    const text = format === 'md' ? renderReportMarkdown(compiled.output, reportOptions) : renderReport(compiled.output, reportOptions);
    if (options.output !== undefined) {
        writeFileAtomic(options.output, text, { inputs: compiled.inputs, followSymlinks: options.followSymlinks === true });
        process.stderr.write(`Wrote ${options.output} (${format === 'md' ? 'Markdown' : 'HTML'}, as of ${asOf})\n`);
    } else {
        await writeStdout(text);
    }
    return EXIT_OK;
}
