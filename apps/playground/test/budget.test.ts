// The built page (dist/, `pnpm build` first): what its first load fetches, and the budget of ours.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { OURS_LIMIT, firstLoadFiles, measure, report } from '../scripts/budget.mjs';

const dist = fileURLToPath(new URL('../dist', import.meta.url));

function allFiles(dir: string, prefix = ''): string[] {
    return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap(entry => (entry.isDirectory() ? allFiles(dir, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]));
}

describe('the built playground', () => {
    it('is built', () => {
        expect(existsSync(join(dist, 'index.html'))).toBe(true);
    });

    it('first loads the page, its script and style, Monaco, its font and worker, and the language server worker', () => {
        const missing: string[] = [];
        const files: string[] = firstLoadFiles(dist, missing);
        for (const file of ['index.html', 'app.js', 'style.css', 'monaco/monaco.js', 'monaco/monaco.css', 'monaco/codicon.ttf', 'monaco/editor.worker.js', 'server/server.js']) {
            expect(files).toContain(file);
        }
        // Only Monaco's default worker URL, which the page replaces with its own getWorker.
        expect(missing.every(file => file.endsWith('editorWebWorkerMain.js'))).toBe(true);
    });

    it('ships no source map (they would only serve the developer tools, at several times the size)', () => {
        expect(allFiles(dist).filter(file => file.endsWith('.map'))).toEqual([]);
    });

    it(`keeps ours (page, script, style, language server) within ${OURS_LIMIT / 1000} kB gzipped`, () => {
        const result = measure(firstLoadFiles(dist), dist);
        console.log(report(result));
        expect(result.monaco).toBeGreaterThan(0);
        expect(result.ours).toBeLessThanOrEqual(OURS_LIMIT);
    });
});
