/**
 * Plain words for the kinds and states of the model, for readers who do not write Pacta. Only
 * wording: every status and date shown comes from the status and deadline modules.
 */
import type { AgreementStanding, CommitmentStanding } from '../status/model.js';
import type { BindingStatus, EventKind, MechanismStatus, Modality, RelationKind } from '../model.js';

export const BINDING_WORDS: Record<BindingStatus, string> = {
    binding: 'Legally binding',
    nonbinding: 'Not legally binding (a political commitment)',
    unknown: 'Whether it is binding is not stated'
};

export const AGREEMENT_STANDING_WORDS: Record<AgreementStanding, string> = {
    unknown: 'no date recorded',
    draft: 'draft',
    announced: 'announced',
    signed: 'signed',
    provisionally_applied: 'provisionally applied',
    in_force: 'in force',
    expired: 'expired',
    terminated: 'terminated',
    superseded: 'superseded'
};

export const COMMITMENT_STANDING_WORDS: Record<CommitmentStanding, string> = {
    overdue: 'overdue',
    due_soon: 'due soon',
    in_progress: 'in progress',
    pending: 'pending',
    window_closed: 'window closed',
    intended: 'intended',
    fulfilled: 'fulfilled',
    breached: 'breached',
    lapsed: 'lapsed',
    superseded: 'superseded',
    not_applicable: 'not applicable'
};

export const EVENT_WORDS: Record<EventKind, string> = {
    announced: 'Announced',
    signed: 'Signed',
    ratified: 'Ratified',
    in_force: 'Entry into force',
    provisional_application: 'Provisional application',
    review: 'Review',
    expiry: 'Expiry',
    terminated: 'Termination',
    withdrawal: 'Withdrawal',
    adopted: 'Adopted',
    event: 'Event'
};

export const MODALITY_WORDS: Record<Modality, string> = {
    shall: 'shall',
    'shall not': 'shall not',
    will: 'will',
    'will not': 'will not',
    'will explore': 'will explore',
    'intends to': 'intend to',
    may: 'may'
};

export const MECHANISM_STATUS_WORDS: Record<MechanismStatus, string> = {
    exploring: 'being explored',
    agreed: 'agreed',
    operational: 'operational',
    suspended: 'suspended',
    ended: 'ended'
};

export const RELATION_WORDS: Record<RelationKind, string> = {
    builds_on: 'builds on',
    implements: 'implements',
    amends: 'amends',
    supersedes: 'supersedes',
    succeeds: 'succeeds',
    continues: 'continues',
    references: 'refers to',
    reviewed_by: 'is reviewed by'
};

/** `US`, `US and MX`, `US, MX and JP`. */
export function listWords(items: readonly string[]): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
