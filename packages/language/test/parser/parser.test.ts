/**
 * Every construct of the grammar parses into the values the rest of the toolchain expects:
 * numbers without their `_` separators, money as exact decimal strings, keyword phrases
 * (`shall not`, `no later than`, `at least`, `in total`) normalised to single spaces.
 */
import { describe, expect, test } from 'vitest';
import {
    type AbsoluteDate,
    type Agreement,
    type AnniversaryDeadline,
    type MechanismKind,
    type OffsetDeadline,
    type Party,
    type Source,
    isAbsoluteDate,
    isAgreement,
    isAnniversaryDeadline,
    isExtremumDeadline,
    isMechanismKind,
    isOffsetDeadline,
    isParty,
    isSource
} from '../../src/index.js';
import { buildDocument, codes } from '../pacta-test-kit.js';

async function parseClean(text: string) {
    const result = await buildDocument(text);
    expect(result.document.parseResult.lexerErrors).toEqual([]);
    expect(result.document.parseResult.parserErrors).toEqual([]);
    return result;
}

async function agreement(body: string, prelude = 'state US "United States"\nstate JP "Japan"\n'): Promise<Agreement> {
    const { root } = await parseClean(`${prelude}agreement a "A" {\n${body}\n}\n`);
    const found = root.elements.find(isAgreement);
    expect(found).toBeDefined();
    return found!;
}

describe('parties', () => {
    test('every party kind, with code, parent, members, office, citations and suppressions', async () => {
        const { root, fileDiagnostics } = await parseClean(`
source report "A report"
state US "United States" code USA
bloc EU "European Union" { members DE, FR members IT }
state DE "Germany"
state FR "France"
state IT "Italy"
organisation IEA "International Energy Agency"
#suppress "pacta/agency-without-parent" "the parent is unknown"
agency USTR "Office of the U.S. Trade Representative" of US { cite report "p. 2" cite report uncertain }
company Acme "Acme Mining" of US
person greer "Jamieson Greer" of USTR { office "U.S. Trade Representative" }
`);
        expect(codes(fileDiagnostics)).toEqual(['pacta/unused-suppression']);
        const parties = root.elements.filter(isParty);
        expect(parties.map(p => [p.kind, p.name, p.title])).toEqual([
            ['state', 'US', 'United States'],
            ['bloc', 'EU', 'European Union'],
            ['state', 'DE', 'Germany'],
            ['state', 'FR', 'France'],
            ['state', 'IT', 'Italy'],
            ['organisation', 'IEA', 'International Energy Agency'],
            ['agency', 'USTR', 'Office of the U.S. Trade Representative'],
            ['company', 'Acme', 'Acme Mining'],
            ['person', 'greer', 'Jamieson Greer']
        ]);
        const byName = new Map(parties.map(p => [p.name, p] as [string, Party]));
        expect(byName.get('US')!.code).toBe('USA');
        expect(byName.get('EU')!.members.map(m => m.ref?.name)).toEqual(['DE', 'FR', 'IT']);
        const ustr = byName.get('USTR')!;
        expect(ustr.parent?.ref?.name).toBe('US');
        expect(ustr.suppressions.map(s => [s.code, s.reason])).toEqual([['pacta/agency-without-parent', 'the parent is unknown']]);
        expect(ustr.citations.map(c => [c.source.ref?.name, c.locator])).toEqual([
            ['report', 'p. 2'],
            ['report', undefined]
        ]);
        expect(ustr.uncertain).toBe(true);
        expect(byName.get('greer')!.office).toBe('U.S. Trade Representative');
        expect(byName.get('greer')!.parent?.ref?.name).toBe('USTR');
    });
});

