/** `pacta report` as SDK functions: the report as one HTML page or as Markdown (docs/report.md). */
export { renderReport } from './render-html.js';
export { renderReportMarkdown } from './render-markdown.js';
export type { ReportOptions } from './model.js';
