/**
 * Status changes on a day: `statusAsOf` of base and of head (the SDK's one status decision),
 * compared by id. `base` already has head's ids (renames applied).
 */
import type { PactaOutput } from '../model.js';
import { statusAsOf } from '../status/status-as-of.js';
import type { StatusOptions } from '../status/model.js';
import type { StatusChange } from './model.js';

export function statusChanges(base: PactaOutput, head: PactaOutput, asOf: string, options: StatusOptions = {}): StatusChange[] {
    const before = statusAsOf(base, asOf, options);
    const after = statusAsOf(head, asOf, options);
    const changes: StatusChange[] = [];
    type Entry = { id: string; status: NonNullable<StatusChange['after']>; reason: string };
    const compare = (kind: StatusChange['kind'], then: readonly Entry[], now: readonly Entry[]) => {
        const previous = new Map(then.map(entry => [entry.id, entry]));
        const ids = new Set([...then.map(e => e.id), ...now.map(e => e.id)]);
        const current = new Map(now.map(entry => [entry.id, entry]));
        for (const id of [...ids].sort()) {
            const a = previous.get(id);
            const b = current.get(id);
            // An element added or removed is reported as such; here only a standing that moved.
            if (!a || !b || a.status === b.status) continue;
            changes.push({ kind, id, before: a.status, after: b.status, reason: b.reason });
        }
    };
    compare('agreement', before.agreements, after.agreements);
    compare('commitment', before.commitments, after.commitments);
    return changes;
}
