#!/usr/bin/env node
// Answers three questions from a compiled Pacta document (the JSON of `pacta compile`, format 1.x)
// and from nothing else: plain Node, no dependencies, no .pacta file read. It decides only on ids,
// kinds, dates, flags and enums; it never reads a `title`, `note`, `text`, `doc` or any other
// prose field. Fields it does not know are ignored, so a newer 1.x document reads the same.
//
//   node answer.mjs due 2026-01-01 2026-12-31 file.json   what is due in a date range
//   node answer.mjs binds US 2026-03-10 file.json         which agreements bind a party on a day
//   node answer.mjs kind price_floor file.json            which mechanisms are of a kind or a sub-kind
//
// This is the recipe of docs/consumers.md; its output on the examples is a golden test.
import { readFileSync } from 'node:fs';

// ------------------------------------------------------------------------------ reading

function load(file) {
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    const version = String(doc.formatVersion ?? '');
    if (!version.startsWith('1.')) throw new Error(`${file}: format ${version || '?'} is not 1.x`);
    const index = name => new Map((Array.isArray(doc[name]) ? doc[name] : []).map(item => [item.id, item]));
    return {
        json: doc,
        parties: index('parties'),
        agreements: index('agreements'),
        events: index('events'),
        commitments: index('commitments'),
        mechanisms: index('mechanisms'),
        kinds: index('mechanismKinds')
    };
}

const list = value => (Array.isArray(value) ? value : []);
const isDate = value => typeof value === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value);

/** The first and last day a date of any precision (`2030`, `2026-02`, `2026-02-04`) stands for. */
function span(date) {
    const [y, m, d] = date.split('-');
    if (d) return [date, date];
    if (m) {
        const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
        return [`${y}-${m}-01`, `${y}-${m}-${String(last).padStart(2, '0')}`];
    }
    return [`${y}-01-01`, `${y}-12-31`];
}

/** The resolved date of an event (its preferred claim's), or undefined. */
function eventDate(event) {
    const date = event?.date;
    return date && date.status === 'resolved' && isDate(date.value) ? date.value : undefined;
}

// ------------------------------------------------------------------------------ 1. due

/** How much a commitment binds: from the agreement's binding status and the modality. */
function force(binding, modality) {
    if (modality === 'may') return 'permission';
    if (modality === 'will explore') return 'exploratory';
    if (binding === 'unknown' || binding === undefined) return 'force unknown';
    if (binding === 'nonbinding') return 'political';
    return modality === 'shall' || modality === 'shall not' ? 'legal obligation' : 'binding text, soft wording';
}

/**
 * Whether an event's date claims disagree (docs/output-format.md, `alternatives`): two resolved claims
 * neither of whose days lie within the other's — `2025-10` and `2025-10-20` agree.
 */
function claimsDisagree(event) {
    const spans = list(event?.claims)
        .map(claim => claim?.date)
        .filter(date => date?.status === 'resolved' && isDate(date.value))
        .map(date => span(date.value));
    const within = ([a0, a1], [b0, b1]) => a0 >= b0 && a1 <= b1;
    return spans.some((a, i) => spans.slice(i + 1).some(b => !within(a, b) && !within(b, a)));
}

/** Whether the date claims upstream change this date: some alternative gives another day. */
const alternativesDiffer = deadline => list(deadline.alternatives).some(alternative => alternative?.value !== deadline.date);

