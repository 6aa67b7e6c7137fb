import type { Reference } from 'langium';
import type { Agreement, Party } from '../../generated/ast.js';
import { type RuleContext, createRule } from '../rule.js';
import { workspaceMemo } from './rule-support.js';
import { enclosingAgreement } from '../../branches/branch-members.js';

interface AgreementParties {
    readonly parties: ReadonlySet<Party>;
    /** Names in role lists that did not link: an actor of that name is not reported again. */
    readonly unresolved: ReadonlySet<string>;
}

function agreementParties(agreement: Agreement, context: RuleContext): AgreementParties {
    // Per build: a relinked role list may point at other parties.
    const rolesCache = workspaceMemo(context.services, 'actor-not-party/roles', () => new WeakMap<Agreement, AgreementParties>());
    let result = rolesCache.get(agreement);
    if (!result) {
        const parties = new Set<Party>();
        const unresolved = new Set<string>();
        const add = (ref: Reference<Party>) => {
            if (ref.ref) parties.add(ref.ref);
            else unresolved.add(ref.$refText);
        };
        for (const list of agreement.roles ?? []) (list.parties ?? []).forEach(add);
        // `member IN joined 2023-06-22`: a party that joined later is a party too.
        for (const membership of agreement.memberships ?? []) if (membership.party) add(membership.party);
        result = { parties, unresolved };
        rolesCache.set(agreement, result);
    }
    return result;
}

/** True when the party, or a party it belongs to through `of`, is one of `parties`. */
function belongsTo(party: Party, known: AgreementParties): boolean {
    const seen = new Set<Party>();
    let current: Party | undefined = party;
    while (current && !seen.has(current)) {
        if (known.parties.has(current)) return true;
        seen.add(current);
        const parent: Reference<Party> | undefined = current.parent;
        if (parent && !parent.ref && known.unresolved.has(parent.$refText)) return true;
        current = parent?.ref;
    }
    return false;
}

function checkActors(context: RuleContext, agreement: Agreement, refs: readonly Reference<Party>[], report: (index: number, party: Party) => void): void {
    if (!agreement) return;
    const known = agreementParties(agreement, context);
    // A misspelt name in a role list is already an error; guessing which party it meant would
    // only add a second error on every actor that names the real one.
    if (known.unresolved.size > 0) return;
    refs.forEach((ref, index) => {
        const party = ref.ref;
        if (!party || belongsTo(party, known)) return;
        report(index, party);
    });
}

function hint(party: Party, agreement: Agreement): string {
    return (
        `Add '${party.name}' to \`parties\` (or another role list) of '${agreement.name}'`
        + (party.kind === 'agency' || party.kind === 'person' || party.kind === 'company' ? `, or declare it \`of\` one of the agreement's parties.` : '.')
    );
}

function message(party: Party, where: string, agreement: Agreement): string {
    return `'${party.name}' ${where} but is not a party to '${agreement.name}' (nor an agency, person or company of one).`;
}

/**
 * Whoever commits, or takes part in a mechanism, must be among the agreement's role lists
 * (`parties`, `signatories`, `lead`, `implementing`, `beneficiaries`) or its members that
 * joined later (`member IN joined 2023-06-22`), or belong to one of them
 * through a chain of `of` (an agency of a party, a person in such an agency...).
 * Unlinked names are left to pacta/unresolved-reference.
 */
export const actorNotPartyRule = createRule({
    code: 'pacta/actor-not-party',
    severity: 'error',
    description: "A commitment's `by` actor or a mechanism's party is not a party to the agreement, nor an agency, person or company of one.",
    checks: {
        Commitment: (commitment, context: RuleContext) => {
            const agreement = enclosingAgreement(commitment);
            if (!agreement) return;
            checkActors(context, agreement, commitment.actors ?? [], (index, party) =>
                context.report({
                    node: commitment,
                    property: 'actors',
                    index,
                    message: message(party, `commits in '${commitment.name}'`, agreement),
                    hint: hint(party, agreement),
                    data: { party: party.name, suggestion: { role: 'parties', party: party.name } }
                })
            );
        },
        Mechanism: (mechanism, context: RuleContext) => {
            const agreement = enclosingAgreement(mechanism);
            if (!agreement) return;
            checkActors(context, agreement, mechanism.parties ?? [], (index, party) =>
                context.report({
                    node: mechanism,
                    property: 'parties',
                    index,
                    message: message(party, `takes part in mechanism '${mechanism.name}'`, agreement),
                    hint: hint(party, agreement),
                    data: { party: party.name, suggestion: { role: 'parties', party: party.name } }
                })
            );
        }
    }
});
