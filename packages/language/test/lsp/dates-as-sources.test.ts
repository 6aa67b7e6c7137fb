/** Issue 10, form 4 in the editor: hovers of approximate dates, ranges, places, alternatives and `by DATE`; completion of time zones, `adopted` and `by`. */
import { EmptyFileSystem } from 'langium';
import { expectCompletion, expectHover } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver-types';
import { createPactaLspServices, loadBuiltinDocuments } from '../../src/index.js';

const services = createPactaLspServices(EmptyFileSystem);
const hover = expectHover(services.Pacta);
const complete = expectCompletion(services.Pacta);

beforeAll(async () => {
    await services.shared.workspace.DocumentBuilder.build(loadBuiltinDocuments(services.shared));
});

async function completionAt(text: string, assert: (items: CompletionItem[]) => void): Promise<void> {
    await complete({ text, index: 0, disposeAfterCheck: true, assert: list => assert(list.items) });
}

const TEXT = `
state US "United States"
state JP "Japan"
agreement a "A" {
    parties US, JP
    signed {
        date 2025-10-27 "Washington" at "Washington" zone "America/New_York"
        date 2025-10-28 "Tokyo" at "Tokyo" zone "Asia/Tokyo" preferred
    }
    event talks "Talks" 2025-10-20..2025-10-21 at "Kuala Lumpur"
    ratified about 2025-05-12
    commitment c { by US will "act" due within 6 <|>months after signed }
    commitment d { by US will "act" due within 10 <|>days after talks }
    commitment e { by US will "act" due 1 <|>day after ratified }
}`;

describe('hovers of dates as sources give them (1.4)', () => {
    test('the date another claim of the anchor would give', async () => {
        await hover({ text: TEXT, index: 0, disposeAfterCheck: true, hover: /is due by \*\*2026-04-28\*\*[\s\S]*If a\.signed is dated by its claim "Washington": \*\*2026-04-27\*\*/ });
    });

    test('a range anchor: counted from its last day', async () => {
        await hover({ text: TEXT, index: 1, disposeAfterCheck: true, hover: /is due by \*\*2025-10-31\*\*/ });
    });

    test('an approximate anchor makes the deadline approximate and uncertain', async () => {
        await hover({ text: TEXT, index: 2, disposeAfterCheck: true, hover: /\*\*2025-05-13\*\*[\s\S]*anchor a\.ratified \(approximate date\)[\s\S]*Approximate/ });
    });
});

describe('completion of dates as sources give them (1.4)', () => {
    test('IANA time zones after `zone`', async () => {
        await completionAt('agreement a "A" { signed 2025-10-28 zone <|> }', items => {
            const labels = items.map(item => item.label);
            expect(labels).toContain('"Asia/Tokyo"');
            expect(labels).toContain('"America/New_York"');
        });
    });

    test('`adopted` among the events of an agreement', async () => {
        await completionAt('agreement a "A" {\n    <|>\n}', items => {
            expect(items.filter(item => item.kind === 14).map(item => item.label)).toContain('adopted');
        });
    });
});

const BY_HEAD = 'state US "United States"\nagreement a "A" {\n    parties US\n';

describe('`by DATE` in the editor (1.4)', () => {
    test('the hover of a commitment due `by` a date says `due: by` that date', async () => {
        await hover({ text: `${BY_HEAD}    commitment <|>c { by US will "act" due by 2026-01-03 }\n}`, index: 0, disposeAfterCheck: true, hover: /due: by \*\*2026-01-03\*\*/ });
    });

    test('after `due`, `by` is offered with the other words of a deadline', async () => {
        await completionAt(`${BY_HEAD}    commitment c { by US will "act" due <|> }\n}`, items => {
            const labels = items.map(item => item.label);
            expect(labels).toEqual(expect.arrayContaining(['by', 'within', 'about', 'year']));
        });
    });
});
