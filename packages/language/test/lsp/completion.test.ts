import { EmptyFileSystem } from 'langium';
import { expectCompletion } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver-types';
import { createPactaLspServices, loadBuiltinDocuments } from '../../src/index.js';
import { completionLabels, exampleFiles, lspWorkspace, positionOf } from './lsp-test-kit.js';

const services = createPactaLspServices(EmptyFileSystem);
const complete = expectCompletion(services.Pacta);

beforeAll(async () => {
    await services.shared.workspace.DocumentBuilder.build(loadBuiltinDocuments(services.shared));
});

const PARTIES = `
state US "United States"
bloc EU "European Union"
agency USTR "Office of the U.S. Trade Representative" of US
`;

async function completionAt(text: string, assert: (items: CompletionItem[]) => void): Promise<void> {
    await complete({ text, index: 0, assert: list => assert(list.items), disposeAfterCheck: true });
}

describe('position-aware completion', () => {
    test('a party position offers parties only: no keyword, no other kind of name', async () => {
        await completionAt(
            `${PARTIES}
agreement a "A" {
    parties <|>
}`,
            items => {
                expect(items.map(item => item.label).sort()).toEqual(['EU', 'US', 'USTR']);
                expect(items.find(item => item.label === 'USTR')?.detail).toBe('agency · Office of the U.S. Trade Representative');
            }
        );
    });

    test("parties already in the list are not offered again; the agreement's parties come first", async () => {
        await completionAt(
            `${PARTIES}
agreement a "A" {
    parties US
    commitment c { by US, <|> }
}`,
            items => {
                expect(items.map(item => item.label).sort()).toEqual(['EU', 'USTR']);
            }
        );
        await completionAt(
            `${PARTIES}
agreement a "A" {
    parties EU
    commitment c { by <|> }
}`,
            items => {
                const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
                expect(sorted[0]!.label).toBe('EU');
            }
        );
    });

    test("a deadline anchor offers this agreement's events and commitments, and other agreements' qualified", async () => {
        await completionAt(
            `
agreement other "Other" { signed 2026-01-01 }
agreement a "A" {
    announced 2026-02-04
    commitment first { due within 10 days after announced }
    commitment mou { due within 30 days after <|> }
}`,
            items => {
                expect(items.map(item => item.label)).toEqual(['announced', 'first', 'other.signed']);
                // an anchor is chosen for its date
                expect(items.find(item => item.label === 'announced')?.detail).toBe('event · 2026-02-04');
                expect(items.find(item => item.label === 'first')?.detail).toBe('commitment · due 2026-02-14');
            }
        );
    });

    test('after `agreement.` the members of that agreement (`.` triggers completion)', async () => {
        await completionAt(
            `
agreement other "Other" { signed 2026-01-01\n commitment c { due within 1 day after signed } }
agreement a "A" {
    commitment mou { due within 30 days after other.<|> }
}`,
            items => {
                const labels = items.map(item => item.label);
                expect(labels).toContain('other.signed');
                expect(labels).toContain('other.c');
                expect(items.find(item => item.label === 'other.signed')?.textEdit).toMatchObject({ newText: 'other.signed' });
            }
        );
    });

    test("a mechanism kind: the built-in kinds and the workspace's own", async () => {
        await completionAt(
            `
mechanism_kind tolling "Tolling agreement"
agreement a "A" { mechanism m: <|> }`,
            items => {
                const found = items.map(item => item.label);
                expect(found).toContain('tolling');
                expect(found).toContain('border_adjusted_price_floor');
                expect(items.find(item => item.label === 'tolling')?.detail).toBe('Tolling agreement');
                expect(items.find(item => item.label === 'offtake_agreement')?.detail).toBe('Offtake agreement (built-in)');
            }
        );
    });

    test('ISO 3166-1 codes with names after `state` and `code`', async () => {
        for (const text of ['state <|>', 'bloc EU "European Union" code <|>']) {
            await completionAt(text, items => {
                expect(items.length).toBe(250);
                expect(items.find(item => item.label === 'JP')).toMatchObject({ detail: 'Japan (JPN)', labelDetails: { description: 'Japan' } });
                expect(items.find(item => item.label === 'JP')?.filterText).toBe('JP Japan');
            });
        }
    });

    test('ISO 4217 currencies after an amount', async () => {
        await completionAt('agreement a "A" { mechanism m: reserve { amount 12 billion <|> } }', items => {
            expect(items.find(item => item.label === 'USD')?.detail).toBe('US Dollar (ISO 4217)');
            expect(items.find(item => item.label === 'JPY')?.labelDetails?.description).toBe('Yen');
            // a scope or the next member of the mechanism may follow instead of a currency
            expect(items.filter(item => item.kind === 14).map(item => item.label)).toEqual(expect.arrayContaining(['each', 'in', 'note']));
        });
    });

    test('the unit of a figure, and the purpose of an amount (1.4)', async () => {
        await completionAt('agreement a "A" { figure share 10 <|> }', items => {
            const labels = items.map(item => item.label);
            expect(labels).toEqual(expect.arrayContaining(['%', 'percent', 'days', 'years', 'USD', 'EUR']));
        });
        await completionAt('agreement a "A" { mechanism m: grant { amount 12 billion USD <|> } }', items => {
            expect(items.map(item => item.label)).toEqual(expect.arrayContaining(['per', 'committed', 'pledged', 'forecast', 'estimated', 'disbursed']));
        });
    });

    test('the recommended agreement kinds after `kind`', async () => {
        await completionAt('agreement a "A" { kind <|> }', items => {
            expect(items.map(item => item.label)).toEqual([
                'treaty',
                'trade_agreement',
                'framework',
                'mou',
                'joint_statement',
                'action_plan',
                'partnership',
                'fund_agreement',
                'executive_order',
                'directive',
                'regulation'
            ]);
        });
    });

    test('keywords that fit the position', async () => {
        await completionAt('agreement a "A" {\n    <|>\n}', items => {
            const keywords = items.filter(item => item.kind === 14).map(item => item.label);
            expect(keywords).toEqual(expect.arrayContaining(['kind', 'binding', 'nonbinding', 'parties', 'signed', 'commitment', 'mechanism', 'cite']));
            expect(keywords).not.toContain('state');
            expect(keywords).not.toContain('due');
        });
        await completionAt('agreement a "A" { commitment c {\n    <|>\n} }', items => {
            expect(
                items
                    .filter(item => item.kind === 14)
                    .map(item => item.label)
                    .sort()
            ).toEqual(['by', 'cite', 'due', 'figure', 'intends', 'may', 'mechanism', 'shall', 'status', 'uncertain', 'will']);
        });
        await completionAt('<|>', items => {
            expect(
                items
                    .filter(item => item.kind === 14)
                    .map(item => item.label)
                    .sort()
            ).toEqual(['#suppress', 'agency', 'agreement', 'bloc', 'company', 'instrument', 'mechanism_kind', 'organisation', 'person', 'resource', 'resource_group', 'source', 'stage', 'state']);
        });
    });

    test('snippets for an agreement, an instrument, a commitment, a mechanism and a branch', async () => {
        await completionAt('<|>', items => {
            const snippets = items.filter(item => item.kind === 15);
            expect(snippets.map(item => item.label).sort()).toEqual(['agreement', 'instrument']);
            expect(snippets.every(item => item.insertTextFormat === 2)).toBe(true);
            expect(snippets.find(item => item.label === 'agreement')?.textEdit?.newText).toContain('\tparties ${5:US}');
        });
        await completionAt('agreement a "A" {\n    <|>\n}', items => {
            const snippets = items.filter(item => item.kind === 15);
            expect(snippets.map(item => item.label).sort()).toEqual(['commitment', 'if', 'mechanism']);
            expect(snippets.find(item => item.label === 'commitment')?.textEdit?.newText).toBe(
                'commitment ${1:name} {\n\tby ${2:party}\n\t${3|will,shall,intends to,will explore,may,will not,shall not|} "${4:what}"\n\tdue ${5:within 30 days after signed}\n}'
            );
        });
        await completionAt('agreement a "A" { commitment c { <|> } }', items => {
            expect(items.some(item => item.kind === 15)).toBe(false);
        });
    });
});

