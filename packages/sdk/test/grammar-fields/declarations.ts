import { type FieldEntry, SUPPRESSION_WHY, agreement, reaches } from './entries.js';

/** A nonbinding agreement whose commitment says `shall` (the warning pacta/shall-in-nonbinding), with `before` ahead of the commitment. */
function shallInNonbinding(before: string): string {
    return ['agreement n "N" {', '    nonbinding', '    parties US, JP', before ? `    ${before}` : '', '    commitment c { by US shall "act" }', '}', ''].join('\n');
}

const SUPPRESS = '#suppress "pacta/shall-in-nonbinding" "the text says shall"';

/** Top-level declarations: the document, suppressions, parties, memberships, sources, mechanism kinds, resources, stages. */
export const DECLARATION_FIELDS: Record<string, FieldEntry> = {
    'Document.elements': reaches('state MX "Mexico"', 'parties[MX].title', 'Mexico'),

    'Suppression.code': {
        why: SUPPRESSION_WHY,
        sample: shallInNonbinding(SUPPRESS),
        diagnostics: [],
        control: { sample: shallInNonbinding('#suppress "pacta/commitment-incomplete" "another code"'), diagnostics: ['pacta/shall-in-nonbinding', 'pacta/unused-suppression'] }
    },
    'Suppression.reason': {
        why: 'the reason is for the reader of the source; a suppression without one is the error pacta/suppression-without-reason and silences nothing',
        sample: shallInNonbinding(SUPPRESS),
        diagnostics: [],
        control: { sample: shallInNonbinding('#suppress "pacta/shall-in-nonbinding"'), diagnostics: ['pacta/shall-in-nonbinding', 'pacta/suppression-without-reason'] }
    },

    'Party.suppressions': {
        why: SUPPRESSION_WHY,
        sample: '#suppress "pacta/agency-without-parent" "the source names no parent"\nagency ustr "Office of the U.S. Trade Representative"',
        diagnostics: [],
        control: { sample: 'agency ustr "Office of the U.S. Trade Representative"', diagnostics: ['pacta/agency-without-parent'] }
    },
    'Party.kind': reaches('organisation msp "Minerals Security Partnership"', 'parties[msp].kind', 'organisation'),
    'Party.name': reaches('state MX "Mexico"', 'parties[MX].iso.alpha3', 'MEX'),
    'Party.title': reaches('state MX "Mexico"', 'parties[MX].title', 'Mexico'),
    'Party.code': reaches('organisation msp "Minerals Security Partnership" code MSP', 'parties[msp].code', 'MSP'),
    'Party.parent': reaches('agency ustr "Office of the U.S. Trade Representative" of US', 'parties[ustr].parent', 'US'),
    'Party.members': reaches('organisation msp "Minerals Security Partnership" { members US, JP }', 'parties[msp].members', ['US', 'JP']),
    'Party.memberships': reaches('organisation msp "Minerals Security Partnership" { members US  member JP joined 2023-06-22 }', 'parties[msp].memberships[0].party', 'JP'),
    'Party.office': reaches('person greer "Jamieson Greer" of US { office "Trade Representative" }', 'parties[greer].office', 'Trade Representative', {
        repeated: 'person greer "Jamieson Greer" of US { office "USTR" office "Trade Representative" }'
    }),
    'Party.holidays': reaches('state BE "Belgium" { holidays "BE" }', 'parties[BE].holidays', 'BE', {
        repeated: 'state BE "Belgium" { holidays "FR" holidays "BE" }'
    }),
    'Party.citations': reaches('state MX "Mexico" { cite s "p. 1" }', 'parties[MX].citations', [{ source: 's', locator: 'p. 1' }]),
    'Party.uncertain': reaches('state MX "Mexico" { uncertain }', 'parties[MX].uncertain', true),

    'Membership.party': reaches('organisation msp "MSP" { member JP joined 2023-06-22 }', 'parties[msp].memberships[0].party', 'JP'),
    'Membership.joined': reaches('organisation msp "MSP" { member JP joined 2023-06-22 }', 'parties[msp].memberships[0].joined.value', '2023-06-22'),
    'Membership.left': reaches('organisation msp "MSP" { member JP joined 2023-06-22 left 2025-01-01 }', 'parties[msp].memberships[0].left.value', '2025-01-01'),
    'Membership.citations': reaches('organisation msp "MSP" { member JP joined 2023-06-22 { cite s "p. 2" } }', 'parties[msp].memberships[0].citations', [{ source: 's', locator: 'p. 2' }]),
    'Membership.uncertain': reaches('organisation msp "MSP" { member JP joined 2023-06-22 { uncertain } }', 'parties[msp].memberships[0].uncertain', true),

    'Source.name': reaches('source wh "The White House"', 'sources[wh].title', 'The White House'),
    'Source.title': reaches('source wh "The White House"', 'sources[wh].title', 'The White House'),
    'Source.kind': reaches('source wh "The White House" { kind press_release }', 'sources[wh].kind', 'press_release', {
        repeated: 'source wh "The White House" { kind press_release kind official_text }'
    }),
    // 1.4: several addresses (`url "a", "b"` or `url` written again); `url` stays the first.
    'Source.urls': reaches('source wh "The White House" { url "https://example.org/a", "https://example.org/b" url "https://example.org/c" }', 'sources[wh].urls', [
        'https://example.org/a',
        'https://example.org/b',
        'https://example.org/c'
    ]),
    'Source.publisher': reaches('source wh "The White House" { publisher "EOP" }', 'sources[wh].publisher', 'EOP', {
        repeated: 'source wh "The White House" { publisher "EOP" publisher "White House" }'
    }),
    'Source.published': reaches('source wh "The White House" { published 2026-02-04 }', 'sources[wh].published', '2026-02-04', {
        repeated: 'source wh "The White House" { published 2026-02-04 published 2026-02-05 }'
    }),
    'Source.accessed': reaches('source wh "The White House" { accessed 2026-11-26 }', 'sources[wh].accessed', '2026-11-26', {
        repeated: 'source wh "The White House" { accessed 2026-11-26 accessed 2026-11-27 }'
    }),

    'Citation.source': reaches(agreement('cite s'), 'agreements[a].citations[0].source', 's'),
    'Citation.locator': reaches(agreement('cite s "paragraph 4"'), 'agreements[a].citations[0].locator', 'paragraph 4'),

    'MechanismKind.name': reaches('mechanism_kind royalty "Royalty"', 'mechanismKinds[royalty].title', 'Royalty'),
    'MechanismKind.title': reaches('mechanism_kind royalty "Royalty"', 'mechanismKinds[royalty].title', 'Royalty'),
    'MechanismKind.parent': reaches('mechanism_kind royalty_floor "Royalty floor" of price_floor', 'mechanismKinds[royalty_floor].parent', 'price_floor'),

    'Resource.kind': reaches('resource_group batteries "Battery materials" { members lithium, graphite }', 'resources[batteries].kind', 'group'),
    'Resource.name': reaches('resource unobtainium "Unobtainium"', 'resources[unobtainium].title', 'Unobtainium'),
    'Resource.title': reaches('resource unobtainium "Unobtainium"', 'resources[unobtainium].title', 'Unobtainium'),
    'Resource.members': reaches('resource_group batteries "Battery materials" { members lithium, graphite }', 'resources[batteries].members', ['lithium', 'graphite']),

    'Stage.name': reaches('stage smelting "Smelting"', 'stages[smelting].title', 'Smelting'),
    'Stage.title': reaches('stage smelting "Smelting"', 'stages[smelting].title', 'Smelting')
};
