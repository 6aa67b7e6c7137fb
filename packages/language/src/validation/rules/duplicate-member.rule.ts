import type { Reference } from 'langium';
import { type CalendarDate, isSurelyAfter } from '../../deadlines/calendar-date.js';
import type { Agreement, Membership, Party } from '../../generated/ast.js';
import type { PactaServices } from '../../pacta-module.js';
import { type RuleContext, createRule } from '../rule.js';
import { lineOf } from './rule-support.js';
import { membershipDate } from './membership-support.js';

/** A membership's span; `undefined` bounds are open; `unknown` when a written date does not resolve. */
interface Span {
    membership: Membership;
    joined?: CalendarDate;
    left?: CalendarDate;
    unknown: boolean;
}

function spanOf(membership: Membership, services: PactaServices): Span {
    const joined = membershipDate(membership.joined, services);
    const left = membershipDate(membership.left, services);
    return {
        membership,
        joined,
        left,
        unknown: (membership.joined !== undefined && !joined) || (membership.left !== undefined && !left)
    };
}

/** True unless one span surely ends before the other begins (a member that left and joined again). */
function overlap(a: Span, b: Span): boolean {
    if (a.left && b.joined && isSurelyAfter(b.joined, a.left)) return false;
    if (b.left && a.joined && isSurelyAfter(a.joined, b.left)) return false;
    return true;
}

function check(container: Party | Agreement, founding: readonly Reference<Party>[], foundingWord: string, context: RuleContext): void {
    const memberships = container.memberships ?? [];
    if (memberships.length === 0) return;
    const founders = new Set(founding.map(ref => ref.ref).filter((p): p is Party => p !== undefined));
    const seen = new Map<Party, Span[]>();
    for (const membership of memberships) {
        const party = membership.party?.ref;
        if (!party) continue;
        if (founders.has(party)) {
            context.report({
                node: membership,
                property: 'party',
                message: `'${party.name}' is listed in \`${foundingWord}\` of '${container.name}' and again with \`member\`.`,
                hint: `List it once: a \`member\` line makes '${party.name}' a member, from \`joined\` (or from the start) until \`left\`; remove it from \`${foundingWord}\`.`,
                data: { party: party.name }
            });
            continue;
        }
        const span = spanOf(membership, context.services);
        const earlier = (seen.get(party) ?? []).find(other => !other.unknown && !span.unknown && overlap(other, span));
        if (earlier) {
            context.report({
                node: membership,
                property: 'party',
                message: `'${party.name}' is already a member of '${container.name}' for this time (line ${lineOf(earlier.membership) ?? '?'}).`,
                hint: 'Merge the two `member` lines, or give the dates on which it left and joined again.',
                data: { party: party.name, line: lineOf(earlier.membership) }
            });
        }
        seen.set(party, [...(seen.get(party) ?? []), span]);
    }
}

/**
 * A party listed twice as a member of the same partnership: in the founding list (`members` of
 * a party, `parties` of an agreement) and with `member`, or with two `member` lines whose spans
 * overlap. A member that left and joined again (two spans one after the other) is fine.
 */
export const duplicateMemberRule = createRule({
    code: 'pacta/duplicate-member',
    severity: 'warning',
    description: 'A party is listed twice as a member: among the founding members and with `member`, or in two `member` lines that overlap.',
    checks: {
        Party: (party, context) => check(party, party.members ?? [], 'members', context),
        Agreement: (agreement, context) =>
            check(
                agreement,
                (agreement.roles ?? []).filter(list => list.role === 'parties').flatMap(list => list.parties ?? []),
                'parties',
                context
            )
    }
});