describe('completion in files of a workspace', () => {
    test('in a file that does not parse, parties of other files are offered', async () => {
        const files = exampleFiles();
        files['draft.pacta'] = 'agreement draft "Draft" {\n    parties US, \n    signed 2026-0';
        const ws = await lspWorkspace(files);
        expect(ws.doc('draft.pacta').parseResult.parserErrors.length).toBeGreaterThan(0);
        const found = await completionLabels(ws, 'draft.pacta', positionOf(ws.doc('draft.pacta'), 'US, ', { after: true }));
        // every party the other files declare, except the one already in the list
        const declared = Object.values(exampleFiles()).flatMap(text => [...text.matchAll(/^\s*(?:state|bloc|organisation|agency|company|person)\s+(\w+)/gm)].map(m => m[1]!));
        expect(declared.length).toBeGreaterThan(8);
        expect(found.sort()).toEqual(declared.filter(name => name !== 'US').sort());
    });

    test('an anchor in another agreement of the example: qualified names of the others', async () => {
        const files = exampleFiles();
        const review = 'review joint_review "Joint review by the Free Trade Commission" on the 6th anniversary of ';
        files['usmca.pacta'] = files['usmca.pacta']!.replace(`${review}in_force`, review);
        const ws = await lspWorkspace(files);
        const found = await completionLabels(ws, 'usmca.pacta', positionOf(ws.doc('usmca.pacta'), review, { after: true }));
        expect(found).toContain('in_force');
        expect(found).toContain('expiry');
        expect(found).not.toContain('joint_review');
        expect(found).not.toContain('usmca.in_force');
        expect(found).toContain('eu_us_japan.mou');
    });
});

