/**
 * The bundled server under a large paste, over the real protocol: every request is answered — with
 * a result for the text it was asked about, or with RequestCancelled / ContentModified when the
 * client cancelled it or an edit made it out of date — and the diagnostics end up those of a fresh
 * server opening the final text. Nothing here measures time: the test timeouts only guard against a hang.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
    CancellationTokenSource,
    CompletionRequest,
    type Diagnostic,
    DocumentSymbolRequest,
    type DocumentSymbol,
    HoverRequest,
    LSPErrorCodes,
    RenameRequest,
    ResponseError,
    SemanticTokensRequest
} from 'vscode-languageserver-protocol/node';
import { SEED_DIR, type ServerSession, startServer } from './lsp-client.js';

const HANG_GUARD_MS = 600_000;
const FILE = 'pasted.pacta';
const START = 'agreement start "Start" {\n    parties US\n    signed 2026-01-01\n}\n';

/** About 1 MB of agreements: the seed files (but the parties) again and again, each copy's agreements renamed. */
function pasteOf(size: number): string {
    const seed = readdirSync(SEED_DIR)
        .filter(name => name.endsWith('.pacta') && name !== 'parties.pacta')
        .sort()
        .map(name => readFileSync(join(SEED_DIR, name), 'utf8'))
        .join('\n');
    const copies: string[] = [];
    let length = 0;
    for (let copy = 0; length < size; copy++) {
        const text = seed.replace(/^(agreement|instrument) (\w+)/gm, (_, form: string, name: string) => `${form} ${name}_${copy}`);
        copies.push(text);
        length += text.length;
    }
    return copies.join('\n');
}

const agreementsIn = (text: string): number => text.match(/^(agreement|instrument) /gm)?.length ?? 0;

type Outcome = { version: number; method: string; result: unknown } | { version: number; method: string; error: number; message: string };

let session: ServerSession;

beforeAll(async () => {
    session = await startServer(SEED_DIR);
    await session.open(FILE, START);
    await session.diagnostics(FILE, { timeoutMs: HANG_GUARD_MS });
}, HANG_GUARD_MS);

afterAll(async () => {
    await session?.close();
});

function send(method: string, params: object, token?: CancellationTokenSource): Promise<Outcome> {
    const version = session.versionOf(FILE);
    const sent = token ? session.connection.sendRequest(method, params, token.token) : session.connection.sendRequest(method, params);
    return sent.then(
        result => ({ version, method, result }),
        (error: unknown) => {
            if (!(error instanceof ResponseError)) throw error;
            return { version, method, error: error.code, message: error.message };
        }
    );
}

function requests(): Array<Promise<Outcome>> {
    const textDocument = { uri: session.uriOf(FILE) };
    const position = { line: 1, character: 13 };
    return [
        send(HoverRequest.method, { textDocument, position }),
        send(CompletionRequest.method, { textDocument, position }),
        send(DocumentSymbolRequest.method, { textDocument }),
        send(SemanticTokensRequest.method, { textDocument })
    ];
}

