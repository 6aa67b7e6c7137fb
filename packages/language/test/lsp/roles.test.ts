import { EmptyFileSystem } from 'langium';
import { expectCompletion, expectHover } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver-types';
import { createPactaLspServices, loadBuiltinDocuments } from '../../src/index.js';

/** Editor support for roles over time, stated negatives, `requires ratification` and mechanism roles (issue 10, form 5). */
const services = createPactaLspServices(EmptyFileSystem);
const complete = expectCompletion(services.Pacta);
const hover = expectHover(services.Pacta);

beforeAll(async () => {
    await services.shared.workspace.DocumentBuilder.build(loadBuiltinDocuments(services.shared));
});

const PARTIES = `
state US "United States"
state KR "Republic of Korea"
state CA "Canada"
company alcoa "Alcoa Corporation" of US
`;

async function keywordsAt(text: string): Promise<string[]> {
    let labels: string[] = [];
    await complete({
        text,
        index: 0,
        assert: list => {
            labels = list.items.filter((item: CompletionItem) => item.kind === 14).map(item => item.label);
        },
        disposeAfterCheck: true
    });
    return labels;
}

describe('completion of the role words', () => {
    test('in an agreement: observers, participants, chair, not, requires', async () => {
        const labels = await keywordsAt(`${PARTIES}
agreement a "A" {
    parties US
    <|>
}`);
        expect(labels).toEqual(expect.arrayContaining(['observers', 'participants', 'chair', 'excludes', 'requires']));
    });

    test('after a role list: from and until', async () => {
        const labels = await keywordsAt(`${PARTIES}
agreement a "A" {
    parties US
    chair KR <|>
}`);
        expect(labels).toEqual(expect.arrayContaining(['from', 'until']));
    });

    test('after not: the roles; after requires: ratification', async () => {
        expect(await keywordsAt(`${PARTIES}agreement a "A" { excludes <|> }`)).toEqual(expect.arrayContaining(['parties', 'observers', 'chair']));
        expect(await keywordsAt(`${PARTIES}agreement a "A" { requires <|> }`)).toEqual(['ratification']);
    });

    test('in a mechanism: lead and participants', async () => {
        const labels = await keywordsAt(`${PARTIES}agreement a "A" { mechanism m: equity { <|> } }`);
        expect(labels).toEqual(expect.arrayContaining(['lead', 'participants', 'parties']));
    });
});

describe('hover', () => {
    test("an agreement shows a chair's span, its stated negatives and requires ratification", async () => {
        await hover({
            text: `${PARTIES}
agreement <|>msp "Minerals Security Partnership" {
    parties US, KR
    chair KR from 2024-07-01 until 2026-06
    excludes parties CA "Canada is not named"
    requires ratification
}`,
            index: 0,
            disposeAfterCheck: true,
            hover: /parties: `US`, `KR`  \nchair: `KR` from 2024-07-01 until 2026-06  \nexcludes parties: `CA` — Canada is not named  \nrequires ratification/
        });
    });

    test('a mechanism shows who leads it and who takes part', async () => {
        await hover({
            text: `${PARTIES}agreement a "A" { parties US mechanism <|>m: equity { lead alcoa participants alcoa, KR } }`,
            index: 0,
            disposeAfterCheck: true,
            hover: /lead: `alcoa`  \nparticipants: `alcoa`, `KR`/
        });
    });
});
