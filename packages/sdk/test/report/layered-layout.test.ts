import { describe, expect, test } from 'vitest';
import { layeredLayout } from '../../src/report/layered-layout.js';

describe('the layered layout of the relations graph', () => {
    test('each node right of everything it points to: the longest chain decides the column', () => {
        // protocol amends usmca, usmca supersedes nafta, pact refers to usmca and to nafta.
        const { layer, columns } = layeredLayout(
            ['pact', 'usmca', 'nafta', 'protocol'],
            [
                { from: 'usmca', to: 'nafta' },
                { from: 'protocol', to: 'usmca' },
                { from: 'pact', to: 'usmca' },
                { from: 'pact', to: 'nafta' }
            ]
        );
        expect(Object.fromEntries(layer)).toEqual({ nafta: 0, usmca: 1, pact: 2, protocol: 2 });
        expect(columns.map(c => [...c].sort())).toEqual([['nafta'], ['usmca'], ['pact', 'protocol']]);
    });

    test('a cycle is broken, not followed forever; a self-relation and unknown ends are ignored', () => {
        const { layer, columns } = layeredLayout(
            ['a', 'b', 'c'],
            [
                { from: 'a', to: 'b' },
                { from: 'b', to: 'c' },
                { from: 'c', to: 'a' },
                { from: 'a', to: 'a' },
                { from: 'a', to: 'zz' }
            ]
        );
        expect(new Set(layer.values()).size).toBe(3);
        expect(columns.flat().sort()).toEqual(['a', 'b', 'c']);
    });

    test('the order within a column follows the neighbours: no crossing in two parallel chains', () => {
        const { columns } = layeredLayout(
            ['x2', 'y2', 'y1', 'x1'],
            [
                { from: 'x2', to: 'x1' },
                { from: 'y2', to: 'y1' }
            ]
        );
        expect(columns[0]!.indexOf('x1') < columns[0]!.indexOf('y1')).toBe(columns[1]!.indexOf('x2') < columns[1]!.indexOf('y2'));
    });
});
