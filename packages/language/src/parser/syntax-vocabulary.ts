/**
 * The words syntax errors use for what the grammar expects: a construct (a grammar rule) or a
 * token, described for a person, with an example. Never a token type name (INT, ID, STRING, EOF).
 */

/** The words that start a declaration, for messages. */
export const DECLARATION_KEYWORDS = '`state`, `bloc`, `organisation`, `agency`, `company`, `person`, `source`, `agreement`, `instrument`, `mechanism_kind`, `resource`, `resource_group` or `stage`';

/** What a grammar rule reads, as a person would name it, with examples. */
export const RULE_WORDS: Record<string, string> = {
    TimeExpr: 'a date such as 2026-03-06, or a deadline such as `within 30 days after signed`',
    DueTime: 'a date such as 2026-03-06, or a deadline such as `within 30 days after signed`',
    ByDate: 'a date such as 2026-03-06, 2026-03 or `year 2026`',
    DateOperand: 'a date such as 2026-03-06, an event such as `signed`, or a deadline such as `30 days after signed`',
    AbsoluteDate: 'a date such as 2026-03-06, 2026-03 or `year 2026`',
    DateLiteral: 'a date such as 2026-03-06 (year-month-day) or 2026-03',
    OffsetDeadline: 'a period such as `30 days after signed`',
    TimeUnit: 'a unit: `days`, `business days`, `weeks`, `months` or `years`',
    DeadlineBound: '`within`, `no later than`, `not before` or `on`',
    OpenForm: '`as long as`, `upon` or `when`',
    Name: 'a name (letters, digits and `_`, starting with a letter), such as `us_mexico`',
    QualifiedName: 'a name such as `signed` or `usmca.in_force`',
    Decimal: 'a number such as `12` or `12.5`',
    Money: 'an amount such as `12 billion USD`',
    MoneyQualifier: '`exactly`, `at least`, `up to`, `about`, `more than` or `less than`',
    Figure: 'a figure such as `figure votes 338 votes "in favour"`',
    Quantity: 'a quantity such as `10 %`, `60 days`, `338 votes` or `1 billion USD`',
    PercentSign: '`%` or `percent`',
    AmountPurpose: '`committed`, `pledged`, `forecast`, `estimated` or `disbursed`',
    PerUnit: 'a unit such as `vehicle` or `year`',
    Scale: '`thousand`, `million`, `billion` or `trillion`',
    MoneyScope: '`each` or `in total`',
    Modality: 'a modality: `shall`, `shall not`, `will`, `will not`, `will explore`, `intends to` or `may`',
    CommitmentStatus: 'a status: `pending`, `in_progress`, `fulfilled`, `breached`, `lapsed` or `superseded`',
    MechanismStatus: 'a status: `exploring`, `agreed`, `operational`, `suspended` or `ended`',
    Binding: '`binding` or `nonbinding`',
    Role: 'a role: `parties`, `signatories`, `lead`, `implementing`, `beneficiaries`, `observers`, `participants` or `chair`',
    RelationKind: 'a relation: `builds_on`, `implements`, `amends`, `supersedes`, `succeeds`, `continues`, `references` or `reviewed_by`',
    EventKind: 'an event: `announced`, `signed`, `ratified`, `in_force`, `provisional_application`, `review`, `expiry`, `terminated`, `withdrawal`, `adopted` or `event`',
    PartyKind: 'a party kind: `state`, `bloc`, `organisation`, `agency`, `company` or `person`',
    ResourceKind: '`resource` or `resource_group`',
    Citation: 'a source declared with `source`, as in `cite news_report "paragraph 4"`',
    Suppression: '`#suppress "pacta/CODE" "reason"`',
    TopLevel: `a declaration (${DECLARATION_KEYWORDS})`,
    Document: `a declaration (${DECLARATION_KEYWORDS})`
};

/** Words a newcomer writes for a keyword of the language (the fuzzy match cannot find them). */
export const SYNONYMS: Record<string, string> = {
    entry_into_force: 'in_force',
    entered_into_force: 'in_force',
    enters_into_force: 'in_force',
    into_force: 'in_force',
    effective: 'in_force',
    signature: 'signed',
    sign: 'signed',
    announcement: 'announced',
    announce: 'announced',
    ratification: 'ratified',
    expires: 'expiry',
    expiration: 'expiry',
    expired: 'expiry',
    termination: 'terminated',
    withdrawn: 'withdrawal',
    adoption: 'adopted',
    country: 'state',
    nation: 'state',
    organization: 'organisation',
    ministry: 'agency',
    treaty: 'agreement',
    obligation: 'commitment',
    commits: 'commitment',
    source_ref: 'cite',
    citation: 'cite',
    cites: 'cite',
    nonbinding_agreement: 'nonbinding',
    non_binding: 'nonbinding',
    legally_binding: 'binding',
    deadline: 'due',
    by_date: 'due'
};

