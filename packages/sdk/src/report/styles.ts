/** The page's stylesheet (inline: the report loads nothing). Colours meet WCAG AA contrast on white; print drops the controls. */
export const REPORT_CSS = `
:root { --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --band: #f6f8fa; --accent: #0a58ca; --overdue: #b3261e; --ok: #1a7f37; --warn: #8a5a00; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem; }
.skip:focus { left: .5rem; }
header, main { max-width: 1000px; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .25rem; }
h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.meta { color: var(--muted); margin: 0; }
nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: 0; list-style: none; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
caption { text-align: left; color: var(--muted); padding: .25rem 0; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--line); }
th { background: var(--band); }
tr.agreement-row td { font-weight: 600; background: #fbfcfd; }
td.sub { padding-left: 1.5rem; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: .6rem; font-size: .8rem; border: 1px solid currentColor; white-space: nowrap; }
.s-overdue, .s-breached { color: var(--overdue); }
.s-due_soon { color: var(--warn); }
.s-fulfilled, .s-in_force { color: var(--ok); }
.uncertain-note { color: var(--warn); }
.uncertain-note::before { content: "⚠ "; }
.sources { font-size: .85rem; color: var(--muted); margin: .1rem 0 0; padding-left: 1.2rem; }
.item { margin: .4rem 0; }
.item p { margin: 0; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .25rem 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.figure { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; padding: .5rem; }
.zoom { display: flex; flex-wrap: wrap; gap: .25rem; margin: .5rem 0; }
.zoom button { font: inherit; font-size: .85rem; padding: .1rem .5rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; color: var(--ink); cursor: pointer; }
.zoom button[aria-pressed="true"] { background: var(--accent); color: #fff; border-color: var(--accent); }
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; list-style: none; font-size: .85rem; }
.legend svg { vertical-align: middle; }
svg text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; fill: var(--ink); }
svg .band { fill: var(--band); }
svg .band.odd { fill: #fff; }
svg .tick line { stroke: var(--line); }
svg.zoomed .tick.year text { display: none; }
svg .year-label, svg .month-label { fill: var(--muted); }
svg .today line { stroke: var(--overdue); stroke-width: 2; stroke-dasharray: 4 3; }
svg .today-label { fill: var(--overdue); font-weight: 600; }
svg .mark circle, svg .mark path { stroke-width: 1.5; }
svg .mark.upcoming circle, svg .mark.upcoming path { fill: var(--accent); stroke: var(--accent); }
svg .mark.past circle, svg .mark.past path { fill: #6e7781; stroke: #6e7781; }
svg .mark.overdue circle, svg .mark.overdue path { fill: var(--overdue); stroke: var(--overdue); }
svg .mark.closed circle, svg .mark.closed path { fill: #fff; stroke: #6e7781; }
svg .mark.uncertain circle, svg .mark.uncertain path { stroke: var(--warn); stroke-dasharray: 2 2; stroke-width: 2; }
svg .mark:focus-visible circle, svg .mark:focus-visible path { stroke: var(--ink); stroke-width: 3; }
svg .node rect { fill: #fff; stroke: var(--accent); stroke-width: 1.5; }
svg .node:focus-visible rect, svg .node:hover rect { fill: #eef4ff; stroke-width: 3; }
svg .node-id { fill: var(--muted); font-size: 11px; }
svg .edge line { stroke: var(--muted); stroke-width: 1.5; }
svg .edge.uncertain line { stroke-dasharray: 5 3; }
svg .arrow-head { fill: var(--muted); }
svg .edge-label { fill: var(--muted); font-size: 11px; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
footer { max-width: 1000px; margin: 2rem auto; padding: 0 1rem; color: var(--muted); font-size: .85rem; }
@media print {
  body { font-size: 11pt; }
  .skip, .zoom, nav { display: none !important; }
  header, main, footer { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .sources a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .8em; word-break: break-all; }
  .figure { border: none; overflow: visible; padding: 0; }
  .figure svg { max-width: 100%; height: auto; }
  h2 { break-after: avoid; }
  article, tr, .item { break-inside: avoid; }
}
`;
