import { isSurelyAfter } from '../../deadlines/calendar-date.js';
import { createRule } from '../rule.js';
import { membershipDate } from './membership-support.js';

/**
 * `chair KR from 2026-06 until 2024-07`: a role cannot end before it begins. Dates known only to
 * the month or year are compared by every day they can stand for, as for memberships.
 */
export const roleSpanOrderRule = createRule({
    code: 'pacta/role-span-order',
    severity: 'error',
    description: 'A role ends (`until`) before it begins (`from`).',
    checks: {
        RoleList: (list, context) => {
            if (!list.from || !list.until) return;
            const from = membershipDate(list.from, context.services);
            const until = membershipDate(list.until, context.services);
            if (!from || !until || !isSurelyAfter(from, until)) return;
            const parties = (list.parties ?? []).map(ref => `'${ref.$refText}'`).join(', ');
            context.report({
                node: list,
                property: 'until',
                message: `${list.role} ${parties} until ${until.value}, before the role begins on ${from.value}.`,
                hint: 'Check both dates against the source; `until` comes after `from`.',
                data: { role: list.role, from: from.value, until: until.value }
            });
        }
    }
});
