/**
 * The relations graph: the agreements that relate to another as boxes (links to their section),
 * the relations as arrows labelled with their kind, laid out in columns (layered-layout.ts).
 */
import type { RelationView } from './content.js';
import { anchorId, escapeHtml, shorten } from './escape.js';
import { layeredLayout } from './layered-layout.js';

const BOX_WIDTH = 200;
const BOX_HEIGHT = 40;
const COLUMN_GAP = 110;
const ROW_GAP = 26;
const MARGIN = 16;

export function relationsSvg(relations: readonly RelationView[], agreementTitle: (id: string) => string): string {
    const nodes: string[] = [];
    for (const { relation } of relations) for (const id of [relation.from, relation.to]) if (!nodes.includes(id)) nodes.push(id);
    const { columns } = layeredLayout(
        nodes,
        relations.map(r => ({ from: r.relation.from, to: r.relation.to }))
    );
    const rows = Math.max(...columns.map(c => c.length), 1);
    const width = MARGIN * 2 + columns.length * BOX_WIDTH + (columns.length - 1) * COLUMN_GAP;
    const height = MARGIN * 2 + rows * BOX_HEIGHT + (rows - 1) * ROW_GAP;
    const at = new Map<string, { x: number; y: number }>();
    columns.forEach((column, c) => {
        // Each column centred vertically.
        const offset = ((rows - column.length) * (BOX_HEIGHT + ROW_GAP)) / 2;
        column.forEach((node, r) => at.set(node, { x: MARGIN + c * (BOX_WIDTH + COLUMN_GAP), y: MARGIN + offset + r * (BOX_HEIGHT + ROW_GAP) }));
    });
    const out: string[] = [
        `<svg id="relations-svg" class="relations" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-labelledby="relations-svg-title">`,
        `<title id="relations-svg-title">How ${nodes.length} agreements relate: ${relations.length} relation${relations.length === 1 ? '' : 's'}</title>`,
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 Z" class="arrow-head"/></marker></defs>'
    ];
    for (const view of relations) {
        const from = at.get(view.relation.from)!;
        const to = at.get(view.relation.to)!;
        // From the side of `from` that faces `to` (to its left when in an earlier column).
        const leftward = to.x < from.x;
        const sameColumn = to.x === from.x;
        const x1 = sameColumn ? from.x + BOX_WIDTH / 2 : leftward ? from.x : from.x + BOX_WIDTH;
        const y1 = sameColumn ? (to.y > from.y ? from.y + BOX_HEIGHT : from.y) : from.y + BOX_HEIGHT / 2;
        const x2 = sameColumn ? to.x + BOX_WIDTH / 2 : leftward ? to.x + BOX_WIDTH : to.x;
        const y2 = sameColumn ? (to.y > from.y ? to.y : to.y + BOX_HEIGHT) : to.y + BOX_HEIGHT / 2;
        const label = `${view.fromTitle} ${view.words} ${view.toTitle}${view.relation.uncertain ? ' (uncertain)' : ''}`;
        out.push(
            `<g class="edge${view.relation.uncertain ? ' uncertain' : ''}"><title>${escapeHtml(label)}</title><line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" marker-end="url(#arrow)"/><text x="${(x1 + x2) / 2}" y="${(y1 + y2) / 2 - 4}" text-anchor="middle" class="edge-label">${escapeHtml(view.words)}</text></g>`
        );
    }
    for (const id of nodes) {
        const { x, y } = at.get(id)!;
        const title = agreementTitle(id);
        out.push(
            `<a href="#${anchorId('agreement', id)}" class="node"><title>${escapeHtml(title)}</title><rect x="${x}" y="${y}" width="${BOX_WIDTH}" height="${BOX_HEIGHT}" rx="6"/><text x="${x + BOX_WIDTH / 2}" y="${y + 17}" text-anchor="middle" class="node-title">${escapeHtml(shorten(title, 27))}</text><text x="${x + BOX_WIDTH / 2}" y="${y + 32}" text-anchor="middle" class="node-id">${escapeHtml(shorten(id, 32))}</text></a>`
        );
    }
    out.push('</svg>');
    return out.join('\n');
}
