import type { PactaOutput } from '../model.js';
import { actorDepartures } from './actor-departure.js';
import { type ClosingEnd, agreementEnd, agreementStatus, closingEnd, indexAgreements } from './agreement-status.js';
import { withBranchStatus } from './branches.js';
import { type KnownEnd, commitmentStatus, missedWhileBound } from './commitment-status.js';
import { modelDate, parseDay } from './dates.js';
import {
    AGREEMENT_STANDINGS,
    COMMITMENT_STANDINGS,
    DEFAULT_DUE_SOON_DAYS,
    STATUS_FORMAT_VERSION,
    type AgreementStanding,
    type CommitmentStanding,
    type StatusOptions,
    type StatusReport
} from './model.js';

/**
 * Where every agreement and commitment of a compiled document stands on `asOf` (`YYYY-MM-DD`):
 * a pure function of the model (no clock, no I/O), the same for the CLI, the language server
 * and a browser. The rules are in docs/status.md.
 *
 * @throws RangeError when `asOf` is not a real `YYYY-MM-DD` date or `dueSoonDays` is not a whole number ≥ 0.
 */
export function statusAsOf(output: PactaOutput, asOf: string, options: StatusOptions = {}): StatusReport {
    const day = parseDay(asOf);
    if (!day) throw new RangeError(`as-of date '${asOf}' is not a date: write YYYY-MM-DD`);
    const window = options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
    if (!Number.isInteger(window) || window < 0) throw new RangeError(`dueSoonDays must be a whole number of days (0 or more), not ${window}`);
    const index = indexAgreements(output, day.value);
    const agreements = output.agreements.map(agreement => agreementStatus(agreement, index, day));
    const byId = new Map(agreements.map(a => [a.id, a]));
    // Every end an agreement's record gives, whenever it comes: a deadline after it is not due.
    const lastDay = parseDay('9999-12-31')!;
    const ends = new Map<string, KnownEnd>();
    for (const agreement of output.agreements) {
        const end = agreementEnd(agreement, index, lastDay);
        const date = end?.since ? modelDate(end.since) : undefined;
        const noun = end?.status === 'terminated' ? 'termination' : end?.status === 'expired' ? 'expiry' : 'supersession';
        if (end && date) ends.set(agreement.id, { date, words: `${noun} on ${end.since}${end.basis ? `, ${end.basis.id}` : ''}` });
    }
    // What has ended before the day (the lists' rule too): its commitments have lapsed, or possibly have.
    const closings = new Map<string, ClosingEnd>();
    for (const agreement of output.agreements) {
        const closing = closingEnd(agreement, index, day);
        if (closing) closings.set(agreement.id, closing);
    }
    const models = new Map(output.agreements.map(agreement => [agreement.id, agreement]));
    const commitments = output.commitments.map(commitment => {
        const agreement = models.get(commitment.agreement);
        // Who of its actors has withdrawn or left (an ended agreement has lapsed whoever is left).
        const closing = closings.get(commitment.agreement);
        // Also after a certain end when the commitment was missed before it: whether its actors had left by then decides.
        const departures = agreement && (!closing?.certain || missedWhileBound(commitment, closing.end.since)) ? actorDepartures(commitment, agreement, index, day) : {};
        return withBranchStatus(
            commitmentStatus(commitment, byId.get(commitment.agreement), index.uncertainty, day, window, ends.get(commitment.agreement), closing, departures),
            index.branches.of(commitment)
        );
    });
    const agreementCounts = Object.fromEntries(AGREEMENT_STANDINGS.map(s => [s, 0])) as Record<AgreementStanding, number>;
    for (const agreement of agreements) agreementCounts[agreement.status]++;
    const commitmentCounts = Object.fromEntries(COMMITMENT_STANDINGS.map(s => [s, 0])) as Record<CommitmentStanding, number>;
    for (const commitment of commitments) commitmentCounts[commitment.status]++;
    // `not_applicable` (2.1) is counted only where a branch makes a commitment so: a 2.0 report stays as it was.
    if (commitmentCounts.not_applicable === 0) delete (commitmentCounts as Partial<Record<CommitmentStanding, number>>).not_applicable;
    return {
        statusVersion: STATUS_FORMAT_VERSION,
        asOf: day.value,
        dueSoonDays: window,
        agreements,
        commitments,
        summary: { agreements: agreementCounts, commitments: commitmentCounts }
    };
}

/** Where one commitment stands on a day, and the date that decided it (the next or last occurrence of a recurring one). */
export interface CommitmentStandingAsOf {
    status: CommitmentStanding;
    /** The deadline date the status was read from; null when it has none. */
    decidedBy: string | null;
    reason: string;
}

/**
 * Each commitment's status on `asOf`, by id: `statusAsOf`'s decision, for views that show one
 * date at a time (the editor's timeline), so overdue is decided in one place.
 *
 * @throws RangeError as `statusAsOf`.
 */
export function commitmentStandings(output: PactaOutput, asOf: string, options: StatusOptions = {}): ReadonlyMap<string, CommitmentStandingAsOf> {
    return new Map(
        statusAsOf(output, asOf, options).commitments.map(entry => [
            entry.id,
            {
                status: entry.status,
                decidedBy: entry.nextOccurrence ?? entry.lastOccurrence ?? entry.due,
                reason: entry.reason
            }
        ])
    );
}
