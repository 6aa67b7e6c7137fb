import { closestMatch } from '../../reference-data/closest.js';
import { createRule } from '../rule.js';

/** `holidays "XX"` with a code `date-holidays` does not know. */
export const unknownHolidayCalendarRule = createRule({
    code: 'pacta/unknown-holiday-calendar',
    severity: 'error',
    description: 'A party\'s `holidays` names no known holiday calendar (a date-holidays country or region code, e.g. "BE", "US-DC").',
    checks: {
        Party: (party, context) => {
            const code = party.holidays;
            if (code === undefined) return;
            const calendars = context.services.deadlines.HolidayCalendars;
            if (calendars.isKnown(code)) return;
            const suggestion = calendars.isKnown(code.toUpperCase()) ? code.toUpperCase() : closestMatch(code, calendars.codes());
            context.report({
                node: party,
                property: 'holidays',
                message: `'${code}' is not a holiday calendar.`,
                hint: suggestion
                    ? `Use "${suggestion}"${calendars.describe(suggestion) ? ` (${calendars.describe(suggestion)})` : ''}.`
                    : 'Use a country code in capitals ("BE", "JP") or a country and region ("US-DC", "DE-BY"); see docs/deadlines.md.',
                // The replacement of the quoted code, quotes included.
                data: suggestion ? { suggestion: JSON.stringify(suggestion) } : {}
            });
        }
    }
});
