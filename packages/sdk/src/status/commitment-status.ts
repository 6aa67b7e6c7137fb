/**
 * The status of a commitment on a day. In order (see docs/status.md):
 * 1. a terminal status recorded in the source (`fulfilled`, `breached`, `lapsed`, `superseded`) wins;
 * 2. a commitment of an agreement that has ended (expired, terminated, superseded) is `lapsed`;
 * 3. a `by`/`on` deadline is `overdue` once the last day its date can stand for has passed
 *    (2026-03 → after 2026-03-31), `due_soon` when that day is at most `dueSoonDays` away,
 *    else `pending`; a recurring deadline counts from its next occurrence;
 * 4. a `from` (not before) deadline, a deadline without a date (unresolved, open-ended) and no
 *    deadline at all are `pending`, with the reason;
 * 5. `in_progress` recorded in the source replaces `pending` and `due_soon` (not `overdue`).
 */
import type { CalendarDate } from '@pacta/language';
import type { Commitment, DateValue } from '../model.js';
import { type Day, daysBetween, lastDay, modelDate, placeOf } from './dates.js';
import type { AgreementStatus, CommitmentStanding, CommitmentStatusEntry } from './model.js';

const TERMINAL = new Set(['fulfilled', 'breached', 'lapsed', 'superseded']);
const ENDED = new Set(['expired', 'terminated', 'superseded']);

interface Decision {
    status: CommitmentStanding;
    nextOccurrence?: string;
    lastOccurrence?: string;
    daysLeft?: number;
    reason: string;
}

function days(n: number): string {
    return `${n} ${Math.abs(n) === 1 ? 'day' : 'days'}`;
}

/** `due by 2026-03-06`, `due on 2026-07-01`; `due by 2026-03 (2026-03-31)`, `due in 2030 (by 2030-12-31)` for a less precise date. */
function describeDue(date: CalendarDate, bound: 'on' | 'by'): string {
    if (date.precision === 'day') return `due ${bound} ${date.value}`;
    return bound === 'by' ? `due by ${date.value} (${lastDay(date).value})` : `due in ${date.value} (by ${lastDay(date).value})`;
}

/** Where a `by`/`on` date stands: overdue, due soon or pending, with the days left. */
function byDate(due: DateValue, date: CalendarDate, day: Day, window: number, prefix: string): Decision {
    const left = daysBetween(day, lastDay(date));
    const what = `${prefix}${describeDue(date, due.bound === 'on' ? 'on' : 'by')}`;
    if (left < 0) return { status: 'overdue', daysLeft: left, reason: `${what}: ${days(-left)} overdue` };
    const when = left === 0 ? 'due today' : `${days(left)} left`;
    return { status: left <= window ? 'due_soon' : 'pending', daysLeft: left, reason: `${what}: ${when}` };
}

function decideDue(due: DateValue | undefined, day: Day, window: number): Decision {
    if (!due) return { status: 'pending', reason: 'no deadline' };
    if (due.status === 'open') return { status: 'pending', reason: due.condition ? `open-ended, no date: ${due.condition}` : `open-ended, no date${due.reason ? `: ${due.reason}` : ''}` };
    const date = due.status === 'resolved' ? modelDate(due.value) : undefined;
    if (!date) return { status: 'pending', reason: `the deadline has no date yet: ${due.reason ?? due.status}` };
    if (due.bound === 'from') {
        const started = placeOf(date, day) !== 'future';
        return { status: 'pending', reason: started ? `not before ${date.value}: that day has come` : `not before ${date.value}` };
    }
    const occurrences = due.occurrences;
    if (!occurrences || occurrences.dates.length === 0) return byDate(due, date, day, window, '');
    const dates = occurrences.dates.map(value => modelDate(value)).filter((d): d is CalendarDate => d !== undefined);
    const index = dates.findIndex(d => daysBetween(day, lastDay(d)) >= 0);
    if (index >= 0) {
        const next = dates[index]!;
        const decision = byDate(due, next, day, window, `occurrence ${index + 1} of ${dates.length}${occurrences.truncated ? '+' : ''}: `);
        return { ...decision, nextOccurrence: next.value };
    }
    const last = dates[dates.length - 1]!;
    if (occurrences.truncated) {
        return { status: 'pending', reason: `past the listed occurrences (the last on ${last.value}); more follow after the horizon` };
    }
    return { ...byDate(due, last, day, window, `last of ${dates.length} occurrences: `), lastOccurrence: last.value };
}

export function commitmentStatus(commitment: Commitment, agreement: AgreementStatus | undefined, day: Day, window: number): CommitmentStatusEntry {
    let decision: Decision;
    const due = commitment.due;
    if (TERMINAL.has(commitment.status)) {
        decision = { status: commitment.status as CommitmentStanding, reason: `recorded as ${commitment.status.replace('_', ' ')} in the source` };
    } else if (agreement && ENDED.has(agreement.status)) {
        decision = { status: 'lapsed', reason: `its agreement ${agreement.id} ${agreement.reason}, before the commitment was recorded fulfilled` };
    } else {
        decision = decideDue(due, day, window);
        if (commitment.status === 'in_progress') {
            decision = decision.status === 'overdue'
                ? { ...decision, reason: `recorded in progress, but ${decision.reason}` }
                : { ...decision, status: 'in_progress', reason: `recorded in progress; ${decision.reason}` };
        }
    }
    // Keys in the order of the model and the schema.
    return {
        id: commitment.id,
        agreement: commitment.agreement,
        name: commitment.name,
        actors: commitment.actors,
        status: decision.status,
        recorded: commitment.status,
        dueStatus: due ? due.status : 'none',
        due: due?.value ?? null,
        precision: due?.precision ?? null,
        ...(due ? { bound: due.bound, dueText: due.text } : {}),
        ...(decision.nextOccurrence !== undefined ? { nextOccurrence: decision.nextOccurrence } : {}),
        ...(decision.lastOccurrence !== undefined ? { lastOccurrence: decision.lastOccurrence } : {}),
        ...(decision.daysLeft !== undefined ? { daysLeft: decision.daysLeft } : {}),
        reason: decision.reason,
        location: commitment.location
    };
}