/** Why a date may be wrong: flags on the subject, its agreement, the anchors of its chain, disputed claims. */
function doubts(model, deadline, subject, agreement) {
    const reasons = [];
    const arm = branchOf(model, deadline);
    if (arm && arm.state === 'conditional') reasons.push(arm.label);
    if (subject?.uncertain === true) reasons.push('subject uncertain');
    if (deadline.approximate === true) reasons.push('approximate date');
    if (list(subject?.fieldClaims).filter(claim => claim.field === 'due').length > 1) reasons.push('deadline disputed');
    if (agreement?.uncertain === true) reasons.push('agreement uncertain');
    if (deadline.precision && deadline.precision !== 'day') reasons.push(`${deadline.precision} precision`);
    // One rule with status and deadline lists: claims that disagree, unless every alternative gives this same date.
    const disputed = event => claimsDisagree(event) && alternativesDiffer(deadline);
    if (disputed(subject)) reasons.push('date disputed');
    // `chain` names every anchor by its id, first word of a step: `usmca.in_force 2020-07-01`.
    const anchors = new Set();
    for (const step of list(deadline.chain)) {
        for (const word of String(step).split(/[\s(),]+/)) {
            if (word !== deadline.subject && (model.events.has(word) || model.commitments.has(word))) anchors.add(word);
        }
    }
    for (const id of [...anchors].sort()) {
        const anchor = model.events.get(id) ?? model.commitments.get(id);
        if (anchor.uncertain === true) reasons.push(`anchor ${id} uncertain`);
        if (disputed(anchor)) reasons.push(`anchor ${id} date disputed`);
    }
    return reasons;
}

/**
 * The branch arm an element (event, commitment, mechanism or deadline) sits in (1.4), and whether
 * it still may happen on `day` (any day when omitted): `conditional` while neither arm of its
 * branch is recorded taken (by that day), `taken` or `not_taken` once one is.
 */
function branchOf(model, element, day) {
    const place = element?.branch;
    if (!place) return undefined;
    // Usually a branch of its own agreement; a date counting from a member of another agreement's
    // arm carries that agreement's branch.
    const branch = [...model.agreements.values()].flatMap(a => list(a.branches)).find(b => b.id === place.id);
    const recorded = branch?.taken;
    const taken = recorded && (day === undefined || !isDate(recorded.date) || span(recorded.date)[0] <= day) ? recorded.arm : undefined;
    const name = branch?.name ?? place.id;
    if (taken === undefined) return { state: 'conditional', label: place.arm === 'otherwise' ? `only if not ${name}` : `only if ${name}` };
    return { state: taken === place.arm ? 'taken' : 'not_taken' };
}

function due(model, from, to) {
    const rows = [];
    const undated = [];
    for (const deadline of list(model.json.deadlines)) {
        const subject = deadline.subjectKind === 'commitment' ? model.commitments.get(deadline.subject) : model.events.get(deadline.subject);
        const agreement = model.agreements.get(deadline.agreement);
        // The other arm of its branch happened: this deadline never falls due.
        if (branchOf(model, deadline)?.state === 'not_taken') continue;
        if (deadline.status !== 'resolved' || !isDate(deadline.date)) {
            undated.push(`  ${deadline.subject} (${deadline.status})`);
            continue;
        }
        // A recurring deadline falls due on every occurrence, not only the first.
        const dates = list(deadline.occurrences?.dates).filter(isDate);
        for (const date of dates.length > 0 ? dates : [deadline.date]) {
            const [first, last] = span(date);
            if (last < from || first > to) continue;
            const binding = agreement?.binding ?? 'unknown';
            const what = deadline.subjectKind === 'commitment'
                ? `${subject?.modality ?? 'no modality'}, ${force(binding, subject?.modality)}, status ${subject?.status ?? '?'}`
                : `event ${subject?.kind ?? '?'}`;
            const reasons = doubts(model, deadline, subject, agreement);
            rows.push({
                date,
                line: `${date.padEnd(10)}  ${String(deadline.kind).padEnd(4)} ${deadline.subject}\n` +
                    `            agreement ${deadline.agreement} (${binding}); ${what}; actors ${list(deadline.actors).join(', ') || '-'}` +
                    (reasons.length > 0 ? `\n            uncertain: ${reasons.join('; ')}` : '')
            });
        }
    }
    rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line < b.line ? -1 : 1));
    const out = [`Due from ${from} to ${to}: ${rows.length}`, ...rows.map(row => row.line)];
    if (undated.length > 0) out.push(`Without a date (cannot be placed in the range): ${undated.length}`, ...undated);
    return out;
}

// ------------------------------------------------------------------------------ 2. binds

