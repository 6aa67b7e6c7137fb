/**
 * The schema validators in src/generated/ are ajv standalone code made by `pnpm generate`
 * (scripts/generate.mjs). These tests keep them in step with the schemas (regenerating gives the
 * same bytes), prove they hold no compiler (`new Function`, ajv's core), and that they judge
 * documents exactly as ajv compiling the schema at run time does (same errors, same order).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compileSources } from '../src/index.js';
import { configSchemaErrors } from '../src/config/config-schema.js';
import { createValidator as createConfigValidator } from '../src/generated/config-validator.js';
import { createValidator as createPactaValidator } from '../src/generated/pacta-validator.js';
import { WORKSPACE, compileStrict, schemaFile } from './support.js';
// @ts-expect-error: a plain ES module script without declarations
import { VALIDATORS, declarationSource, validatorModule, validatorSource } from '../scripts/generate.mjs';

const PACKAGE = new URL('../', import.meta.url);
const generated = (file: string) => readFileSync(new URL(`src/generated/${file}`, PACKAGE), 'utf8');
const configSchemaFile = JSON.parse(readFileSync(new URL('schema/pacta-config.schema.json', PACKAGE), 'utf8')) as Record<string, unknown>;

describe('generated schema validators', () => {
    test.each(Object.keys(VALIDATORS as Record<string, string>))('%s: regenerating from the schema gives the checked-in bytes', name => {
        expect(generated(`${name}.js`)).toBe(validatorSource(name));
        expect(generated(`${name}.d.ts`)).toBe(declarationSource(name));
    });

    test.each(Object.keys(VALIDATORS as Record<string, string>))('%s: no code compiled at run time, only ajv run-time helpers imported', name => {
        const source = generated(`${name}.js`);
        expect(source).not.toMatch(/new Function|\beval\(|require\(/);
        const imports = [...source.matchAll(/^import \* as \w+ from "([^"]+)";$/gm)].map(match => match[1]);
        expect(source.match(/^import /gm)?.length ?? 0).toBe(imports.length);
        for (const specifier of imports) expect(specifier).toMatch(/^(ajv\/dist\/runtime\/|ajv-formats\/dist\/formats\.js$)/);
    });

    test('the compiled-document validator gives the errors of a run-time ajv compile, on real and broken output', async () => {
        const output = JSON.parse((await compileSources(WORKSPACE)).json) as Record<string, unknown>;
        const runtime = compileStrict(schemaFile);
        const pactaValidator = createPactaValidator();
        const deadlines = output['deadlines'] as Record<string, unknown>[];
        const broken: unknown[] = [
            output,
            {},
            [],
            { ...output, surplus: 1 },
            { ...output, formatVersion: 'one' },
            {
                ...output,
                deadlines: [
                    { ...deadlines[0], date: 2026 },
                    { ...deadlines[1], kind: 'nope', extra: true }
                ]
            },
            { ...output, parties: 'none', agreements: [{}] }
        ];
        for (const value of broken) {
            const expected = runtime(value);
            expect(pactaValidator(value)).toBe(expected);
            expect(pactaValidator.errors ?? null).toEqual(runtime.errors ?? null);
        }
        expect(pactaValidator(output)).toBe(true);
    });

    test('the config validator gives the errors of a run-time ajv compile', () => {
        const runtime = compileStrict(configSchemaFile);
        const configValidator = createConfigValidator();
        const values: unknown[] = [{}, { horizon: '3 weeks' }, { maxFileSize: -1, strange: true }, { exclude: [1] }, 'config', null];
        for (const value of values) {
            const expected = runtime(value);
            expect(configValidator(value)).toBe(expected);
            expect(configValidator.errors ?? null).toEqual(runtime.errors ?? null);
        }
        expect(configSchemaErrors({ horizon: '3 weeks', strange: true }).map(error => error.message)).toEqual([
            expect.stringMatching(/^unknown option 'strange' \(known: strictSources, /),
            '\'horizon\' must be a number and d, w, m or y, such as "90d", "6m" or "1y"'
        ]);
    });

    test('formats from ajv-formats work in generated code (a schema with "format": "date")', async () => {
        const schema = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: { on: { type: 'string', format: 'date' } } };
        // Written inside the package, so its imports of ajv-formats resolve as the SDK's do.
        const dir = mkdtempSync(join(new URL('src/generated/', PACKAGE).pathname, '.format-test-'));
        try {
            const file = join(dir, 'date-validator.mjs');
            writeFileSync(file, validatorModule(schema, 'a test schema'));
            const { createValidator } = (await import(pathToFileURL(file).href)) as { createValidator: typeof createPactaValidator };
            const validate = createValidator();
            expect(validate({ on: '2026-03-06' })).toBe(true);
            expect(validate({ on: '2026-02-30' })).toBe(false);
            expect(validate.errors?.[0]).toMatchObject({ instancePath: '/on', keyword: 'format', message: 'must match format "date"' });
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
