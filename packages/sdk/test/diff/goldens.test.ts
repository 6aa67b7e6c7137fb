import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { type PactaDiff, diffOutputs, renderDiffJson, renderDiffMarkdown, renderDiffText } from '../../src/index.js';
import { compileStrict } from '../support.js';
import { compiledFolder } from '../compiled-folder.js';

const CASES = fileURLToPath(new URL('./cases/', import.meta.url));
/** Every case is compared on this day: after the dates the status case moves around. */
export const AS_OF = '2026-03-01';
const update = process.env['UPDATE_GOLDENS'] === '1';
const validate = compileStrict(JSON.parse(readFileSync(new URL('../../schema/pacta-diff.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>);

export async function diffCase(name: string): Promise<PactaDiff> {
    return diffOutputs(await compiledFolder(join(CASES, name, 'base')), await compiledFolder(join(CASES, name, 'head')), { asOf: AS_OF });
}

function golden(file: string, actual: string): void {
    if (update) writeFileSync(file, actual);
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDENS=1 and inspect it`).toBe(true);
    expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('diff goldens: text, Markdown and JSON of each kind of change', () => {
    for (const name of readdirSync(CASES).sort()) {
        test(name, async () => {
            const diff = await diffCase(name);
            const json = renderDiffJson(diff);
            expect(validate(JSON.parse(json)), JSON.stringify(validate.errors)).toBe(true);
            golden(join(CASES, name, 'expected.json'), json);
            golden(join(CASES, name, 'expected.txt'), renderDiffText(diff));
            golden(join(CASES, name, 'expected.md'), renderDiffMarkdown(diff));
        });
    }
});
