import type { DeadlineItem, DeadlinesResult } from '../shared/protocol.js';

export interface TimelineHtmlOptions {
    /** The webview's `cspSource`. */
    cspSource: string;
    /** A fresh nonce for the inline script. */
    nonce: string;
    /** How a deadline's file is shown (relative to the workspace). */
    fileOf(item: DeadlineItem): string;
}

/**
 * The timeline webview's page: a time axis with a dot per dated deadline and a line for today,
 * then the deadlines in date order (the overdue and uncertain ones flagged, a permission's closed
 * window and an intention said as such, the past ones dimmed, a "today"
 * row where today falls), then the deadlines without a date and why. Colours and fonts are VS
 * Code's theme variables, so the page follows the theme. Clicking an item (or Enter on it) asks
 * the extension to open its source. No vscode import: testable on its own.
 */
export function renderTimelineHtml(result: DeadlinesResult, options: TimelineHtmlOptions): string {
    const dated = result.deadlines.filter(item => item.date !== null);
    const undated = result.deadlines.filter(item => item.date === null);
    const overdue = dated.filter(item => item.overdue).length;
    const summary =
        `${result.deadlines.length} deadline${result.deadlines.length === 1 ? '' : 's'}`
        + (overdue > 0 ? ` · <span class="overdue-count">${overdue} overdue</span>` : '')
        + (result.today ? ` · today ${escape(result.today)}` : '');

    const rows: string[] = [];
    let todayShown = !result.today;
    for (const item of dated) {
        if (!todayShown && startOf(item.date!) > dayNumber(result.today)) {
            rows.push(todayRow(result.today));
            todayShown = true;
        }
        rows.push(itemRow(item, options));
    }
    if (!todayShown) rows.push(todayRow(result.today));

    const body =
        result.deadlines.length === 0
            ? '<p class="empty">No deadlines in this workspace yet. A commitment\'s <code>due</code> or an event dated relative to another (<code>60 days after signed</code>) appears here.</p>'
            : `${axis(dated, result.today)}
<ol class="timeline" aria-label="Deadlines in date order">
${rows.join('\n')}
</ol>
${undated.length > 0 ? `<h2>Without a date</h2>\n<ol class="timeline undated">\n${undated.map(item => itemRow(item, options)).join('\n')}\n</ol>` : ''}`;

    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${options.cspSource} 'unsafe-inline'; script-src 'nonce-${options.nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Pacta Timeline</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>Pacta timeline</h1><p class="summary">${summary}</p></header>
${body}
<script nonce="${options.nonce}">
const vscode = acquireVsCodeApi();
function open(element) {
    vscode.postMessage({ type: 'open', uri: element.dataset.uri, range: JSON.parse(element.dataset.range) });
}
document.querySelectorAll('[data-uri]').forEach(element => {
    element.addEventListener('click', () => open(element));
    element.addEventListener('keydown', event => {
        if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); open(element); }
    });
});
</script>
</body>
</html>`;
}

/**
 * What the commitment's status (from `pacta status`) adds to a row besides overdue: a `may` whose
 * date has passed is a closed window, never overdue; an intention is intended whatever the day;
 * a commitment whose agreement has ended has lapsed.
 */
function standingBadge(item: DeadlineItem): string {
    if (item.standing === 'window_closed' && item.past) return '<span class="badge window-closed">window closed</span>';
    if (item.standing === 'intended') return '<span class="badge intended">intended</span>';
    if (item.standing === 'lapsed' && !item.closed) return '<span class="badge">lapsed</span>';
    return '';
}

function itemRow(item: DeadlineItem, options: TimelineHtmlOptions): string {
    const state = item.overdue ? 'overdue' : item.past ? 'past' : item.status === 'open' ? 'open' : item.date === null ? 'unresolved' : 'upcoming';
    // Uncertainty is never dropped: a badge on the row and, below, what is uncertain.
    const badges = [
        item.overdue ? '<span class="badge overdue">overdue</span>' : '',
        standingBadge(item),
        item.uncertain ? '<span class="badge uncertain">uncertain</span>' : '',
        item.closed && item.commitmentStatus ? `<span class="badge">${escape(item.commitmentStatus)}</span>` : ''
    ]
        .filter(Boolean)
        .join(' ');
    // A date known only to the month or year is due by the end of it (a `not before` one from its start).
    const bound = item.kind === 'from' ? 'not before' : item.precision !== null && item.precision !== 'day' ? 'by the end of' : item.kind === 'by' ? 'due by' : 'on';
    const date =
        item.date !== null
            ? `<span class="bound">${bound}</span> <time>${escape(item.date)}</time>`
            : item.status === 'open'
              ? `<span class="bound">open-ended</span> <span class="condition">${escape(item.condition ?? '')}</span>`
              : '<span class="bound">no date</span>';
    // A recurring deadline: each occurrence is its own item.
    const occurrence = item.occurrence
        ? `<div class="occurrences">occurrence ${item.occurrence.index} of ${item.occurrence.count}${item.occurrence.truncated ? ' listed (more follow)' : ''}</div>`
        : '';
    const uncertain = item.uncertain ? `<div class="uncertainty">${escape(item.uncertaintyText)}</div>` : '';
    const file = `${options.fileOf(item)}:${item.range.start.line + 1}`;
    const who = item.actors.length > 0 ? `${escape(item.actors.join(', '))} · ` : '';
    const chain = item.chain.length > 0 ? `<div class="chain">${item.chain.map(step => `<code>${escape(step)}</code>`).join('')}</div>` : '';
    const reason = item.reason ? `<div class="reason">${escape(item.reason)}</div>` : '';
    const standing = item.standingReason ? `<div class="standing">${escape(item.standingReason)}</div>` : '';
    return `<li class="item ${state}${item.uncertain ? ' uncertain' : ''}" tabindex="0" role="link" data-uri="${escape(item.uri)}" data-range="${escape(JSON.stringify(item.range))}" title="Open ${escape(file)}">
  <div class="when">${date} ${badges}</div>
  <div class="what"><span class="subject">${escape(item.subject)}</span> — ${escape(item.due)}</div>
  <div class="meta">${who}${escape(item.agreementTitle)} · <span class="file">${escape(file)}</span> · <code>${escape(item.text)}</code></div>
  ${occurrence}${uncertain}${standing}${chain}${reason}
