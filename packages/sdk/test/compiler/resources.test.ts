import { describe, expect, test } from 'vitest';
import { compileSources } from '../../src/index.js';
import { strictValidator } from '../support.js';

const TEXT = `state US "United States"
state JP "Japan"
resource spodumene "Spodumene concentrate"
resource_group battery_metals "Battery metals" { members lithium, cobalt }
stage cathode_production "Cathode production"

agreement a "A" {
    parties US, JP
    resources critical_minerals, platinum_group_metals, lihtium
    stages refining, mining
    mechanism m: offtake_agreement { resources heavy_rare_earths stages cathode_production }
}
`;

async function compile(text: string) {
    const result = await compileSources({ 'main.pacta': text });
    return { result, output: result.output! };
}

describe('resources, stages and reference lists in the output', () => {
    test('declared and referenced resources, a group bringing its members, with their lists; sorted by id', async () => {
        const { output, result } = await compile(TEXT);
        expect(result.diagnostics.map(d => d.code)).toEqual(['pacta/unknown-resource']);
        expect(strictValidator()(output)).toBe(true);
        const ids = output.resources!.map(r => r.id);
        expect(ids).toEqual([...ids].sort());
        // Declared (spodumene, battery_metals and its members), listed (critical_minerals, the PGMs
        // and their six members, heavy rare earths and their ten members); the unresolved name is not a resource.
        expect(ids).toEqual(
            expect.arrayContaining([
                'spodumene',
                'battery_metals',
                'lithium',
                'cobalt',
                'critical_minerals',
                'platinum_group_metals',
                'osmium',
                'iridium',
                'heavy_rare_earths',
                'yttrium',
                'dysprosium'
            ])
        );
        expect(ids).not.toContain('lihtium');
        expect(ids).not.toContain('neodymium');
        expect(ids).toHaveLength(3 + 1 + 7 + 11 + 1);
        const byId = new Map(output.resources!.map(r => [r.id, r]));
        expect(byId.get('lithium')).toEqual({
            id: 'lithium',
            kind: 'mineral',
            title: 'Lithium',
            members: [],
            lists: ['usgs-2022', 'usgs-2025', 'eu-crma-2024-strategic', 'eu-crma-2024-critical'],
            builtin: true
        });
        expect(Object.keys(byId.get('spodumene')!)).toEqual(['id', 'kind', 'title', 'members', 'lists', 'builtin', 'location']);
        expect(byId.get('battery_metals')).toMatchObject({ kind: 'group', members: ['lithium', 'cobalt'], lists: [], builtin: false, location: { file: 'main.pacta', line: 4 } });
        expect(byId.get('critical_minerals')).toMatchObject({ kind: 'group', members: [], lists: [], builtin: true });
        expect(byId.get('osmium')!.lists).toEqual([]);
        expect(output.referenceLists!.map(l => l.id)).toEqual(['eu-crma-2024-critical', 'eu-crma-2024-strategic', 'usgs-2022', 'usgs-2025']);
        expect(output.referenceLists![3]).toEqual({
            id: 'usgs-2025',
            title: 'Final 2025 List of Critical Minerals',
            publisher: 'U.S. Geological Survey, U.S. Department of the Interior',
            published: '2025-11-07',
            url: expect.stringMatching(/^https:\/\//),
            count: 60
        });
    });

    test('stages declared or listed, by id; agreements and mechanisms give ids', async () => {
        const { output } = await compile(TEXT);
        expect(output.stages).toEqual([
            { id: 'cathode_production', title: 'Cathode production', builtin: false, location: expect.objectContaining({ file: 'main.pacta', line: 5 }) },
            { id: 'mining', title: 'Mining (extraction)', builtin: true },
            { id: 'refining', title: 'Refining', builtin: true }
        ]);
        expect(output.agreements[0]!.resources).toEqual(['critical_minerals', 'platinum_group_metals', 'lihtium']);
        expect(output.agreements[0]!.stages).toEqual(['refining', 'mining']);
        expect(output.mechanisms[0]!).toMatchObject({ resources: ['heavy_rare_earths'], stages: ['cathode_production'] });
    });

    test('always written, empty when nothing is covered, in schema order before deadlines', async () => {
        const { output, result } = await compile('state US "United States"\n');
        expect(output.resources).toEqual([]);
        expect(output.stages).toEqual([]);
        expect(output.referenceLists).toEqual([]);
        expect(Object.keys(output).slice(-4)).toEqual(['resources', 'stages', 'referenceLists', 'deadlines']);
        expect(result.json).toContain('"resources": [],\n  "stages": [],\n  "referenceLists": [],');
    });
});
