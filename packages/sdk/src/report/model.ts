/** Options of the report renderers (`renderReport`, `renderReportMarkdown`; docs/report.md). */
export interface ReportOptions {
    /** The day the status table and the timeline's "today" are for, `YYYY-MM-DD`. Default: today (local time). */
    asOf?: string;
    /** The page's title. Default: `Agreements report`. */
    title?: string;
    /** A deadline this many days away or closer is due soon (as in `statusAsOf`). Default 14. */
    dueSoonDays?: number;
}
