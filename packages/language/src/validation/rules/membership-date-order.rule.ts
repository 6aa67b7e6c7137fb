import { isSurelyAfter } from '../../deadlines/calendar-date.js';
import { createRule } from '../rule.js';
import { describePartnership, membershipDate } from './membership-support.js';

/**
 * `member XX joined 2024-05-01 left 2023-01-01`: a member cannot leave before it joins. Dates
 * known only to the month or year are compared by every day they can stand for.
 */
export const membershipDateOrderRule = createRule({
    code: 'pacta/membership-date-order',
    severity: 'error',
    description: 'A member leaves a partnership before it joins it.',
    checks: {
        Membership: (membership, context) => {
            if (!membership.joined || !membership.left) return;
            const joined = membershipDate(membership.joined, context.services);
            const left = membershipDate(membership.left, context.services);
            if (!joined || !left || !isSurelyAfter(joined, left)) return;
            const party = membership.party?.$refText ?? '?';
            context.report({
                node: membership,
                property: 'left',
                message: `'${party}' leaves ${describePartnership(membership)} on ${left.value}, before it joins on ${joined.value}.`,
                hint: 'Check both dates against the source; `left` comes after `joined`.',
                data: { party, joined: joined.value, left: left.value }
            });
        }
    }
});
