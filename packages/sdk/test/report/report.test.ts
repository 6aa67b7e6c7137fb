/**
 * `renderReport` and `renderReportMarkdown` on real workspaces: Markdown goldens of small cases,
 * the HTML's structure (one timeline mark per dated deadline occurrence, the status table from
 * `statusAsOf`), and escaping of what comes from the files (titles with `<script>` and quotes,
 * a `javascript:` URL). The page in a browser is tested by apps/vscode/e2e/report-tests.mjs.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { listDeadlines, renderReport, renderReportMarkdown, statusAsOf } from '../../src/index.js';
import { compiledFolder } from '../compiled-folder.js';

const CASES = fileURLToPath(new URL('./cases/', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../../../examples/critical-minerals-2026/', import.meta.url));
const AS_OF = '2026-03-10';
const update = process.env['UPDATE_GOLDENS'] === '1';

function golden(file: string, actual: string): void {
    if (update) writeFileSync(file, actual);
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDENS=1 and inspect it`).toBe(true);
    expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** The marks of the timeline: `<a … class="mark …">` inside the timeline's SVG. */
function timelineMarks(html: string): string[] {
    const svg = html.slice(html.indexOf('<svg id="timeline-svg"'), html.indexOf('</svg>', html.indexOf('<svg id="timeline-svg"')));
    return svg.match(/<a href="#deadline-[^"]*" class="mark [^"]*"/g) ?? [];
}

describe('the Markdown report: goldens', () => {
    for (const name of readdirSync(CASES).sort()) {
        test(name, async () => {
            golden(join(CASES, name, 'expected.md'), renderReportMarkdown(await compiledFolder(join(CASES, name)), { asOf: AS_OF }));
        });
    }
});

describe('the HTML report', () => {
    test('one timeline mark per dated deadline occurrence: a yearly review until expiry gives one per year', async () => {
        const output = await compiledFolder(join(CASES, 'basic'));
        const html = renderReport(output, { asOf: AS_OF });
        const marks = timelineMarks(html);
        // plan (2026-02-15), the expiry (2029-02-01), the yearly review on 2027-02-01 and 2028-02-01 (and on the expiry day).
        const dated = listDeadlines(output, { includeClosed: true }).filter(row => row.day !== null);
        expect(marks).toHaveLength(dated.length);
        expect(marks.filter(m => m.includes(' recurring')).length).toBe(dated.filter(row => row.occurrence !== undefined).length);
        expect(marks.filter(m => m.includes(' recurring')).length).toBeGreaterThanOrEqual(2);
        // The plan was due 2026-02-15 and nothing records it done: overdue, as the status says.
        expect(statusAsOf(output, AS_OF).commitments.find(c => c.id === 'us_mx.plan')?.status).toBe('overdue');
        expect(marks.filter(m => m.includes(' overdue'))).toEqual(['<a href="#deadline-us_mx.plan.due" class="mark overdue"']);
        // Each mark links to its row in the list below the chart.
        for (const mark of marks) {
            const anchor = /href="#([^"]+)"/.exec(mark)![1]!;
            expect(html).toContain(`<tr id="${anchor}">`);
        }
        // The as-of day is marked; a button per year with marks; no script source, no stylesheet link, no image URL.
        expect(html).toContain(`class="today-label">as of ${AS_OF}</text>`);
        for (const year of ['2026', '2027', '2028', '2029']) expect(html).toContain(`data-year="${year}"`);
        expect(html).not.toMatch(/<script[^>]*\ssrc=|<link\s|<img\s|url\((?!#)/);
        expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\';');
    });

    test('the status table is statusAsOf on the day, and the example has every agreement as a section', async () => {
        const output = await compiledFolder(EXAMPLES);
        const html = renderReport(output, { asOf: AS_OF });
        const status = statusAsOf(output, AS_OF);
        expect(html).toContain(`<h2 id="status-h">Status as of ${AS_OF}</h2>`);
        for (const agreement of output.agreements) expect(html).toContain(`<article id="agreement-${agreement.id}"`);
        const overdue = status.commitments.filter(c => c.status === 'overdue');
        expect(overdue.length).toBeGreaterThan(0);
        const table = html.slice(html.indexOf('<section id="status"'), html.indexOf('<section id="timeline"'));
        expect((table.match(/<td><span class="badge s-overdue">overdue<\/span><\/td>/g) ?? []).length).toBe(overdue.length);
        // …and the timeline marks the occurrence each was read from, no other.
        expect(timelineMarks(html).filter(m => m.includes(' overdue'))).toHaveLength(overdue.length);
        expect(timelineMarks(html)).toHaveLength(listDeadlines(output, { includeClosed: true }).filter(row => row.day !== null).length);
        // Every relation is an edge of the graph.
        const graph = html.slice(html.indexOf('<svg id="relations-svg"'));
        expect((graph.match(/<g class="edge/g) ?? []).length).toBe(output.relations.length);
    });

    test('text from the files is escaped, and only http(s) addresses become links', async () => {
        const output = await compiledFolder(join(CASES, 'relations-escaping'));
        const html = renderReport(output, { asOf: AS_OF, title: 'Report "<b>x</b>"' });
        // One script element: the page's own.
        expect(html.match(/<script/g)).toHaveLength(1);
        expect(html).not.toContain('<script>alert');
        expect(html).toContain('The &lt;script&gt;alert(&quot;old&quot;)&lt;/script&gt; Act');
        expect(html).toContain('A &quot;new&quot; act &amp; its &lt;i&gt;follow-up&lt;/i&gt;');
        expect(html).toContain('<title>Report &quot;&lt;b&gt;x&lt;/b&gt;&quot;</title>');
        expect(html).not.toContain('<i>follow-up</i>');
        expect(html).not.toMatch(/href="javascript/i);
        expect(html).toContain('A javascript: address');
        const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map(m => m[1]!);
        expect(hrefs.length).toBeGreaterThan(0);
        for (const href of hrefs) expect(href).toMatch(/^(#[A-Za-z0-9_.-]+|https?:\/\/)/);
        expect(hrefs).toContain('https://example.org/page?a=1&amp;b=%3C2%3E');
        // The relations graph: the uncertain amendment is dashed, each agreement a link to its section.
        expect(html).toMatch(/<g class="edge uncertain"><title>A &quot;new&quot; act &amp; its &lt;i&gt;follow-up&lt;\/i&gt; amends/);
        expect(html).toContain('<a href="#agreement-old_act" class="node"');
        const markdown = renderReportMarkdown(output, { asOf: AS_OF });
        expect(markdown).not.toMatch(/<script|<i>|<b>|\]\(<?javascript/);
    });

    test('a bad as-of day is a RangeError, as for statusAsOf', async () => {
        const output = await compiledFolder(join(CASES, 'basic'));
        expect(() => renderReport(output, { asOf: '2026-02-30' })).toThrow(RangeError);
        expect(() => renderReportMarkdown(output, { asOf: 'soon' })).toThrow(RangeError);
    });
});
