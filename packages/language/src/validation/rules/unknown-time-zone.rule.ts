import type { DateClaim, Event } from '../../generated/ast.js';
import { closestMatch } from '../../reference-data/closest.js';
import { createRule, type RuleContext } from '../rule.js';

let zones: readonly string[] | undefined;

/** The IANA time zones the runtime knows (`Intl.supportedValuesOf`), for suggestions. */
function knownZones(): readonly string[] {
    if (!zones) {
        const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
        zones = intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : [];
    }
    return zones;
}

/** Whether the runtime's Intl accepts `zone` as an IANA time zone (aliases such as `Europe/Kiev` too). */
export function isKnownTimeZone(zone: string): boolean {
    if (zone === '' || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return false;
    try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
    } catch {
        return false;
    }
}

function check(node: Event | DateClaim, context: RuleContext): void {
    const zone = node.timeZone;
    if (zone === undefined || isKnownTimeZone(zone)) return;
    const suggestion = closestMatch(zone, knownZones());
    context.report<Event | DateClaim>({
        node,
        property: 'timeZone',
        message: `'${zone}' is not an IANA time zone.`,
        hint: suggestion ? `Use "${suggestion}".` : 'Write an IANA time zone name such as "America/New_York", "Asia/Tokyo" or "Europe/Brussels".',
        data: suggestion ? { suggestion: JSON.stringify(suggestion) } : {}
    });
}

/** `zone "..."` on an event or a date claim that names no IANA time zone (issue 10, form 4). */
export const unknownTimeZoneRule = createRule({
    code: 'pacta/unknown-time-zone',
    severity: 'error',
    description: 'The `zone` of an event or a date claim is not an IANA time zone name ("America/New_York", "Asia/Tokyo").',
    checks: {
        Event: (event, context) => check(event, context),
        DateClaim: (claim, context) => check(claim, context)
    }
});
