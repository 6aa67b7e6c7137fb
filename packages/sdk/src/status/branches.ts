/**
 * Conditional branches in the status report and the deadline lists (format 1.4, status 2.1): an
 * element in an arm of `if NAME "…" { … } otherwise { … }` is `conditional` while neither arm is
 * recorded as taken, applies as any other once its arm is taken, and is `not_taken` (not
 * applicable: never overdue, never pending, never next, off the calendars) once the other arm is.
 */
import type { AgreementBranch, BranchArmName, BranchPlace, PactaOutput } from '../model.js';
import type { BranchState, CommitmentStatusEntry, StatusBranch } from './model.js';

/** The branches of a compiled document by id, to look up an element's `branch` place. */
export class BranchIndex {
    private readonly branches = new Map<string, AgreementBranch>();

    /**
     * `asOf`: the day of a status report. An arm recorded `taken` on a later day is not yet taken
     * on it (both arms are still conditional); without a day (calendars) a recorded arm is taken.
     */
    constructor(
        output: PactaOutput,
        private readonly asOf?: string
    ) {
        for (const agreement of output.agreements) for (const branch of agreement.branches ?? []) this.branches.set(branch.id, branch);
    }

    /** What the report says of an element in a branch; undefined for an unconditional one. */
    of(element: { branch?: BranchPlace }): StatusBranch | undefined {
        const place = element.branch;
        if (!place) return undefined;
        const branch = this.branches.get(place.id);
        const recorded = branch?.taken;
        // Dates compare as strings (`2026-07` sorts before `2026-07-01`): a month- or year-precision
        // taken date counts as taken from its first day.
        const taken = recorded && (this.asOf === undefined || recorded.date === undefined || recorded.date <= this.asOf) ? recorded : undefined;
        const state: BranchState = !taken ? 'conditional' : taken.arm === place.arm ? 'taken' : 'not_taken';
        return {
            id: place.id,
            arm: place.arm,
            condition: branch?.condition ?? '',
            state,
            label: branchLabel(branch?.name ?? place.id, place.arm),
            ...(taken?.date !== undefined ? { takenOn: taken.date } : {})
        };
    }

    /** True when the element's arm is known not to happen (the other arm was taken). */
    notTaken(element: { branch?: BranchPlace }): boolean {
        return this.of(element)?.state === 'not_taken';
    }

    /** True while the element's arm is neither taken nor ruled out. */
    conditional(element: { branch?: BranchPlace }): boolean {
        return this.of(element)?.state === 'conditional';
    }
}

/** `only if extended` for the `if` arm, `only if not extended` for `otherwise`. */
export function branchLabel(name: string, arm: BranchArmName): string {
    return arm === 'if' ? `only if ${name}` : `only if not ${name}`;
}

/** `not applicable: branch usmca.extended took the other arm (otherwise, 2026-07-01)`. */
export function notTakenWords(branch: StatusBranch): string {
    const other = branch.arm === 'if' ? 'otherwise' : 'if';
    return `not applicable: branch ${branch.id} took the \`${other}\` arm${branch.takenOn ? ` on ${branch.takenOn}` : ''}, not this one (${branch.label})`;
}

/**
 * A commitment's entry with its branch: `not_applicable` when the other arm was taken (never
 * overdue, pending or due soon), its reason prefixed with the label (`only if extended: …`)
 * while neither arm is taken. Unconditional entries are returned as they are.
 */
export function withBranchStatus(entry: CommitmentStatusEntry, branch: StatusBranch | undefined): CommitmentStatusEntry {
    if (!branch) return entry;
    if (branch.state === 'not_taken') {
        const { daysLeft: _days, nextOccurrence: _next, lastOccurrence: _last, ...rest } = entry;
        return { ...rest, status: 'not_applicable', reason: notTakenWords(branch), branch };
    }
    if (branch.state === 'conditional') return { ...entry, reason: `${branch.label}: ${entry.reason}`, branch };
    return { ...entry, branch };
}
