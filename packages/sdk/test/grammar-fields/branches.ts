import { type FieldEntry, agreement, reaches } from './entries.js';

/** An agreement `a` with a branch `extended`: a review in its `if` arm, a commitment and a mechanism in `otherwise`. */
const BRANCH = agreement(
    'if extended "each Party confirms" {',
    '    review next_review 2032-07-01',
    '    cite s "Article 34.7(3)"',
    '    uncertain',
    '} otherwise {',
    '    commitment annual { by US will "review every year" }',
    '    mechanism board: price_floor',
    '    taken 2026-07-01 { cite s "communiqué"  uncertain }',
    '}'
);

/** Conditional branches (format 1.4): `if NAME "condition" { … } otherwise { … }`, `taken DATE`. */
export const BRANCH_FIELDS: Record<string, FieldEntry> = {
    'Agreement.branches': reaches(BRANCH, 'agreements[a].branches[0].id', 'a.extended'),
    'Branch.name': reaches(BRANCH, 'agreements[a].branches[0].name', 'extended'),
    'Branch.condition': reaches(BRANCH, 'agreements[a].branches[0].condition', 'each Party confirms'),
    'Branch.ifArm': reaches(BRANCH, 'events[a.next_review].branch', { id: 'a.extended', arm: 'if' }),
    'Branch.otherwiseArm': reaches(BRANCH, 'agreements[a].branches[0].arms[1].arm', 'otherwise'),
    'BranchArm.events': reaches(BRANCH, 'agreements[a].branches[0].arms[0].events', ['a.next_review']),
    'BranchArm.commitments': reaches(BRANCH, 'commitments[a.annual].branch', { id: 'a.extended', arm: 'otherwise' }),
    'BranchArm.mechanisms': reaches(BRANCH, 'agreements[a].branches[0].arms[1].mechanisms', ['a.board']),
    'BranchArm.citations': reaches(BRANCH, 'agreements[a].branches[0].arms[0].citations', [{ source: 's', locator: 'Article 34.7(3)' }]),
    'BranchArm.uncertain': reaches(BRANCH, 'agreements[a].branches[0].arms[0].uncertain', true),
    'BranchArm.taken': reaches(BRANCH, 'agreements[a].branches[0].taken.arm', 'otherwise'),
    'Taken.date': reaches(BRANCH, 'agreements[a].branches[0].taken.date', '2026-07-01'),
    'Taken.citations': reaches(BRANCH, 'agreements[a].branches[0].taken.citations', [{ source: 's', locator: 'communiqué' }]),
    'Taken.uncertain': reaches(BRANCH, 'agreements[a].branches[0].taken.uncertain', true)
};
