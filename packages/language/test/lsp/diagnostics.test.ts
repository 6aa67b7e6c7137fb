import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { PACTA_RULES, PIPELINE_CODES, PACTA_VALIDATION_DOCS_URL, anchorOf } from '../../src/index.js';
import { messageOf } from '../pacta-test-kit.js';
import { createLspServices, lspWorkspace } from './lsp-test-kit.js';

const VALIDATION_DOC = readFileSync(fileURLToPath(new URL('../../../../docs/validation.md', import.meta.url)), 'utf8');

describe('documentation links', () => {
    test('every code of the language links to its section of docs/validation.md', () => {
        const documentation = createLspServices().Pacta.lspFeatures.RuleDocumentation;
        for (const code of [...PIPELINE_CODES.map(c => c.code), ...PACTA_RULES.map(r => r.code)]) {
            const url = documentation.urlOf(code);
            expect(url, code).toBe(`${PACTA_VALIDATION_DOCS_URL}#${anchorOf(code)}`);
            // The anchor is the slug of the section's heading, and the page's own table links to it.
            expect(VALIDATION_DOC, code).toContain(`### \`${code}\``);
            expect(VALIDATION_DOC, code).toContain(`(#${anchorOf(code)})`);
        }
        expect(documentation.urlOf('pacta/io-error')).toBeUndefined();
        expect(anchorOf('pacta/unknown-country')).toBe('pactaunknown-country');
    });
});

describe('diagnostics as the editor shows them', () => {
    test('source, documentation link, the hint as a second line; data kept for quick fixes', async () => {
        const ws = await lspWorkspace({ 'a.pacta': 'state MX "Mexico" code mx\n' });
        const [diagnostic] = ws.doc('a.pacta').diagnostics!;
        expect(diagnostic).toMatchObject({
            code: 'pacta/unknown-country',
            source: 'pacta',
            codeDescription: { href: `${PACTA_VALIDATION_DOCS_URL}#pactaunknown-country` },
            message: "'mx' is not an ISO 3166-1 country code.\nHint: Use 'MX'; a bloc or organisation is declared with `bloc` or `organisation`.",
            data: { suggestion: 'MX', hint: "Use 'MX'; a bloc or organisation is declared with `bloc` or `organisation`." }
        });
    });

    test('syntax errors and unresolved names get a link and a hint too', async () => {
        const ws = await lspWorkspace({ 'a.pacta': 'agreement a "A" {\n    parties XX\n' });
        const diagnostics = ws.doc('a.pacta').diagnostics!;
        const syntax = diagnostics.find(d => d.code === 'pacta/syntax-error')!;
        expect(syntax.codeDescription?.href).toBe(`${PACTA_VALIDATION_DOCS_URL}#pactasyntax-error`);
        expect(syntax.message).toBe('In agreement `a`: the file ends before the agreement is closed: a `}` is missing.\nHint: Close the agreement with `}` after its last line.');
        const unresolved = diagnostics.find(d => d.code === 'pacta/unresolved-reference')!;
        expect(messageOf(unresolved).split('\n')).toEqual(["Unknown party 'XX'.", 'Hint: Check the spelling or declare it, e.g. `state XX "Name"` or `agency NAME "Name" of XX`.']);
    });

    test('a syntax mistake arrives in words, with its hint, and alone (no finding that follows from it)', async () => {
        const ws = await lspWorkspace({
            'a.pacta': 'state US "United States"\nagreement a "A" {\n    parties US\n    commitment c {\n        by US\n        will "report"\n        due by 30 days after signed\n    }\n}\n'
        });
        const diagnostics = ws.doc('a.pacta').diagnostics!;
        expect(diagnostics.map(d => [d.code, d.range.start.line, d.message])).toEqual([
            [
                'pacta/syntax-error',
                6,
                'In commitment `c`: `due by` takes a date (`due by 2026-01-03`); a period is counted with `within`.\nHint: Write `due within 30 days after signed` for a period, or `due by 2026-01-03` for a date.'
            ]
        ]);
    });

    test("the editor's validator is the batch validator plus decoration (same class underneath)", async () => {
        const { createPactaServices } = await import('../../src/index.js');
        const { EmptyFileSystem } = await import('langium');
        const batch = createPactaServices(EmptyFileSystem).Pacta.validation.DocumentValidator;
        const editor = createLspServices().Pacta.validation.DocumentValidator;
        // If this fails, PactaModule binds another validator: derive PactaLspDocumentValidator from it.
        expect(editor).toBeInstanceOf(batch.constructor);
    });

    test('the batch services (SDK, CLI) keep the plain message: hints are shown separately there', async () => {
        const { createPactaServices } = await import('../../src/index.js');
        const { EmptyFileSystem, URI } = await import('langium');
        const { shared } = createPactaServices(EmptyFileSystem);
        const document = shared.workspace.LangiumDocumentFactory.fromString('state MX "Mexico" code mx\n', URI.parse('memory:///b.pacta'));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        expect(document.diagnostics![0]!.message).toBe("'mx' is not an ISO 3166-1 country code.");
        expect(document.diagnostics![0]!.codeDescription).toBeUndefined();
    });
});
