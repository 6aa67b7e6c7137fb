/**
 * Dates of memberships (`member IN joined 2023-06-22 left 2025-01-01`), resolved; shared by the
 * membership rules. Nothing here reports findings.
 */
import type { CalendarDate } from '../../deadlines/calendar-date.js';
import type { Membership, TimeExpr } from '../../generated/ast.js';
import type { PactaServices } from '../../pacta-module.js';
import { safely } from './rule-support.js';

/** The date of a membership's `joined` or `left`, when it resolves. */
export function membershipDate(expr: TimeExpr | undefined, services: PactaServices): CalendarDate | undefined {
    if (!expr) return undefined;
    const resolution = safely(() => services.deadlines.DeadlineResolver.resolveTime(expr));
    return resolution?.status === 'resolved' ? { value: resolution.date, precision: resolution.precision } : undefined;
}

/** `the organisation 'msp'` / `the agreement 'a'`, for messages. */
export function describePartnership(membership: Membership): string {
    const container = membership.$container;
    return container.$type === 'Party' ? `${container.kind} '${container.name}'` : `${container.form} '${container.name}'`;
}
