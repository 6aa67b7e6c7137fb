/**
 * Deadline goldens, data-driven: every `golden/<case>.pacta` is resolved and compared with
 * `golden/<case>.resolutions.txt`, one block per event, date claim and commitment in text order:
 *
 *     a.mou: resolved 2026-03-06 (day, by, offset)
 *       a.announced 2026-02-04
 *       within 30 days after a.announced (2026-02-04) → 2026-03-06
 *
 * plus the occurrences, calendars and condition when the resolution has them, and the reason
 * when it has no date. `UPDATE_GOLDENS=1 npx vitest run test/deadlines/golden.test.ts` rewrites
 * the expected files: read what it writes, a golden must be right, not just recorded.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import { type Resolution, isCommitment, isDateClaim, isEvent } from '../../src/index.js';
import { buildWorkspace } from '../pacta-test-kit.js';

const ROOT = fileURLToPath(new URL('./golden', import.meta.url));
const UPDATE = process.env['UPDATE_GOLDENS'] === '1';

export function describeResolution(name: string, r: Resolution): string {
    const lines: string[] = [];
    const form = r.form ?? 'none';
    lines.push(r.status === 'resolved' ? `${name}: resolved ${r.date} (${r.precision}, ${r.bound}, ${form})` : `${name}: ${r.status} (${r.bound}, ${form}): ${r.reason}`);
    for (const step of r.chain) lines.push(`  ${step}`);
    if (r.calendars) lines.push(`  calendars: ${r.calendars.map(c => `${c.party.name}=${c.code ?? 'none'}`).join(', ') || 'none'}`);
    if (r.occurrences) {
        const o = r.occurrences;
        lines.push(`  occurrences (${o.dates.length}, stop ${o.stop}${o.end ? ` at ${o.end}` : ''}${o.truncated ? ', truncated' : ''}): ${o.dates.join(' ')}`);
    }
    if (r.condition !== undefined) lines.push(`  condition: ${r.condition}`);
    return lines.join('\n');
}

async function resolveText(text: string): Promise<string> {
    const ws = await buildWorkspace({ 'case.pacta': text });
    // A case is valid syntax: otherwise it tests the parser's error recovery, not the dates.
    const { lexerErrors, parserErrors } = ws.documents.get('case.pacta')!.parseResult;
    expect([...lexerErrors, ...parserErrors].map(e => e.message)).toEqual([]);
    const resolver = ws.services.Pacta.deadlines.DeadlineResolver;
    const blocks: string[] = [];
    for (const node of AstUtils.streamAllContents(ws.documents.get('case.pacta')!.parseResult.value)) {
        if (isEvent(node) || isCommitment(node)) {
            blocks.push(describeResolution(resolver.describeAnchor(node), resolver.resolveDated(node)));
        } else if (isDateClaim(node) && node.when) {
            const event = node.$container;
            const index = event.claims.indexOf(node) + 1;
            blocks.push(describeResolution(`${resolver.describeAnchor(event)} claim ${index}${node.note ? ` ${JSON.stringify(node.note)}` : ''}`, resolver.resolveTime(node.when)));
        }
    }
    return blocks.join('\n') + '\n';
}

const cases = readdirSync(ROOT)
    .filter(f => f.endsWith('.pacta'))
    .sort();

describe('deadline goldens', () => {
    test('there are cases', () => {
        expect(cases.length).toBeGreaterThan(10);
    });

    for (const file of cases) {
        test(basename(file, '.pacta'), async () => {
            const actual = await resolveText(readFileSync(join(ROOT, file), 'utf8'));
            const expectedFile = join(ROOT, `${basename(file, '.pacta')}.resolutions.txt`);
            if (UPDATE) writeFileSync(expectedFile, actual);
            expect(existsSync(expectedFile), `${expectedFile} is missing: run with UPDATE_GOLDENS=1`).toBe(true);
            expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
        });
    }
});
