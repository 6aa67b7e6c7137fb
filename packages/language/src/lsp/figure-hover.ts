import type { Figure, Quantity } from '../generated/ast.js';
import { describeQuantity } from '../quantities/quantities.js';

/**
 * The hover on a figure or a quantity (1.4): its value normalised (`1.5 million` → 1500000),
 * its unit and, for a figure, its name and what it measures.
 */
export function figureHover(figure: Figure | undefined, quantity: Quantity | undefined): string | undefined {
    const shown = quantity ? describeQuantity(quantity) : undefined;
    if (shown === undefined) return undefined;
    const kind = quantity?.percent ? 'a share' : quantity?.period ? 'a period' : /^[A-Z]{3}$/.test(quantity?.unit ?? '') ? 'money' : 'a count';
    const head = figure?.name ? `**${figure.name}** — figure: ${shown}` : `${shown}`;
    const lines = [head, `${kind}${figure?.label ? `, ${figure.label}` : ''}`];
    if (figure?.uncertain) lines.push('uncertain');
    return lines.join('  \n');
}
