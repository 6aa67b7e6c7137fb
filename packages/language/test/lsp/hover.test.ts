import { EmptyFileSystem } from 'langium';
import { expectHover } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import { createPactaLspServices, loadBuiltinDocuments } from '../../src/index.js';
import { exampleFiles, lspWorkspace, positionOf } from './lsp-test-kit.js';

const services = createPactaLspServices(EmptyFileSystem);
const hover = expectHover(services.Pacta);

beforeAll(async () => {
    await services.shared.workspace.DocumentBuilder.build(loadBuiltinDocuments(services.shared));
});

const AGREEMENT = `
/** The United States of America. */
state US "United States"
bloc EU "European Union"
agency USTR "Office of the U.S. Trade Representative" of US

agreement eu_us_japan "Joint statement" {
    kind joint_statement
    nonbinding
    parties EU, US
    announced 2026-02-04 by USTR
    commitment mou {
        by EU, US
        will "finalize a memorandum of understanding"
        due <|>within <|>30 days <|>after <|>announced
    }
    mechanism reserve: strategic_reserve { amount 12 billion <|>USD }
}`;

describe('hover on a relative deadline', () => {
    test('anywhere on it: the date it resolves to and the chain', async () => {
        for (const index of [0, 1, 2, 3]) {
            await hover({
                text: AGREEMENT,
                index,
                disposeAfterCheck: true,
                hover: /`eu_us_japan\.mou` is due by \*\*2026-03-06\*\*\n\n```text\neu_us_japan\.announced 2026-02-04\nwithin 30 days after eu_us_japan\.announced \(2026-02-04\) → 2026-03-06\n```/
            });
        }
    });

    test('a deadline that cannot be resolved says why', async () => {
        await hover({
            text: 'agreement a "A" { commitment c { due within 30 <|>days after signed } }',
            index: 0,
            disposeAfterCheck: true,
            hover: /`a\.c` is due \*\*unresolved\*\*: 'signed' is not declared\./
        });
        await hover({
            text: 'agreement a "A" { signed year 2026\n commitment c { due within <|>1 year after signed } }',
            index: 0,
            disposeAfterCheck: true,
            hover: /is due by \*\*2027\*\* \(year precision: by the end of 2027\)/
        });
    });

    test('an event dated relative to another', async () => {
        await hover({
            text: 'agreement a "A" { in_force 2020-07-01\n review jr on the <|>6th anniversary of in_force }',
            index: 0,
            disposeAfterCheck: true,
            hover: /`a\.jr` is on \*\*2026-07-01\*\*[\s\S]*6th anniversary of a\.in_force \(2020-07-01\) → 2026-07-01/
        });
    });
});

