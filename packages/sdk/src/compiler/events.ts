import type { DateClaim as DateClaimNode, Event as EventNode } from '@pacta/language';
import type { AgreementEvent, DateClaim, EventKind } from '../model.js';
import { type BuildContext, oneOf, optionalString } from './context.js';
import { buildDateValue } from './dates.js';
import { placeOf } from './date-sources.js';
import { figuresOf } from './figures.js';

export const EVENT_KINDS: readonly EventKind[] = ['announced', 'signed', 'ratified', 'in_force', 'provisional_application', 'review', 'expiry', 'terminated', 'withdrawal', 'adopted', 'event'];

/** The name deadlines use for an event: its own name, or its kind (`signed`); none for a plain `event`. */
export function eventName(node: EventNode): string | undefined {
    if (typeof node.name === 'string' && node.name !== '') return node.name;
    return typeof node.kind === 'string' && node.kind !== 'event' ? node.kind : undefined;
}

export function buildEvent(node: EventNode, agreementId: string, context: BuildContext): AgreementEvent | undefined {
    const kind = oneOf(node.kind, EVENT_KINDS);
    const id = context.idOf(node);
    if (!kind || id === undefined) return undefined;
    const name = eventName(node);
    const title = optionalString(node.title);
    const doc = context.doc(node);
    // The inline date, else the preferred claim's, else the first claim's (the resolver decides).
    const resolver = context.resolver;
    const dateExpr = resolver.dateOf(node);
    const chosen = resolver.chosenClaim(node);
    const claims = (node.claims ?? []).flatMap(claim => (claim.when ? [buildClaim(claim, claim === chosen, context)] : []));
    return {
        id,
        agreement: agreementId,
        kind,
        ...(name !== undefined ? { name } : {}),
        ...(title !== undefined ? { title } : {}),
        ...(dateExpr ? { date: buildDateValue(dateExpr, context) } : {}),
        ...(claims.length > 0 ? { claims } : {}),
        ...placeOf(node),
        by: context.refIds(node.by),
        ...figuresOf(node.figures, context),
        citations: context.citations(node),
        uncertain: node.uncertain === true,
        ...(doc !== undefined ? { doc } : {}),
        location: context.location(node)
    };
}

/** One dated claim of an event; `preferred` is true for the claim the event's date is taken from. */
function buildClaim(node: DateClaimNode, preferred: boolean, context: BuildContext): DateClaim {
    const note = optionalString(node.note);
    return {
        date: buildDateValue(node.when, context),
        ...(note !== undefined ? { note } : {}),
        ...placeOf(node),
        preferred,
        citations: context.citations(node),
        uncertain: node.uncertain === true,
        location: context.location(node)
    };
}
