import { relativeInside } from '../util/paths.js';
import { terminalSafe } from '../util/terminal-safe.js';
import type { CheckReport, Finding } from './findings.js';

/** Escapes the message of a workflow command (as `@actions/core` does): `%`, CR and LF. */
export function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command: also `:` and `,`, which end a property. */
export function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands, one line per finding:
 * `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=CODE::MESSAGE` (`::warning` for
 * warnings, `::notice` for info). `file` is relative to the repository root. GitHub accepts
 * columns only on a one-line range, so `col` and `endColumn` are left out of a range over several
 * lines. A finding about a folder or the whole input has no `file`.
 */
export function renderGithub(report: CheckReport, repoRoot: string): string {
    return report.findings.map(finding => command(finding, repoRoot) + '\n').join('');
}

function command(finding: Finding, repoRoot: string): string {
    const kind = finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : 'notice';
    const properties: Array<[string, string | number]> = [];
    if (finding.inFile) {
        properties.push(['file', terminalSafe(relativeInside(repoRoot, finding.path) ?? finding.path)]);
        properties.push(['line', finding.line]);
        if (finding.endLine === finding.line) properties.push(['col', finding.column]);
        properties.push(['endLine', finding.endLine]);
        if (finding.endLine === finding.line) properties.push(['endColumn', finding.endColumn]);
    }
    properties.push(['title', terminalSafe(finding.code)]);
    // The log shows the annotation too: no terminal control characters from the input.
    const message = terminalSafe(finding.hint ? `${finding.message}\nhint: ${finding.hint}` : finding.message);
    return `::${kind} ${properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')}::${escapeData(message)}`;
}
