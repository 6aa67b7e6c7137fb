import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { FORMAT_VERSION, PACTA_SCHEMA_ID, compileSources, loadCompiledJson, pactaSchema } from '../src/index.js';
import { WORKSPACE, schemaFile, schemaProblems, strictValidator } from './support.js';

describe('schema', () => {
    test('is draft 2020-12, has the published $id, and compiles under ajv strict mode', () => {
        expect(schemaFile['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
        expect(schemaFile['$id']).toBe(PACTA_SCHEMA_ID);
        expect(PACTA_SCHEMA_ID).toBe('https://pacta.dev/schema/pacta-1.schema.json');
        expect(() => strictValidator()).not.toThrow();
    });

    test('the exported object is the checked-in file', () => {
        expect(pactaSchema).toEqual(schemaFile);
    });

    test('is exported by the package as @pacta/sdk/schema/pacta.schema.json', () => {
        const require = createRequire(import.meta.url);
        const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown>; files: string[] };
        expect(pkg.exports['./schema/pacta.schema.json']).toBe('./schema/pacta.schema.json');
        expect(pkg.files).toContain('schema');
        expect(require('@pacta/sdk/schema/pacta.schema.json')).toEqual(schemaFile);
    });

    test('every property and definition has a description, and every object forbids other properties', () => {
        expect(schemaProblems(schemaFile)).toEqual([]);
    });

    test('describes every field the compiler writes (checked on a real output)', async () => {
        const result = await compileSources(WORKSPACE);
        const validate = strictValidator();
        expect(validate(JSON.parse(result.json))).toBe(true);
        // Each kind of element, with every optional field present at least once.
        const out = result.output!;
        expect(out.parties.some(p => p.iso && p.parent === undefined && p.doc)).toBe(true);
        expect(out.mechanisms.some(m => m.amount?.currency)).toBe(true);
        expect(out.deadlines.some(d => d.reason)).toBe(true);
    });
});

describe('loadCompiledJson', () => {
    test('accepts a compiled document, as text or as a value, and returns it typed', async () => {
        const result = await compileSources(WORKSPACE);
        const fromText = loadCompiledJson(result.json);
        expect(fromText.ok).toBe(true);
        if (fromText.ok) {
            expect(fromText.output.deadlines[0]!.date).toBe('2026-03-06');
        }
        const fromValue = loadCompiledJson(JSON.parse(result.json));
        expect(fromValue).toEqual(fromText);
    });

    test('rejects a broken document with the path of each problem', async () => {
        const result = await compileSources(WORKSPACE);
        const broken = JSON.parse(result.json) as Record<string, any>;
        broken['mechanisms'][0].amount.value = 1500000000;
        broken['deadlines'][0].date = '2026-13-01';
        broken['parties'][0].nickname = 'x';
        delete broken['formatVersion'];
        const loaded = loadCompiledJson(broken);
        expect(loaded.ok).toBe(false);
        if (loaded.ok) return;
        const paths = loaded.errors.map(e => e.path);
        expect(paths).toContain('/mechanisms/0/amount/value');
        expect(paths).toContain('/deadlines/0/date');
        expect(paths).toContain('/parties/0');
        expect(paths).toContain('');
        expect(loaded.errors.find(e => e.path === '/parties/0')!.message).toContain('nickname');
        expect(loaded.errors.find(e => e.path === '')!.message).toContain('formatVersion');
    });

    test('rejects a document of another format version', async () => {
        const result = await compileSources(WORKSPACE);
        const loaded = loadCompiledJson(result.json.replace(`"formatVersion": "${FORMAT_VERSION}"`, '"formatVersion": "2.0"'));
        expect(loaded).toMatchObject({ ok: false, errors: [{ path: '/formatVersion' }] });
    });

    test('enforces the rules between fields: a resolved deadline has a date and no reason', async () => {
        const result = await compileSources(WORKSPACE);
        const doc = JSON.parse(result.json) as Record<string, any>;
        doc['deadlines'][0].reason = 'why';
        doc['deadlines'][1].date = null;
        const loaded = loadCompiledJson(doc);
        expect(loaded.ok).toBe(false);
        if (loaded.ok) return;
        expect(loaded.errors.map(e => e.path)).toEqual(expect.arrayContaining(['/deadlines/0/reason', '/deadlines/1/date']));
    });

    test('never throws: not JSON, not an object, nothing', () => {
        for (const input of ['', '{', 'null', '[]', '42', undefined, null, 42, [], () => 1, Symbol('x')] as unknown[]) {
            const loaded = loadCompiledJson(input);
            expect(loaded.ok).toBe(false);
            if (!loaded.ok) expect(loaded.errors.length).toBeGreaterThan(0);
        }
        const notJson = loadCompiledJson('{');
        expect(notJson).toMatchObject({ ok: false, errors: [{ path: '', message: expect.stringContaining('not JSON') }] });
    });
});
