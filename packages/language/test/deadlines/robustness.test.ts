/**
 * Half-written deadlines never make the resolver or the rules throw: every prefix (cut at each
 * token boundary of every line) of the deadline goldens is built, validated and resolved.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstUtils } from 'langium';
import { expect, test } from 'vitest';
import { isCommitment, isEvent, isTimeExpr } from '../../src/index.js';
import { buildWorkspace, messageOf } from '../pacta-test-kit.js';

const ROOT = fileURLToPath(new URL('./golden', import.meta.url));

test('every prefix of the deadline goldens builds and resolves without throwing', async () => {
    let checked = 0;
    for (const file of readdirSync(ROOT)
        .filter(f => f.endsWith('.pacta'))
        .sort()) {
        const text = readFileSync(join(ROOT, file), 'utf8');
        // Cut after every word of the agreement bodies: the places an author pauses while typing.
        const cuts = [...text.matchAll(/\S+/g)].map(m => m.index! + m[0].length).filter((_, i) => i % 2 === 0);
        for (const cut of cuts) {
            const ws = await buildWorkspace({ 'a.pacta': text.slice(0, cut) });
            const resolver = ws.services.Pacta.deadlines.DeadlineResolver;
            for (const node of AstUtils.streamAllContents(ws.documents.get('a.pacta')!.parseResult.value)) {
                if (isTimeExpr(node)) expect(() => resolver.resolveTime(node)).not.toThrow();
                if (isEvent(node) || isCommitment(node)) expect(() => resolver.resolveDated(node)).not.toThrow();
            }
            // A rule that threw shows up as Langium's "An error occurred during validation".
            const crashes = (ws.diagnostics.get('a.pacta') ?? []).filter(d => /error occurred/i.test(messageOf(d)));
            expect(
                crashes.map(d => d.message),
                `${file} cut at ${cut}`
            ).toEqual([]);
            checked++;
        }
    }
    expect(checked).toBeGreaterThan(100);
}, 600_000); // a hang guard, not a limit: ~26 s on a loaded 2-core VM