test(
    'a 1 MB paste, then requests and edits: each request answered for its text, or cancelled; then the diagnostics of a fresh server',
    async () => {
        const texts = new Map<number, string>();
        const pending: Array<Promise<Outcome>> = [];
        await session.change(FILE, START + pasteOf(1_000_000));
        texts.set(session.versionOf(FILE), session.textOf(FILE));
        pending.push(...requests());
        // Typing at the top of the document while it is checked: every line after it moves.
        for (let edit = 0; edit < 4; edit++) {
            await session.insert(FILE, 0, `agreement typed_${edit} "Typed" {\n    parties US\n    signed 2026-02-0${edit + 1}\n}\n`);
            texts.set(session.versionOf(FILE), session.textOf(FILE));
            pending.push(...requests());
        }
        // The last edit leaves a mistake to report; nothing changes after it.
        await session.insert(FILE, 0, 'state QQ "Nowhere" code qq\n');
        const finalVersion = session.versionOf(FILE);
        texts.set(finalVersion, session.textOf(FILE));
        const last = requests();
        const outcomes = await Promise.all([...pending, ...last]);

        for (const outcome of outcomes) {
            if ('error' in outcome) {
                expect([LSPErrorCodes.ContentModified, LSPErrorCodes.RequestCancelled], `${outcome.method}: ${outcome.message}`).toContain(outcome.error);
                // Only an edit after it makes a request out of date.
                expect(outcome.version).toBeLessThan(finalVersion);
                continue;
            }
            const text = texts.get(outcome.version)!;
            if (outcome.method === DocumentSymbolRequest.method) {
                // The outline of the text the request was sent for: as many agreements as that text has.
                const symbols = outcome.result as DocumentSymbol[];
                expect(symbols.filter(symbol => symbol.kind === 3 /* Namespace */).length, `version ${outcome.version}`).toBe(agreementsIn(text));
            }
            if (outcome.method === SemanticTokensRequest.method) {
                // Every token lies on a name, a number or a date of that text.
                const data = (outcome.result as { data: number[] }).data;
                expect(data.length).toBeGreaterThan(0);
                for (const token of decode(data, text)) expect(token, `version ${outcome.version}`).toMatch(/^(#suppress|[\w.]+(-\d\d){0,2})$/);
            }
        }
        // The requests sent after the last edit are answered with results.
        for (const outcome of await Promise.all(last)) expect(outcome).toHaveProperty('result');

        const final = session.textOf(FILE);
        const fresh = await startServer(SEED_DIR, { [FILE]: final });
        try {
            await fresh.open(FILE, final);
            const expected = await fresh.diagnostics(FILE, { until: d => d.length > 0, timeoutMs: HANG_GUARD_MS });
            expect(expected.map(d => d.code)).toContain('pacta/unknown-country');
            const key = (diagnostics: Diagnostic[]): string => JSON.stringify(diagnostics);
            const actual = await session.diagnostics(FILE, { until: d => key(d) === key(expected), timeoutMs: HANG_GUARD_MS });
            expect(actual).toEqual(expected);
        } finally {
            await fresh.close();
        }
    },
    HANG_GUARD_MS
);

test(
    '$/cancelRequest on a pending request: a cancellation error, or its result',
    async () => {
        const textDocument = { uri: session.uriOf(FILE) };
        // A new large text keeps the server busy; the requests wait for it and are cancelled meanwhile.
        await session.change(FILE, START + pasteOf(1_000_000));
        const sources = [new CancellationTokenSource(), new CancellationTokenSource(), new CancellationTokenSource()];
        const asked = [
            send(SemanticTokensRequest.method, { textDocument }, sources[0]),
            send(HoverRequest.method, { textDocument, position: { line: 1, character: 13 } }, sources[1]),
            send('pacta/deadlines', { today: '2026-05-01' }, sources[2])
        ];
        for (const source of sources) source.cancel();
        for (const outcome of await Promise.all(asked)) {
            if ('error' in outcome) expect(outcome.error, outcome.message).toBe(LSPErrorCodes.RequestCancelled);
            else expect(outcome.result).toBeDefined();
        }
        // The server is still there and answers.
        const symbols = await send(DocumentSymbolRequest.method, { textDocument });
        expect(symbols).toHaveProperty('result');
    },
    HANG_GUARD_MS
);

test(
    'a rename to an invalid name: a request failure with the message, not an internal error',
    async () => {
        await session.change(FILE, START);
        const textDocument = { uri: session.uriOf(FILE) };
        const outcome = await send(RenameRequest.method, { textDocument, position: { line: 0, character: 12 }, newName: 'x y' });
        expect(outcome).toMatchObject({
            error: LSPErrorCodes.RequestFailed,
            message: "'x y' is not a valid name: use letters, digits and _, not starting with a digit."
        });
        const valid = await send(RenameRequest.method, { textDocument, position: { line: 0, character: 12 }, newName: 'begin' });
        expect(valid).toHaveProperty('result.changes');
    },
    HANG_GUARD_MS
);

/** The text of each semantic token (relative encoding: line delta, start delta, length, type, modifiers). */
function decode(data: number[], text: string): string[] {
    const lines = text.split('\n');
    const tokens: string[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
        line += data[i]!;
        character = data[i] === 0 ? character + data[i + 1]! : data[i + 1]!;
        tokens.push((lines[line] ?? '').slice(character, character + data[i + 2]!));
    }
    return tokens;
}
