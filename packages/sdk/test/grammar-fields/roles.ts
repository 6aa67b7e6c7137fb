import { type FieldEntry, agreement, reaches } from './entries.js';

const CA = 'state CA "Canada"\n';
/** A mechanism `a.m` with the given body. */
const mechanism = (body: string) => agreement(`mechanism m: equity { ${body} }`);

/** Roles over time, stated negatives, `requires ratification`, who leads and takes part in a mechanism (1.4). */
export const ROLE_FIELDS: Record<string, FieldEntry> = {
    'RoleList.from': reaches(agreement('chair JP from 2024-07 until 2026-06'), 'agreements[a].roles[2].from.text', '2024-07'),
    'RoleList.until': reaches(agreement('chair JP until 2026-06'), 'agreements[a].roles[2].until.value', '2026-06'),
    'Agreement.negatives': reaches(CA + agreement('excludes parties CA'), 'agreements[a].negatives[0].party', 'CA'),
    'Agreement.requiresRatification': reaches(agreement('requires ratification'), 'agreements[a].requiresRatification', true),
    'StatedNegative.role': reaches(CA + agreement('excludes signatories CA'), 'agreements[a].negatives[0].role', 'signatory'),
    'StatedNegative.parties': reaches(CA + agreement('excludes parties CA'), 'agreements[a].negatives[0].party', 'CA'),
    'StatedNegative.note': reaches(CA + agreement('excludes parties CA "Canada is not named"'), 'agreements[a].negatives[0].note', 'Canada is not named'),
    'StatedNegative.citations': reaches(CA + agreement('excludes parties CA { cite s "p. 1" }'), 'agreements[a].negatives[0].citations', [{ source: 's', locator: 'p. 1' }]),
    'StatedNegative.uncertain': reaches(CA + agreement('excludes parties CA { uncertain }'), 'agreements[a].negatives[0].uncertain', true),
    'Mechanism.lead': reaches(mechanism('lead US'), 'mechanisms[a.m].lead', ['US']),
    'Mechanism.participants': reaches(CA + mechanism('participants US, CA'), 'mechanisms[a.m].participants', ['US', 'CA'])
};
