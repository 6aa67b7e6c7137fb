import type { AstNode } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { InlayHintKind } from 'vscode-languageserver-types';
import type { DeadlineResolver, Resolution } from '../deadlines/deadline-resolver.js';
import { isAnniversaryDeadline, isOffsetDeadline } from '../generated/ast.js';
import type { PactaLspFeatureServices } from './pacta-lsp-module.js';

/**
 * After every relative deadline or event date (`within 30 days after announced`, `on the 6th
 * anniversary of in_force`), the date it resolves to: `→ 2026-03-06`, with the chain as tooltip.
 * Nothing is shown for a deadline that does not resolve (its diagnostic says why).
 */
export class PactaInlayHintProvider extends AbstractInlayHintProvider {
    protected readonly resolver: DeadlineResolver;

    constructor(services: PactaLspFeatureServices) {
        super();
        this.resolver = services.deadlines.DeadlineResolver;
    }

    override computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (!isOffsetDeadline(node) && !isAnniversaryDeadline(node)) return;
        const end = node.$cstNode?.range.end;
        if (!end) return;
        let resolution: Resolution;
        try {
            resolution = this.resolver.resolveTime(node);
        } catch {
            return;
        }
        if (resolution.status !== 'resolved') return;
        acceptor({
            position: end,
            label: `→ ${resolution.date}`,
            kind: InlayHintKind.Type,
            paddingLeft: true,
            tooltip: resolution.chain.join('\n')
        });
    }
}
