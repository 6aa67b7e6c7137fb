/**
 * A layered layout for the relations graph (a small Sugiyama-style layout): each agreement in a
 * column by the longest chain of relations below it (an act amended or superseded sits left of
 * what amends or supersedes it), cycles broken at the edge that closes them, then the order within
 * each column by the mean position of its neighbours (a few sweeps, which removes most crossings).
 * The graphs are the relations of one workspace: tens of nodes; this is linear-ish in their number
 * and needs no library (docs/report.md says why not dagre or elkjs).
 */

export interface LayoutEdge {
    from: string;
    to: string;
}

export interface LayoutResult {
    /** Column of each node (0 = leftmost). */
    layer: Map<string, number>;
    /** The nodes of each column, top to bottom. */
    columns: string[][];
}

/** Lays out `nodes` (in a stable order: ties keep it) joined by `edges` (from → to; `to` goes left). */
export function layeredLayout(nodes: readonly string[], edges: readonly LayoutEdge[]): LayoutResult {
    const out = new Map<string, string[]>(nodes.map(n => [n, []]));
    const known = new Set(nodes);
    for (const edge of edges) if (known.has(edge.from) && known.has(edge.to) && edge.from !== edge.to) out.get(edge.from)!.push(edge.to);
    // Longest path to a sink, by a depth-first walk; an edge back into the walk (a cycle) is ignored.
    const layer = new Map<string, number>();
    const onPath = new Set<string>();
    const visit = (node: string): number => {
        const done = layer.get(node);
        if (done !== undefined) return done;
        onPath.add(node);
        let depth = 0;
        for (const next of out.get(node)!) if (!onPath.has(next)) depth = Math.max(depth, visit(next) + 1);
        onPath.delete(node);
        layer.set(node, depth);
        return depth;
    };
    for (const node of nodes) visit(node);
    const depth = Math.max(-1, ...layer.values());
    const columns: string[][] = Array.from({ length: depth + 1 }, () => []);
    for (const node of nodes) columns[layer.get(node)!]!.push(node);
    // Neighbours either way, for the ordering sweeps.
    const neighbours = new Map<string, string[]>(nodes.map(n => [n, []]));
    for (const [from, targets] of out) {
        for (const to of targets) {
            neighbours.get(from)!.push(to);
            neighbours.get(to)!.push(from);
        }
    }
    const position = new Map<string, number>();
    const place = () => columns.forEach(column => column.forEach((node, i) => position.set(node, i)));
    place();
    for (let sweep = 0; sweep < 4; sweep++) {
        const order = sweep % 2 === 0 ? columns.map((_, i) => i) : columns.map((_, i) => columns.length - 1 - i);
        for (const c of order) {
            const column = columns[c]!;
            const weight = new Map(
                column.map(node => {
                    const near = neighbours.get(node)!.filter(n => layer.get(n) !== c);
                    return [node, near.length === 0 ? position.get(node)! : near.reduce((sum, n) => sum + position.get(n)!, 0) / near.length];
                })
            );
            column.sort((a, b) => weight.get(a)! - weight.get(b)! || position.get(a)! - position.get(b)!);
            place();
        }
    }
    return { layer, columns };
}
