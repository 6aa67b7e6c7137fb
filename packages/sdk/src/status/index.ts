/** Status as of a date: where every agreement and commitment stands on a given day (docs/status.md). */
export { type CommitmentStandingAsOf, commitmentStandings, statusAsOf } from './status-as-of.js';
/** How an agreement has ended by a day: the rule the status applies, also used by the deadline lists. */
export { PACTA_STATUS_SCHEMA_ID, pactaStatusSchema } from './schema.js';
export * from './model.js';