describe('hover on names', () => {
    test('a party: its full name, kind and ISO 3166-1 name, then its doc comment', async () => {
        await hover({
            text: AGREEMENT.replace('parties EU, US', 'parties EU, <|>US'),
            index: 0,
            disposeAfterCheck: true,
            hover: '**United States** — state `US`  \nISO 3166-1: United States (US / USA)\n\n---\n\nThe United States of America.'
        });
        await hover({
            text: AGREEMENT.replace('by USTR', 'by <|>USTR'),
            index: 0,
            disposeAfterCheck: true,
            hover: '**Office of the U.S. Trade Representative** — agency `USTR`  \nof **United States** (`US`)'
        });
        await hover({
            text: 'bloc <|>EU "European Union"',
            index: 0,
            disposeAfterCheck: true,
            hover: '**European Union** — bloc `EU`'
        });
        await hover({
            text: '/** Its name is its code. */\nstate <|>US "United States" code US',
            index: 0,
            disposeAfterCheck: true,
            hover: /ISO 3166-1: United States \(US \/ USA\)\n\n---\n\nIts name is its code\./
        });
        await hover({
            text: 'state JP "Japan" code <|>JPN',
            index: 0,
            disposeAfterCheck: true,
            hover: /ISO 3166-1: Japan \(JP \/ JPN\)/
        });
    });

    test('titles and texts are shown as written: no link, image, HTML or emphasis of their own (a shared file cannot inject them)', async () => {
        await hover({
            text: 'bloc <|>EU "[click](https://evil.example) ![x](https://evil.example/i.png) <img src=x onerror=alert(1)> **loud** @team"',
            index: 0,
            disposeAfterCheck: true,
            hover: '**\\[click\\](https://evil.example) !\\[x\\](https://evil.example/i.png) &lt;img src=x onerror=alert(1)&gt; \\*\\*loud\\*\\* @\u200bteam** — bloc `EU`'
        });
    });

    test('a currency code: its ISO 4217 name', async () => {
        await hover({ text: AGREEMENT, index: 4, disposeAfterCheck: true, hover: '**US Dollar** — ISO 4217 `USD`, 2 minor unit digits' });
    });

    test('a figure: its value normalised and what it measures (1.4)', async () => {
        await hover({
            text: 'agreement a "A" { figure people 1.5 mil<|>lion people "affected" }',
            index: 0,
            disposeAfterCheck: true,
            hover: '**people** — figure: 1500000 people  \na count, affected'
        });
        await hover({
            text: 'agreement a "A" { figure <|>benchmark at least 10 % "of consumption" }',
            index: 0,
            disposeAfterCheck: true,
            hover: '**benchmark** — figure: at least 10 %  \na share, of consumption'
        });
        await hover({
            text: 'agreement a "A" { figure loan more than 0.5 billion U<|>SD committed }',
            index: 0,
            disposeAfterCheck: true,
            hover: '**loan** — figure: more than 500000000 USD (US Dollar), committed  \nmoney'
        });
    });

    test('a mechanism kind, a commitment, an agreement', async () => {
        await hover({
            text: 'agreement a "A" { mechanism m: <|>offtake_agreement }',
            index: 0,
            disposeAfterCheck: true,
            hover: '**Offtake agreement** — mechanism kind `offtake_agreement` (built-in)'
        });
        await hover({
            text: AGREEMENT.replace('commitment mou', 'commitment <|>mou'),
            index: 0,
            disposeAfterCheck: true,
            hover: /^\*\*eu_us_japan\.mou\*\* — commitment  \nEU, US will "finalize a memorandum of understanding"  \ndue: by \*\*2026-03-06\*\*/
        });
        await hover({
            text: `${AGREEMENT}\nagreement later "Later" { builds_on <|>eu_us_japan }`,
            index: 5,
            disposeAfterCheck: true,
            hover: /^\*\*Joint statement\*\*  \nagreement · joint_statement · nonbinding · `eu_us_japan`  \nparties: `EU`, `US`/
        });
    });
});

describe('in the example workspace', () => {
    test('hovers across files show the doc comments of the declarations', async () => {
        const ws = await lspWorkspace(exampleFiles());
        const document = ws.doc('us-mexico.pacta');
        const result = await ws.services.Pacta.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.textDocument.uri },
            position: positionOf(document, 'within 60 days after announced')
        });
        const value = (result?.contents as { value: string }).value;
        expect(value).toContain('`us_mexico.action_plan` is due by **2026-04-05**');
        expect(value).toContain('within 60 days after us_mexico.announced (2026-02-04) → 2026-04-05');
    });
});

describe('hover on a field with claims (1.4)', () => {
    const CLAIMS = `
state US "United States"
source wh "White House"
source abc "ABC"
agreement fw "Framework" {
    parties US
    signed 2025-10-20
    mechanism m: loan { <|>amount 1 billion USD { cite wh } or 1 billion <|>AUD { cite abc "para. 2" uncertain } }
    <|>nonbinding { cite wh } or binding { cite abc }
}`;

    test('on the field keyword or a claim: every claim with its sources, the preferred one in bold', async () => {
        for (const index of [0, 1]) {
            await hover({
                text: CLAIMS,
                index,
                disposeAfterCheck: true,
                hover: /^\*\*amount\*\* — 2 claims; sources disagree\n- \*\*1 billion USD\*\* — preferred · cite `wh`\n- 1 billion AUD — cite `abc` "para\. 2" · uncertain$/
            });
        }
        await hover({
            text: CLAIMS,
            index: 2,
            disposeAfterCheck: true,
            hover: /^\*\*binding\*\* — 2 claims; sources disagree\n- \*\*nonbinding\*\* — preferred · cite `wh`\n- binding — cite `abc`$/
        });
    });
});
