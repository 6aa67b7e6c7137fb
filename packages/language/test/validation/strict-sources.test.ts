/**
 * The opt-in category `strict-sources`: off in a plain build, on when a build names it, and added
 * to a validated document without running the other rules again (as the language server does when
 * the setting `pacta.strictSources` is switched on).
 */
import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { PACTA_RULES, STRICT_SOURCES_CATEGORY, loadBuiltinDocuments, pactaValidationCategories } from '../../src/index.js';
import { buildWorkspace, formatDiagnostic, testServices } from '../pacta-test-kit.js';

const TEXT = `state US "United States"
#suppress "pacta/missing-source" "The text is not published yet."
agreement a "A" {
    parties US
    signed 2024-01-01
}
agreement b "B" {
    parties US
    signed 2024-01-01
    commitment c { by US will "act" due 2023-12-01 }
}
`;

describe('strict-sources', () => {
    test('missing-source is the only rule of the opt-in category', () => {
        expect(PACTA_RULES.filter(rule => rule.category !== undefined).map(rule => [rule.code, rule.category])).toEqual([['pacta/missing-source', STRICT_SOURCES_CATEGORY]]);
        expect(pactaValidationCategories()).not.toContain(STRICT_SOURCES_CATEGORY);
        expect(pactaValidationCategories({ strictSources: true })).toContain(STRICT_SOURCES_CATEGORY);
    });

    test('off in a plain build (`validation: true`); its suppressions are not reported unused', async () => {
        const ws = await buildWorkspace({ 'a.pacta': TEXT });
        expect(ws.diagnostics.get('a.pacta')!.map(d => d.code)).toEqual([]);
    });

    test('on when the build names the category; a suppression silences a finding inside its declaration', async () => {
        const ws = await buildWorkspace({ 'a.pacta': TEXT }, { strictSources: true });
        expect(ws.diagnostics.get('a.pacta')!.map(formatDiagnostic)).toEqual([
            "7:11-7:12 warning pacta/missing-source The agreement 'b' cites no source.",
            "9:5-9:11 warning pacta/missing-source The date of 'signed' cites no source.",
            "10:16-10:17 warning pacta/missing-source The commitment 'c' cites no source."
        ]);
    });

    test('added to a validated document: only the new category runs, the findings of the first pass stay', async () => {
        const { shared } = testServices();
        await buildWorkspace({ 'a.pacta': TEXT.replace('"The text is not published yet."', '') });
        const document = shared.workspace.LangiumDocuments.getDocument(URI.parse('memory:///ws/a.pacta'))!;
        const first = document.diagnostics!.map(d => d.code);
        expect(first).toEqual(['pacta/suppression-without-reason']);
        await shared.workspace.DocumentBuilder.build([...loadBuiltinDocuments(shared), document], { validation: { categories: pactaValidationCategories({ strictSources: true }) } });
        // A suppression without a reason silences nothing (five facts of a and b), and it is
        // reported once, by the pass of the default rules.
        expect(document.diagnostics!.map(d => d.code).sort()).toEqual([...Array(5).fill('pacta/missing-source'), 'pacta/suppression-without-reason']);
        // `validation: true` validates again with the default categories only.
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        expect(document.diagnostics!.map(d => d.code)).toEqual(['pacta/suppression-without-reason']);
    });
});
