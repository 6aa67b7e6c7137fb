/**
 * Whatever text arrives, the language services answer with diagnostics or a clean result:
 * they never throw, never log an internal error, and every finding has a `pacta/` code.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { type Diagnostic, buildDocument, buildWorkspace, codes, formatDiagnostic } from './pacta-test-kit.js';

let consoleError: { mock: { calls: unknown[][] }; mockRestore(): void };
beforeEach(() => {
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
    // Langium logs (and reports as a code-less error) any exception thrown by a check.
    expect(consoleError.mock.calls.map((call: unknown[]) => String(call[0]).slice(0, 300))).toEqual([]);
    consoleError.mockRestore();
});

function expectWellFormed(diagnostics: readonly Diagnostic[]): void {
    for (const diagnostic of diagnostics) {
        expect(diagnostic.message, formatDiagnostic(diagnostic)).not.toMatch(/error occurred/i);
        expect(String(diagnostic.code), formatDiagnostic(diagnostic)).toMatch(/^pacta\/[a-z-]+$/);
    }
}

/** A small deterministic PRNG (mulberry32): the same "random" bytes on every run. */
function random(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** A file that exercises most of the grammar and several rules. */
const SAMPLE = `// A sample with findings on several lines.
source reuters "Reuters" { url "https://example.org" published 2026-02-04 }
state US "United States" { cite reuters "p. 1" }
state JP "Japan"
bloc EU "European Union" { members JP }
agency USTR "Office of the U.S. Trade Representative" of US
agency LOOSE "Unattached agency"
mechanism_kind recycling_credit "Recycling credit"

#suppress "pacta/date-order" "sources disagree"
agreement eu_us_japan "Joint statement" {
  kind joint_statement
  nonbinding
  parties EU, US, JP
  lead USTR
  resources critical_minerals, rare_earths
  sectors "mining", "refining"
  announced 2026-02-04 by USTR { cite reuters "para. 2" }
  signed 2026-02-01
  in_force 2026-03
  expiry the 2th anniversary of in_force
  review 1 year after review
  commitment mou {
    by EU, US, MX
    shall "finalize a memorandum of understanding"
    mechanism project_mou
    due within 30 days after announced
    status pending
  }
  commitment loop_a { by US will "a" due 10 days after loop_b }
  commitment loop_b { by US will "b" due 10 days after loop_a }
  mechanism project_mou: mou_to_conclude { status agreed parties EU, US }
  mechanism fund: investment_fund { amount up to 1.234 billion usd each parties US }
  continues us_japan_2025 for JP { cite reuters }
  supersedes eu_us_japan
}
agreement us_japan_2025 "Framework" { nonbinding parties US, JP signed 2025-10 }
`;

describe('degenerate input', () => {
    test('an empty file is clean', async () => {
        const { fileDiagnostics } = await buildDocument('');
        expect(fileDiagnostics).toEqual([]);
    });

    test('whitespace and comments only are clean', async () => {
        const { fileDiagnostics } = await buildDocument('\n\n  // nothing here\n/* nor\n here */\t\n');
        expect(fileDiagnostics).toEqual([]);
    });

    test.each([1, 2, 3, 4, 5, 6, 7, 8])('binary garbage (seed %i) gives syntax errors, never an exception', async seed => {
        const next = random(seed);
        const bytes = Uint8Array.from({ length: 4096 }, () => Math.floor(next() * 256));
        const text = seed % 2 === 0 ? new TextDecoder('utf-8').decode(bytes) : new TextDecoder('latin1').decode(bytes);
        const { fileDiagnostics } = await buildDocument(text);
        expectWellFormed(fileDiagnostics);
        expect(codes(fileDiagnostics)).toContain('pacta/syntax-error');
    });

    test("garbage made of the language's own tokens never throws", async () => {
        const tokens = [
            'agreement',
            'instrument',
            'state',
            'agency',
            'of',
            '{',
            '}',
            ',',
            ':',
            '.',
            'commitment',
            'mechanism',
            'due',
            'within',
            'days',
            'after',
            'before',
            'the',
            '1st',
            '0th',
            'anniversary',
            'amount',
            'each',
            'USD',
            '12_000.50',
            '2026-02-30',
            '2026-13',
            'year',
            '"x"',
            'by',
            'parties',
            'shall',
            'not',
            'supersedes',
            'signed',
            'expiry',
            'x',
            '#suppress',
            'cite'
        ];
        for (const seed of [11, 12, 13, 14, 15]) {
            const next = random(seed);
            const text = Array.from({ length: 1500 }, () => tokens[Math.floor(next() * tokens.length)]).join(' ');
            const { fileDiagnostics } = await buildDocument(text);
            expectWellFormed(fileDiagnostics);
        }
    });

    test('every prefix of a real file (half-typed input) validates without an exception', async () => {
        for (let length = 0; length <= SAMPLE.length; length += 3) {
            const { fileDiagnostics } = await buildDocument(SAMPLE.slice(0, length));
            expectWellFormed(fileDiagnostics);
        }
    }, 120_000);

    test('the file with every line deleted in turn validates without an exception', async () => {
        const lines = SAMPLE.split('\n');
        for (let i = 0; i < lines.length; i++) {
            const { fileDiagnostics } = await buildDocument([...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'));
            expectWellFormed(fileDiagnostics);
        }
    });
});

describe('encodings and line endings', () => {
    test('CRLF line endings give the same diagnostics at the same positions as LF', async () => {
        const lf = (await buildDocument(SAMPLE)).fileDiagnostics.map(formatDiagnostic);
        const crlf = (await buildDocument(SAMPLE.replace(/\n/g, '\r\n'))).fileDiagnostics.map(formatDiagnostic);
        expect(lf.length).toBeGreaterThanOrEqual(10);
        expect(crlf).toEqual(lf);
    });

    test('old Mac CR line endings give the same diagnostics too', async () => {
        const lf = (await buildDocument(SAMPLE)).fileDiagnostics.map(formatDiagnostic);
        const cr = (await buildDocument(SAMPLE.replace(/\n/g, '\r'))).fileDiagnostics.map(formatDiagnostic);
        expect(cr).toEqual(lf);
    });

    test('a leading byte-order mark is not a syntax error and moves no finding', async () => {
        const plain = (await buildDocument(SAMPLE)).fileDiagnostics.map(formatDiagnostic);
        const bom = await buildDocument('\uFEFF' + SAMPLE);
        expect(codes(bom.fileDiagnostics)).not.toContain('pacta/syntax-error');
        // The sample's first line is a comment, so every finding is on a later line and keeps its column.
        expect(bom.fileDiagnostics.map(formatDiagnostic)).toEqual(plain);
    });

    test('a BOM right before a declaration on the first line', async () => {
        const { fileDiagnostics } = await buildDocument('\uFEFFstate US "United States"');
        expect(fileDiagnostics).toEqual([]);
    });

    test('non-ASCII text in strings and comments', async () => {
        const { fileDiagnostics } = await buildDocument('// Ñandú — 日本\nstate JP "日本国 — Nippon-koku 🇯🇵"\nagreement a "EU–US–Japan «pacte»" { parties JP }');
        expect(fileDiagnostics).toEqual([]);
    });
});

describe('size', () => {
    // The time of these shapes at larger sizes is measured by the bench (bench/README.md, the size sweep).
    test('a ~1 MB workspace file (hundreds of agreements) builds and validates cleanly', async () => {
        const parties = 'state US "United States"\nstate JP "Japan"\nstate MX "Mexico"\nagency USTR "USTR" of US\n';
        const block = (i: number) => `
/** Agreement number ${i}, padded with a description to make the file realistically large. */
agreement a${i} "Agreement ${i} on critical minerals, their mining, refining, processing and recycling" {
  kind framework
  binding
  parties US, JP, MX
  lead USTR
  resources critical_minerals, rare_earths, lithium, cobalt, nickel
  sectors "mining", "refining", "processing", "recycling"
  announced 2026-02-04
  signed 2026-02-10
  in_force 60 days after signed
  review joint_review on the 6th anniversary of in_force
  expiry the 16th anniversary of in_force
  commitment mou { by US, JP shall "finalize a memorandum of understanding on projects" due within 30 days after announced status pending }
  commitment plan { by USTR, MX will "implement the action plan" due 2 months after mou }
  mechanism fund: investment_fund { status agreed parties US, JP amount up to ${i}.25 billion USD each note "co-investment" }
  mechanism floor: price_floor { status exploring parties US, JP, MX }
  ${i > 0 ? `builds_on a${i - 1}` : ''}
}
`;
        const chunks = [parties];
        let size = parties.length;
        for (let i = 0; size < 1_000_000; i++) {
            const text = block(i);
            chunks.push(text);
            size += text.length;
        }
        const { fileDiagnostics, root } = await buildDocument(chunks.join(''));
        expect(size).toBeGreaterThanOrEqual(1_000_000);
        expect(root.elements.length).toBe(chunks.length - 1 + 4);
        expect(fileDiagnostics.map(formatDiagnostic)).toEqual([]);
    }, 0); // no time limit: this checks the result; how fast is for bench/

    test('a long chain of relative deadlines and relations resolves without exhausting the stack', async () => {
        const n = 5000;
        const commitments = Array.from({ length: n }, (_, i) => `  commitment c${i} { by US will "x" due ${i === 0 ? '2026-01-01' : `1 day after c${i - 1}`} }`).join('\n');
        const agreements = Array.from({ length: n }, (_, i) => `agreement r${i} "R" { ${i > 0 ? `amends r${i - 1}` : ''} }`).join('\n');
        const { fileDiagnostics } = await buildDocument(`state US "United States"\nagreement a "A" {\n  parties US\n${commitments}\n}\n${agreements}\n`);
        expectWellFormed(fileDiagnostics);
        expect(fileDiagnostics).toEqual([]);
    }, 0); // no time limit: this checks the result; how fast is for bench/

    test('a long chain of relative deadlines ending at a commitment without a deadline is reported once per link', async () => {
        const n = 3000;
        const commitments = Array.from({ length: n }, (_, i) => `  commitment c${i} { by US will "x" due 1 day after ${i === 0 ? 'open' : `c${i - 1}`} }`).join('\n');
        const { fileDiagnostics } = await buildDocument(`state US "United States"\nagreement a "A" {\n  parties US\n  commitment open { by US will "x" }\n${commitments}\n}\n`);
        expectWellFormed(fileDiagnostics);
        expect(codes(fileDiagnostics)).toEqual(Array.from({ length: n }, () => 'pacta/unresolved-deadline'));
        expect(fileDiagnostics.at(-1)!.message).toBe("This date cannot be resolved yet: it depends, through 'c2998', on the commitment 'open', which has no deadline.");
    }, 120_000);
});

describe('names that are special in JavaScript', () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];

    test.each(names)('`%s` as the name of a party, an agreement, its members, a source and a mechanism kind', async name => {
        const { fileDiagnostics } = await buildDocument(`
source ${name} "A source"
mechanism_kind ${name}_kind "A kind"
organisation ${name} "An organisation"
agency ${name}_agency "An agency" of ${name}
agreement ${name}_agreement "An agreement" {
  parties ${name}
  signed 2026-01-01
  event ${name} "An event" 2026-02-01
  commitment ${name}_c { by ${name}_agency will "x" due 3 days after ${name} cite ${name} }
  mechanism m: ${name}_kind { parties ${name} amount 5 USD }
  supersedes ${name}_agreement
}
`);
        expectWellFormed(fileDiagnostics);
        // Only the genuine findings: the source and the organisation share a name, and the self-supersession.
        expect(codes(fileDiagnostics).sort()).toEqual(['pacta/duplicate-name', 'pacta/duplicate-name', 'pacta/relation-cycle']);
    });

    test.each(names)('`%s` as a country code, a currency, a state name and an unknown reference', async name => {
        const { fileDiagnostics } = await buildDocument(`
state ${name} "A state"
state X1 "Another" code ${name}
agreement a "A" {
  parties ${name}, X1
  mechanism m: loan { amount 5 ${name} }
  commitment c { by ${name}_missing will "x" due 1 day after ${name}_anchor }
}
`);
        expectWellFormed(fileDiagnostics);
        expect(codes(fileDiagnostics)).toEqual(expect.arrayContaining(['pacta/unknown-country', 'pacta/unknown-currency', 'pacta/unresolved-reference']));
    });

    test('duplicates among special names are still found across files', async () => {
        const ws = await buildWorkspace({ 'a.pacta': 'state __proto__ "x"', 'b.pacta': 'bloc __proto__ "y"\nagreement constructor "c" { }\nagreement constructor "d" { }' });
        expect(codes(ws.diagnostics.get('a.pacta')!)).toContain('pacta/duplicate-name');
        expect(codes(ws.diagnostics.get('b.pacta')!).filter(c => c === 'pacta/duplicate-name')).toHaveLength(3);
    });
});