describe('completion in comments', () => {
    test('offers nothing inside a line or block comment, and resumes after a block comment', async () => {
        const files = { 'a.pacta': 'state US "United States"\n// a line comment: due within \n/** a doc comment: parties \n */ agreement a "A" { parties  }\n' };
        const ws = await lspWorkspace(files);
        const document = ws.doc('a.pacta');
        expect(await completionLabels(ws, 'a.pacta', positionOf(document, 'due within ', { after: true }))).toEqual([]);
        expect(await completionLabels(ws, 'a.pacta', positionOf(document, 'comment: parties ', { after: true }))).toEqual([]);
        expect(await completionLabels(ws, 'a.pacta', positionOf(document, '{ parties ', { after: true }))).toContain('US');
    });
});

describe('completion parses only the declaration around the cursor', () => {
    test('the same items as parsing the whole text before the cursor, at every line of the example', async () => {
        const { PactaCompletionProvider } = await import('../../src/index.js');
        const files = exampleFiles();
        const ws = await lspWorkspace(files);
        class WholeText extends PactaCompletionProvider {
            protected override windowStart(): number {
                return 0;
            }
        }
        const whole = new WholeText(ws.services.Pacta);
        const windowed = ws.services.Pacta.lsp.CompletionProvider!;
        let compared = 0;
        for (const name of ['eu-us-japan.pacta', 'usmca.pacta', 'parties.pacta']) {
            const document = ws.doc(name);
            const lines = document.textDocument.getText().split('\n');
            for (let line = 0; line < lines.length; line++) {
                const text = lines[line]!;
                // the end of the line, and after the first word of the line
                const firstWord = /^\s*\S+\s/.exec(text);
                for (const character of [text.length, ...(firstWord ? [firstWord[0].length] : [])]) {
                    const params = { textDocument: { uri: document.textDocument.uri }, position: { line, character } };
                    const expected = (await whole.getCompletion(document, params))?.items.map(item => item.label) ?? [];
                    const actual = (await windowed.getCompletion(document, params))?.items.map(item => item.label) ?? [];
                    expect(actual, `${name}:${line + 1}:${character + 1}`).toEqual(expected);
                    compared++;
                }
            }
        }
        expect(compared).toBeGreaterThan(250);
    });
});

describe('completion of claims on a field (1.4)', () => {
    test('after `or` on a kind: the recommended agreement kinds', async () => {
        await completionAt('source s "S"\nagreement a "A" { kind framework { cite s } or <|> }', items => {
            expect(items.map(item => item.label)).toEqual(expect.arrayContaining(['treaty', 'framework', 'executive_order']));
        });
    });

    test('after a value: an `or` snippet for another claim with its source', async () => {
        await completionAt('source s "S"\nagreement a "A" { mechanism m: loan { amount 1 billion USD { cite s } <|> } }', items => {
            const snippet = items.find(item => item.kind === 15 && item.label === 'or');
            expect(snippet?.textEdit?.newText).toBe('or ${1:value} { cite ${2:source} }');
        });
    });
});
