import { describe, expect, test } from 'vitest';
import { compileSources } from '../src/index.js';
import { WORKSPACE } from './support.js';

describe('determinism', () => {
    test('compiling twice in one process gives identical bytes and leaks nothing between calls', async () => {
        const first = await compileSources(WORKSPACE);
        // A compile in between with other content (and a clashing name) must not change the next result.
        const other = await compileSources({ 'other.pacta': 'state US "Another United States"\nstate FR "France"' });
        expect(other.errorCount).toBe(0);
        expect(other.output!.parties.map(p => p.id)).toEqual(['FR', 'US']);
        const second = await compileSources(WORKSPACE);
        expect(second.json).toBe(first.json);
        expect(second.diagnostics).toEqual(first.diagnostics);
    });

    test('the order the files are given in does not matter', async () => {
        const forward = await compileSources(WORKSPACE);
        const reversed = await compileSources(Object.fromEntries(Object.entries(WORKSPACE).reverse()));
        expect(reversed.json).toBe(forward.json);
        expect(reversed.diagnostics).toEqual(forward.diagnostics);
        expect(reversed.files).toEqual(forward.files);
    });

    test('concurrent compiles do not interfere', async () => {
        const alone = await compileSources(WORKSPACE);
        const results = await Promise.all([compileSources(WORKSPACE), compileSources({ 'x.pacta': 'state US "United States"\nagreement deal "Other" { parties US }' }), compileSources(WORKSPACE)]);
        expect(results[0]!.json).toBe(alone.json);
        expect(results[2]!.json).toBe(alone.json);
        expect(results[1]!.errorCount).toBe(0);
    });

    test('the output has no timestamp, absolute path or URI', async () => {
        const { json } = await compileSources(WORKSPACE);
        expect(json).not.toMatch(/memory:|file:|\/workspace\/|pacta-builtin|T\d\d:\d\d/);
    });
});
