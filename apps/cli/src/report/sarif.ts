import * as nodePath from 'node:path';
import { pathToFileURL } from 'node:url';
import { type DiagnosticSeverity, ruleCatalog } from '@pacta/sdk';
import { CLI_DOCS_URL, VALIDATION_DOCS_URL, anchorOf } from '../util/docs.js';
import { relativeInside } from '../util/paths.js';
import { VERSION } from '../version.js';
import type { CheckReport, Finding } from './findings.js';

type SarifLevel = 'error' | 'warning' | 'note';

function levelOf(severity: DiagnosticSeverity): SarifLevel {
    return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

interface SarifRule {
    id: string;
    shortDescription: { text: string };
    fullDescription: { text: string };
    helpUri: string;
    help: { text: string; markdown: string };
    defaultConfiguration: { level: SarifLevel };
    properties: { tags: string[] };
}

/**
 * The address of the documentation of a code: its own section for the parser's, linker's and
 * validation rules' codes; the page itself for the SDK's input codes (listed in one table).
 */
export function helpUriOf(code: string): string {
    const entry = ruleCatalog.find(rule => rule.code === code);
    if (entry && entry.origin !== 'sdk') return `${VALIDATION_DOCS_URL}#${anchorOf(code)}`;
    return VALIDATION_DOCS_URL;
}

function sarifRule(code: string, severity: DiagnosticSeverity, description: string, origin: string): SarifRule {
    const helpUri = helpUriOf(code);
    return {
        id: code,
        shortDescription: { text: description },
        fullDescription: { text: description },
        helpUri,
        help: {
            text: `${description} Examples and the fix: ${helpUri}`,
            markdown: `**${severity}**: ${description}\n\nA failing example and how to fix it: [\`${code}\`](${helpUri}).`
        },
        defaultConfiguration: { level: levelOf(severity) },
        properties: { tags: ['pacta', origin] }
    };
}

/**
 * SARIF 2.1.0, one run: `tool.driver` with every code of the SDK's `ruleCatalog` as a rule
 * (id, descriptions, help and `helpUri` into docs/validation.md, default level), and one result
 * per finding with its rule, level, message (and hint) and location: `artifactLocation.uri`
 * relative to `repoRoot` with `uriBaseId` `%SRCROOT%` (an absolute `file:` URI for a file outside
 * it), region with start and end line and column (UTF-16 code units, end exclusive, as SARIF's).
 * A finding about a folder or the whole input has no location.
 */
export function renderSarif(report: CheckReport, repoRoot: string): string {
    const rules: SarifRule[] = ruleCatalog.map(rule => sarifRule(rule.code, rule.severity, rule.description, rule.origin));
    const index = new Map(rules.map((rule, i) => [rule.id, i]));
    for (const finding of report.findings) {
        if (!index.has(finding.code)) {
            index.set(finding.code, rules.length);
            rules.push(sarifRule(finding.code, finding.severity, finding.message, 'other'));
        }
    }
    const results = report.findings.map(finding => ({
        ruleId: finding.code,
        ruleIndex: index.get(finding.code)!,
        level: levelOf(finding.severity),
        message: { text: finding.hint ? `${finding.message}\nhint: ${finding.hint}` : finding.message },
        ...(finding.inFile ? { locations: [location(finding, repoRoot)] } : {})
    }));
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'pacta',
                        version: VERSION,
                        semanticVersion: VERSION,
                        informationUri: CLI_DOCS_URL,
                        rules
                    }
                },
                columnKind: 'utf16CodeUnits',
                results
            }
        ]
    };
    return JSON.stringify(log, null, 2) + '\n';
}

function location(finding: Finding, repoRoot: string) {
    const relative = relativeInside(repoRoot, finding.path);
    const artifactLocation =
        relative !== undefined ? { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' } : { uri: pathToFileURL(nodePath.resolve(finding.path)).href };
    return {
        physicalLocation: {
            artifactLocation,
            region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn }
        }
    };
}
