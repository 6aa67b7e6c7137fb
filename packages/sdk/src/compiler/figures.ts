import { type Figure as FigureNode, type Quantity as QuantityNode, quantityUnit, quantityValue } from '@pacta/language';
import type { Figure, Quantity, QuantityUnit } from '../model.js';
import { type BuildContext, nameOr, normalizedText, oneOf, optionalString } from './context.js';
import { PURPOSES, QUALIFIERS } from './money.js';

/**
 * `figure NAME QUANTITY "what" { cite … }` (1.4): the quantity with its unit decided by
 * `quantityUnit` of `@pacta/language` (the validator and the hover use the same), its value an
 * exact decimal string. A figure whose number does not parse is left out.
 */
export function buildFigure(node: FigureNode, context: BuildContext): Figure | undefined {
    const quantity = node.quantity ? buildQuantity(node.quantity) : undefined;
    if (quantity === undefined) return undefined;
    const label = optionalString(node.label);
    return {
        name: nameOr(node.name),
        quantity,
        ...(label !== undefined ? { label } : {}),
        citations: context.citations(node),
        uncertain: node.uncertain === true,
        location: context.location(node)
    };
}

export function buildQuantity(node: QuantityNode): Quantity | undefined {
    const value = quantityValue(node);
    if (value === undefined) return undefined;
    const info = quantityUnit(node);
    const unit: QuantityUnit = info.kind === 'money' ? { kind: 'money', ...(info.currency ? { currency: info.currency.code, minorUnits: info.currency.minorUnits } : {}) } : info;
    const purpose = oneOf(node.purpose, PURPOSES);
    return {
        text: normalizedText(node.$cstNode),
        qualifier: oneOf(node.qualifier, QUALIFIERS) ?? 'exactly',
        value,
        unit,
        ...(typeof node.per === 'string' ? { per: node.per } : {}),
        ...(purpose !== undefined ? { purpose } : {})
    };
}

/** The figures of an element, in source order; `{}` when there are none, so 1.3 output is unchanged. */
export function figuresOf(nodes: readonly FigureNode[] | undefined, context: BuildContext): { figures?: Figure[] } {
    const figures = (nodes ?? []).flatMap(node => buildFigure(node, context) ?? []);
    return figures.length > 0 ? { figures } : {};
}
