/**
 * The browser language server bundle (dist/browser/server.js, what vscode.dev and the playground run
 * in a Web Worker) over its real protocol, without a browser (test/browser-worker.ts): diagnostics,
 * completion, hover with resolved dates, the custom requests, and holiday rules fetched lazily, per
 * country, from next to the script. Run after `pnpm build`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    type CompletionItem,
    type CompletionList,
    CompletionRequest,
    type Diagnostic,
    DidOpenTextDocumentNotification,
    HoverRequest,
    InitializeRequest,
    InitializedNotification,
    type MarkupContent,
    PublishDiagnosticsNotification
} from 'vscode-languageserver-protocol/node';
import { ASSETS_URL, type BrowserWorker, ORIGIN, startBrowserWorker } from './browser-worker.js';
import { CLIENT_CAPABILITIES, EXAMPLE_DIR } from './lsp-client.js';

const FOLDER = 'vscode-vfs://github/pacta-lang/pacta/examples/critical-minerals-2026';
/** The files the tests write, in a folder of their own: their errors are not the example's. */
const SCRATCH = 'vscode-vfs://github/pacta-lang/pacta/scratch';
const uris = new Map<string, string>();
const uriOf = (file: string) => uris.get(file)!;
const texts = new Map<string, string>();
const published = new Map<string, Diagnostic[]>();
const waiters: (() => void)[] = [];
let worker: BrowserWorker;

async function open(file: string, text: string, folder = SCRATCH): Promise<void> {
    texts.set(file, text);
    uris.set(file, `${folder}/${file}`);
    await worker.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uriOf(file), languageId: 'pacta', version: 1, text } });
}

/** The diagnostics of a file once `until` holds for them (a hang guard is the test timeout). */
function diagnostics(file: string, until: (found: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    return new Promise(resolve => {
        const check = () => {
            const found = published.get(uriOf(file));
            if (found && until(found)) resolve(found);
            else waiters.push(check);
        };
        check();
    });
}

function position(file: string, marker: string, offset = marker.length): { line: number; character: number } {
    const text = texts.get(file)!;
    const index = text.indexOf(marker);
    if (index < 0) throw new Error(`'${marker}' not in ${file}`);
    const before = text.slice(0, index + offset);
    return { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
}

beforeAll(async () => {
    worker = startBrowserWorker();
    worker.connection.onNotification(PublishDiagnosticsNotification.type, params => {
        published.set(params.uri, params.diagnostics);
        for (const waiter of waiters.splice(0)) waiter();
    });
    await worker.connection.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, workspaceFolders: null, capabilities: CLIENT_CAPABILITIES });
    await worker.connection.sendNotification(InitializedNotification.type, {});
    for (const file of readdirSync(EXAMPLE_DIR)
        .filter(name => name.endsWith('.pacta'))
        .sort())
        await open(file, readFileSync(join(EXAMPLE_DIR, file), 'utf8'), FOLDER);
    await diagnostics('eu-us-japan.pacta', () => true);
});

afterAll(() => worker?.close());

/** Initializes a worker of its own with the given `assetsUrl`; `jpDiagnostics` resolves to the first diagnostics of its `jp.pacta`. */
async function initialized(own: BrowserWorker, assetsUrl: string): Promise<{ jpDiagnostics: Promise<Diagnostic[]> }> {
    own.connection.onRequest('client/registerCapability', () => null);
    const diagnosticsOf = new Promise<Diagnostic[]>(resolve =>
        own.connection.onNotification(PublishDiagnosticsNotification.type, params => {
            if (params.uri.endsWith('/jp.pacta')) resolve(params.diagnostics);
        })
    );
    await own.connection.sendRequest(InitializeRequest.type, {
        processId: null,
        rootUri: null,
        workspaceFolders: null,
        capabilities: CLIENT_CAPABILITIES,
        initializationOptions: { pacta: { assetsUrl } }
    });
    await own.connection.sendNotification(InitializedNotification.type, {});
    return { jpDiagnostics: diagnosticsOf };
}

