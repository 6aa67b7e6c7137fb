import type { AstNode } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { InlayHintKind } from 'vscode-languageserver-types';
import type { DeadlineResolver, Resolution } from '../deadlines/deadline-resolver.js';
import { astDateDependencies, uncertainFacts, uncertaintyText } from '../deadlines/uncertainty.js';
import { isAbsoluteDate, isCommitment, isDateClaim, isDateOperand, isEvent, isOpenDeadline, isTimeExpr } from '../generated/ast.js';
import { chainExcerpt } from './chain-excerpt.js';
import type { PactaLspFeatureServices } from './pacta-lsp-module.js';

/**
 * After every deadline or event date that is not written out (`within 30 days after announced`,
 * `on the 6th anniversary of in_force`, `first day of the 3rd month following x`, `latest of (...)`,
 * `last day of 2026-02`), the date it resolves to: `→ 2026-03-06`, with the chain as tooltip; a
 * recurring deadline shows its first occurrences and how many there are, and `(uncertain)` follows
 * a date that depends on something marked `uncertain`. Nothing is shown for a
 * deadline that does not resolve (its diagnostic says why), for an open-ended one, nor inside
 * `earliest of (...)` / `latest of (...)` (the whole expression gets the hint).
 */
export class PactaInlayHintProvider extends AbstractInlayHintProvider {
    protected readonly resolver: DeadlineResolver;

    constructor(services: PactaLspFeatureServices) {
        super();
        this.resolver = services.deadlines.DeadlineResolver;
    }

    override computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (!isTimeExpr(node) || isAbsoluteDate(node) || isOpenDeadline(node) || isDateOperand(node.$container)) return;
        const end = node.$cstNode?.range.end;
        if (!end) return;
        let resolution: Resolution;
        try {
            resolution = this.resolver.resolveTime(node);
        } catch {
            return;
        }
        if (resolution.status !== 'resolved') return;
        // Uncertainty never disappears: a date that depends on something marked `uncertain` says so.
        const owner = isDateClaim(node.$container) ? node.$container.$container : node.$container;
        const facts =
            isEvent(owner) || isCommitment(owner)
                ? uncertainFacts(
                      owner,
                      astDateDependencies(dated => this.resolver.describeAnchor(dated), this.resolver)
                  )
                : [];
        acceptor({
            position: end,
            label: `→ ${label(resolution)}${facts.length > 0 ? ' (uncertain)' : ''}`,
            kind: InlayHintKind.Type,
            paddingLeft: true,
            tooltip: [...(facts.length > 0 ? [uncertaintyText(facts)] : []), ...chainExcerpt(resolution.chain)].join('\n')
        });
    }
}

/** `2026-03-06`; for a recurring deadline `2027-07-01, 2028-07-01, … (10 dates)`. */
function label(resolution: Resolution & { status: 'resolved' }): string {
    const dates = resolution.occurrences?.dates;
    if (!dates || dates.length <= 1) return resolution.date;
    const more = resolution.occurrences!.truncated ? '+' : '';
    return `${dates.slice(0, 2).join(', ')}${dates.length > 2 ? ', …' : ''} (${dates.length}${more} dates)`;
}