/** What may be written inside the `{ … }` of a block, by the rule that reads the block. */
export const BLOCK_CONTENTS: Record<string, { what: string; keywords: readonly string[] }> = {
    Agreement: {
        what: '`kind`, `binding`, a role list (`parties US, MX`), an event (`signed 2026-02-04`), `commitment`, `mechanism`, a relation (`builds_on OTHER`), `resources`, `sectors`, `cite` or `uncertain`',
        keywords: [
            'kind',
            'binding',
            'nonbinding',
            'parties',
            'signatories',
            'lead',
            'implementing',
            'beneficiaries',
            'observers',
            'participants',
            'chair',
            'excludes',
            'requires',
            'resources',
            'stages',
            'sectors',
            'member',
            'announced',
            'signed',
            'ratified',
            'in_force',
            'provisional_application',
            'review',
            'expiry',
            'terminated',
            'withdrawal',
            'adopted',
            'event',
            'commitment',
            'mechanism',
            'builds_on',
            'implements',
            'amends',
            'supersedes',
            'succeeds',
            'continues',
            'references',
            'reviewed_by',
            'figure',
            'cite',
            'uncertain',
            '#suppress'
        ]
    },
    Commitment: {
        what: '`by`, a modality with its text (`will "…"`), `mechanism`, `due`, `status`, `cite` or `uncertain`',
        keywords: ['by', 'shall', 'will', 'intends', 'may', 'mechanism', 'due', 'status', 'figure', 'cite', 'uncertain']
    },
    Mechanism: {
        what: '`status`, `parties`, `lead`, `participants`, `amount`, `resources`, `stages`, `note`, `cite` or `uncertain`',
        keywords: ['status', 'parties', 'lead', 'participants', 'amount', 'resources', 'stages', 'note', 'figure', 'cite', 'uncertain']
    },
    Party: {
        what: '`members`, `member`, `office`, `holidays`, `cite` or `uncertain`',
        keywords: ['members', 'member', 'office', 'holidays', 'cite', 'uncertain']
    },
    Source: {
        what: '`kind`, `url`, `publisher`, `published` or `accessed`',
        keywords: ['kind', 'url', 'publisher', 'published', 'accessed']
    },
    Event: { what: '`date` claims, `cite` or `uncertain`', keywords: ['date', 'figure', 'cite', 'uncertain'] },
    Figure: { what: '`cite` or `uncertain`', keywords: ['cite', 'uncertain'] },
    DateClaim: { what: '`cite` or `uncertain`', keywords: ['cite', 'uncertain'] },
    Membership: { what: '`cite` or `uncertain`', keywords: ['cite', 'uncertain'] },
    Relation: { what: '`cite` or `uncertain`', keywords: ['cite', 'uncertain'] },
    Resource: { what: '`members`', keywords: ['members'] }
};

/** The words that start a top-level declaration. */
export const TOP_LEVEL_KEYWORDS: readonly string[] = [
    'state',
    'bloc',
    'organisation',
    'agency',
    'company',
    'person',
    'source',
    'agreement',
    'instrument',
    'mechanism_kind',
    'resource',
    'resource_group',
    'stage',
    '#suppress'
];

/** A token the grammar expects, in words. */
export function tokenWords(name: string): string {
    switch (name) {
        case 'EOF':
            return 'the end of the file or a new declaration';
        case 'STRING':
            return 'a text in double quotes';
        case 'INT':
            return 'a whole number';
        case 'DECIMAL':
            return 'a number';
        case 'DATE':
            return 'a date such as 2026-03-06';
        case 'ID':
            return 'a name';
        case 'ORDINAL':
            return 'an ordinal such as `6th`';
        default:
            return `\`${name}\``;
    }
}

/** How a construct is called in a message ("commitment `mou`"). */
export const NODE_WORDS: Record<string, string> = {
    Agreement: 'agreement',
    Commitment: 'commitment',
    Mechanism: 'mechanism',
    Event: 'event',
    Party: 'party',
    Source: 'source',
    Membership: 'membership',
    Relation: 'relation',
    DateClaim: 'date claim',
    Resource: 'resource',
    Stage: 'stage',
    MechanismKind: 'mechanism kind'
};
