import type { PactaRule } from '../rule.js';
import { actorNotPartyRule } from './actor-not-party.rule.js';
import { agencyWithoutParentRule } from './agency-without-parent.rule.js';
import { bidiControlRule } from './bidi-control.rule.js';
import { amountPrecisionRule } from './amount-precision.rule.js';
import { percentOverHundredRule } from './percent-over-hundred.rule.js';
import { purposeWithoutMoneyRule } from './purpose-without-money.rule.js';
import { commitmentBeforeJoiningRule } from './commitment-before-joining.rule.js';
import { commitmentIncompleteRule } from './commitment-incomplete.rule.js';
import { dateOrderRule } from './date-order.rule.js';
import { deadlineAfterExpiryRule } from './deadline-after-expiry.rule.js';
import { deadlineAfterSupersededRule } from './deadline-after-superseded.rule.js';
import { dateOutOfRangeRule } from './date-out-of-range.rule.js';
import { deadlineCycleRule } from './deadline-cycle.rule.js';
import { duplicateMemberRule } from './duplicate-member.rule.js';
import { duplicateNameRule } from './duplicate-name.rule.js';
import { eachWithOnePartyRule } from './each-with-one-party.rule.js';
import { invalidDateRule } from './invalid-date.rule.js';
import { invalidDateRangeRule } from './invalid-date-range.rule.js';
import { unknownTimeZoneRule } from './unknown-time-zone.rule.js';
import { invalidOrdinalRule } from './invalid-ordinal.rule.js';
import { invalidRecurrenceRule } from './invalid-recurrence.rule.js';
import { joinedBeforeStartRule } from './joined-before-start.rule.js';
import { membershipDateOrderRule } from './membership-date-order.rule.js';
import { missingSourceRule } from './missing-source.rule.js';
import { moneyWithoutCurrencyRule } from './money-without-currency.rule.js';
import { redundantResourceRule } from './redundant-resource.rule.js';
import { relationCycleRule } from './relation-cycle.rule.js';
import { relationDateOrderRule } from './relation-date-order.rule.js';
import { invalidSupersessionStepRule } from './invalid-supersession-step.rule.js';
import { supersessionWithoutStepRule } from './supersession-without-step.rule.js';
import { repeatedFieldRule } from './repeated-field.rule.js';
import { shallInNonbindingRule } from './shall-in-nonbinding.rule.js';
import { unknownCountryRule } from './unknown-country.rule.js';
import { unknownCurrencyRule } from './unknown-currency.rule.js';
import { unresolvedDeadlineRule } from './unresolved-deadline.rule.js';
import { zeroPeriodRule } from './zero-period.rule.js';
import { controlCharacterRule } from './control-character.rule.js';
import { unknownEscapeRule } from './unknown-escape.rule.js';
import { noPreferredDateRule } from './no-preferred-date.rule.js';
import { severalPreferredDatesRule } from './several-preferred-dates.rule.js';
import { severalPreferredClaimsRule } from './several-preferred-claims.rule.js';
import { identicalClaimsRule } from './identical-claims.rule.js';
import { claimWithoutSourceRule } from './claim-without-source.rule.js';
import { noHolidayCalendarRule } from './no-holiday-calendar.rule.js';
import { unknownHolidayCalendarRule } from './unknown-holiday-calendar.rule.js';
import { kindCycleRule } from './kind-cycle.rule.js';
import { unknownReferenceListRule } from './unknown-reference-list.rule.js';
import { roleSpanOrderRule } from './role-span-order.rule.js';
import { contradictedRoleRule } from './contradicted-role.rule.js';
import { ratificationMissingRule } from './ratification-missing.rule.js';
import { otherArmAnchorRule } from './other-arm-anchor.rule.js';
import { severalTakenArmsRule } from './several-taken-arms.rule.js';
import { emptyBranchRule } from './empty-branch.rule.js';

/**
 * Every validation rule of Pacta, in the order their codes are documented: grouped by what
 * they look at, errors before warnings within a group. Each rule is in `<code>.rule.ts`.
 */