describe('sources and mechanism kinds', () => {
    test('source fields and a user mechanism kind', async () => {
        const { root } = await parseClean(`
source reuters "Reuters, 4 February 2026" {
  url "https://example.org/a?b=c"
  publisher "Reuters"
  published 2026-02-04
  accessed 2026-02
}
mechanism_kind recycling_credit "Recycling credit"
`);
        const source = root.elements.find(isSource) as Source;
        expect([source.name, source.title, source.urls, source.publisher, source.published, source.accessed]).toEqual([
            'reuters',
            'Reuters, 4 February 2026',
            ['https://example.org/a?b=c'],
            'Reuters',
            '2026-02-04',
            '2026-02'
        ]);
        const kind = root.elements.find(isMechanismKind) as MechanismKind;
        expect([kind.name, kind.title]).toEqual(['recycling_credit', 'Recycling credit']);
    });

    test('a string keeps its escapes as written and its inner quotes', async () => {
        const { root } = await parseClean('source s "The \\"Pacta\\" report"');
        expect((root.elements[0] as Source).title).toBe('The "Pacta" report');
    });

    test('only \" and \\ are escapes: any other backslash is kept with the character after it', async () => {
        const { root } = await parseClean(String.raw`source s "a\nb \"q\" c:\temp\new \0 \x41 \\ end"`);
        // Never a line break, a tab, a NUL or an 'A': what was written, but the two escapes.
        expect((root.elements[0] as Source).title).toBe(String.raw`a\nb "q" c:\temp\new \0 \x41 \ end`);
    });
});