/** True when a membership holds on `day`: joined on or before it (or no date), not yet left. */
function memberOn(membership, day) {
    const joined = membership.joined?.value;
    const left = membership.left?.value;
    if (isDate(joined) && span(joined)[0] > day) return false;
    if (isDate(left) && span(left)[0] <= day) return false;
    return true;
}

/**
 * Every party that acts for `root` or binds it on `day`, with how: the party itself, its agencies
 * (and theirs: `parent` chains), and the blocs and organisations it is a member of on that day
 * (`members`, or `memberships` with joined/left dates), and those they are members of.
 */
function actingFor(model, root, day) {
    const via = new Map([[root, 'directly']]);
    const queue = [root];
    for (let head = 0; head < queue.length; head++) {
        const id = queue[head];
        const how = via.get(id);
        const reach = (other, step) => {
            if (via.has(other)) return;
            via.set(other, how === 'directly' ? step : `${how}, ${step}`);
            queue.push(other);
        };
        for (const party of model.parties.values()) {
            if (party.parent === id) reach(party.id, `through its ${party.kind ?? 'party'} ${party.id}`);
            const dated = list(party.memberships).filter(m => m.party === id);
            if (dated.length > 0) {
                const now = dated.find(m => memberOn(m, day));
                if (now) reach(party.id, `as a member of ${party.id}${isDate(now.joined?.value) ? ` (joined ${now.joined.value})` : ''}`);
            } else if (list(party.members).includes(id)) {
                reach(party.id, `as a member of ${party.id}`);
            }
        }
    }
    return via;
}

/** Where an agreement stands on `day`, from its events and the relations that end it. */
function standing(model, agreement, day) {
    // Events of a branch arm decide nothing until their arm is taken (1.4).
    const events = list(agreement.events).map(id => model.events.get(id)).filter(Boolean)
        .filter(e => (branchOf(model, e, day)?.state ?? 'taken') === 'taken');
    const dated = kind => events.filter(e => e.kind === kind).map(eventDate).filter(Boolean).sort();
    const inForce = dated('in_force')[0];
    const start = inForce ?? dated('provisional_application')[0] ?? dated('signed')[0] ?? dated('announced')[0];
    if (start && span(start)[0] > day) return { live: false, why: `not yet: from ${start}` };
    for (const kind of ['terminated', 'expiry']) {
        const end = dated(kind)[0];
        if (end && span(end)[0] <= day) return { live: false, why: `ended: ${kind} ${end}` };
    }
    for (const relation of list(model.json.relations)) {
        if (relation.to !== agreement.id || (relation.kind !== 'supersedes' && relation.kind !== 'succeeds')) continue;
        const successor = model.agreements.get(relation.from);
        if (!successor) continue;
        const step = relation.upon ?? 'in_force';
        const stepDate = list(successor.events).map(id => model.events.get(id)).filter(e => e?.kind === step).map(eventDate).filter(Boolean).sort()[0];
        if (stepDate && span(stepDate)[0] <= day) return { live: false, why: `ended: ${relation.kind === 'supersedes' ? 'superseded' : 'succeeded'} by ${successor.id} ${stepDate}` };
    }
    if (!start) return { live: true, why: 'in effect (no start date)' };
    return { live: true, why: inForce ? `in force since ${inForce}` : `in effect since ${start}` };
}

/** True when `party` withdrew from the agreement on or before `day` (a `withdrawal ... by party`). */
function withdrew(model, agreement, party, day) {
    return list(agreement.events).map(id => model.events.get(id))
        .some(e => e?.kind === 'withdrawal' && list(e.by).includes(party) && eventDate(e) && span(eventDate(e))[0] <= day);
}