describe('the browser server bundle in a worker', () => {
    test('reports a broken file with codes and positions', async () => {
        await open('broken.pacta', 'agreement broken "Broken" {\n    parties US, NOWHERE\n    signed 2026-13-45\n');
        const found = await diagnostics('broken.pacta', d => d.length > 0);
        expect(found.some(d => d.code === 'pacta/syntax-error' || d.severity === 1)).toBe(true);
        expect(found.every(d => typeof d.code === 'string' && d.code.startsWith('pacta/'))).toBe(true);
    });

    test('completes the parties after `parties `', async () => {
        await open('draft.pacta', 'agreement draft "Draft" {\n    parties \n}\n');
        const result = await worker.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uriOf('draft.pacta') }, position: position('draft.pacta', 'parties ') });
        const labels = (Array.isArray(result) ? result : ((result as CompletionList | null)?.items ?? [])).map((item: CompletionItem) => item.label);
        expect(labels).toEqual(expect.arrayContaining(['US', 'JP', 'MX']));
    });

    test('a hover on a relative deadline shows its resolved date', async () => {
        const hover = await worker.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: uriOf('eu-us-japan.pacta') },
            position: position('eu-us-japan.pacta', 'within 30 days after announced', 0)
        });
        const text = (hover?.contents as MarkupContent | undefined)?.value ?? '';
        expect(text).toContain('**2026-03-06**');
        expect(text).toContain('within 30 days after eu_us_japan.announced (2026-02-04) → 2026-03-06');
    });

    test('pacta/deadlines lists 2026-03-06 for the critical-minerals example, pacta/status answers', async () => {
        const deadlines = (await worker.connection.sendRequest('pacta/deadlines', { today: '2026-05-01' })) as { deadlines: { id: string; date: string | null }[] };
        expect(deadlines.deadlines.map(d => [d.id, d.date])).toContainEqual(['eu_us_japan.mou.due', '2026-03-06']);
        const status = (await worker.connection.sendRequest('pacta/status', { uri: uriOf('eu-us-japan.pacta'), asOf: '2026-05-01' })) as { folderUri: string; status?: { asOf: string } };
        expect(status.folderUri).toBe(FOLDER);
        expect(status.status?.asOf).toBe('2026-05-01');
    });

    test('files opened a moment ago are in the answers of pacta/status, pacta/compile and pacta/deadlines (no waiting for diagnostics)', async () => {
        // A folder that exists only in the editor, as in the playground: its files reach the server by didOpen alone,
        // and the requests come at once, while the server still waits out its pause after the opens.
        const fresh = 'vscode-vfs://github/pacta-lang/pacta/fresh';
        // A long parties file first: its check is still under way when the second file comes, which then waits out the pause.
        const blocs = Array.from({ length: 3000 }, (_, i) => `bloc B${i} "Bloc ${i}"\n`).join('');
        await open('fresh-parties.pacta', `state US "United States"\nstate JP "Japan"\n${blocs}`, fresh);
        await open(
            'fresh-deal.pacta',
            'agreement deal "A deal" {\n    parties US, JP\n    signed 2026-02-04\n    commitment report {\n        by US\n        shall "report"\n        due within 30 days after signed\n    }\n}\n',
            fresh
        );
        const [status, compiled, deadlines] = (await Promise.all([
            worker.connection.sendRequest('pacta/status', { uri: uriOf('fresh-deal.pacta'), asOf: '2026-02-10' }),
            worker.connection.sendRequest('pacta/compile', { uri: uriOf('fresh-parties.pacta') }),
            worker.connection.sendRequest('pacta/deadlines', { today: '2026-02-10', folderUri: fresh })
        ])) as [
            { errorCount: number; status?: { commitments: { id: string; status: string; due?: string }[] } },
            { errorCount: number; files: string[] },
            { deadlines: { id: string; date: string | null }[] }
        ];
        expect(status.errorCount).toBe(0);
        expect(status.status?.commitments.map(c => [c.id, c.status, c.due])).toEqual([['deal.report', 'pending', '2026-03-06']]);
        expect(compiled.errorCount).toBe(0);
        expect(compiled.files).toEqual(['fresh-deal.pacta', 'fresh-parties.pacta']);
        expect(deadlines.deadlines.map(d => [d.id, d.date])).toEqual([['deal.report.due', '2026-03-06']]);
    });

    test("fetches a country's holiday rules only when a file counts its business days, and counts them", async () => {
        // The example counts no business days and names no calendar: nothing was fetched.
        expect(worker.fetched).toEqual([]);
        await open('business-days.pacta', 'agreement bd "Business days" {\n    parties JP\n    signed 2026-03-18\n    commitment c { by JP shall "x" due within 3 business days after signed }\n}\n');
        await diagnostics('business-days.pacta', () => true);
        // Then the parser and the calendars the workspace's parties name (its states' countries; France's
        // rules borrow from its territories'), each once, same-origin, next to server.js.
        // The parser first (importScripts), then the rules.
        expect(worker.fetched[0]).toBe(`${ORIGIN}/lsp/holiday-parser.js`);
        expect(worker.fetched).toContain(`${ORIGIN}/lsp/holidays/JP.json`);
        expect(worker.fetched.slice(1).every(url => /^https:\/\/playground\.pacta\.test\/lsp\/holidays\/[A-Z]{2}\.json$/.test(url))).toBe(true);
        expect(new Set(worker.fetched).size).toBe(worker.fetched.length);
        // 20 March 2026 is Japan's Spring Equinox Day (a Friday): 19, 23, 24 March.
        const hover = await worker.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: uriOf('business-days.pacta') },
            position: position('business-days.pacta', 'within 3 business', 0)
        });
        const text = (hover?.contents as MarkupContent | undefined)?.value ?? '';
        expect(text).toContain('**2026-03-24**');
        expect(text).toContain('→ 2026-03-24 (holidays skipped: 2026-03-20 Spring Equinox Day)');
    });

    test('from a blob worker (VS Code for the web), loads from the folder the client gives as assetsUrl', async () => {
        const blob = startBrowserWorker(`blob:${ORIGIN}/6b1f0e1c-8a3e-4c55-9d2e-0d7f3a2c9e11`);
        try {
            const { jpDiagnostics: diagnosticsOf } = await initialized(blob, ASSETS_URL);
            const text = 'state JP "Japan"\nagreement bd "Business days" {\n    parties JP\n    signed 2026-03-18\n    commitment c { by JP shall "x" due within 3 business days after signed }\n}\n';
            await blob.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: `${SCRATCH}-blob/jp.pacta`, languageId: 'pacta', version: 1, text } });
            expect(await diagnosticsOf).toEqual([]);
            expect(blob.fetched).toEqual([`${ASSETS_URL}holiday-parser.js`, `${ASSETS_URL}holidays/JP.json`]);
        } finally {
            blob.close();
        }
    });

    test('holiday rules that cannot be loaded (offline, wrong assetsUrl) leave the deadline unresolved, not the server stuck', async () => {
        const offline = startBrowserWorker(`blob:${ORIGIN}/0e9a4b7c-1d2f-4e3a-8b5c-6d7e8f9a0b1c`);
        const errors: string[] = [];
        const consoleError = console.error;
        console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
        try {
            const { jpDiagnostics: published } = await initialized(offline, `${ORIGIN}/elsewhere/`);
            const uri = `${SCRATCH}-offline/jp.pacta`;
            const text = 'state JP "Japan"\nagreement bd "Business days" {\n    parties JP\n    signed 2026-03-18\n    commitment c { by JP shall "x" due within 3 business days after signed }\n}\n';
            await offline.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'pacta', version: 1, text } });
            // The build finished: diagnostics were published (the file has no error of its own).
            expect(await published).toEqual([]);
            expect(errors.some(line => /holiday calendars could not be loaded/.test(line))).toBe(true);
            const hover = await offline.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 4, character: 40 } });
            // Unresolved, and why: never counted without the holidays.
            expect((hover?.contents as MarkupContent | undefined)?.value).toMatch(
                /^`bd\.c` is due \*\*unresolved\*\*: the holiday calendar of JP could not be loaded: .*; the business days cannot be counted\.$/
            );
        } finally {
            console.error = consoleError;
            offline.close();
        }
    });
});
