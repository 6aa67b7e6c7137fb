import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compileFolder } from '../../src/index.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const script = join(repo, 'examples/consumers/answer.mjs');
const golden = fileURLToPath(new URL('./answer.golden.txt', import.meta.url));

/** The questions asked of each compiled workspace, as `answer.mjs` arguments before the file. */
const QUESTIONS: Record<string, readonly string[][]> = {
    'critical-minerals-2026.json': [
        ['due', '2026-01-01', '2026-12-31'],
        ['due', '2027-01-01', '2027-12-31'],
        ['binds', 'US', '2026-03-10'],
        ['binds', 'IN', '2023-01-01'],
        ['binds', 'IN', '2024-01-01'],
        ['kind', 'price_floor'],
        ['kind', 'project_finance'],
        ['kind', 'stockpile']
    ],
    'consumers.json': [
        ['due', '2024-01-01', '2026-12-31'],
        ['binds', 'FR', '2026-03-10'],
        ['binds', 'GB', '2019-12-01'],
        ['binds', 'GB', '2021-01-01'],
        ['binds', 'HR', '2010-01-01'],
        ['kind', 'project_finance'],
        ['kind', 'stockpile']
    ]
};

let folder: string;

beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'pacta-answer-'));
    const workspaces = {
        'critical-minerals-2026.json': join(repo, 'examples/critical-minerals-2026/'),
        'consumers.json': fileURLToPath(new URL('./fixture/', import.meta.url))
    };
    for (const [file, workspace] of Object.entries(workspaces)) {
        const result = await compileFolder(workspace);
        expect(result.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
        writeFileSync(join(folder, file), result.json);
    }
}, 120_000);

afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
});

function answer(args: readonly string[]): string {
    return execFileSync(process.execPath, [script, ...args], { encoding: 'utf8' });
}

/**
 * The consumer recipe of docs/consumers.md: `examples/consumers/answer.mjs` answers from the
 * compiled JSON alone. Its answers on the example and on a small fixture (agencies, blocs with
 * members over time, a user sub-kind) are the checked-in `answer.golden.txt`; `UPDATE_GOLDENS=1`
 * rewrites it.
 */
describe('examples/consumers/answer.mjs', () => {
    test('its answers are the golden file', () => {
        const parts: string[] = [];
        for (const [file, questions] of Object.entries(QUESTIONS)) {
            for (const question of questions) {
                parts.push(`$ node answer.mjs ${question.join(' ')} ${file}\n${answer([...question, join(folder, file)])}`);
            }
        }
        const actual = parts.join('\n');
        if (process.env['UPDATE_GOLDENS'] === '1') writeFileSync(golden, actual);
        expect(existsSync(golden), `${golden} is missing: run with UPDATE_GOLDENS=1`).toBe(true);
        expect(actual).toBe(readFileSync(golden, 'utf8'));
    }, 60_000);

    test('reads no prose field: no title, note, text or doc', () => {
        const code = readFileSync(script, 'utf8')
            .split('\n')
            .filter(line => !line.trim().startsWith('//'))
            .join('\n');
        expect(code).not.toMatch(/\.(title|note|text|doc)\b|\[['"](title|note|text|doc)['"]\]/);
    });

    test('ignores fields it does not know and treats binding unknown as unknown', () => {
        const doc = JSON.parse(readFileSync(join(folder, 'consumers.json'), 'utf8')) as Record<string, unknown>;
        const agreements = doc['agreements'] as Array<Record<string, unknown>>;
        for (const agreement of agreements) {
            agreement['branch'] = { condition: 'x', taken: null };
            agreement['requiresRatification'] = true;
            if (agreement['id'] === 'eu_pact') agreement['binding'] = 'unknown';
        }
        doc['somethingNew'] = [{ id: 'x' }];
        const file = join(folder, 'extended.json');
        writeFileSync(file, JSON.stringify(doc));
        const out = answer(['binds', 'FR', '2026-03-10', file]);
        expect(out).toContain('eu_pact (unknown): in force since 2019-09-01; as a member of EU');
        expect(answer(['due', '2026-05-01', '2026-05-01', file])).toContain('shall, force unknown, status pending');
    });

    test('a bad question is a usage message and exit code 2, not a crash', () => {
        let failure: { status?: number; stderr?: string } | undefined;
        try {
            answer(['when', 'US']);
        } catch (error) {
            failure = error as { status?: number; stderr?: string };
        }
        expect(failure?.status).toBe(2);
        expect(String(failure?.stderr)).toMatch(/^usage: answer\.mjs/);
    });
});
