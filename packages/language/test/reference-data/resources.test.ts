import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { REFERENCE_LISTS, builtinGroupsOf, builtinResources, builtinResourcesText, builtinStages, listIdsOf, lookupBuiltinResource, lookupReferenceList } from '../../src/index.js';
import { buildDocument } from '../pacta-test-kit.js';

const DOC = fileURLToPath(new URL('../../../../docs/resources.md', import.meta.url));

const ids = (list: string) => lookupReferenceList(list)!.entries.map(entry => entry.id);

describe('the shipped reference lists, against their published counts', () => {
    test.each([
        ['usgs-2022', 50],
        ['usgs-2025', 60],
        ['eu-crma-2024-strategic', 17],
        ['eu-crma-2024-critical', 34]
    ])('%s has its %i entries as published', (id, count) => {
        const list = lookupReferenceList(id)!;
        expect(list.count).toBe(count);
        expect(list.entries).toHaveLength(count);
        expect(new Set(list.entries.map(entry => entry.name)).size).toBe(count);
        // Two entries of one list never map to the same id (that would lose an entry).
        expect(new Set(list.entries.map(entry => entry.id)).size).toBe(count);
    });

    test('every entry maps to an existing resource id', () => {
        for (const list of REFERENCE_LISTS) {
            for (const entry of list.entries) {
                expect(lookupBuiltinResource(entry.id), `${list.id}: ${entry.name} → ${entry.id}`).toBeDefined();
            }
        }
    });

    test('provenance: title, publisher, date, address', () => {
        expect(REFERENCE_LISTS.map(list => list.id)).toEqual(['usgs-2022', 'usgs-2025', 'eu-crma-2024-strategic', 'eu-crma-2024-critical']);
        for (const list of REFERENCE_LISTS) {
            expect(list.title).not.toBe('');
            expect(list.publisher).not.toBe('');
            expect(list.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(list.url).toMatch(/^https:\/\//);
            expect(list.citation).not.toBe('');
        }
        expect(lookupReferenceList('usgs-2022')!.citation).toContain('87 FR 10381');
        expect(lookupReferenceList('usgs-2022')!.published).toBe('2022-02-24');
        expect(lookupReferenceList('usgs-2025')!.published).toBe('2025-11-07');
        expect(lookupReferenceList('eu-crma-2024-critical')!.citation).toContain('OJ L, 2024/1252, 3.5.2024');
    });

    test('USGS 2025 is the 2022 list plus ten minerals; arsenic and tellurium stay', () => {
        const added = ids('usgs-2025')
            .filter(id => !ids('usgs-2022').includes(id))
            .sort();
        expect(added).toEqual(['boron', 'copper', 'lead', 'metallurgical_coal', 'phosphate', 'potash', 'rhenium', 'silicon', 'silver', 'uranium']);
        expect(ids('usgs-2022').every(id => ids('usgs-2025').includes(id))).toBe(true);
        expect(ids('usgs-2025')).toEqual(expect.arrayContaining(['arsenic', 'tellurium']));
    });

    test('the EU annexes: letters (a)... in order, strategic materials are critical too, names kept as published', () => {
        const strategic = lookupReferenceList('eu-crma-2024-strategic')!;
        const critical = lookupReferenceList('eu-crma-2024-critical')!;
        expect(strategic.entries.map(entry => entry.point)).toEqual('abcdefghijklmnopq'.split(''));
        expect(critical.entries.at(-1)!.point).toBe('ah');
        // Every strategic material is critical too: itself, or (the magnet rare earths) through the critical groups.
        const covered = new Set(ids('eu-crma-2024-critical').flatMap(id => [id, ...lookupBuiltinResource(id)!.members]));
        for (const id of ids('eu-crma-2024-strategic')) {
            const members = lookupBuiltinResource(id)!.members;
            expect(covered.has(id) || (members.length > 0 && members.every(member => covered.has(member))), id).toBe(true);
        }
        const name = (list: string, id: string) => lookupReferenceList(list)!.entries.find(entry => entry.id === id)!.name;
        expect(name('eu-crma-2024-strategic', 'nickel')).toBe('Nickel – battery grade');
        expect(name('eu-crma-2024-strategic', 'rare_earths_for_magnets')).toBe('Rare Earth Elements for magnets (Nd, Pr, Tb, Dy, Gd, Sm, and Ce)');
        expect(name('eu-crma-2024-critical', 'heavy_rare_earths')).toBe('Heavy Rare Earth Elements');
        expect(name('eu-crma-2024-critical', 'metallurgical_coal')).toBe('Coking Coal');
        expect(name('eu-crma-2024-critical', 'phosphate')).toBe('Phosphate rock');
        expect(name('eu-crma-2024-critical', 'aluminium')).toBe('Bauxite/Alumina/Aluminium');
    });
});

describe('resources, groups and stages', () => {
    test('every id is unique across resources and stages, and a valid Pacta name', () => {
        const all = [...builtinResources().map(r => r.id), ...builtinStages().map(s => s.id)];
        expect(new Set(all).size).toBe(all.length);
        for (const id of all) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
    });

    test('every group member exists and is a mineral', () => {
        for (const group of builtinResources().filter(r => r.kind === 'group')) {
            for (const member of group.members) expect(lookupBuiltinResource(member)?.kind, `${group.id} → ${member}`).toBe('mineral');
        }
    });

    test("the groups: 17 rare earths, 6 platinum group metals, the EU's light and heavy ones, magnets, critical minerals in general", () => {
        const members = (id: string) => [...lookupBuiltinResource(id)!.members];
        expect(members('rare_earths')).toHaveLength(17);
        expect(members('rare_earths')).toEqual(expect.arrayContaining(['scandium', 'yttrium', 'promethium', 'lanthanum', 'lutetium']));
        expect(members('platinum_group_metals').sort()).toEqual(['iridium', 'osmium', 'palladium', 'platinum', 'rhodium', 'ruthenium']);
        expect(members('light_rare_earths').sort()).toEqual(['cerium', 'lanthanum', 'neodymium', 'praseodymium', 'samarium']);
        expect(members('heavy_rare_earths')).toHaveLength(10);
        expect(members('rare_earths_for_magnets').sort()).toEqual(['cerium', 'dysprosium', 'gadolinium', 'neodymium', 'praseodymium', 'samarium', 'terbium']);
        expect(members('critical_minerals')).toEqual([]);
        for (const id of [...members('light_rare_earths'), ...members('heavy_rare_earths')]) expect(members('rare_earths')).toContain(id);
    });

    test('the lists a resource is on, directly; the groups it is in', () => {
        expect(listIdsOf('lithium')).toEqual(['usgs-2022', 'usgs-2025', 'eu-crma-2024-strategic', 'eu-crma-2024-critical']);
        expect(listIdsOf('neodymium')).toEqual(['usgs-2022', 'usgs-2025']);
        expect(listIdsOf('heavy_rare_earths')).toEqual(['eu-crma-2024-critical']);
        expect(listIdsOf('osmium')).toEqual([]);
        expect(builtinGroupsOf('osmium').map(g => g.id)).toEqual(['platinum_group_metals']);
    });

    test('the built-in document declares them all and has no finding', async () => {
        const { root, fileDiagnostics } = await buildDocument(builtinResourcesText(), 'builtin-resources.pacta');
        // Built into a workspace that already has the built-in library, every name is a duplicate:
        // only that finding is expected, nothing else (syntax, links).
        expect(new Set(fileDiagnostics.map(d => d.code))).toEqual(new Set(['pacta/duplicate-name']));
        expect(root.elements.length).toBe(builtinResources().length + builtinStages().length);
    });
});

describe('docs/resources.md matches the data', () => {
    const doc = readFileSync(DOC, 'utf8');

    test('every list: its title, date, address and count', () => {
        for (const list of REFERENCE_LISTS) {
            const row = doc.split('\n').find(line => line.startsWith(`| \`${list.id}\` |`));
            expect(row, list.id).toBeDefined();
            expect(row).toContain(list.title);
            expect(row).toContain(list.published);
            expect(row).toContain(list.url);
            expect(row).toContain(`| ${list.count} |`);
        }
    });

    test('the ids table: one row per resource, with its title and the names the lists give it', () => {
        const rows = doc.split('\n').filter(line => /^\| `[a-z_]+` \| (mineral|group) \|/.test(line));
        expect(rows.map(row => row.slice(3, row.indexOf('`', 3)))).toEqual(builtinResources().map(r => r.id));
        for (const resource of builtinResources()) {
            const row = rows.find(r => r.startsWith(`| \`${resource.id}\` |`))!;
            expect(row).toContain(resource.title);
            for (const listId of listIdsOf(resource.id)) expect(row, `${resource.id} on ${listId}`).toContain(listId);
        }
    });

    test('the stages table', () => {
        const rows = doc.split('\n').filter(line => /^\| `[a-z_]+` \| stage \|/.test(line));
        expect(rows.map(row => row.slice(3, row.indexOf('`', 3)))).toEqual(builtinStages().map(s => s.id));
    });
});
