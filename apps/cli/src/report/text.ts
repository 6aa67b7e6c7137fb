import type { Style } from '../util/color.js';
import { terminalSafe } from '../util/terminal-safe.js';
import { type CheckReport, type Finding, countsText, filesWithFindings, findingLocation, plural } from './findings.js';

/**
 * The text format: one line per finding, `file:line:col  severity  code  message`, an indented
 * `hint:` line when the finding has a hint, then a blank line and the summary. A clean run prints
 * only the summary (`✔ 6 files checked, no problems`).
 */
export function renderText(report: CheckReport, style: Style, cwd = process.cwd()): string {
    const lines = findingLines(report.findings, style, cwd);
    if (lines.length > 0) lines.push('');
    lines.push(summaryLine(report, style));
    return lines.join('\n') + '\n';
}

export function findingLines(findings: readonly Finding[], style: Style, cwd = process.cwd()): string[] {
    const lines: string[] = [];
    for (const finding of findings) {
        lines.push(`${style.bold(findingLocation(finding, cwd))}  ${severityText(finding.severity, style)}  ${style.dim(terminalSafe(finding.code))}  ${oneLine(finding.message)}`);
        if (finding.hint) lines.push(`    ${style.cyan('hint:')} ${oneLine(finding.hint)}`);
    }
    return lines;
}

/**
 * `✔ 6 files checked, no problems`, `⚠ 1 warning in 1 file` (passes), `✖ 2 errors, 1 warning in 3 files`
 * (fails; "in N files" counts the files with findings), with `(more than --max-warnings N)` when the
 * warnings are what fails the run.
 */
export function summaryLine(report: CheckReport, style: Style): string {
    if (report.errors === 0 && report.warnings === 0) {
        const info = report.infos > 0 ? `, ${plural(report.infos, 'info', 'info')}` : '';
        return `${style.green('✔')} ${plural(report.files.length, 'file')} checked, no problems${info}`;
    }
    const where = `${countsText(report)} in ${plural(filesWithFindings(report.findings), 'file')}`;
    if (report.errors > 0 || report.tooManyWarnings || report.exitCode !== 0) {
        const limit = report.tooManyWarnings && report.errors === 0 ? ` (more than --max-warnings ${report.maxWarnings})` : '';
        return `${style.red('✖')} ${where}${limit}`;
    }
    return `${style.yellow('⚠')} ${where}`;
}

function severityText(severity: Finding['severity'], style: Style): string {
    switch (severity) {
        case 'error':
            return style.red('error');
        case 'warning':
            return style.yellow('warning');
        default:
            return style.blue(severity);
    }
}

/** On one line, and safe for a terminal (the message may quote the input). */
function oneLine(text: string): string {
    return terminalSafe(text.replace(/\r?\n\s*/g, ' '));
}