describe('agreements', () => {
    test('form, kind, binding, every role, resources and sectors', async () => {
        const { root } = await parseClean(`
state US "United States"
state JP "Japan"
agency USTR "USTR" of US
instrument eo "Executive order" { kind executive_order binding parties US }
agreement a "A" {
  kind joint_statement
  nonbinding
  parties US, JP
  signatories US
  lead USTR
  implementing USTR
  beneficiaries JP
  resources critical_minerals, rare_earths
  resources lithium
  sectors "mining", "refining"
}
`);
        const [eo, a] = root.elements.filter(isAgreement);
        expect([eo!.form, eo!.name, eo!.kind, eo!.binding]).toEqual(['instrument', 'eo', 'executive_order', 'binding']);
        expect([a!.form, a!.kind, a!.binding]).toEqual(['agreement', 'joint_statement', 'nonbinding']);
        expect(a!.roles.map(r => [r.role, r.parties.map(p => p.ref?.name)])).toEqual([
            ['parties', ['US', 'JP']],
            ['signatories', ['US']],
            ['lead', ['USTR']],
            ['implementing', ['USTR']],
            ['beneficiaries', ['JP']]
        ]);
        expect(a!.resources.map(r => r.$refText)).toEqual(['critical_minerals', 'rare_earths', 'lithium']);
        expect(a!.sectors).toEqual(['mining', 'refining']);
        expect(a!.binding).toBe('nonbinding');
    });

    test('an agreement without binding status leaves it undefined', async () => {
        const a = await agreement('parties US');
        expect(a.binding).toBeUndefined();
        expect(a.kind).toBeUndefined();
    });

    test('every event kind, with names, titles, dates, `by` and citations', async () => {
        const a = await agreement(
            `
  announced 2026-02-04 by US, JP
  signed signed_tokyo "Signature in Tokyo" 2026-02-05 { cite s "p. 1" uncertain }
  ratified 2026-03
  in_force year 2027
  provisional_application 2026-06-01
  review 6 years after in_force
  expiry the 16th anniversary of in_force
  terminated 2040-01-01
  withdrawal 2039-01-01 by JP
  event kickoff "Kick-off meeting"
`,
            'state US "United States"\nstate JP "Japan"\nsource s "S"\n'
        );
        expect(a.events.map(e => [e.kind, e.name, e.title])).toEqual([
            ['announced', undefined, undefined],
            ['signed', 'signed_tokyo', 'Signature in Tokyo'],
            ['ratified', undefined, undefined],
            ['in_force', undefined, undefined],
            ['provisional_application', undefined, undefined],
            ['review', undefined, undefined],
            ['expiry', undefined, undefined],
            ['terminated', undefined, undefined],
            ['withdrawal', undefined, undefined],
            ['event', 'kickoff', 'Kick-off meeting']
        ]);
        expect(a.events[0]!.by.map(b => b.ref?.name)).toEqual(['US', 'JP']);
        expect(a.events[1]!.uncertain).toBe(true);
        expect(a.events[1]!.citations[0]!.locator).toBe('p. 1');
        expect((a.events[2]!.when as AbsoluteDate).date).toBe('2026-03');
        expect((a.events[3]!.when as AbsoluteDate).year).toBe(2027);
        expect(a.events[9]!.when).toBeUndefined();
    });

    test('commitments: actors, every modality, text, mechanism, due, every status', async () => {
        const modalities = ['shall', 'shall not', 'will', 'will explore', 'intends to', 'may'];
        const statuses = ['pending', 'fulfilled', 'breached', 'lapsed', 'superseded', 'in_progress'];
        const body = modalities.map((m, i) => `  commitment c${i} { by US, JP ${m} "text ${i}" mechanism m due 2026-0${i + 1}-01 status ${statuses[i]} }`).join('\n');
        const a = await agreement(`${body}\n  mechanism m: working_group`);
        expect(a.commitments.map(c => [c.name, c.modality, c.text, c.status])).toEqual(modalities.map((m, i) => [`c${i}`, m, `text ${i}`, statuses[i]]));
        expect(a.commitments[0]!.actors.map(r => r.ref?.name)).toEqual(['US', 'JP']);
        expect(a.commitments[0]!.mechanism?.ref?.name).toBe('m');
        expect((a.commitments[5]!.due as AbsoluteDate).date).toBe('2026-06-01');
    });

    test('modality and deadline-bound phrases are normalised to single spaces, comments dropped', async () => {
        const a = await agreement(`
  signed 2026-01-01
  commitment c {
    by US
    shall    /* really */
       not "text"
    due no // the bound spans lines
      later    than 30 days after signed
  }
  commitment d { by US intends\tto "x" due not\n before 1 week after signed }
  commitment e { by US will\n\n explore "x" }
  mechanism m: loan { amount at\n  least 5 USD in\n total }
  mechanism n: loan { amount up   to 5 USD }
`);
        expect(a.commitments.map(c => c.modality)).toEqual(['shall not', 'intends to', 'will explore']);
        expect((a.commitments[0]!.due as OffsetDeadline).bound).toBe('no later than');
        expect((a.commitments[1]!.due as OffsetDeadline).bound).toBe('not before');
        expect([a.mechanisms[0]!.amount!.qualifier, a.mechanisms[0]!.amount!.scope]).toEqual(['at least', 'in total']);
        expect(a.mechanisms[1]!.amount!.qualifier).toBe('up to');
    });

    test('mechanisms: kind, every status, parties, amount, resources, note, citations, suppressions', async () => {
        const statuses = ['exploring', 'agreed', 'operational', 'suspended', 'ended'];
        const a = await agreement(
            `
${statuses.map((s, i) => `  mechanism m${i}: price_floor { status ${s} }`).join('\n')}
  #suppress "pacta/each-with-one-party" "the text says each"
  mechanism fund: investment_fund {
    parties US, JP
    amount about 1.5 billion USD each
    resources lithium, cobalt
    note "a fund"
    cite s
    uncertain
  }
  mechanism bare: mou_to_conclude
`,
            'state US "United States"\nstate JP "Japan"\nsource s "S"\n'
        );
        expect(a.mechanisms.slice(0, 5).map(m => m.status)).toEqual(statuses);
        const fund = a.mechanisms[5]!;
        expect(fund.kind.ref?.name).toBe('investment_fund');
        expect(fund.parties.map(p => p.ref?.name)).toEqual(['US', 'JP']);
        expect(fund.resources.map(r => r.$refText)).toEqual(['lithium', 'cobalt']);
        expect(fund.note).toBe('a fund');
        expect(fund.uncertain).toBe(true);
        expect(fund.suppressions[0]!.code).toBe('pacta/each-with-one-party');
        expect(a.mechanisms[6]!.status).toBeUndefined();
    });

    test('money: qualifiers, scales, scopes, and exact decimal strings', async () => {
        const amounts = [
            ['exactly 12 billion USD in total', 'exactly', '12', 'billion', 'USD', 'in total'],
            ['at least 12_000 USD', 'at least', '12000', undefined, 'USD', undefined],
            ['up to 0.10 thousand EUR each', 'up to', '0.10', 'thousand', 'EUR', 'each'],
            ['about 1_234_567.890 million JPY', 'about', '1234567.890', 'million', 'JPY', undefined],
            ['3.50 trillion USD', undefined, '3.50', 'trillion', 'USD', undefined],
            ['100000000000000000000001 USD', undefined, '100000000000000000000001', undefined, 'USD', undefined],
            ['7', undefined, '7', undefined, undefined, undefined]
        ] as const;
        const a = await agreement(amounts.map(([text], i) => `  mechanism m${i}: loan { parties US, JP amount ${text} }`).join('\n'));
        for (const [i, [, qualifier, value, scale, currency, scope]] of amounts.entries()) {
            const money = a.mechanisms[i]!.amount!;
            expect(typeof money.value).toBe('string');
            expect([money.qualifier, money.value, money.scale, money.currency, money.scope]).toEqual([qualifier, value, scale, currency, scope]);
        }
    });

    test('every relation kind, with `for` parties and citations', async () => {
        const kinds = ['builds_on', 'implements', 'amends', 'supersedes', 'succeeds', 'continues', 'references', 'reviewed_by'];
        const { root } = await parseClean(`
state US "United States"
state JP "Japan"
source s "S"
agreement old "Old" { }
agreement a "A" {
${kinds.map(k => `  ${k} old`).join('\n')}
  continues old for US, JP { cite s "p. 4" }
}
`);
        const a = root.elements.filter(isAgreement)[1]!;
        expect(a.relations.map(r => [r.kind, r.target.ref?.name])).toEqual([...kinds, 'continues'].map(k => [k, 'old']));
        expect(a.relations[8]!.parties.map(p => p.ref?.name)).toEqual(['US', 'JP']);
        expect(a.relations[8]!.citations[0]!.locator).toBe('p. 4');
    });
});

