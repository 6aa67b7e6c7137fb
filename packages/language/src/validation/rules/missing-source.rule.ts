import type { AstNode, Properties } from 'langium';
import type { Citation } from '../../generated/ast.js';
import { type RuleContext, createRule } from '../rule.js';
import { STRICT_SOURCES_CATEGORY } from '../validation-categories.js';

interface CitingNode extends AstNode {
    citations?: Citation[];
    uncertain?: boolean;
}

/** True when the node or an element around it (its event, its agreement, its party) cites a source. */
function isSourced(node: CitingNode): boolean {
    let current: CitingNode | undefined = node;
    while (current) {
        if ((current.citations?.length ?? 0) > 0) return true;
        current = current.$container as CitingNode | undefined;
    }
    return false;
}

function report<N extends CitingNode>(node: N, property: Properties<N>, what: string, context: RuleContext): void {
    if (isSourced(node)) return;
    context.report({
        node,
        property,
        message: node.uncertain ? `${what} is marked uncertain and cites no source.` : `${what} cites no source.`,
        hint: 'Add `cite SOURCE "page or article"` in its block, or in the block of the agreement (or party) around it, with `source SOURCE "Title" { url "..." }` declared once.',
        data: { uncertain: node.uncertain === true }
    });
}

/**
 * `pacta check --strict-sources`: facts that no source backs. A fact is sourced when it, or an
 * element around it, cites a source: a commitment of an agreement that cites its text is
 * sourced. Facts are agreements, events with a date, date claims, commitments, mechanisms,
 * memberships and relations; an event dated only by its claims is sourced claim by claim. Off by default: in the `strict-sources` validation category.
 */
export const missingSourceRule = createRule({
    code: 'pacta/missing-source',
    severity: 'warning',
    description: 'A fact (agreement, dated event, date claim, commitment, mechanism, membership, relation) cites no source, nor does any element around it. Only with --strict-sources.',
    category: STRICT_SOURCES_CATEGORY,
    checks: {
        Agreement: (agreement, context) => report(agreement, 'name', `The ${agreement.form} '${agreement.name}'`, context),
        Event: (event, context) => {
            // An event dated only by its claims (`date … { cite … }`) is sourced claim by claim.
            if (!event.when) return;
            report(event, 'kind', `The date of '${event.name ?? event.kind}'`, context);
        },
        DateClaim: (claim, context) => report(claim, 'when', `The date claim ${claim.when?.$cstNode?.text ?? ''} of '${claim.$container.name ?? claim.$container.kind}'`.replace('  ', ' '), context),
        Commitment: (commitment, context) => report(commitment, 'name', `The commitment '${commitment.name}'`, context),
        Mechanism: (mechanism, context) => report(mechanism, 'name', `The mechanism '${mechanism.name}'`, context),
        Membership: (membership, context) => report(membership, 'party', `The membership of '${membership.party?.$refText ?? '?'}' in '${membership.$container.name}'`, context),
        Relation: (relation, context) => report(relation, 'target', `The relation '${relation.$container.name} ${relation.kind} ${relation.target?.$refText ?? '?'}'`, context)
    }
});
