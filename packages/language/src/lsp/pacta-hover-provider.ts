import { preferredDue } from '../claims/field-claims.js';
import { fieldClaimsAt, fieldClaimsMarkdown } from './field-claims-hover.js';
import { type AstNode, AstUtils, CstUtils, GrammarUtils, type LangiumDocument, type MaybePromise } from 'langium';
import { type HoverProvider, MultilineCommentHoverProvider } from 'langium/lsp';
import type { Hover } from 'vscode-languageserver-types';
import { kindPathText } from '../builtins/kind-path.js';
import { isBuiltinUri } from '../builtins/mechanism-kinds.js';
import type { DeadlineResolver, Resolution } from '../deadlines/deadline-resolver.js';
import { astDateDependencies, uncertainFacts, uncertaintyText } from '../deadlines/uncertainty.js';
import type { DateAlternative } from '../deadlines/alternatives.js';
import {
    type Agreement,
    type Commitment,
    type Dated,
    type Event,
    type Mechanism,
    type MechanismKind,
    type Party,
    type Source,
    type TimeExpr,
    isAbsoluteDate,
    isAgreement,
    isCommitment,
    isDateClaim,
    isBranch,
    isEvent,
    isFigure,
    isMechanism,
    isMechanismKind,
    isMoney,
    isParty,
    isQuantity,
    isResource,
    isSource,
    isStage,
    isTimeExpr
} from '../generated/ast.js';
import { describeMechanismRoles, describeRoleExtras, describeRoleSpan } from './role-hover.js';
import { lookupCountry } from '../reference-data/countries.js';
import { lookupCurrency } from '../reference-data/currencies.js';
import { describeBranch, withBranchNote } from './branch-hover.js';
import { chainExcerpt } from './chain-excerpt.js';
import { figureHover } from './figure-hover.js';
import type { PactaLspFeatureServices } from './pacta-lsp-module.js';
import { describeResource, describeStage } from './resource-hover.js';
import { markdownText } from '../text/markdown-text.js';

type HoverParams = Parameters<HoverProvider['getHoverContent']>[1];

const BOUND_WORDS: Record<string, string> = { on: 'on', by: 'by', from: 'not before' };

/**
 * Hovers that answer what a reader asks:
 * - anywhere on a relative deadline (`within 30 days after announced`): the date it resolves to
 *   and the chain that produced it, or why it has no date, and what of it is marked `uncertain`
 *   (the rule of every list: `uncertainFacts`);
 * - on a party (declared or referred to): its full name, kind, ISO 3166-1 name, parent and office;
 *   on agreements, events, commitments, mechanisms, kinds and sources: what they are, dates resolved;
 * - the doc comment (`/** ... *\/`) of the declaration, under it;
 * - on a currency code: its ISO 4217 name.
 */
export class PactaHoverProvider extends MultilineCommentHoverProvider {
    protected readonly resolver: DeadlineResolver;

    constructor(services: PactaLspFeatureServices) {
        super(services);
        this.resolver = services.deadlines.DeadlineResolver;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult?.value?.$cstNode;
        if (root) {
            const offset = document.textDocument.offsetAt(params.position);
            const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
            if (leaf && !leaf.hidden && leaf.end > offset) {
                // On a field with claims (`amount X { cite a } or Y { cite b }`): every claim with its sources.
                const claims = fieldClaimsAt(leaf);
                if (claims) return { contents: { kind: 'markdown', value: fieldClaimsMarkdown(claims) } };
                const deadline = AstUtils.getContainerOfType(leaf.astNode, (node): node is TimeExpr => isTimeExpr(node) && !isAbsoluteDate(node));
                if (deadline?.$cstNode) {
                    return { contents: { kind: 'markdown', value: this.deadlineHover(deadline) }, range: deadline.$cstNode.range };
                }
                // A figure (1.4): the normalised value and what it measures.
                const figure = AstUtils.getContainerOfType(leaf.astNode, isFigure);
                const quantity = AstUtils.getContainerOfType(leaf.astNode, isQuantity) ?? figure?.quantity;
                const figureText = figure || quantity ? figureHover(figure, quantity) : undefined;
                if (figureText && (figure ?? quantity)?.$cstNode) {
                    return { contents: { kind: 'markdown', value: figureText }, range: (figure ?? quantity)!.$cstNode!.range };
                }
                const money = leaf.astNode;
                if (isMoney(money) && money.currency && GrammarUtils.findNodeForProperty(money.$cstNode, 'currency')?.offset === leaf.offset) {
                    const currency = lookupCurrency(money.currency);
                    if (currency) {
                        return {
                            contents: {
                                kind: 'markdown',
                                value: `**${currency.name}** — ISO 4217 \`${currency.code}\`, ${currency.minorUnits} minor unit digit${currency.minorUnits === 1 ? '' : 's'}`
                            },
                            range: leaf.range
                        };
                    }
                }
                if (isParty(leaf.astNode) && leaf.astNode.code && GrammarUtils.findNodeForProperty(leaf.astNode.$cstNode, 'code')?.offset === leaf.offset) {
                    return { contents: { kind: 'markdown', value: this.describe(leaf.astNode) ?? '' }, range: leaf.range };
                }
            }
        }
        return super.getHoverContent(document, params);
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        const summary = withBranchNote(node, isBranch(node) ? describeBranch(node) : this.describe(node));
        const doc = this.documentationProvider.getDocumentation(node);
        const parts = [summary, doc].filter((part): part is string => typeof part === 'string' && part.trim() !== '');
        return parts.length > 0 ? parts.join('\n\n---\n\n') : undefined;
    }

