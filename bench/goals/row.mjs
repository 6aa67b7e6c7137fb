// One row of the goals table and the formatting shared by the row builders.

/**
 * @typedef {object} Row
 * @property {string} id         stable key (latest.json)
 * @property {string} what       the "what" column
 * @property {string} input      what was measured, with its size
 * @property {string} measured   the number
 * @property {string} baseline   the baseline measured in the same run (or '—')
 * @property {string} ratio      measured / baseline, when the goal is a ratio
 * @property {string} goal
 * @property {'met'|'NOT met'|'not measured'|'not run'|'failed'} status
 * @property {string} [note]
 * @property {object} [data]     raw numbers for latest.json
 */

export const ms = n => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : n >= 100 ? `${Math.round(n)} ms` : `${n.toFixed(1)} ms`);
export const mb = n => `${Math.round(n)} MB`;
export const times = n => `${n.toFixed(2)}×`;
export const int = n => Math.round(n).toLocaleString('en-US');
export const status = met => (met ? 'met' : 'NOT met');

/** A row whose number could not be obtained; `why` says what is missing. */
export function missing(id, what, goal, why, kind = 'not measured') {
    return { id, what, input: '—', measured: '—', baseline: '—', ratio: '—', goal, status: kind, note: why };
}
