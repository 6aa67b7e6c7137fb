import { type OffsetDeadline, type RecurringDeadline, isOffsetDeadline } from '../../generated/ast.js';
import { type RuleContext, createRule } from '../rule.js';
import { safely } from './rule-support.js';

/**
 * Business days counted without a holiday calendar for some party (a bloc or organisation
 * without `holidays`, a state whose calendar `date-holidays` does not have) or without any
 * party at all: only weekends are skipped.
 */
export const noHolidayCalendarRule = createRule({
    code: 'pacta/no-holiday-calendar',
    severity: 'warning',
    description: 'Business days are counted for a party without a holiday calendar (or for no party): only weekends are skipped.',
    checks: {
        OffsetDeadline: check,
        RecurringDeadline: check
    }
});

function check(deadline: OffsetDeadline | RecurringDeadline, context: RuleContext): void {
    if (deadline.unit !== 'business day' && deadline.unit !== 'business days') return;
    const resolver = context.services.deadlines.DeadlineResolver;
    const calendars = context.services.deadlines.HolidayCalendars;
    const uses = safely(() => resolver.calendarsOf(deadline));
    if (!uses) return;
    const named = isOffsetDeadline(deadline) ? deadline.calendars.length : 0;
    const property = (named > 0 ? 'calendars' : 'unit') as 'unit';
    // `in XX` naming nothing declared is pacta/unresolved-reference's finding.
    if (uses.length === 0 && named > 0) return;
    if (uses.length === 0) {
        context.report({
            node: deadline,
            property: 'unit',
            message: 'These business days have no holiday calendar: no party is named, so only weekends are skipped.',
            hint: 'Name the parties whose calendars count (`10 business days in JP after signed`), or give the commitment actors.',
            data: {}
        });
        return;
    }
    for (const use of uses) {
        // An unknown `holidays` code is reported on the party by pacta/unknown-holiday-calendar.
        if (use.code !== undefined && (calendars.isKnown(use.code) || use.party.holidays !== undefined)) continue;
        const name = use.party.name;
        context.report({
            node: deadline,
            property,
            message:
                use.code === undefined
                    ? `'${name}' has no holiday calendar: its business days skip weekends only.`
                    : `There is no holiday calendar for '${use.code}' ('${name}'): its business days skip weekends only.`,
            hint: `Give '${name}' a calendar (\`holidays "BE"\`, a date-holidays country or region code), or count another party's business days with \`in PARTY\`.`,
            data: { party: name }
        });
    }
}
