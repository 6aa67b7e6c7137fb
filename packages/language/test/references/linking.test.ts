/**
 * Names and scopes: top-level names are visible in every file, the members of an agreement
 * inside it and elsewhere as `agreement.member`; an unnamed event is named by its kind.
 */
import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { type Agreement, type OffsetDeadline, enclosingAgreement, isAgreement } from '../../src/index.js';
import { BUILTIN_MECHANISM_KINDS_URI } from '../../src/index.js';
import { buildWorkspace, codes } from '../pacta-test-kit.js';

function agreementOf(ws: Awaited<ReturnType<typeof buildWorkspace>>, file: string, name: string): Agreement {
    const found = ws.documents.get(file)!.parseResult.value.elements.find(e => isAgreement(e) && e.name === name);
    expect(found, `${file}: ${name}`).toBeDefined();
    return found as Agreement;
}

describe('cross-file references', () => {
    test('a party declared in one file is referenced from another', async () => {
        const ws = await buildWorkspace({
            'parties.pacta': 'state US "United States"\nstate MX "Mexico"\nagency USTR "USTR" of US',
            'pact.pacta': 'agreement pact "Pact" { parties US, MX lead USTR commitment c { by USTR will "x" } }'
        });
        expect(ws.diagnostics.get('pact.pacta')).toEqual([]);
        const pact = agreementOf(ws, 'pact.pacta', 'pact');
        const us = pact.roles[0]!.parties[0]!;
        expect(us.ref?.name).toBe('US');
        expect(us.$nodeDescription?.documentUri.path).toBe('/ws/parties.pacta');
        expect(pact.commitments[0]!.actors[0]!.ref?.parent?.ref?.name).toBe('US');
    });

    test('a file removed from the workspace no longer provides its names', async () => {
        await buildWorkspace({ 'parties.pacta': 'state US "United States"', 'pact.pacta': 'agreement pact "P" { parties US }' });
        const ws = await buildWorkspace({ 'pact.pacta': 'agreement pact "P" { parties US }' });
        expect(codes(ws.diagnostics.get('pact.pacta')!)).toEqual(['pacta/unresolved-reference']);
    });

    test('a built-in mechanism kind links into the built-in library', async () => {
        const ws = await buildWorkspace({ 'a.pacta': 'agreement a "A" { mechanism floor: border_adjusted_price_floor }' });
        const kind = agreementOf(ws, 'a.pacta', 'a').mechanisms[0]!.kind;
        expect(kind.ref?.title).toBe('Border-adjusted price floor');
        expect(kind.$nodeDescription?.documentUri.toString()).toBe(URI.parse(BUILTIN_MECHANISM_KINDS_URI).toString());
    });

    test('a source is cited from another file', async () => {
        const ws = await buildWorkspace({
            'sources.pacta': 'source reuters "Reuters"',
            'a.pacta': 'state US "United States" { cite reuters "p. 1" }'
        });
        expect(ws.diagnostics.get('a.pacta')).toEqual([]);
    });
});

describe('members of agreements', () => {
    const files = {
        'usmca.pacta': `
state US "United States"
state MX "Mexico"
agreement usmca "USMCA" {
  parties US, MX
  in_force 2020-07-01
  review joint_review on the 6th anniversary of in_force
  commitment report { by US will "report" due 30 days after joint_review }
  mechanism wg: working_group
}`,
        'review.pacta': `
agreement review_2026 "Joint review" {
  parties US, MX
  announced 60 days before usmca.joint_review
  commitment follow_up { by MX will "follow up" due 1 month after usmca.report mechanism usmca.wg }
}`
    };

    test('`agreement.member` refers to an event, a commitment or a mechanism of another agreement', async () => {
        const ws = await buildWorkspace(files);
        expect(ws.diagnostics.get('review.pacta')).toEqual([]);
        const review = agreementOf(ws, 'review.pacta', 'review_2026');
        const announced = review.events[0]!.when as OffsetDeadline;
        expect(announced.anchor.ref?.$type).toBe('Event');
        expect(enclosingAgreement(announced.anchor.ref)?.name).toBe('usmca');
        const followUp = review.commitments[0]!;
        expect((followUp.due as OffsetDeadline).anchor.ref?.$type).toBe('Commitment');
        expect(followUp.mechanism?.ref?.name).toBe('wg');
        expect(enclosingAgreement(followUp.mechanism?.ref)?.name).toBe('usmca');
    });

    test('an unnamed event is referenced by its kind; a named one by its name', async () => {
        const ws = await buildWorkspace({
            'a.pacta': `
agreement a "A" {
  signed 2026-02-04
  signed signed_tokyo 2026-02-05
  event kickoff "Kick-off" 2026-03-01
  review 1 year after signed
  review r2 1 year after signed_tokyo
  review r3 1 year after kickoff
}`
        });
        expect(ws.diagnostics.get('a.pacta')).toEqual([]);
        const events = agreementOf(ws, 'a.pacta', 'a').events;
        const anchors = events.slice(3).map(e => (e.when as OffsetDeadline).anchor.ref);
        expect(anchors).toEqual([events[0], events[1], events[2]]);
    });

    test('members are not visible unqualified from another agreement', async () => {
        const ws = await buildWorkspace({
            'a.pacta': 'agreement a "A" { in_force 2020-07-01 }\nagreement b "B" { review 1 year after in_force }'
        });
        const diagnostics = ws.diagnostics.get('a.pacta')!;
        expect(codes(diagnostics)).toEqual(['pacta/unresolved-reference']);
        expect((diagnostics[0]!.data as { suggestion?: string }).suggestion).toBe('a.in_force');
    });

    test('inside its agreement a member is visible both plainly and qualified', async () => {
        const ws = await buildWorkspace({ 'a.pacta': 'agreement a "A" { in_force 2020-07-01 review 1 year after a.in_force }' });
        expect(ws.diagnostics.get('a.pacta')).toEqual([]);
    });
});

describe('unresolved references', () => {
    test('report the unknown name on its own text, with a suggestion and the reference type in data', async () => {
        const ws = await buildWorkspace({ 'a.pacta': 'state US "United States"\nagreement a "A" { parties UX }' });
        const [diagnostic] = ws.diagnostics.get('a.pacta')!;
        expect(diagnostic!.code).toBe('pacta/unresolved-reference');
        expect(diagnostic!.message).toBe("Unknown party 'UX'.");
        expect(diagnostic!.range).toEqual({ start: { line: 1, character: 26 }, end: { line: 1, character: 28 } });
        expect(diagnostic!.data).toMatchObject({ suggestion: 'US', refText: 'UX', referenceType: 'Party' });
        expect((diagnostic!.data as { hint: string }).hint).toMatch(/^Did you mean 'US'\?/);
    });

    test('an unresolved reference leaves `ref` undefined and the text in `$refText`', async () => {
        const ws = await buildWorkspace({ 'a.pacta': 'agreement a "A" { supersedes nowhere }' });
        const relation = agreementOf(ws, 'a.pacta', 'a').relations[0]!;
        expect(relation.target.ref).toBeUndefined();
        expect(relation.target.$refText).toBe('nowhere');
    });

    test('a reference to the wrong kind of thing does not link (a party where an agreement is expected)', async () => {
        const ws = await buildWorkspace({ 'a.pacta': 'state US "United States"\nagreement a "A" { supersedes US }' });
        expect(codes(ws.diagnostics.get('a.pacta')!)).toEqual(['pacta/unresolved-reference']);
    });
});