    /** One short Markdown summary of a declaration. */
    protected describe(node: AstNode): string | undefined {
        if (isParty(node)) return this.describeParty(node);
        if (isAgreement(node)) return this.describeAgreement(node);
        if (isEvent(node)) return this.describeEvent(node);
        if (isCommitment(node)) return this.describeCommitment(node);
        if (isMechanism(node)) return this.describeMechanism(node);
        if (isMechanismKind(node)) return this.describeMechanismKind(node);
        if (isSource(node)) return this.describeSource(node);
        if (isResource(node)) return describeResource(node);
        if (isStage(node)) return describeStage(node);
        return undefined;
    }

    protected describeParty(party: Party): string {
        const lines = [`**${markdownText(party.title ?? party.name)}** — ${party.kind} \`${party.name}\``];
        if (party.kind === 'state') {
            const country = lookupCountry(party.code ?? party.name);
            lines.push(country ? `ISO 3166-1: ${country.name} (${country.alpha2} / ${country.alpha3})` : `ISO 3166-1: \`${party.code ?? party.name}\` is not a country code`);
        } else if (party.code) {
            lines.push(`code \`${party.code}\``);
        }
        if (party.parent) {
            const parent = party.parent.ref;
            lines.push(`of ${parent ? `**${markdownText(parent.title ?? parent.name)}** (\`${parent.name}\`)` : `\`${party.parent.$refText}\``}`);
        }
        if (party.office) lines.push(`office: ${markdownText(party.office)}`);
        if (party.members?.length) lines.push(`members: ${party.members.map(member => `\`${member.$refText}\``).join(', ')}`);
        return lines.join('  \n');
    }

    protected describeAgreement(agreement: Agreement): string {
        const facts = [agreement.form, agreement.kind, agreement.binding ?? 'binding status unknown'].filter(Boolean).join(' · ');
        const lines = [`**${markdownText(agreement.title ?? agreement.name)}**`, `${facts} · \`${agreement.name}\``];
        for (const list of agreement.roles ?? []) {
            lines.push(`${list.role}: ${(list.parties ?? []).map(ref => `\`${ref.$refText}\``).join(', ')}${describeRoleSpan(list)}`);
        }
        lines.push(...describeRoleExtras(agreement));
        return lines.join('  \n');
    }

    protected describeEvent(event: Event): string {
        const name = this.resolver.describeAnchor(event);
        const kind = event.name ? ` (${event.kind})` : '';
        const lines = [event.title ? `**${markdownText(event.title)}** — event \`${name}\`${kind}` : `event **\`${name}\`**${kind}`];
        const date = this.resolver.dateOf(event);
        if (date) lines.push(this.dateLine(date, 'date'));
        if (event.claims?.length) {
            const chosen = this.resolver.chosenClaim(event);
            lines.push(
                `${event.claims.length} date claim${event.claims.length === 1 ? '' : 's'}${chosen ? `; the date is taken from ${chosen.preferred ? 'the preferred one' : 'the first'}` : '; the inline date is preferred'}`
            );
        }
        if (event.by?.length) lines.push(`by ${event.by.map(ref => `\`${ref.$refText}\``).join(', ')}`);
        const uncertain = this.uncertainty(event);
        if (uncertain) lines.push(uncertain);
        return lines.join('  \n');
    }

    protected describeCommitment(commitment: Commitment): string {
        const name = this.resolver.describeAnchor(commitment);
        const lines = [`**${name}** — commitment`];
        if (commitment.actors?.length || commitment.modality) {
            const actors = (commitment.actors ?? []).map(ref => ref.$refText).join(', ');
            lines.push(`${actors}${commitment.modality ? ` ${commitment.modality}` : ''}${commitment.text ? ` "${markdownText(commitment.text)}"` : ''}`);
        }
        if (commitment.due) lines.push(this.dateLine(preferredDue(commitment) ?? commitment.due, 'due'));
        if (commitment.status) lines.push(`status: ${commitment.status}`);
        const uncertain = this.uncertainty(commitment);
        if (uncertain) lines.push(uncertain);
        return lines.join('  \n');
    }

    protected describeMechanism(mechanism: Mechanism): string {
        const kind = mechanism.kind?.ref;
        const lines = [`**${mechanism.name}** — mechanism: ${kind ? `${kindPathText(kind)} (\`${kind.name}\`)` : `\`${mechanism.kind?.$refText ?? '?'}\``}`];
        if (mechanism.status) lines.push(`status: ${mechanism.status}`);
        if (mechanism.parties?.length) lines.push(`parties: ${mechanism.parties.map(ref => `\`${ref.$refText}\``).join(', ')}`);
        lines.push(...describeMechanismRoles(mechanism));
        if (mechanism.amount?.$cstNode) lines.push(`amount: ${mechanism.amount.$cstNode.text}${mechanism.amount.per || mechanism.amount.purpose ? ' — never summed with committed amounts' : ''}`);
        if (mechanism.note) lines.push(markdownText(mechanism.note));
        return lines.join('  \n');
    }

    protected describeMechanismKind(kind: MechanismKind): string {
        let builtin = false;
        try {
            builtin = isBuiltinUri(AstUtils.getDocument(kind).uri.toString());
        } catch {
            // a detached node: not built in
        }
        const head = `**${markdownText(kind.title)}** — mechanism kind \`${kind.name}\`${builtin ? ' (built-in)' : ''}`;
        // A sub-kind (`of price_floor`, 1.4) shows its path from the root kind: `loan` — Project finance › Loan.
        return kind.parent ? `${head}  \n\`${kind.name}\` — ${kindPathText(kind)}` : head;
    }

    protected describeSource(source: Source): string {
        const lines = [`**${markdownText(source.title)}** — source \`${source.name}\``];
        if (source.publisher) lines.push(`publisher: ${source.publisher}`);
        if (source.published) lines.push(`published: ${source.published}`);
        for (const url of source.urls ?? []) lines.push(url);
        return lines.join('  \n');
    }

    /** `due: by 2026-03-06` with the chain of a relative date after it. */
    protected dateLine(expr: TimeExpr, label: string): string {
        const resolution = this.safeResolve(expr);
        if (!resolution) return `${label}: ?`;
        if (resolution.status === 'open') return `${label}: open-ended — ${resolution.condition ?? resolution.reason} (no date)`;
        if (resolution.status !== 'resolved') return `${label}: unresolved — ${resolution.reason}`;
        const date = `${label}: ${BOUND_WORDS[resolution.bound] ?? ''} **${resolution.date}**`.replace(':  ', ': ');
        return resolution.chain.length > 0
            ? `${date}  \n${chainExcerpt(resolution.chain)
                  .map(step => `\`${step}\``)
                  .join('  \n')}`
            : date;
    }

    /** The hover of a deadline: the resolved date (every occurrence of a recurring one), then the chain step by step. */
    protected deadlineHover(expr: TimeExpr): string {
        const resolution = this.safeResolve(expr);
        const owner = (isDateClaim(expr.$container) ? expr.$container.$container : expr.$container) as AstNode;
        const subject = isEvent(owner) || isCommitment(owner) ? this.resolver.describeAnchor(owner) : undefined;
        const what = isCommitment(owner) ? `\`${subject}\` is due` : isEvent(owner) ? `\`${subject}\` is` : 'Resolves to';
        if (!resolution) return `${what}: not resolved`;
        if (resolution.status === 'open') {
            return `${what} **open-ended**: ${resolution.condition ?? resolution.reason}. It has no date.`;
        }
        if (resolution.status !== 'resolved') {
            const chain = resolution.chain.length > 0 ? `\n\n\`\`\`text\n${chainExcerpt(resolution.chain).join('\n')}\n\`\`\`` : '';
            return `${what} **unresolved**: ${resolution.reason}.${chain}`;
        }
        const bound = resolution.bound === 'from' ? 'not before' : resolution.bound === 'by' ? 'by' : 'on';
        // A date known to the month or year is due by the end of it (as the lists and calendars say).
        const precision = resolution.precision === 'day' ? '' : ` (${resolution.precision} precision${resolution.bound === 'from' ? '' : `: by the end of ${resolution.date}`})`;
        const extra: string[] = [];
        const occurrences = resolution.occurrences;
        if (occurrences) {
            const why =
                occurrences.stop === 'count'
                    ? 'after the count'
                    : occurrences.stop === 'horizon'
                      ? `at the horizon${occurrences.truncated ? ', more follow' : ''}`
                      : `at ${occurrences.stop === 'expiry' ? 'the expiry' : 'the end'} (${occurrences.end ?? '?'})`;
            extra.push(`Occurrences (${occurrences.dates.length}, stop ${why}): ${occurrences.dates.join(', ')}`);
        }
        if (resolution.calendars) {
            const calendars = resolution.calendars.map(use => `${use.party.name} (${use.code ?? 'no holidays'})`).join(', ');
            extra.push(`Business days of: ${calendars || 'no party (weekends only)'}`);
        }
        extra.push(...this.asSourcesGiveIt(expr, resolution));
        const uncertain = isEvent(owner) || isCommitment(owner) ? this.uncertainty(owner) : undefined;
        if (uncertain) extra.unshift(uncertain);
        const details = extra.length > 0 ? `\n\n${extra.join('  \n')}` : '';
        const chain = resolution.chain.length > 0 ? `\n\n\`\`\`text\n${chainExcerpt(resolution.chain).join('\n')}\n\`\`\`` : '';
        return `${what} ${bound} **${resolution.date}**${precision}${details}${chain}`;
    }

    /** Dates as sources give them (1.4): approximate, a range, place and time zone, the dates other claims of its anchor would give. */
    protected asSourcesGiveIt(expr: TimeExpr, resolution: Resolution): string[] {
        const lines: string[] = [];
        if (resolution.approximate) lines.push('Approximate: the source gives this date as about, or it is counted from such a date');
        if (resolution.range) lines.push(`Range: ${resolution.range.from} to ${resolution.range.to} (dated by its last day; \`before\` counts from its first)`);
        const where = isDateClaim(expr.$container) || isEvent(expr.$container) ? expr.$container : undefined;
        if (where?.place || where?.timeZone) lines.push(`Place: ${[where.place, where.timeZone].filter(Boolean).join(', ')}`);
        let alternatives: readonly DateAlternative[] = [];
        try {
            alternatives = this.resolver.alternativesOf(expr);
        } catch {
            alternatives = [];
        }
        for (const a of alternatives) {
            lines.push(`If ${this.resolver.describeAnchor(a.anchor)} is dated by its claim ${a.claim.note ? `"${markdownText(a.claim.note)}"` : `#${a.claimIndex + 1}`}: **${a.date}**`);
        }
        return lines;
    }

    /** `⚠ **uncertain**: this commitment; anchor usmca.in_force (event)`, when anything its date depends on is marked `uncertain`. */
    protected uncertainty(node: Dated): string | undefined {
        const facts = uncertainFacts(
            node,
            astDateDependencies(dated => this.resolver.describeAnchor(dated), this.resolver)
        );
        return facts.length > 0 ? `⚠ **uncertain**: ${uncertaintyText(facts).replace(/^uncertain: /, '')}` : undefined;
    }

    protected safeResolve(expr: TimeExpr): Resolution | undefined {
        try {
            return this.resolver.resolveTime(expr);
        } catch {
            return undefined;
        }
    }
}