</li>`;
}

function todayRow(today: string): string {
    return `<li class="today" aria-label="Today"><span>today · ${escape(today)}</span></li>`;
}

/** The axis: years as ticks, a dot per deadline, a line for today. */
function axis(dated: DeadlineItem[], today: string): string {
    if (dated.length === 0) return '';
    const days = dated.map(item => startOf(item.date!));
    if (today) days.push(dayNumber(today));
    const min = Math.min(...days);
    const max = Math.max(...days);
    const firstYear = new Date(min * DAY).getUTCFullYear();
    const lastYear = new Date(max * DAY).getUTCFullYear() + 1;
    const from = Date.UTC(firstYear, 0, 1) / DAY;
    const to = Date.UTC(lastYear, 0, 1) / DAY;
    const at = (day: number): string => `${(((day - from) / (to - from)) * 100).toFixed(2)}%`;
    const step = Math.max(1, Math.ceil((lastYear - firstYear) / 12));
    const ticks: string[] = [];
    for (let year = firstYear; year <= lastYear; year += step) {
        ticks.push(`<span class="tick" style="left:${at(Date.UTC(year, 0, 1) / DAY)}">${year}</span>`);
    }
    const dots = dated.map(item => {
        const state = item.overdue ? 'overdue' : item.past ? 'past' : 'upcoming';
        return `<span class="dot ${state}" style="left:${at(startOf(item.date!))}" tabindex="0" role="link" data-uri="${escape(item.uri)}" data-range="${escape(JSON.stringify(item.range))}" title="${escape(`${item.date} ${item.subject}: ${item.uncertain ? '(uncertain) ' : ''}${item.title}`)}"></span>`;
    });
    const todayLine = today ? `<span class="now" style="left:${at(dayNumber(today))}" title="today ${escape(today)}"></span>` : '';
    return `<div class="axis" aria-hidden="true">${ticks.join('')}${todayLine}${dots.join('')}</div>`;
}

const DAY = 86_400_000;

/** Days since 1970 of the first day a date can stand for (`2026-07` → 1 July 2026). */
function startOf(date: string): number {
    const [year, month, day] = date.split('-').map(Number);
    return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / DAY;
}

function dayNumber(date: string): number {
    return startOf(date);
}

function escape(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 1.25rem 2rem; }
header { display: flex; align-items: baseline; gap: 1rem; flex-wrap: wrap; border-bottom: 1px solid var(--vscode-panel-border, transparent); }
h1 { font-size: 1.3em; font-weight: 600; margin: 0.8em 0 0.6em; }
h2 { font-size: 1.05em; font-weight: 600; margin: 1.6em 0 0.4em; color: var(--vscode-descriptionForeground); }
.summary { margin: 0; color: var(--vscode-descriptionForeground); }
.overdue-count { color: var(--vscode-errorForeground); font-weight: 600; }
.empty { color: var(--vscode-descriptionForeground); }
code { font-family: var(--vscode-editor-font-family); font-size: 0.92em; }
.axis { position: relative; height: 3.2rem; margin: 1.2rem 0.5rem 0.8rem; border-bottom: 2px solid var(--vscode-descriptionForeground); }
.tick { position: absolute; bottom: -1.5rem; transform: translateX(-50%); font-size: 0.85em; color: var(--vscode-descriptionForeground); }
.tick::before { content: ''; position: absolute; left: 50%; top: -0.45rem; height: 0.4rem; border-left: 1px solid var(--vscode-descriptionForeground); }
.dot { position: absolute; bottom: 0.5rem; width: 0.8rem; height: 0.8rem; margin-left: -0.4rem; border-radius: 50%; cursor: pointer; background: var(--vscode-charts-blue, var(--vscode-textLink-foreground)); border: 1px solid var(--vscode-editor-background); }
.dot.past { background: var(--vscode-descriptionForeground); }
.dot.overdue { background: var(--vscode-errorForeground); }
.dot:focus, .item:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
.now { position: absolute; bottom: -0.3rem; top: 0; border-left: 2px dashed var(--vscode-charts-orange, var(--vscode-editorWarning-foreground)); }
ol.timeline { list-style: none; margin: 2.2rem 0 0; padding: 0 0 0 1.1rem; border-left: 2px solid var(--vscode-panel-border, var(--vscode-descriptionForeground)); }
ol.undated { margin-top: 0.4rem; }
.item { position: relative; padding: 0.45rem 0.6rem; margin: 0 0 0.35rem; border-radius: 4px; cursor: pointer; }
.item::before { content: ''; position: absolute; left: -1.55rem; top: 0.8rem; width: 0.7rem; height: 0.7rem; border-radius: 50%; background: var(--vscode-charts-blue, var(--vscode-textLink-foreground)); }
.item.past::before { background: var(--vscode-descriptionForeground); }
.item.overdue::before { background: var(--vscode-errorForeground); }
.item.unresolved::before { background: transparent; border: 1px dashed var(--vscode-descriptionForeground); }
.item.open::before { background: transparent; border: 1px solid var(--vscode-descriptionForeground); }
.occurrences { font-size: 0.9em; color: var(--vscode-descriptionForeground); margin-top: 2px; }
.item:hover { background: var(--vscode-list-hoverBackground); }
.item.past .what, .item.past .when { opacity: 0.75; }
.when time { font-family: var(--vscode-editor-font-family); font-weight: 600; }
.bound { color: var(--vscode-descriptionForeground); }
.subject { font-family: var(--vscode-editor-font-family); color: var(--vscode-textLink-foreground); }
.meta, .chain, .reason, .standing { color: var(--vscode-descriptionForeground); font-size: 0.92em; margin-top: 0.15rem; }
.chain code { display: block; }
.reason { color: var(--vscode-editorWarning-foreground); }
.badge { display: inline-block; padding: 0 0.45em; border-radius: 0.6em; font-size: 0.8em; background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
.badge.uncertain { background: transparent; color: var(--vscode-editorWarning-foreground); border: 1px dashed var(--vscode-editorWarning-foreground); }
.uncertainty { color: var(--vscode-editorWarning-foreground); font-size: 0.92em; margin-top: 0.15rem; }
.item.uncertain::before { border: 1px dashed var(--vscode-editorWarning-foreground); }
.badge.overdue { background: var(--vscode-inputValidation-errorBackground, var(--vscode-errorForeground)); color: var(--vscode-errorForeground); border: 1px solid var(--vscode-errorForeground); }
.today { position: relative; margin: 0.3rem 0 0.6rem; padding: 0.1rem 0.6rem; color: var(--vscode-charts-orange, var(--vscode-editorWarning-foreground)); font-weight: 600; border-top: 2px dashed var(--vscode-charts-orange, var(--vscode-editorWarning-foreground)); }
.today::before { content: ''; position: absolute; left: -1.6rem; top: -0.45rem; width: 0.8rem; height: 0.8rem; transform: rotate(45deg); background: var(--vscode-charts-orange, var(--vscode-editorWarning-foreground)); }
`;
