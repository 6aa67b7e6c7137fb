/**
 * What the browser worker bundle (dist/browser/server.js) is made of, from esbuild's metafile
 * (dist/metafile-iife.json, written by the build): no Node built-in, no ajv compiler (validators are
 * precompiled), no holiday rules nor their parser (loaded when first needed from dist/browser/holidays/
 * and holiday-parser.js), and a first load within the budget. Run after `pnpm build`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HOLIDAY_CALENDAR_INDEX } from '@pacta/language';
import { describe, expect, test } from 'vitest';
import { APP_DIR } from './lsp-client.js';

const BROWSER_DIR = join(APP_DIR, 'dist/browser');
type Metafile = { inputs: Record<string, { imports: { path: string; external?: boolean }[] }>; outputs: Record<string, { inputs: Record<string, unknown>; imports: { path: string }[] }> };
const metafile = JSON.parse(readFileSync(join(APP_DIR, 'dist/metafile-iife.json'), 'utf8')) as Metafile;
const output = metafile.outputs['dist/browser/server.js']!;
const inputs = Object.keys(output.inputs);
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map(name => `node:${name}`)]);

describe('the browser worker bundle', () => {
    test('imports no Node built-in and nothing external', () => {
        expect(output.imports).toEqual([]);
        const builtins = Object.values(metafile.inputs).flatMap(input => input.imports.filter(imported => NODE_BUILTINS.has(imported.path)).map(imported => imported.path));
        expect(builtins).toEqual([]);
        // A Node built-in that esbuild could not resolve for the browser would be left as a require() call.
        expect(readFileSync(join(BROWSER_DIR, 'server.js'), 'utf8')).not.toMatch(/\brequire\(["'](node:)?(fs|path|os|child_process|url|module|worker_threads)["']\)/);
    });

    test('holds no ajv compiler and no holiday rules', () => {
        expect(inputs.filter(input => /node_modules\/\.pnpm\/ajv/.test(input))).toEqual([]);
        expect(inputs.filter(input => /date-holidays\/|generated-holidays\/holidays\/|\/dist\/chunks\/[A-Z]{2}-/.test(input))).toEqual([]);
        // Nor their parser: holiday-parser.js, next to it, is loaded with importScripts when first needed.
        expect(inputs.filter(input => /date-holidays-parser|moment|astronomia/.test(input))).toEqual([]);
        const parser = readFileSync(join(BROWSER_DIR, 'holiday-parser.js'), 'utf8');
        expect(parser).toContain('PactaHolidayParser');
        expect(parser).not.toContain('Spring Equinox Day');
    });

    test("compiles no code at run time (a page's CSP `script-src 'self'` forbids it)", () => {
        for (const file of ['server.js', 'holiday-parser.js']) {
            const text = readFileSync(join(BROWSER_DIR, file), 'utf8');
            expect(text, file).not.toMatch(/new Function\(|[^\w.]eval\(/);
        }
    });

    test('has every country of the calendar index next to it, as JSON', () => {
        const files = readdirSync(join(BROWSER_DIR, 'holidays')).sort();
        expect(files).toEqual(
            Object.keys(HOLIDAY_CALENDAR_INDEX.countries)
                .sort()
                .map(country => `${country}.json`)
        );
        const japan = JSON.parse(readFileSync(join(BROWSER_DIR, 'holidays/JP.json'), 'utf8')) as { country: string; borrows: string[] };
        expect(japan).toMatchObject({ country: 'JP', borrows: [] });
    });

    test('first load (server.js) is within 600 KB gzipped', () => {
        const gzipped = gzipSync(readFileSync(join(BROWSER_DIR, 'server.js')), { level: 9 }).length;
        expect(gzipped).toBeLessThan(600 * 1024);
    });
});