export const PACTA_RULES: readonly PactaRule[] = [
    // Names and parties
    duplicateNameRule, // error    pacta/duplicate-name
    unknownCountryRule, // error    pacta/unknown-country
    actorNotPartyRule, // error    pacta/actor-not-party
    agencyWithoutParentRule, // warning  pacta/agency-without-parent
    // Members over time
    membershipDateOrderRule, // error    pacta/membership-date-order
    joinedBeforeStartRule, // warning  pacta/joined-before-start
    duplicateMemberRule, // warning  pacta/duplicate-member
    commitmentBeforeJoiningRule, // warning pacta/commitment-before-joining
    // Roles over time and stated negatives
    roleSpanOrderRule, // error    pacta/role-span-order
    contradictedRoleRule, // error    pacta/contradicted-role
    ratificationMissingRule, // info     pacta/ratification-missing
    // Shape of a block
    repeatedFieldRule, // warning  pacta/repeated-field
    commitmentIncompleteRule, // warning  pacta/commitment-incomplete
    // Claims on a field (sources that disagree)
    severalPreferredClaimsRule, // error    pacta/several-preferred-claims
    identicalClaimsRule, // warning  pacta/identical-claims
    claimWithoutSourceRule, // warning  pacta/claim-without-source
    // Dates and deadlines
    invalidDateRule, // error    pacta/invalid-date
    invalidOrdinalRule, // error    pacta/invalid-ordinal
    dateOrderRule, // error    pacta/date-order
    deadlineCycleRule, // error    pacta/deadline-cycle
    zeroPeriodRule, // error    pacta/zero-period
    dateOutOfRangeRule, // error    pacta/date-out-of-range
    severalPreferredDatesRule, // error    pacta/several-preferred-dates
    unknownHolidayCalendarRule, // error    pacta/unknown-holiday-calendar
    invalidDateRangeRule, // error    pacta/invalid-date-range
    unknownTimeZoneRule, // error    pacta/unknown-time-zone
    deadlineAfterExpiryRule, // warning  pacta/deadline-after-expiry
    deadlineAfterSupersededRule, // warning pacta/deadline-after-superseded
    invalidRecurrenceRule, // warning  pacta/invalid-recurrence
    noPreferredDateRule, // warning  pacta/no-preferred-date
    noHolidayCalendarRule, // warning  pacta/no-holiday-calendar
    unresolvedDeadlineRule, // info     pacta/unresolved-deadline
    // Conditional branches
    otherArmAnchorRule, // error    pacta/other-arm-anchor
    severalTakenArmsRule, // error    pacta/several-taken-arms
    emptyBranchRule, // warning  pacta/empty-branch
    // Money
    moneyWithoutCurrencyRule, // error    pacta/money-without-currency
    unknownCurrencyRule, // error    pacta/unknown-currency
    amountPrecisionRule, // warning  pacta/amount-precision
    eachWithOnePartyRule, // warning  pacta/each-with-one-party
    percentOverHundredRule, // warning  pacta/percent-over-hundred
    purposeWithoutMoneyRule, // warning  pacta/purpose-without-money
    // Resources
    unknownReferenceListRule, // error    pacta/unknown-reference-list
    redundantResourceRule, // hint     pacta/redundant-resource
    // Mechanism kinds
    kindCycleRule, // error    pacta/kind-cycle
    // Relations between agreements
    relationCycleRule, // error    pacta/relation-cycle
    invalidSupersessionStepRule, // error   pacta/invalid-supersession-step
    relationDateOrderRule, // warning  pacta/relation-date-order
    supersessionWithoutStepRule, // warning pacta/supersession-without-step
    // Sources (only with --strict-sources)
    missingSourceRule, // warning  pacta/missing-source
    // Wording
    shallInNonbindingRule, // warning  pacta/shall-in-nonbinding
    // Text
    controlCharacterRule, // error    pacta/control-character
    unknownEscapeRule, // warning  pacta/unknown-escape
    bidiControlRule // warning  pacta/bidi-control
];
