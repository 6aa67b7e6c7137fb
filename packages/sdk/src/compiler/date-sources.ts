/**
 * Dates as sources give them (format 1.4): approximate dates, ranges, the place and time zone
 * of an event or a date claim, and the dates other claims of an anchor would give.
 */
import type { DateClaim as DateClaimNode, Event as EventNode, Resolution, TimeExpr } from '@pacta/language';
import type { DateAlternative, DateValue } from '../model.js';
import type { BuildContext } from './context.js';
import { optionalString } from './context.js';

/** `approximate`, `range` and `alternatives` of a date value, only where they apply. */
export function datesAsSourcesGiveThem(resolution: Resolution, context: BuildContext, expr: TimeExpr | undefined): Pick<DateValue, 'approximate' | 'range' | 'alternatives'> {
    const result: Pick<DateValue, 'approximate' | 'range' | 'alternatives'> = {};
    if (resolution.approximate) result.approximate = true;
    if (resolution.range && resolution.status === 'resolved') result.range = { from: resolution.range.from, to: resolution.range.to };
    if (expr && resolution.status === 'resolved') {
        const alternatives = context.resolver.alternativesOf(expr);
        if (alternatives.length > 0) {
            result.alternatives = alternatives.map(a => {
                const note = optionalString(a.claim.note);
                const alternative: DateAlternative = {
                    value: a.date,
                    precision: a.precision,
                    anchor: context.idOf(a.anchor) ?? a.anchor.name ?? a.anchor.kind,
                    claim: a.claimIndex,
                    ...(note !== undefined ? { note } : {}),
                    ...(a.approximate ? { approximate: true } : {})
                };
                return alternative;
            });
        }
    }
    return result;
}

/** `place` and `timeZone` of an event or a date claim, as written. */
export function placeOf(node: EventNode | DateClaimNode): { place?: string; timeZone?: string } {
    const place = optionalString(node.place);
    const timeZone = optionalString(node.timeZone);
    return { ...(place !== undefined ? { place } : {}), ...(timeZone !== undefined ? { timeZone } : {}) };
}
