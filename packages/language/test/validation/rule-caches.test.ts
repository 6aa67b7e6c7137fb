/**
 * Some rules share per-build indexes (names of the workspace, components of the relation graph,
 * cycles of deadlines). A new build must see the new text, not the last build's answers.
 */
import { describe, expect, test } from 'vitest';
import { buildWorkspace, codes } from '../pacta-test-kit.js';

describe('per-build caches are rebuilt', () => {
    test('duplicate names appear and disappear with the files', async () => {
        let ws = await buildWorkspace({ 'a.pacta': 'state US "x"', 'b.pacta': 'state US "y"' });
        expect(codes(ws.diagnostics.get('a.pacta')!)).toEqual(['pacta/duplicate-name']);
        ws = await buildWorkspace({ 'a.pacta': 'state US "x"', 'b.pacta': 'state JP "y"' });
        expect(codes(ws.diagnostics.get('a.pacta')!)).toEqual([]);
        ws = await buildWorkspace({ 'a.pacta': 'state US "x"' });
        expect(codes(ws.diagnostics.get('a.pacta')!)).toEqual([]);
    });

    test('a relation cycle is gone once one relation is removed', async () => {
        let ws = await buildWorkspace({ 'a.pacta': 'agreement a "A" { amends b }\nagreement b "B" { supersedes a }' });
        expect(codes(ws.diagnostics.get('a.pacta')!)).toEqual(['pacta/relation-cycle', 'pacta/relation-cycle']);
        ws = await buildWorkspace({ 'a.pacta': 'agreement a "A" { amends b }\nagreement b "B" { references a }' });
        expect(codes(ws.diagnostics.get('a.pacta')!)).toEqual([]);
    });

    test('a deadline cycle is gone once one deadline gets a date', async () => {
        const text = (due: string) => `state US "US"\nagreement a "A" { parties US
  commitment p { by US will "x" due ${due} }
  commitment q { by US will "y" due 10 days after p } }`;
        let ws = await buildWorkspace({ 'a.pacta': text('10 days after q') });
        expect(codes(ws.diagnostics.get('a.pacta')!)).toEqual(['pacta/deadline-cycle', 'pacta/deadline-cycle']);
        ws = await buildWorkspace({ 'a.pacta': text('2026-01-01') });
        expect(codes(ws.diagnostics.get('a.pacta')!)).toEqual([]);
    });

    test('actor-not-party follows a party list that changed in another file', async () => {
        const pact = 'agreement p "P" { parties US commitment c { by USTR will "x" } }';
        let ws = await buildWorkspace({ 'parties.pacta': 'state US "US"\nstate JP "JP"\nagency USTR "USTR" of JP', 'p.pacta': pact });
        expect(codes(ws.diagnostics.get('p.pacta')!)).toEqual(['pacta/actor-not-party']);
        ws = await buildWorkspace({ 'parties.pacta': 'state US "US"\nstate JP "JP"\nagency USTR "USTR" of US', 'p.pacta': pact });
        expect(codes(ws.diagnostics.get('p.pacta')!)).toEqual([]);
    });
});
