import { type CalendarDate, isSurelyAfter } from '../../deadlines/calendar-date.js';
import type { Party, TimeExpr } from '../../generated/ast.js';
import { createRule } from '../rule.js';
import { membershipDate } from './membership-support.js';
import { safely } from './rule-support.js';
import { enclosingAgreement } from '../../branches/branch-members.js';

/** How a party joins: a `member … joined` line, or a party role with a span (`parties VN from 2019-01-14`). */
interface Join {
    member: string;
    joined: TimeExpr;
}

/** The join an actor acts through: its own, or that of a party it belongs to through `of`. */
function joinOf(actor: Party, memberships: ReadonlyMap<Party, Join>): Join | undefined {
    const seen = new Set<Party>();
    let current: Party | undefined = actor;
    while (current && !seen.has(current)) {
        const membership = memberships.get(current);
        if (membership) return membership;
        seen.add(current);
        current = current.parent?.ref;
    }
    return undefined;
}

/**
 * `member IN joined 2024-01-01` (or `parties IN from 2024-01-01`) and a commitment by IN due in
 * 2023: a party that joined an agreement later cannot owe anything under it before it joined
 * (`pacta status` calls it lapsed: it never bound them). Only for parties that join on a date (a
 * party in a role list without a span is a party from the start).
 */
export const commitmentBeforeJoiningRule = createRule({
    code: 'pacta/commitment-before-joining',
    severity: 'warning',
    description: 'A commitment falls due before one of its actors joined the agreement.',
    checks: {
        Commitment: (commitment, context) => {
            const agreement = enclosingAgreement(commitment);
            if (!agreement || !commitment.due || (commitment.actors?.length ?? 0) === 0) return;
            const lists = agreement.roles ?? [];
            const fromStart = new Set(
                lists
                    .filter(list => !(list.role === 'parties' && list.from))
                    .flatMap(list => list.parties ?? [])
                    .map(ref => ref.ref)
            );
            const joins = new Map<Party, Join>();
            for (const membership of agreement.memberships ?? []) {
                const party = membership.party?.ref;
                if (party && membership.joined && !fromStart.has(party) && !joins.has(party)) joins.set(party, { member: party.name ?? membership.party.$refText, joined: membership.joined });
            }
            for (const list of lists) {
                if (list.role !== 'parties' || !list.from) continue;
                for (const ref of list.parties ?? []) {
                    const party = ref.ref;
                    if (party && !fromStart.has(party) && !joins.has(party)) joins.set(party, { member: party.name ?? ref.$refText, joined: list.from });
                }
            }
            if (joins.size === 0) return;
            const resolution = safely(() => context.services.deadlines.DeadlineResolver.resolveDated(commitment));
            if (resolution?.status !== 'resolved') return;
            const due: CalendarDate = { value: resolution.date, precision: resolution.precision };
            commitment.actors.forEach((ref, index) => {
                const actor = ref.ref;
                const join = actor && joinOf(actor, joins);
                const joined = join && membershipDate(join.joined, context.services);
                if (!actor || !join || !joined || !isSurelyAfter(joined, due)) return;
                const member = join.member;
                context.report({
                    node: commitment,
                    property: 'actors',
                    index,
                    message: `'${commitment.name}' falls due on ${due.value}, before '${member}' joined '${agreement.name}' on ${joined.value}.`,
                    hint: `Check the deadline and the date '${member}' joined. If it did join later, this date never bound it (\`pacta status\` says lapsed); a party that was there from the start belongs in \`parties\` without \`from\`.`,
                    data: { party: actor.name, member, due: due.value, joined: joined.value }
                });
            });
        }
    }
});
