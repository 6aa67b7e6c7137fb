import type { CheckReport } from './findings.js';
import { relativePath } from '../util/paths.js';

/** Version of the shape below; bumped only on a change that can break a reader (see docs/cli.md). */
export const CHECK_JSON_VERSION = 1;

/**
 * `pacta check --format json`: one JSON document, keys always in this order, paths relative to
 * the current folder with `/`:
 * `{ version, files[], diagnostics[{ file, line, column, endLine, endColumn, severity, code, message, hint? }],
 *    summary{ files, errors, warnings, info, maxWarnings, exitCode } }`.
 */
export function renderJson(report: CheckReport, cwd = process.cwd()): string {
    const document = {
        version: CHECK_JSON_VERSION,
        files: report.files.map(file => relativePath(file, cwd)),
        diagnostics: report.findings.map(f => ({
            file: relativePath(f.path, cwd),
            line: f.line,
            column: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
            severity: f.severity,
            code: f.code,
            message: f.message,
            ...(f.hint ? { hint: f.hint } : {})
        })),
        summary: {
            files: report.files.length,
            errors: report.errors,
            warnings: report.warnings,
            info: report.infos,
            maxWarnings: report.maxWarnings ?? null,
            exitCode: report.exitCode
        }
    };
    return JSON.stringify(document, null, 2) + '\n';
}
