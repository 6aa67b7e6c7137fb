import { type CalendarDate, isSurelyAfter } from '../../deadlines/calendar-date.js';
import type { Membership, Party } from '../../generated/ast.js';
import { createRule } from '../rule.js';
import { membershipDate } from './membership-support.js';
import { safely } from './rule-support.js';
import { enclosingAgreement } from '../../branches/branch-members.js';

/** The membership an actor acts through: its own, or that of a party it belongs to through `of`. */
function membershipOf(actor: Party, memberships: ReadonlyMap<Party, Membership>): Membership | undefined {
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
 * `member IN joined 2024-01-01` and a commitment by IN due in 2023: a party that joined an
 * agreement later cannot owe anything under it before it joined. Only for parties that are in
 * the agreement through a `member` line (a party also in a role list is a party from the start).
 */
export const commitmentBeforeJoiningRule = createRule({
    code: 'pacta/commitment-before-joining',
    severity: 'warning',
    description: 'A commitment falls due before one of its actors joined the agreement.',
    checks: {
        Commitment: (commitment, context) => {
            const agreement = enclosingAgreement(commitment);
            if (!agreement || !commitment.due || (agreement.memberships?.length ?? 0) === 0 || (commitment.actors?.length ?? 0) === 0) return;
            const inRoles = new Set((agreement.roles ?? []).flatMap(list => list.parties ?? []).map(ref => ref.ref));
            const memberships = new Map<Party, Membership>();
            for (const membership of agreement.memberships) {
                const party = membership.party?.ref;
                if (party && membership.joined && !inRoles.has(party) && !memberships.has(party)) memberships.set(party, membership);
            }
            if (memberships.size === 0) return;
            const resolution = safely(() => context.services.deadlines.DeadlineResolver.resolveDated(commitment));
            if (resolution?.status !== 'resolved') return;
            const due: CalendarDate = { value: resolution.date, precision: resolution.precision };
            commitment.actors.forEach((ref, index) => {
                const actor = ref.ref;
                const membership = actor && membershipOf(actor, memberships);
                const joined = membership && membershipDate(membership.joined, context.services);
                if (!actor || !membership || !joined || !isSurelyAfter(joined, due)) return;
                const member = membership.party.ref?.name ?? membership.party.$refText;
                context.report({
                    node: commitment,
                    property: 'actors',
                    index,
                    message: `'${commitment.name}' falls due on ${due.value}, before '${member}' joined '${agreement.name}' on ${joined.value}.`,
                    hint: `Check the deadline and the date '${member}' joined; a party that was there from the start belongs in \`parties\`.`,
                    data: { party: actor.name, member, due: due.value, joined: joined.value }
                });
            });
        }
    }
});
