import { describe, expect, test } from 'vitest';
import type {
    Agreement,
    AgreementEvent,
    Citation,
    Commitment,
    CountryCode,
    DateValue,
    Deadline,
    Mechanism,
    MechanismKind,
    Money,
    PactaOutput,
    Party,
    Relation,
    RoleAssignment,
    Source,
    SourceLocation,
    Occurrences,
    Recurrence,
    Membership,
    DateClaim,
    Resource,
    Stage,
    ReferenceList,
    DateRange,
    DateAlternative,
    StatedNegative,
    Figure,
    Quantity,
    FieldClaim,
    AgreementBranch,
    BranchArm,
    BranchTaken,
    BranchPlace
} from '../src/index.js';
import { schemaFile } from './support.js';

/**
 * The keys of every type of the model, each marked required or optional, written so that the
 * type checker rejects a list that misses a key, has one too many or marks one wrongly; the test
 * then compares each list with the schema's properties (in order) and `required`. So the
 * TypeScript types and the schema cannot drift apart.
 */
type Keys<T> = { [K in keyof Required<T>]: undefined extends T[K] ? 'optional' : 'required' };
const keys = <T>(record: Keys<T>): Record<string, string> => record;

const MODEL: Record<string, Record<string, string>> = {
    '': keys<PactaOutput>({
        formatVersion: 'required',
        parties: 'required',
        agreements: 'required',
        events: 'required',
        commitments: 'required',
        mechanisms: 'required',
        mechanismKinds: 'required',
        relations: 'required',
        sources: 'required',
        resources: 'optional',
        stages: 'optional',
        referenceLists: 'optional',
        deadlines: 'required'
    }),
    location: keys<SourceLocation>({ file: 'required', line: 'required', column: 'required', endLine: 'required', endColumn: 'required' }),
    citation: keys<Citation>({ source: 'required', locator: 'optional' }),
    dateValue: keys<DateValue>({
        status: 'required',
        value: 'required',
        precision: 'required',
        bound: 'required',
        relative: 'required',
        form: 'optional',
        text: 'required',
        chain: 'required',
        chainFrom: 'optional',
        reason: 'optional',
        waitsOn: 'optional',
        calendars: 'optional',
        occurrences: 'optional',
        condition: 'optional',
        approximate: 'optional',
        range: 'optional',
        alternatives: 'optional'
    }),
    dateRange: keys<DateRange>({ from: 'required', to: 'required' }),
    dateAlternative: keys<DateAlternative>({ value: 'required', precision: 'required', anchor: 'required', claim: 'required', note: 'optional', approximate: 'optional' }),
    party: keys<Party>({
        id: 'required',
        kind: 'required',
        title: 'required',
        code: 'optional',
        iso: 'optional',
        parent: 'optional',
        members: 'required',
        memberships: 'optional',
        office: 'optional',
        holidays: 'optional',
        aliases: 'optional',
        fieldClaims: 'optional',
        citations: 'required',
        uncertain: 'required',
        doc: 'optional',
        location: 'required'
    }),
    'party/iso': keys<CountryCode>({ alpha2: 'required', alpha3: 'required', name: 'required' }),
    agreement: keys<Agreement>({
        id: 'required',
        form: 'required',
        title: 'required',
        kind: 'optional',
        binding: 'required',
        roles: 'required',
        resources: 'required',
        resourceLists: 'optional',
        stages: 'optional',
        sectors: 'required',
        memberships: 'optional',
        events: 'required',
        commitments: 'required',
        mechanisms: 'required',
        relations: 'required',
        negatives: 'optional',
        requiresRatification: 'optional',
        figures: 'optional',
        aliases: 'optional',
        fieldClaims: 'optional',
        citations: 'required',
        uncertain: 'required',
        doc: 'optional',
        location: 'required',
        branches: 'optional'
    }),
    'agreement/roles': keys<RoleAssignment>({ party: 'required', role: 'required', from: 'optional', until: 'optional', citations: 'optional', uncertain: 'optional' }),
    'agreement/negatives': keys<StatedNegative>({ party: 'required', role: 'required', note: 'optional', citations: 'required', uncertain: 'required', location: 'required' }),
    event: keys<AgreementEvent>({
        id: 'required',
        agreement: 'required',
        kind: 'required',
        name: 'optional',
        title: 'optional',
        date: 'optional',
        claims: 'optional',
        place: 'optional',
        timeZone: 'optional',
        by: 'required',
        figures: 'optional',
        citations: 'required',
        uncertain: 'required',
        doc: 'optional',
        location: 'required',
        branch: 'optional'
    }),
    commitment: keys<Commitment>({
        id: 'required',
        agreement: 'required',
        name: 'required',
        actors: 'required',
        modality: 'optional',
        text: 'optional',
        mechanism: 'optional',
        due: 'optional',
        status: 'required',
        figures: 'optional',
        fieldClaims: 'optional',
        citations: 'required',
        uncertain: 'required',
        doc: 'optional',
        location: 'required',
        branch: 'optional'
    }),
    money: keys<Money>({ text: 'required', qualifier: 'required', value: 'required', currency: 'optional', minorUnits: 'optional', scope: 'required', per: 'optional', purpose: 'optional' }),
    figure: keys<Figure>({ name: 'required', quantity: 'required', label: 'optional', citations: 'required', uncertain: 'required', location: 'required' }),
    quantity: keys<Quantity>({ text: 'required', qualifier: 'required', value: 'required', unit: 'required', per: 'optional', purpose: 'optional' }),
    mechanism: keys<Mechanism>({
        id: 'required',
        agreement: 'required',
        name: 'required',
        kind: 'required',
        status: 'optional',
        parties: 'required',
        lead: 'optional',
        participants: 'optional',
        amount: 'optional',
        resources: 'required',
        resourceLists: 'optional',
        stages: 'optional',
        note: 'optional',
        figures: 'optional',
        fieldClaims: 'optional',
        citations: 'required',
        uncertain: 'required',
        doc: 'optional',
        location: 'required',
        branch: 'optional'
    }),
    mechanismKind: keys<MechanismKind>({ id: 'required', title: 'required', parent: 'optional', ancestors: 'optional', builtin: 'required', doc: 'optional', location: 'optional' }),
    relation: keys<Relation>({
        id: 'required',
        from: 'required',
        kind: 'required',
        to: 'required',
        parties: 'required',
        upon: 'optional',
        citations: 'required',
        uncertain: 'required',
        location: 'required'
    }),
    source: keys<Source>({
        id: 'required',
        title: 'required',
        kind: 'optional',
        url: 'optional',
        urls: 'optional',
        publisher: 'optional',
        published: 'optional',
        accessed: 'optional',
        doc: 'optional',
        location: 'required'
    }),
    occurrences: keys<Occurrences>({ dates: 'required', stop: 'required', end: 'optional', truncated: 'required', recurrence: 'optional' }),
    'occurrences/recurrence': keys<Recurrence>({ anchor: 'required', every: 'required', unit: 'required', count: 'optional', until: 'optional' }),
    membership: keys<Membership>({ party: 'required', joined: 'optional', left: 'optional', citations: 'required', uncertain: 'required', location: 'required' }),
    dateClaim: keys<DateClaim>({
        date: 'required',
        note: 'optional',
        place: 'optional',
        timeZone: 'optional',
        preferred: 'required',
        citations: 'required',
        uncertain: 'required',
        location: 'required'
    }),
    fieldClaim: keys<FieldClaim>({ field: 'required', value: 'required', preferred: 'required', citations: 'required', uncertain: 'required', location: 'required' }),
    resource: keys<Resource>({ id: 'required', kind: 'required', title: 'required', members: 'required', lists: 'required', builtin: 'required', location: 'optional' }),
    stage: keys<Stage>({ id: 'required', title: 'required', builtin: 'required', location: 'optional' }),
    referenceList: keys<ReferenceList>({ id: 'required', title: 'required', publisher: 'required', published: 'required', url: 'required', count: 'required' }),
    deadline: keys<Deadline>({
        id: 'required',
        subject: 'required',
        subjectKind: 'required',
        agreement: 'required',
        kind: 'required',
        status: 'required',
        date: 'required',
        precision: 'required',
        text: 'required',
        chain: 'required',
        chainFrom: 'optional',
        actors: 'required',
        reason: 'optional',
        form: 'optional',
        calendars: 'optional',
        occurrences: 'optional',
        condition: 'optional',
        approximate: 'optional',
        range: 'optional',
        alternatives: 'optional',
        location: 'required',
        branch: 'optional'
    }),
    branch: keys<AgreementBranch>({ id: 'required', name: 'required', condition: 'required', arms: 'required', taken: 'optional', location: 'required' }),
    'branch/arms': keys<BranchArm>({ arm: 'required', events: 'required', commitments: 'required', mechanisms: 'required', citations: 'required', uncertain: 'required' }),
    'branch/taken': keys<BranchTaken>({ arm: 'required', date: 'optional', citations: 'required', uncertain: 'required' }),
    branchPlace: keys<BranchPlace>({ id: 'required', arm: 'required' })
};

type Node = Record<string, any>;

function schemaObject(path: string): Node {
    const defs = schemaFile['$defs'] as Node;
    if (path === '') return schemaFile;
    const [def, nested] = path.split('/');
    let node = defs[def!] as Node;
    if (nested) {
        node = node['properties'][nested];
        if (node['type'] === 'array') node = node['items'];
    }
    return node;
}

describe('model types and schema', () => {
    test.each(Object.entries(MODEL))('%s: the same fields, in the same order, the same ones required', (path, fields) => {
        const node = schemaObject(path);
        expect(Object.keys(node['properties'] as Node)).toEqual(Object.keys(fields));
        expect([...(node['required'] as string[])].sort()).toEqual(
            Object.keys(fields)
                .filter(k => fields[k] === 'required')
                .sort()
        );
    });
});
