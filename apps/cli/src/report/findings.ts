import { existsSync } from 'node:fs';
import * as nodePath from 'node:path';
import type { CompileResult, DiagnosticSeverity, PactaDiagnostic } from '@pacta/sdk';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../util/errors.js';
import { displayPath, isDirectory } from '../util/paths.js';

/** A diagnostic of the SDK, placed on disk, with the severity the run gives it. */
export interface Finding {
    readonly code: string;
    readonly severity: DiagnosticSeverity;
    readonly message: string;
    readonly hint?: string;
    /** Absolute path of the file (or folder, for findings about a folder or the whole input). */
    readonly path: string;
    /** True when `path` is a file a region can point into (not a folder or the workspace). */
    readonly inFile: boolean;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
}

export interface CheckPolicy {
    /** Report warnings as errors (`--warnings-as-errors`). */
    readonly warningsAsErrors?: boolean;
    /** Fail when there are more warnings than this (`--max-warnings N`). */
    readonly maxWarnings?: number;
}

export interface CheckReport {
    readonly findings: readonly Finding[];
    /** Absolute paths of the files compiled, sorted. */
    readonly files: readonly string[];
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    /** True when the warnings are over `--max-warnings`. */
    readonly tooManyWarnings: boolean;
    readonly maxWarnings?: number;
    /** 0 clean or warnings within the limit; 1 errors or too many warnings; 2 an input could not be read. */
    readonly exitCode: number;
}

/** Codes of the SDK that mean the run itself failed (a path could not be read or is no .pacta file, the compiler broke): exit 2. */
const RUN_FAILURES = new Set(['pacta/io-error', 'pacta/internal-error', 'pacta/not-pacta-file', 'pacta/file-too-large']);

/** Builds the report of a compile: findings placed on disk, counts, the exit code. */
export function checkReport(result: CompileResult, root: string, policy: CheckPolicy = {}): CheckReport {
    const files = result.files.map(file => nodePath.resolve(root, file));
    const compiled = new Set(files);
    const findings = result.diagnostics.map(diagnostic => toFinding(diagnostic, root, compiled, policy));
    const errors = findings.filter(f => f.severity === 'error').length;
    const warnings = findings.filter(f => f.severity === 'warning').length;
    const infos = findings.length - errors - warnings;
    const tooManyWarnings = policy.maxWarnings !== undefined && warnings > policy.maxWarnings;
    const runFailed = result.diagnostics.some(d => RUN_FAILURES.has(d.code));
    const exitCode = runFailed ? EXIT_USAGE : errors > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
    return {
        findings,
        files,
        errors,
        warnings,
        infos,
        tooManyWarnings,
        exitCode,
        ...(policy.maxWarnings !== undefined ? { maxWarnings: policy.maxWarnings } : {})
    };
}

function toFinding(d: PactaDiagnostic, root: string, compiled: ReadonlySet<string>, policy: CheckPolicy): Finding {
    const path = d.file === '.' ? root : nodePath.resolve(root, d.file);
    const inFile = compiled.has(path) || (d.file !== '.' && existsSync(path) && !isDirectory(path));
    return {
        code: d.code,
        severity: policy.warningsAsErrors && d.severity === 'warning' ? 'error' : d.severity,
        message: d.message,
        ...(d.hint ? { hint: d.hint } : {}),
        path,
        inFile,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn
    };
}

/** Files with at least one finding. */
export function filesWithFindings(findings: readonly Finding[]): number {
    return new Set(findings.map(f => f.path)).size;
}

export function plural(count: number, word: string, many = `${word}s`): string {
    return `${count.toLocaleString('en-US')} ${count === 1 ? word : many}`;
}

/** `2 errors, 1 warning, 3 info` (zero counts left out). */
export function countsText(report: Pick<CheckReport, 'errors' | 'warnings' | 'infos'>): string {
    const parts: string[] = [];
    if (report.errors > 0) parts.push(plural(report.errors, 'error'));
    if (report.warnings > 0) parts.push(plural(report.warnings, 'warning'));
    if (report.infos > 0) parts.push(plural(report.infos, 'info', 'info'));
    return parts.join(', ');
}

/** `file:line:col` of a finding, for people (relative to the current folder). */
export function findingLocation(finding: Finding, cwd = process.cwd()): string {
    return `${displayPath(finding.path, cwd)}:${finding.line}:${finding.column}`;
}