function binds(model, root, day) {
    if (!model.parties.has(root)) return [`No party '${root}' in this document.`];
    const via = actingFor(model, root, day);
    const live = [];
    const other = [];
    for (const agreement of [...model.agreements.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
        const holders = list(agreement.roles).filter(r => r.role === 'party' && via.has(r.party)).map(r => r.party);
        const reasons = [];
        const outside = [];
        for (const holder of [...new Set(holders)]) {
            // Joined the agreement itself on a date (`member X joined D` in the agreement).
            const dated = list(agreement.memberships).filter(m => m.party === holder);
            if (dated.length > 0 && !dated.some(m => memberOn(m, day))) {
                outside.push(`${holder} not a party on ${day} (${dated.map(m => [m.joined?.value && `joined ${m.joined.value}`, m.left?.value && `left ${m.left.value}`].filter(Boolean).join(', ')).join('; ')})`);
                continue;
            }
            if (withdrew(model, agreement, holder, day)) {
                outside.push(`${holder} withdrew`);
                continue;
            }
            const joined = dated.map(m => m.joined?.value).find(isDate);
            reasons.push(`${via.get(holder) === 'directly' ? 'directly' : via.get(holder)}${joined ? ` (party from ${joined})` : ''}`);
        }
        if (reasons.length === 0) {
            if (outside.length > 0) other.push(`  ${agreement.id} (${agreement.binding ?? 'unknown'}): ${outside.join('; ')}`);
            continue;
        }
        const state = standing(model, agreement, day);
        const binding = agreement.binding ?? 'unknown';
        const line = `  ${agreement.id} (${binding}${agreement.uncertain === true ? ', uncertain' : ''}): ${state.why}; ${reasons.join('; ')}`;
        (state.live && binding !== 'nonbinding' ? live : other).push(line);
    }
    return [
        `Agreements binding ${root} on ${day} (binding or binding status unknown, in effect): ${live.length}`,
        ...live,
        `Other agreements ${root} takes part in (nonbinding, not yet or no longer in effect): ${other.length}`,
        ...other
    ];
}

// ------------------------------------------------------------------------------ 3. kind

/** The kind and every kind above it, nearest first (`ancestors`, or the `parent` chain in an older file). */
function lineage(model, kindId) {
    const kind = model.kinds.get(kindId);
    if (Array.isArray(kind?.ancestors)) return [kindId, ...kind.ancestors];
    const result = [kindId];
    for (let parent = kind?.parent; parent && !result.includes(parent); parent = model.kinds.get(parent)?.parent) result.push(parent);
    return result;
}

function ofKind(model, kindId) {
    const rows = [];
    for (const mechanism of [...model.mechanisms.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
        const path = lineage(model, mechanism.kind);
        if (!path.includes(kindId)) continue;
        // A mechanism of a branch arm whose branch took the other arm is never set up (1.4).
        const arm = branchOf(model, mechanism);
        if (arm?.state === 'not_taken') continue;
        const agreement = model.agreements.get(mechanism.agreement);
        rows.push(`  ${mechanism.id}: ${[...path].reverse().join(' > ')}; agreement ${mechanism.agreement} (${agreement?.binding ?? 'unknown'})` +
            `; status ${mechanism.status ?? 'not stated'}; parties ${list(mechanism.parties).join(', ') || '-'}` +
            (mechanism.uncertain === true ? '; uncertain' : '') + (arm?.state === 'conditional' ? `; ${arm.label}` : ''));
    }
    const subKinds = [...model.kinds.keys()].filter(id => id !== kindId && lineage(model, id).includes(kindId)).sort();
    return [
        `Mechanisms of kind ${kindId} or its sub-kinds (${subKinds.join(', ') || 'none in this document'}): ${rows.length}`,
        ...rows
    ];
}

// ------------------------------------------------------------------------------ command line

const USAGE = 'usage: answer.mjs due FROM TO FILE | binds PARTY DATE FILE | kind KIND FILE';

function main(args) {
    const [question, ...rest] = args;
    if (question === 'due' && rest.length === 3 && isDate(rest[0]) && isDate(rest[1])) {
        return due(load(rest[2]), span(rest[0])[0], span(rest[1])[1]);
    }
    if (question === 'binds' && rest.length === 3 && isDate(rest[1])) return binds(load(rest[2]), rest[0], span(rest[1])[0]);
    if (question === 'kind' && rest.length === 2) return ofKind(load(rest[1]), rest[0]);
    throw new Error(USAGE);
}

try {
    process.stdout.write(main(process.argv.slice(2)).join('\n') + '\n');
} catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
}