describe('dates and deadlines', () => {
    test('absolute dates with day, month and year precision', async () => {
        const a = await agreement('  announced 2026-02-04\n  signed 2025-10\n  in_force year 2036');
        const [d, m, y] = a.events.map(e => e.when);
        expect(isAbsoluteDate(d) && d.date).toBe('2026-02-04');
        expect(isAbsoluteDate(m) && m.date).toBe('2025-10');
        expect(isAbsoluteDate(y) && y.year).toBe(2036);
    });

    test('offset deadlines: every bound, unit and direction; amounts without separators', async () => {
        const units = ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'];
        const bounds = ['within', 'no later than', 'not before', 'on', undefined];
        const lines = units.map((unit, i) => {
            const bound = bounds[i % bounds.length];
            return `  commitment c${i} { by US will "x" due ${bound ? bound + ' ' : ''}${i + 1} ${unit} ${i % 2 ? 'before' : 'after'} signed }`;
        });
        const a = await agreement(`  signed 2026-01-01\n${lines.join('\n')}\n  commitment big { by US will "x" due 1_000 days after signed }`);
        for (const [i, unit] of units.entries()) {
            const due = a.commitments[i]!.due;
            expect(isOffsetDeadline(due)).toBe(true);
            const offset = due as OffsetDeadline;
            expect([offset.bound, offset.amount, offset.unit, offset.direction, offset.anchor.$refText]).toEqual([bounds[i % bounds.length], i + 1, unit, i % 2 ? 'before' : 'after', 'signed']);
        }
        expect((a.commitments[8]!.due as OffsetDeadline).amount).toBe(1000);
    });

    test('anniversaries with or without `on the`, qualified anchors', async () => {
        const { root } = await parseClean(`
agreement usmca "USMCA" { in_force 2020-07-01 }
agreement a "A" {
  review on the 6th anniversary of usmca.in_force
  expiry the 16th anniversary of usmca.in_force
  event e1 "x" 1st anniversary of review
  event e2 "y" on 2nd anniversary of review
}
`);
        const a = root.elements.filter(isAgreement)[1]!;
        const deadlines = a.events.map(e => e.when as AnniversaryDeadline);
        expect(deadlines.every(d => isAnniversaryDeadline(d))).toBe(true);
        expect(deadlines.map(d => [d.ordinal, d.anchor.$refText])).toEqual([
            ['6th', 'usmca.in_force'],
            ['16th', 'usmca.in_force'],
            ['1st', 'review'],
            ['2nd', 'review']
        ]);
    });

    test('event kinds double as names: an agreement or commitment may be called `signed` or `expiry`', async () => {
        const { root, fileDiagnostics } = await parseClean(`
state US "United States"
agreement signed "Named like an event" {
  parties US
  commitment expiry { by US will "x" }
  mechanism review: working_group
  commitment uses { by US will "y" mechanism review due 3 days after expiry }
}
`);
        expect(fileDiagnostics.filter(d => d.severity === 1)).toEqual([]);
        const a = root.elements.find(isAgreement)!;
        expect(a.name).toBe('signed');
        expect(a.commitments.map(c => c.name)).toEqual(['expiry', 'uses']);
        expect(a.mechanisms[0]!.name).toBe('review');
    });
});

