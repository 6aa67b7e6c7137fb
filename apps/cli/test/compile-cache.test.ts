// The `pacta` binary turns on Node's compile cache: in NODE_COMPILE_CACHE or under the OS temp
// folder, never in the user's project, and a folder that cannot be written changes nothing but speed.
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { EXAMPLES, pacta } from './helpers.js';

const made: string[] = [];
afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const tempDir = (prefix: string): string => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
};
/** Every path under a folder, sorted. */
const tree = (dir: string): string[] => (readdirSync(dir, { recursive: true }) as string[]).sort();

describe('the compile cache', () => {
    test('goes to NODE_COMPILE_CACHE, and nothing is written into the project', () => {
        const project = tempDir('pacta-cache-project-');
        cpSync(EXAMPLES, project, { recursive: true });
        const before = tree(project);
        const cache = tempDir('pacta-cache-');
        const first = pacta(['check', '.'], { cwd: project, env: { NODE_COMPILE_CACHE: cache } });
        expect(first.code, first.stderr).toBe(0);
        expect(tree(cache).length).toBeGreaterThan(0);
        // A second start reads the cache: the same result.
        const second = pacta(['check', '.'], { cwd: project, env: { NODE_COMPILE_CACHE: cache } });
        expect(second).toEqual(first);
        // The default folder (under the OS temp folder) is not the project either.
        const byDefault = pacta(['check', '.'], { cwd: project, env: { NODE_COMPILE_CACHE: undefined } });
        expect(byDefault).toEqual(first);
        expect(tree(project)).toEqual(before);
    });

    test('a cache folder that cannot be made changes nothing but speed', () => {
        const project = tempDir('pacta-cache-project-');
        cpSync(EXAMPLES, project, { recursive: true });
        const expected = pacta(['check', '.'], { cwd: project });
        // A regular file where the cache folder should be: Node cannot create the folder.
        const blocker = join(tempDir('pacta-cache-blocked-'), 'not-a-folder');
        writeFileSync(blocker, 'a file, not a folder\n');
        for (const dir of [blocker, join(blocker, 'below')]) {
            const run = pacta(['check', '.'], { cwd: project, env: { NODE_COMPILE_CACHE: dir } });
            expect(run).toEqual(expected);
        }
    });
});
