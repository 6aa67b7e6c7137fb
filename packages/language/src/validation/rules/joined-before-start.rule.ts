import { isSurelyAfter } from '../../deadlines/calendar-date.js';
import { isAgreement } from '../../generated/ast.js';
import { createRule } from '../rule.js';
import { describeDated, startOf } from './agreement-dates.js';
import { describePartnership, membershipDate } from './membership-support.js';

/**
 * `member IN joined 2020-01-01` in an agreement announced in 2022: a party cannot join an
 * agreement before it starts (its earliest `announced`, `signed`, `provisional_application` or
 * `in_force` date). A partnership declared as a party (`organisation msp "..."`) has no dates
 * of its own and is not checked.
 */
export const joinedBeforeStartRule = createRule({
    code: 'pacta/joined-before-start',
    severity: 'warning',
    description: 'A member joins an agreement before the agreement is announced, signed or in force.',
    checks: {
        Membership: (membership, context) => {
            const agreement = membership.$container;
            if (!membership.joined || !isAgreement(agreement)) return;
            const joined = membershipDate(membership.joined, context.services);
            const start = startOf(agreement, context.services);
            if (!joined || !start || !isSurelyAfter(start.date, joined)) return;
            const party = membership.party?.$refText ?? '?';
            context.report({
                node: membership,
                property: 'joined',
                message: `'${party}' joins ${describePartnership(membership)} on ${joined.value}, before it starts with ${describeDated(start)}.`,
                hint: `Check the date against the source; a party that was there from the start belongs in \`parties\`, not in a \`member\` line.`,
                data: { party, joined: joined.value, start: start.date.value, startEvent: start.event.name ?? start.event.kind }
            });
        }
    }
});
