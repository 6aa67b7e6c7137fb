/**
 * A server started on a larger folder, over the real protocol: the file open in the editor is
 * checked and published before the rest of the folder, which is then checked in the background;
 * every file's findings are published, with names resolved across files as before.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SEED_DIR, type ServerSession, startServer } from './lsp-client.js';

const FILES = 40;
const fileName = (n: number): string => `pact-${String(n).padStart(2, '0')}.pacta`;
const agreement = (n: number): string => `agreement pact_${n} "Pact ${n}" {
    nonbinding
    parties US, MX${n === 7 ? ', ZZ' : ''}
    signed 2026-01-01
    in_force within 30 days after signed
}
`;

let session: ServerSession;

beforeAll(async () => {
    const files: Record<string, string> = {};
    for (let n = 0; n < FILES; n++) files[fileName(n)] = agreement(n);
    session = await startServer(SEED_DIR, files);
    await session.open(fileName(FILES - 1));
});

afterAll(async () => {
    await session?.close();
});

describe('open files first', () => {
    test('the open file is published before any other file of the folder', async () => {
        expect(await session.diagnostics(fileName(FILES - 1))).toEqual([]);
        const first = session.publicationOrder()[0];
        expect(first).toBe(session.uriOf(fileName(FILES - 1)));
    });

    test('then every other file is checked, with names of other files resolved', async () => {
        const broken = await session.diagnostics(fileName(7), { until: d => d.length > 0 });
        expect(broken.map(d => String(d.code))).toEqual(['pacta/unresolved-reference']);
        for (let n = 0; n < FILES - 1; n++) {
            if (n !== 7) expect(await session.diagnostics(fileName(n))).toEqual([]);
        }
        expect(await session.diagnostics('usmca.pacta')).toBeDefined();
    });
});
