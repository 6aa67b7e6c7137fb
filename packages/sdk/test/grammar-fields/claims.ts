import { type FieldEntry, agreement, reaches } from './entries.js';

/** A second source, for claims that disagree. */
const T = 'source t "Another source"\n';
/** A mechanism `a.m` with the given body. */
const mechanism = (body: string) => agreement(`mechanism m: price_floor { ${body} }`);
/** A commitment `a.c` by US with the given body. */
const commitment = (body: string) => agreement(`commitment c { by US will "act" ${body} }`);

/** Claims on single-valued fields (`X { cite s } or Y { cite t }`), aliases and the sources of role lists (1.4). */
export const CLAIM_FIELDS: Record<string, FieldEntry> = {
    'Agreement.kindNote': reaches(agreement('kind loan { cite s "sec. 3" }'), 'agreements[a].fieldClaims[0].citations', [{ source: 's', locator: 'sec. 3' }], {
        repeated: agreement('kind loan { cite s } kind grant { cite s }')
    }),
    'Agreement.kindClaims': reaches(T + agreement('kind executive_order { cite s } or loan { cite t preferred }'), 'agreements[a].kind', 'loan'),
    'Agreement.bindingNote': reaches(agreement('nonbinding { cite s uncertain }'), 'agreements[a].fieldClaims[0].uncertain', true, {
        repeated: agreement('nonbinding { cite s } binding { cite s }')
    }),
    'Agreement.bindingClaims': reaches(T + agreement('nonbinding { cite s } or binding { cite t }'), 'agreements[a].fieldClaims[1].value', 'binding'),
    'Agreement.titleClaims': reaches(agreement('title "Agreement A, its other official name" { cite s }'), 'agreements[a].fieldClaims[1].value', 'Agreement A, its other official name'),
    'Agreement.aliases': reaches(agreement('aliases "AA", "A-A" { cite s }'), 'agreements[a].aliases', ['AA', 'A-A']),
    'Party.aliases': reaches('organisation msp "Minerals Security Partnership" { aliases "MSP" }', 'parties[msp].aliases', ['MSP']),
    'Aliases.names': reaches(agreement('aliases "AA", "A-A"'), 'agreements[a].fieldClaims[0].value', ['AA', 'A-A']),
    'Aliases.citations': reaches(agreement('aliases "AA" { cite s "p. 2" }'), 'agreements[a].fieldClaims[0].citations', [{ source: 's', locator: 'p. 2' }]),
    'Aliases.uncertain': reaches(agreement('aliases "AA" { uncertain }'), 'agreements[a].fieldClaims[0].uncertain', true),
    'RoleList.citations': reaches(agreement('lead US { cite s "para. 1" }'), 'agreements[a].roles[2].citations', [{ source: 's', locator: 'para. 1' }]),
    'RoleList.uncertain': reaches(agreement('lead US { uncertain }'), 'agreements[a].roles[2].uncertain', true),

    'Commitment.dueNote': reaches(commitment('due 2026-06-30 { cite s }'), 'commitments[a.c].fieldClaims[0].citations', [{ source: 's' }], {
        repeated: commitment('due 2026-06-30 { cite s } due 2026-07-31 { cite s }')
    }),
    'Commitment.dueClaims': reaches(T + commitment('due 60 days after signed { cite s } or 90 days after signed { cite t preferred }'), 'commitments[a.c].due.value', '2026-04-01'),
    'Commitment.statusNote': reaches(commitment('status fulfilled { cite s }'), 'commitments[a.c].fieldClaims[0].value', 'fulfilled', {
        repeated: commitment('status pending { cite s } status fulfilled { cite s }')
    }),
    'Commitment.statusClaims': reaches(T + commitment('status pending { cite s } or fulfilled { cite t }'), 'commitments[a.c].fieldClaims[1].value', 'fulfilled'),
    'Mechanism.statusNote': reaches(mechanism('status agreed { cite s }'), 'mechanisms[a.m].fieldClaims[0].citations', [{ source: 's' }], {
        repeated: mechanism('status agreed { cite s } status operational { cite s }')
    }),
    'Mechanism.statusClaims': reaches(T + mechanism('status agreed { cite s } or operational { cite t preferred }'), 'mechanisms[a.m].status', 'operational'),
    'Mechanism.amountNote': reaches(mechanism('amount 5 USD { cite s }'), 'mechanisms[a.m].fieldClaims[0].value.value', '5', {
        repeated: mechanism('amount 5 USD { cite s } amount 6 USD { cite s }')
    }),
    'Mechanism.amountClaims': reaches(T + mechanism('amount 1 billion USD { cite s } or 1 billion AUD { cite t uncertain }'), 'mechanisms[a.m].fieldClaims[1].value.currency', 'AUD'),

    'FieldNote.citations': reaches(T + mechanism('amount 1 USD { cite s } or 2 USD { cite t "p. 9" }'), 'mechanisms[a.m].fieldClaims[1].citations', [{ source: 't', locator: 'p. 9' }]),
    'FieldNote.uncertain': reaches(T + mechanism('amount 1 USD { cite s } or 2 USD { cite t uncertain }'), 'mechanisms[a.m].fieldClaims[1].uncertain', true),
    'FieldNote.preferred': reaches(T + mechanism('amount 1 USD { cite s } or 2 USD { cite t preferred }'), 'mechanisms[a.m].amount.value', '2'),
    'NameClaim.value': reaches(T + agreement('kind loan { cite s } or grant { cite t }'), 'agreements[a].fieldClaims[1].value', 'grant'),
    'NameClaim.note': reaches(T + agreement('kind loan { cite s } or grant { cite t }'), 'agreements[a].fieldClaims[1].citations', [{ source: 't' }]),
    'BindingClaim.value': reaches(T + agreement('binding { cite s } or nonbinding { cite t }'), 'agreements[a].fieldClaims[1].value', 'nonbinding'),
    'BindingClaim.note': reaches(T + agreement('binding { cite s } or nonbinding { cite t preferred }'), 'agreements[a].binding', 'nonbinding'),
    'TitleClaim.value': reaches(agreement('title "B" { cite s } or "C" { cite s }'), 'agreements[a].fieldClaims[2].value', 'C'),
    'TitleClaim.note': reaches(agreement('title "B" { cite s preferred }'), 'agreements[a].title', 'B'),
    'DueClaim.value': reaches(T + commitment('due 2026-06-30 { cite s } or 2026-07-31 { cite t }'), 'commitments[a.c].fieldClaims[1].value.value', '2026-07-31'),
    'DueClaim.note': reaches(T + commitment('due 2026-06-30 { cite s } or 2026-07-31 { cite t preferred }'), 'commitments[a.c].due.value', '2026-07-31'),
    'CommitmentStatusClaim.value': reaches(T + commitment('status pending { cite s } or breached { cite t }'), 'commitments[a.c].fieldClaims[1].value', 'breached'),
    'CommitmentStatusClaim.note': reaches(T + commitment('status pending { cite s } or breached { cite t preferred }'), 'commitments[a.c].status', 'breached'),
    'MechanismStatusClaim.value': reaches(T + mechanism('status agreed { cite s } or ended { cite t }'), 'mechanisms[a.m].fieldClaims[1].value', 'ended'),
    'MechanismStatusClaim.note': reaches(T + mechanism('status agreed { cite s } or ended { cite t preferred }'), 'mechanisms[a.m].status', 'ended'),
    'MoneyClaim.value': reaches(T + mechanism('amount 1 USD { cite s } or 2 USD { cite t }'), 'mechanisms[a.m].fieldClaims[1].value.text', '2 USD'),
    'MoneyClaim.note': reaches(T + mechanism('amount 1 USD { cite s } or 2 USD { cite t }'), 'mechanisms[a.m].fieldClaims[1].preferred', false)
};