describe('suppressions', () => {
    test('on parties, agreements, events, commitments and mechanisms; reason optional in the grammar', async () => {
        const { root } = await parseClean(`
#suppress "pacta/a" "r1"
#suppress "pacta/b"
state US "United States"
#suppress "pacta/c" "r2"
agreement a "A" {
  #suppress "pacta/d" "r3"
  signed 2026-01-01
  #suppress "pacta/e" "r4"
  commitment c { by US will "x" }
  #suppress "pacta/f" "r5"
  mechanism m: loan
}
`);
        const party = root.elements.find(isParty)!;
        expect(party.suppressions.map(s => [s.code, s.reason])).toEqual([
            ['pacta/a', 'r1'],
            ['pacta/b', undefined]
        ]);
        const a = root.elements.find(isAgreement)!;
        expect(a.suppressions.map(s => s.code)).toEqual(['pacta/c']);
        expect(a.events[0]!.suppressions.map(s => s.code)).toEqual(['pacta/d']);
        expect(a.commitments[0]!.suppressions.map(s => s.code)).toEqual(['pacta/e']);
        expect(a.mechanisms[0]!.suppressions.map(s => s.code)).toEqual(['pacta/f']);
    });
});

describe('syntax errors', () => {
    test.each([
        ['a missing title', 'state US', 'State `US` has no title.'],
        ['a missing closing brace', 'agreement a "A" {', 'In agreement `a`: the file ends before the agreement is closed: a `}` is missing.'],
        ['a number as a name', 'state 12 "x"', ''],
        ['a newline inside a string', 'state US "United\nStates"', '']
    ])('%s is a pacta/syntax-error', async (_what, text, mention) => {
        const { fileDiagnostics } = await buildDocument(text);
        expect(codes(fileDiagnostics)).toContain('pacta/syntax-error');
        if (mention) expect(fileDiagnostics.map(d => d.message).join('\n')).toContain(mention);
    });

    test('an ordinal glued to a word and a date with letters do not lex as ordinals and dates', async () => {
        const { fileDiagnostics } = await buildDocument('agreement a "A" { signed 2026-02-04x }');
        expect(codes(fileDiagnostics)).toContain('pacta/syntax-error');
    });
});

describe('words that are also names', () => {
    test('the words of deadline phrases and fields name declarations and are referred to', async () => {
        const { root } = await parseClean(`source published "Published" { published 2026-01-01 }
state US "United States"
agreement a "A" {
    parties US
    signed 2026-01-01
    commitment first { by US will "x" due within 10 days after signed }
    commitment every { by US will "y" due every 1 year after first until 2030-01-01 }
    commitment latest { by US will "z" due latest of (first, every) }
    mechanism note: loan { note "a loan" }
    cite published
}
`);
        const agreement = root.elements.find(isAgreement)!;
        expect(agreement.commitments.map(c => c.name)).toEqual(['first', 'every', 'latest']);
        expect(agreement.mechanisms[0]!.name).toBe('note');
        const due = agreement.commitments[2]!.due;
        expect(isExtremumDeadline(due) && due.operands.map(o => o.anchor?.ref?.name)).toEqual(['first', 'every']);
    });
});
