import { type FieldEntry, SUPPRESSION_WHY, agreement, reaches } from './entries.js';

/** A nonbinding agreement (suppressions before it, or before its commitment) with a commitment that says `shall`. */
function nonbinding(beforeAgreement: string, beforeCommitment: string): string {
    return [beforeAgreement, 'agreement n "N" {', '    nonbinding', '    parties US, JP', `    ${beforeCommitment}`, '    commitment c { by US shall "act" }', '}', ''].join('\n');
}

const SUPPRESS = '#suppress "pacta/shall-in-nonbinding" "the text says shall"';
const OLD = 'agreement old "Old" { parties US, JP  signed 2020-01-01 }\n';
/** A mechanism `a.m` with the given body. */
const mechanism = (body: string) => agreement(`mechanism m: price_floor { ${body} }`);

/** Agreements and what they hold: roles, events, date claims, commitments, mechanisms, money, relations. */
export const AGREEMENT_FIELDS: Record<string, FieldEntry> = {
    'Agreement.suppressions': {
        why: SUPPRESSION_WHY,
        sample: nonbinding(SUPPRESS, ''),
        diagnostics: [],
        control: { sample: nonbinding('', ''), diagnostics: ['pacta/shall-in-nonbinding'] }
    },
    'Agreement.form': reaches('instrument eo "Executive order" { parties US }', 'agreements[eo].form', 'instrument'),
    'Agreement.name': reaches(agreement(), 'agreements[a].title', 'A'),
    'Agreement.title': reaches(agreement(), 'agreements[a].title', 'A'),
    'Agreement.kind': reaches(agreement('kind trade_agreement'), 'agreements[a].kind', 'trade_agreement', {
        repeated: agreement('kind trade_agreement', 'kind joint_statement')
    }),
    'Agreement.binding': reaches(agreement('binding'), 'agreements[a].binding', 'binding', { repeated: agreement('binding', 'nonbinding') }),
    'Agreement.roles': reaches(agreement('signatories JP'), 'agreements[a].roles', [
        { party: 'US', role: 'party' },
        { party: 'JP', role: 'party' },
        { party: 'JP', role: 'signatory' }
    ]),
    'Agreement.resources': reaches(agreement('resources lithium, graphite'), 'agreements[a].resources', ['lithium', 'graphite']),
    'Agreement.resourceLists': reaches(agreement('resources every usgs_2025, lithium'), 'agreements[a].resourceLists', ['usgs-2025']),
    'Agreement.stages': reaches(agreement('stages mining, refining'), 'agreements[a].stages', ['mining', 'refining']),
    'Agreement.sectors': reaches(agreement('sectors "batteries", "magnets"'), 'agreements[a].sectors', ['batteries', 'magnets']),
    'Agreement.memberships': reaches('state MX "Mexico"\n' + agreement('member MX joined 2026-02-01'), 'agreements[a].memberships[0].joined.value', '2026-02-01'),
    'Agreement.events': reaches(agreement('in_force 2026-02-01'), 'agreements[a].events', ['a.signed', 'a.in_force']),
    'Agreement.commitments': reaches(agreement('commitment c { by US will "act" }'), 'agreements[a].commitments', ['a.c']),
    'Agreement.mechanisms': reaches(agreement('mechanism m: price_floor'), 'agreements[a].mechanisms', ['a.m']),
    'Agreement.relations': reaches(OLD + agreement('builds_on old'), 'agreements[a].relations', ['a.builds_on.old']),
    'Agreement.citations': reaches(agreement('cite s "p. 3"'), 'agreements[a].citations', [{ source: 's', locator: 'p. 3' }]),
    'Agreement.uncertain': reaches(agreement('uncertain'), 'agreements[a].uncertain', true),

    'RoleList.role': reaches(agreement('beneficiaries JP'), 'agreements[a].roles[2].role', 'beneficiary'),
    'RoleList.parties': reaches(agreement('lead US'), 'agreements[a].roles[2].party', 'US'),

    'Event.suppressions': {
        why: SUPPRESSION_WHY,
        sample: agreement('#suppress "pacta/date-order" "applied before signature, as the source says"', 'in_force 2025-06-01'),
        diagnostics: [],
        control: { sample: agreement('in_force 2025-06-01'), diagnostics: ['pacta/date-order'] }
    },
    'Event.kind': reaches(agreement('ratified 2026-02-01'), 'events[a.ratified].kind', 'ratified'),
    'Event.name': reaches(agreement('review first_review 2027-01-01'), 'events[a.first_review].name', 'first_review'),
    'Event.title': reaches(agreement('review "Joint review" 2027-01-01'), 'events[a.review].title', 'Joint review'),
    'Event.when': reaches(agreement(), 'events[a.signed].date.value', '2026-01-01'),
    'Event.place': reaches(agreement('ratified 2026-02-01 at "Kuala Lumpur"'), 'events[a.ratified].place', 'Kuala Lumpur'),
    'Event.timeZone': reaches(agreement('ratified 2026-02-01 zone "Asia/Kuala_Lumpur"'), 'events[a.ratified].timeZone', 'Asia/Kuala_Lumpur'),
    'Event.by': reaches(agreement('announced 2025-12-01 by US'), 'events[a.announced].by', ['US']),
    'Event.claims': reaches(agreement('event talks { date 2026-03-01 "Washington" preferred  date 2026-03-02 "Tokyo" }'), 'events[a.talks].claims[1].note', 'Tokyo'),
    'Event.citations': reaches(agreement('in_force 2026-02-01 { cite s "Article 9" }'), 'events[a.in_force].citations', [{ source: 's', locator: 'Article 9' }]),
    'Event.uncertain': reaches(agreement('in_force 2026-02-01 { uncertain }'), 'events[a.in_force].uncertain', true),

    'DateClaim.when': reaches(agreement('event talks { date 2026-03-01 "Washington" preferred  date 2026-03-02 "Tokyo" }'), 'events[a.talks].claims[1].date.value', '2026-03-02'),
    'DateClaim.note': reaches(agreement('event talks { date 2026-03-01 "Washington" preferred  date 2026-03-02 "Tokyo" }'), 'events[a.talks].claims[0].note', 'Washington'),
    'DateClaim.place': reaches(agreement('event talks { date 2026-03-01 at "Washington" preferred  date 2026-03-02 }'), 'events[a.talks].claims[0].place', 'Washington'),
    'DateClaim.timeZone': reaches(agreement('event talks { date 2026-03-01 zone "America/New_York" preferred  date 2026-03-02 }'), 'events[a.talks].claims[0].timeZone', 'America/New_York'),
    'DateClaim.preferred': reaches(agreement('event talks { date 2026-03-01 "Washington"  date 2026-03-02 "Tokyo" preferred }'), 'events[a.talks].date.value', '2026-03-02'),
    'DateClaim.citations': reaches(agreement('event talks { date 2026-03-01 preferred { cite s "p. 5" } date 2026-03-02 }'), 'events[a.talks].claims[0].citations', [{ source: 's', locator: 'p. 5' }]),
    'DateClaim.uncertain': reaches(agreement('event talks { date 2026-03-01 preferred { uncertain } date 2026-03-02 }'), 'events[a.talks].claims[0].uncertain', true),

    'Commitment.suppressions': {
        why: SUPPRESSION_WHY,
        sample: nonbinding('', SUPPRESS),
        diagnostics: [],
        control: { sample: nonbinding('', ''), diagnostics: ['pacta/shall-in-nonbinding'] }
    },
    'Commitment.name': reaches(agreement('commitment mou { by US will "act" }'), 'commitments[a.mou].name', 'mou'),
    'Commitment.actors': reaches(agreement('commitment c { by US, JP will "act" }'), 'commitments[a.c].actors', ['US', 'JP']),
    'Commitment.modality': reaches(agreement('commitment c { by US will not "impose export duties" }'), 'commitments[a.c].modality', 'will not', {
        repeated: agreement('commitment c { by US will "act" may "act" }')
    }),
    'Commitment.text': reaches(agreement('commitment c { by US will "finalize an MoU" }'), 'commitments[a.c].text', 'finalize an MoU', {
        repeated: agreement('commitment c { by US will "finalize an MoU" will "sign an MoU" }')
    }),
    'Commitment.mechanism': reaches(agreement('commitment c { by US will "act" mechanism m }', 'mechanism m: price_floor'), 'commitments[a.c].mechanism', 'a.m', {
        repeated: agreement('commitment c { by US will "act" mechanism m mechanism m }', 'mechanism m: price_floor')
    }),
    'Commitment.due': reaches(agreement('commitment c { by US will "act" due 2026-06-30 }'), 'commitments[a.c].due.value', '2026-06-30', {
        repeated: agreement('commitment c { by US will "act" due 2026-06-30 due 2026-07-31 }')
    }),
    'Commitment.status': reaches(agreement('commitment c { by US will "act" status fulfilled }'), 'commitments[a.c].status', 'fulfilled', {
        repeated: agreement('commitment c { by US will "act" status pending status fulfilled }')
    }),
    'Commitment.citations': reaches(agreement('commitment c { by US will "act" cite s "p. 4" }'), 'commitments[a.c].citations', [{ source: 's', locator: 'p. 4' }]),
    'Commitment.uncertain': reaches(agreement('commitment c { by US will "act" uncertain }'), 'commitments[a.c].uncertain', true),

    'Mechanism.suppressions': {
        why: SUPPRESSION_WHY,
        sample: agreement('#suppress "pacta/each-with-one-party" "each of the two is meant"', 'mechanism m: price_floor { parties US amount 5 USD each }'),
        diagnostics: [],
        control: { sample: mechanism('parties US amount 5 USD each'), diagnostics: ['pacta/each-with-one-party'] }
    },
    'Mechanism.name': reaches(mechanism(''), 'mechanisms[a.m].name', 'm'),
    'Mechanism.kind': reaches(mechanism(''), 'mechanisms[a.m].kind', 'price_floor'),
    'Mechanism.status': reaches(mechanism('status operational'), 'mechanisms[a.m].status', 'operational', { repeated: mechanism('status agreed status operational') }),
    'Mechanism.parties': reaches(mechanism('parties US, JP'), 'mechanisms[a.m].parties', ['US', 'JP']),
    'Mechanism.amount': reaches(mechanism('amount 5 USD'), 'mechanisms[a.m].amount.text', '5 USD', { repeated: mechanism('amount 5 USD amount 6 USD') }),
    'Mechanism.resources': reaches(mechanism('resources lithium'), 'mechanisms[a.m].resources', ['lithium']),
    'Mechanism.resourceLists': reaches(mechanism('resources every eu_crma_2024_strategic'), 'mechanisms[a.m].resourceLists', ['eu-crma-2024-strategic']),
    'Mechanism.stages': reaches(mechanism('stages refining'), 'mechanisms[a.m].stages', ['refining']),
    'Mechanism.note': reaches(mechanism('note "for cobalt"'), 'mechanisms[a.m].note', 'for cobalt', { repeated: mechanism('note "a" note "b"') }),
    'Mechanism.citations': reaches(mechanism('cite s "p. 6"'), 'mechanisms[a.m].citations', [{ source: 's', locator: 'p. 6' }]),
    'Mechanism.uncertain': reaches(mechanism('uncertain'), 'mechanisms[a.m].uncertain', true),

    'Money.qualifier': reaches(mechanism('amount up to 12 billion USD'), 'mechanisms[a.m].amount.qualifier', 'up to'),
    'Money.value': reaches(mechanism('amount 12.5 USD'), 'mechanisms[a.m].amount.value', '12.5'),
    'Money.scale': reaches(mechanism('amount 12 billion USD'), 'mechanisms[a.m].amount.value', '12000000000'),
    'Money.currency': reaches(mechanism('amount 5 JPY'), 'mechanisms[a.m].amount.currency', 'JPY'),
    'Money.scope': reaches(mechanism('parties US, JP amount 5 USD each'), 'mechanisms[a.m].amount.scope', 'each'),
    'Money.per': reaches(mechanism('amount 7_500 USD per vehicle'), 'mechanisms[a.m].amount.per', 'vehicle'),
    'Money.purpose': reaches(mechanism('amount more than 1 billion USD forecast'), 'mechanisms[a.m].amount.purpose', 'forecast'),

    'Agreement.figures': reaches(agreement('figure votes 338 votes "in favour"'), 'agreements[a].figures[0].quantity.value', '338'),
    'Event.figures': reaches(agreement('in_force 2026-02-01 { figure supply 60 days }'), 'events[a.in_force].figures[0].quantity.unit', { kind: 'duration', unit: 'day' }),
    'Commitment.figures': reaches(agreement('commitment c { by US will "act" figure share 10 % }'), 'commitments[a.c].figures[0].quantity.unit', { kind: 'percent' }),
    'Mechanism.figures': reaches(mechanism('figure loan 5 million USD committed'), 'mechanisms[a.m].figures[0].quantity.purpose', 'committed'),
    'Figure.name': reaches(agreement('figure votes 338 votes'), 'agreements[a].figures[0].name', 'votes'),
    'Figure.quantity': reaches(agreement('figure votes 338 votes'), 'agreements[a].figures[0].quantity.text', '338 votes'),
    'Figure.label': reaches(agreement('figure participants 14 countries "plus the EU"'), 'agreements[a].figures[0].label', 'plus the EU'),
    'Figure.citations': reaches(agreement('figure share 10 % { cite s "Art. 5" }'), 'agreements[a].figures[0].citations', [{ source: 's', locator: 'Art. 5' }]),
    'Figure.uncertain': reaches(agreement('figure share 10 % { uncertain }'), 'agreements[a].figures[0].uncertain', true),
    'Quantity.qualifier': reaches(agreement('figure share at least 10 %'), 'agreements[a].figures[0].quantity.qualifier', 'at least'),
    'Quantity.value': reaches(agreement('figure share 12.5 %'), 'agreements[a].figures[0].quantity.value', '12.5'),
    'Quantity.scale': reaches(agreement('figure people 1.5 million people'), 'agreements[a].figures[0].quantity.value', '1500000'),
    'Quantity.percent': reaches(agreement('figure share 10 percent'), 'agreements[a].figures[0].quantity.unit', { kind: 'percent' }),
    'Quantity.period': reaches(agreement('figure term 10 business days'), 'agreements[a].figures[0].quantity.unit', { kind: 'duration', unit: 'business_day' }),
    'Quantity.unit': reaches(agreement('figure participants 14 countries'), 'agreements[a].figures[0].quantity.unit', { kind: 'count', noun: 'countries' }),
    'Quantity.per': reaches(agreement('figure output 5 tonnes per year'), 'agreements[a].figures[0].quantity.per', 'year'),
    'Quantity.purpose': reaches(agreement('figure trade 2 billion USD forecast'), 'agreements[a].figures[0].quantity.purpose', 'forecast'),

    'Relation.kind': reaches(OLD + agreement('supersedes old upon signed'), 'relations[a.supersedes.old].kind', 'supersedes'),
    'Relation.upon': reaches(OLD + agreement('supersedes old upon signed'), 'relations[a.supersedes.old].upon', 'signed'),
    'Relation.target': reaches(OLD + agreement('amends old'), 'relations[a.amends.old].to', 'old'),
    'Relation.parties': reaches(OLD + agreement('continues old for JP'), 'relations[a.continues.old].parties', ['JP']),
    'Relation.citations': reaches(OLD + agreement('builds_on old { cite s "p. 7" }'), 'relations[a.builds_on.old].citations', [{ source: 's', locator: 'p. 7' }]),
    'Relation.uncertain': reaches(OLD + agreement('builds_on old { uncertain }'), 'relations[a.builds_on.old].uncertain', true)
};
